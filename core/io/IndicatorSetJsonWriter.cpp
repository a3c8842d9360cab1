// SPDX-License-Identifier: GPL-3.0-or-later
// Writing an indicator set: the canonical JSON with every default written out, and its hash.
#include "core/io/IndicatorSetComputed.h"
#include "core/io/IndicatorSetJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace cc::io {

namespace {

QJsonValue textToJson(const LocalizedText& text)
{
    QJsonObject out = text.extra;
    out.insert(QStringLiteral("zh"), text.zh);
    if (!text.en.isEmpty())
        out.insert(QStringLiteral("en"), text.en);
    return out;
}

QJsonObject templateToJson(const ProjectTemplate& t)
{
    QJsonObject out = t.extra;
    out.insert(QStringLiteral("code"), t.code);
    out.insert(QStringLiteral("name"), textToJson(t.name));
    out.insert(QStringLiteral("class"), t.projectClass);
    out.insert(QStringLiteral("quantity"), t.quantity);
    if (!t.unit.isEmpty())
        out.insert(QStringLiteral("unit"), t.unit);
    if (t.unitCost)
        out.insert(QStringLiteral("unit_cost"), *t.unitCost);
    if (!t.implementer.isEmpty())
        out.insert(QStringLiteral("implementer"), t.implementer);
    if (!t.alternatives.isEmpty()) {
        QStringList sorted = t.alternatives; // one content whatever order the file listed them in
        sorted.sort();
        out.insert(QStringLiteral("alternatives"), QJsonArray::fromStringList(sorted));
    }
    return out;
}

QJsonArray stringsToJson(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject indicatorToJson(const Indicator& ind)
{
    QJsonObject out = ind.extra;
    out.insert(QStringLiteral("code"), ind.code);
    out.insert(QStringLiteral("name"), textToJson(ind.name));
    if (!ind.guidance.isEmpty())
        out.insert(QStringLiteral("guidance"), textToJson(ind.guidance));
    out.insert(QStringLiteral("type"), toString(ind.type));
    if (!ind.unit.isEmpty())
        out.insert(QStringLiteral("unit"), ind.unit);
    out.insert(QStringLiteral("weight"), ind.weight);
    out.insert(QStringLiteral("required"), ind.required);
    out.insert(QStringLiteral("scored"), ind.scored);
    out.insert(QStringLiteral("bottom_line"), ind.bottomLine);
    if (ind.timeBound) // only when it differs from bottom_line: sets without it keep their content
        out.insert(QStringLiteral("time_bound"), *ind.timeBound);
    if (!ind.severity.isEmpty())
        out.insert(QStringLiteral("severity"), ind.severity);
    out.insert(QStringLiteral("pass_score"), ind.passScore);
    switch (ind.type) {
    case IndicatorType::Boolean:
        out.insert(QStringLiteral("pass_value"), ind.passValue);
        break;
    case IndicatorType::Number:
        out.insert(QStringLiteral("direction"),
                   ind.direction == Direction::HigherBetter ? QStringLiteral("higher_better")
                                                            : QStringLiteral("lower_better"));
        out.insert(QStringLiteral("target"), ind.target);
        if (ind.zeroAt)
            out.insert(QStringLiteral("zero_at"), *ind.zeroAt);
        if (!ind.normalizeBy.isEmpty()) {
            out.insert(QStringLiteral("normalize_by"), ind.normalizeBy);
            out.insert(QStringLiteral("per"), ind.per);
        } else if (ind.per != 1) {
            out.insert(QStringLiteral("per"), ind.per);
        }
        if (ind.min)
            out.insert(QStringLiteral("min"), *ind.min);
        if (ind.max)
            out.insert(QStringLiteral("max"), *ind.max);
        break;
    case IndicatorType::Rating:
        out.insert(QStringLiteral("scale_min"), ind.scaleMin);
        out.insert(QStringLiteral("scale_max"), ind.scaleMax);
        break;
    case IndicatorType::Choice: {
        QJsonArray options;
        for (const ChoiceOption& o : ind.options) {
            QJsonObject option = o.extra;
            option.insert(QStringLiteral("code"), o.code);
            option.insert(QStringLiteral("label"), textToJson(o.label));
            option.insert(QStringLiteral("score"), o.score);
            options.append(option);
        }
        out.insert(QStringLiteral("options"), options);
        break;
    }
    case IndicatorType::Checklist: {
        QJsonArray items;
        for (const ChecklistItem& i : ind.items) {
            QJsonObject item = i.extra;
            item.insert(QStringLiteral("code"), i.code);
            item.insert(QStringLiteral("label"), textToJson(i.label));
            item.insert(QStringLiteral("points"), i.points);
            items.append(item);
        }
        out.insert(QStringLiteral("items"), items);
        break;
    }
    case IndicatorType::Text:
        break;
    }
    if (ind.appliesTo)
        out.insert(QStringLiteral("applies_to"), stringsToJson(*ind.appliesTo));
    out.insert(QStringLiteral("evidence"),
               ind.evidence == Evidence::None           ? QStringLiteral("none")
                   : ind.evidence == Evidence::Optional ? QStringLiteral("optional")
                                                        : QStringLiteral("photo_required"));
    if (!ind.nationalRef.isEmpty())
        out.insert(QStringLiteral("national_ref"), ind.nationalRef);
    if (!ind.source.isEmpty())
        out.insert(QStringLiteral("source"), ind.source);
    if (!ind.responsibleUnits.isEmpty())
        out.insert(QStringLiteral("responsible_units"), stringsToJson(ind.responsibleUnits));
    if (!ind.projects.empty()) {
        QJsonArray projects;
        for (const ProjectRef& ref : ind.projects) {
            if (ref.inlineTemplate)
                projects.append(templateToJson(*ref.inlineTemplate));
            else
                projects.append(ref.code);
        }
        out.insert(QStringLiteral("projects"), projects);
    }
    if (ind.sourceLedger)
        out.insert(QStringLiteral("source_ledger"), ledgerSourceToJson(*ind.sourceLedger));
    if (ind.sourceRemediation) // false is the default: the same content as none
        out.insert(QStringLiteral("source_remediation"), true);
    return out;
}

QJsonObject groupToJson(const Group& group)
{
    QJsonObject out = group.extra;
    out.insert(QStringLiteral("code"), group.code);
    out.insert(QStringLiteral("name"), textToJson(group.name));
    out.insert(QStringLiteral("weight"), group.weight);
    if (!group.responsibleUnits.isEmpty())
        out.insert(QStringLiteral("responsible_units"), stringsToJson(group.responsibleUnits));
    if (!group.groups.empty()) {
        QJsonArray groups;
        for (const Group& child : group.groups)
            groups.append(groupToJson(child));
        out.insert(QStringLiteral("groups"), groups);
    }
    if (!group.indicators.empty()) {
        QJsonArray indicators;
        for (const Indicator& ind : group.indicators)
            indicators.append(indicatorToJson(ind));
        out.insert(QStringLiteral("indicators"), indicators);
    }
    return out;
}

} // namespace

QJsonObject indicatorSetToJson(const IndicatorSet& set)
{
    QJsonObject out = set.extra;
    out.insert(QStringLiteral("format"), QString::fromUtf16(kIndicatorSetFormat));
    out.insert(QStringLiteral("format_version"), kIndicatorSetFormatVersion);
    out.insert(QStringLiteral("code"), set.code);
    out.insert(QStringLiteral("version"), set.version);
    out.insert(QStringLiteral("name"), textToJson(set.name));
    if (!set.description.isEmpty())
        out.insert(QStringLiteral("description"), textToJson(set.description));
    if (!set.source.isEmpty())
        out.insert(QStringLiteral("source"), set.source);
    QJsonArray types;
    for (const CommunityType& t : set.communityTypes) {
        QJsonObject type = t.extra;
        type.insert(QStringLiteral("code"), t.code);
        type.insert(QStringLiteral("name"), textToJson(t.name));
        types.append(type);
    }
    out.insert(QStringLiteral("community_types"), types);
    QJsonArray grades;
    for (const GradeBand& g : set.grades) {
        QJsonObject grade = g.extra;
        grade.insert(QStringLiteral("min"), g.min);
        grade.insert(QStringLiteral("label"), textToJson(g.label));
        grades.append(grade);
    }
    out.insert(QStringLiteral("grades"), grades);
    if (!set.bottomLineCap.isEmpty())
        out.insert(QStringLiteral("bottom_line_cap"), set.bottomLineCap);
    if (set.provisionalBelow)
        out.insert(QStringLiteral("provisional_below"), *set.provisionalBelow);
    if (!set.bottomLineCaps.empty()) {
        QJsonArray caps;
        for (const BottomLineCap& c : set.bottomLineCaps) {
            QJsonObject cap = c.extra;
            cap.insert(QStringLiteral("failures"), c.failures);
            cap.insert(QStringLiteral("grade"), c.grade);
            caps.append(cap);
        }
        out.insert(QStringLiteral("bottom_line_caps"), caps);
    }
    if (set.timeBoundMonths)
        out.insert(QStringLiteral("time_bound_months"), *set.timeBoundMonths);
    if (!set.severityBands.empty()) {
        QJsonArray bands;
        for (const SeverityBand& s : set.severityBands) {
            QJsonObject band = s.extra;
            band.insert(QStringLiteral("max"), s.max);
            band.insert(QStringLiteral("label"), textToJson(s.label));
            bands.append(band);
        }
        out.insert(QStringLiteral("severity_bands"), bands);
    }
    if (!set.projectTemplates.empty()) {
        QJsonArray templates;
        for (const ProjectTemplate& t : set.projectTemplates)
            templates.append(templateToJson(t));
        out.insert(QStringLiteral("project_templates"), templates);
    }
    if (!set.ledgerItems.empty())
        out.insert(QStringLiteral("ledger_items"), ledgerItemsToJson(set.ledgerItems));
    QJsonArray groups;
    for (const Group& group : set.groups)
        groups.append(groupToJson(group));
    out.insert(QStringLiteral("groups"), groups);
    return out;
}

QByteArray writeIndicatorSet(const IndicatorSet& set)
{
    return QJsonDocument(indicatorSetToJson(set)).toJson(QJsonDocument::Indented);
}

QByteArray canonicalBytes(const IndicatorSet& set)
{
    return QJsonDocument(indicatorSetToJson(set)).toJson(QJsonDocument::Compact);
}

QString contentHash(const IndicatorSet& set)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalBytes(set), QCryptographicHash::Sha256).toHex());
}

} // namespace cc::io
