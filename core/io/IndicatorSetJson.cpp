// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/IndicatorSetJson.h"
#include "core/io/IndicatorSetChecks.h"
#include "core/io/IndicatorSetComputed.h"

#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace cc::io {

namespace {

constexpr int kMaxReportedErrors = 20;

// A JSON object being read: remembers which keys were used so that the rest can be kept
// as unknown fields for export.
class Node
{
public:
    Node(QJsonObject object, QString path)
        : m_object(std::move(object))
        , m_path(std::move(path))
    { }

    const QString& path() const { return m_path; }
    QString pathOf(QStringView key) const { return m_path.isEmpty() ? key.toString() : m_path + u'.' + key; }
    bool has(QStringView key) const { return m_object.contains(key); }
    QJsonValue take(QStringView key)
    {
        m_used.insert(key.toString());
        return m_object.value(key);
    }
    // Unknown fields, plus known ones this node's type ignores (kept verbatim).
    QJsonObject rest() const
    {
        QJsonObject out;
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_used.contains(it.key()))
                out.insert(it.key(), it.value());
        }
        return out;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_used;
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorSetJson)

public:
    Parser(QString sourceName, JsonPlace place)
        : m_source(std::move(sourceName))
        , m_place(std::move(place))
    { }

    Result<IndicatorSet> parse(const QByteArray& json);
    Result<IndicatorSet> parseObject(const QJsonObject& object);

private:
    static QString jsonTypeName(const QJsonValue& value);
    void fail(const QString& path, const QString& what)
    {
        if (m_place)
            m_errors.append(tr("%1: %2").arg(m_place(path), what));
        else
            m_errors.append(path.isEmpty() ? what : tr("%1: %2").arg(path, what));
    }
    // A path as a message names another place: the path, or where the caller's `place` finds it.
    QString shown(const QString& path) const { return m_place ? m_place(path) : path; }

    // Field readers: an absent field gives the default; a present one of the wrong kind is an error.
    QString string(Node& node, QStringView key, bool required);
    std::optional<double> number(Node& node, QStringView key, bool required = false);
    bool boolean(Node& node, QStringView key, bool fallback);
    QStringList stringList(Node& node, QStringView key);
    LocalizedText text(Node& node, QStringView key, bool required);
    LocalizedText textValue(const QJsonValue& value, const QString& path, bool required);
    std::vector<Node> objectArray(Node& node, QStringView key, bool required);
    double weight(Node& node);
    QString code(Node& node, bool required = true);

    CommunityType communityType(Node& node);
    GradeBand grade(Node& node);
    SeverityBand severityBand(Node& node);
    BottomLineCap bottomLineCap(Node& node);
    ProjectTemplate projectTemplate(Node& node);
    Group group(Node& node);
    Indicator indicator(Node& node);
    void numberFields(Node& node, Indicator& ind);
    void checkReferences(IndicatorSet& set);
    void registerNodeCode(const QString& code, const QString& path);
    void registerTemplate(const ProjectTemplate& t, const QString& path);

    QString m_source;
    JsonPlace m_place; // empty: messages name the JSON path after the source name
    QStringList m_errors;
    std::map<QString, QString> m_nodeCodes; // code → first path
    std::map<QString, std::pair<ProjectTemplate, QString>> m_templateCodes; // code → template, path
    std::vector<std::pair<QString, QString>> m_projectReferences; // code, path
    std::vector<std::pair<QStringList, QString>> m_appliesTo; // list, path
    std::vector<std::pair<QString, QString>> m_severities; // fixed severity label, path
    std::map<QString, QStringList> m_templateUsers; // template code → the indicators that name it
    std::vector<SetFinding> m_ledgerFindings; // source_ledger and ledger_items
    std::map<QString, QString> m_ledgerSources; // indicator code → path of its source_ledger
};

QString Parser::jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a true/false value");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString Parser::string(Node& node, QStringView key, bool required)
{
    const QJsonValue value = node.take(key);
    if (value.isUndefined()) {
        if (required)
            fail(node.pathOf(key), tr("is required"));
        return {};
    }
    if (!value.isString()) {
        fail(node.pathOf(key), tr("must be a string, not %1").arg(jsonTypeName(value)));
        return {};
    }
    return value.toString();
}

std::optional<double> Parser::number(Node& node, QStringView key, bool required)
{
    const QJsonValue value = node.take(key);
    if (value.isUndefined()) {
        if (required)
            fail(node.pathOf(key), tr("is required"));
        return std::nullopt;
    }
    if (!value.isDouble()) {
        fail(node.pathOf(key), tr("must be a number, not %1").arg(jsonTypeName(value)));
        return std::nullopt;
    }
    const double d = value.toDouble();
    if (!std::isfinite(d)) {
        fail(node.pathOf(key), tr("must be a finite number"));
        return std::nullopt;
    }
    return d;
}

bool Parser::boolean(Node& node, QStringView key, bool fallback)
{
    const QJsonValue value = node.take(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        fail(node.pathOf(key), tr("must be true or false, not %1").arg(jsonTypeName(value)));
        return fallback;
    }
    return value.toBool();
}

QStringList Parser::stringList(Node& node, QStringView key)
{
    const QJsonValue value = node.take(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        fail(node.pathOf(key), tr("must be an array of strings, not %1").arg(jsonTypeName(value)));
        return {};
    }
    QStringList out;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            fail(node.pathOf(key) + u'[' + QString::number(i) + u']',
                 tr("must be a string, not %1").arg(jsonTypeName(array.at(i))));
            continue;
        }
        out.append(array.at(i).toString());
    }
    return out;
}

LocalizedText Parser::textValue(const QJsonValue& value, const QString& path, bool required)
{
    if (value.isUndefined()) {
        if (required)
            fail(path, tr("is required"));
        return {};
    }
    if (value.isString()) { // a plain string is the Chinese text
        if (required && value.toString().trimmed().isEmpty())
            fail(path, tr("must not be empty"));
        return LocalizedText {value.toString(), {}, {}};
    }
    if (!value.isObject()) {
        fail(path, tr("must be a text object {\"zh\": …, \"en\": …}, not %1").arg(jsonTypeName(value)));
        return {};
    }
    Node node(value.toObject(), path);
    LocalizedText out;
    out.zh = string(node, u"zh", true);
    out.en = string(node, u"en", false);
    if (node.has(u"zh") && out.zh.trimmed().isEmpty() && required)
        fail(node.pathOf(u"zh"), tr("must not be empty"));
    out.extra = node.rest();
    return out;
}

LocalizedText Parser::text(Node& node, QStringView key, bool required)
{
    return textValue(node.take(key), node.pathOf(key), required);
}

std::vector<Node> Parser::objectArray(Node& node, QStringView key, bool required)
{
    std::vector<Node> out;
    const QJsonValue value = node.take(key);
    if (value.isUndefined()) {
        if (required)
            fail(node.pathOf(key), tr("is required"));
        return out;
    }
    if (!value.isArray()) {
        fail(node.pathOf(key), tr("must be an array, not %1").arg(jsonTypeName(value)));
        return out;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = node.pathOf(key) + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject()) {
            fail(path, tr("must be an object, not %1").arg(jsonTypeName(array.at(i))));
            continue;
        }
        out.emplace_back(array.at(i).toObject(), path);
    }
    return out;
}

double Parser::weight(Node& node)
{
    const auto w = number(node, u"weight");
    if (!w)
        return 1;
    if (*w < 0) {
        fail(node.pathOf(u"weight"), tr("must not be negative (found %1)").arg(*w));
        return 1;
    }
    // Format rule: at most 1,000,000 and 6 decimals, or the scores would lose precision (a weight
    // of 2^63 or 1e-320 is a typing slip, not a weight).
    if (*w > 1e6) {
        fail(node.pathOf(u"weight"), tr("must be at most 1000000 (found %1)").arg(*w));
        return 1;
    }
    const double scaled = *w * 1e6;
    if (std::fabs(scaled - std::round(scaled)) > 1e-6 || (*w != 0 && std::round(scaled) == 0)) {
        fail(node.pathOf(u"weight"), tr("must have at most 6 decimals (found %1)").arg(*w, 0, 'g', 17));
        return 1;
    }
    return *w;
}

QString Parser::code(Node& node, bool required)
{
    const QString value = string(node, u"code", required);
    if (node.has(u"code") && value.trimmed().isEmpty())
        fail(node.pathOf(u"code"), tr("must not be empty"));
    else if (value != value.trimmed())
        fail(node.pathOf(u"code"), tr("must not begin or end with spaces"));
    return value;
}

void Parser::registerNodeCode(const QString& code, const QString& path)
{
    if (code.isEmpty())
        return;
    const auto [it, inserted] = m_nodeCodes.emplace(code, path + QStringLiteral(".code"));
    if (!inserted)
        fail(path + QStringLiteral(".code"),
             tr("duplicate code \"%1\" (already used at %2)").arg(code, shown(it->second)));
}

void Parser::registerTemplate(const ProjectTemplate& t, const QString& path)
{
    if (t.code.isEmpty())
        return;
    const auto [it, inserted] = m_templateCodes.emplace(t.code, std::make_pair(t, path));
    if (!inserted) {
        fail(
            path + QStringLiteral(".code"),
            tr("duplicate project template code \"%1\" (already defined at %2)").arg(t.code, shown(it->second.second)));
    }
}

CommunityType Parser::communityType(Node& node)
{
    CommunityType t;
    t.code = code(node);
    t.name = text(node, u"name", true);
    t.extra = node.rest();
    return t;
}

GradeBand Parser::grade(Node& node)
{
    GradeBand g;
    g.min = number(node, u"min", true).value_or(0);
    g.label = text(node, u"label", true);
    g.extra = node.rest();
    return g;
}

SeverityBand Parser::severityBand(Node& node)
{
    SeverityBand s;
    s.max = number(node, u"max", true).value_or(0);
    s.label = text(node, u"label", true);
    s.extra = node.rest();
    return s;
}

BottomLineCap Parser::bottomLineCap(Node& node)
{
    BottomLineCap c;
    const auto failures = number(node, u"failures", true);
    if (failures && (*failures < 1 || *failures != std::floor(*failures) || *failures > 1000))
        fail(node.pathOf(u"failures"), tr("must be a whole number of failed bottom-line indicators, at least 1"));
    c.failures = failures ? static_cast<int>(std::clamp(*failures, 1.0, 1000.0)) : 1;
    c.grade = string(node, u"grade", true);
    c.extra = node.rest();
    return c;
}

ProjectTemplate Parser::projectTemplate(Node& node)
{
    ProjectTemplate t;
    t.code = code(node);
    t.name = text(node, u"name", true);
    t.projectClass = string(node, u"class", true);
    static const QStringList classes {
        QStringLiteral("基础"), QStringLiteral("完善"), QStringLiteral("提升"), QStringLiteral("管理")};
    if (node.has(u"class") && !t.projectClass.isEmpty() && !classes.contains(t.projectClass))
        fail(node.pathOf(u"class"),
             tr("unknown project class \"%1\" (expected one of %2)").arg(t.projectClass, classes.join(u' ')));
    t.quantity = string(node, u"quantity", false);
    if (t.quantity.isEmpty())
        t.quantity = QStringLiteral("one");
    else if (t.quantity != u"one" && t.quantity != u"value" && t.quantity != u"gap")
        fail(node.pathOf(u"quantity"), tr("must be \"one\", \"value\" or \"gap\", not \"%1\"").arg(t.quantity));
    t.unit = string(node, u"unit", false);
    t.unitCost = number(node, u"unit_cost");
    if (t.unitCost && *t.unitCost < 0)
        fail(node.pathOf(u"unit_cost"), tr("must not be negative (found %1)").arg(*t.unitCost));
    t.alternatives = stringList(node, u"alternatives");
    t.implementer = string(node, u"implementer", false);
    t.extra = node.rest();
    return t;
}

void Parser::numberFields(Node& node, Indicator& ind)
{
    const QJsonValue direction = node.take(u"direction");
    if (direction.isUndefined()) {
        fail(node.pathOf(u"direction"), tr("a number indicator needs a direction (higher_better or lower_better)"));
    } else if (direction == QJsonValue(QStringLiteral("higher_better"))) {
        ind.direction = Direction::HigherBetter;
    } else if (direction == QJsonValue(QStringLiteral("lower_better"))) {
        ind.direction = Direction::LowerBetter;
    } else {
        fail(node.pathOf(u"direction"),
             tr("must be \"higher_better\" or \"lower_better\", not %1")
                 .arg(QString::fromUtf8(QJsonDocument(QJsonArray {direction}).toJson(QJsonDocument::Compact))
                          .mid(1)
                          .chopped(1)));
    }
    if (!node.has(u"target"))
        fail(node.pathOf(u"target"), tr("a number indicator needs a target"));
    ind.target = number(node, u"target").value_or(0);
    ind.zeroAt = number(node, u"zero_at");
    if (ind.direction == Direction::HigherBetter) {
        if (!ind.zeroAt)
            ind.zeroAt = 0.0; // scoring §2.1: default 0 for higher_better
        if (node.has(u"target") && *ind.zeroAt >= ind.target)
            fail(node.has(u"zero_at") ? node.pathOf(u"zero_at") : node.pathOf(u"target"),
                 tr("zero_at (%1) must be below the target (%2) for a higher_better indicator")
                     .arg(*ind.zeroAt)
                     .arg(ind.target));
    } else if (ind.zeroAt && node.has(u"target") && *ind.zeroAt <= ind.target) {
        fail(node.pathOf(u"zero_at"),
             tr("zero_at (%1) must be above the target (%2) for a lower_better indicator")
                 .arg(*ind.zeroAt)
                 .arg(ind.target));
    }
    ind.normalizeBy = string(node, u"normalize_by", false);
    static const QStringList normalisers {QStringLiteral("households"),
                                          QStringLiteral("buildings"),
                                          QStringLiteral("population"),
                                          QStringLiteral("area_ha")};
    if (node.has(u"normalize_by") && !normalisers.contains(ind.normalizeBy))
        fail(node.pathOf(u"normalize_by"),
             tr("must be one of %1, not \"%2\"").arg(normalisers.join(QStringLiteral(", ")), ind.normalizeBy));
    const auto per = number(node, u"per");
    if (per) {
        if (*per <= 0)
            fail(node.pathOf(u"per"), tr("must be greater than 0 (found %1)").arg(*per));
        else
            ind.per = *per;
    }
    ind.min = number(node, u"min");
    ind.max = number(node, u"max");
    if (ind.min && ind.max && *ind.min > *ind.max)
        fail(node.pathOf(u"max"), tr("max (%1) must not be below min (%2)").arg(*ind.max).arg(*ind.min));
}

Indicator Parser::indicator(Node& node)
{
    Indicator ind;
    ind.code = code(node);
    registerNodeCode(ind.code, node.path());
    ind.name = text(node, u"name", true);
    ind.guidance = text(node, u"guidance", false);

    const QJsonValue typeValue = node.take(u"type");
    bool typeKnown = false;
    if (typeValue.isUndefined()) {
        fail(node.pathOf(u"type"), tr("is required (boolean, number, rating, choice, checklist or text)"));
    } else if (const auto type = indicatorTypeFromString(typeValue.toString()); typeValue.isString() && type) {
        ind.type = *type;
        typeKnown = true;
    } else {
        fail(node.pathOf(u"type"),
             tr("unknown type \"%1\" (expected boolean, number, rating, choice, checklist or text)")
                 .arg(typeValue.isString() ? typeValue.toString() : jsonTypeName(typeValue)));
    }

    ind.unit = string(node, u"unit", false);
    ind.weight = weight(node);
    ind.required = boolean(node, u"required", true);
    ind.scored = boolean(node, u"scored", true);
    ind.bottomLine = boolean(node, u"bottom_line", false);
    if (node.has(u"time_bound")) {
        const bool timeBound = boolean(node, u"time_bound", ind.bottomLine);
        if (timeBound != ind.bottomLine) // the default (as bottom_line) is the same content as none
            ind.timeBound = timeBound;
    }
    if (node.has(u"severity")) {
        ind.severity = textValue(node.take(u"severity"), node.pathOf(u"severity"), true).zh;
        m_severities.emplace_back(ind.severity, node.pathOf(u"severity"));
    }
    const auto passScore = number(node, u"pass_score");
    ind.passScore = passScore.value_or(ind.bottomLine ? 100.0 : 60.0);
    if (passScore && (*passScore < 0 || *passScore > 100))
        fail(node.pathOf(u"pass_score"), tr("must be between 0 and 100 (found %1)").arg(*passScore));

    if (typeKnown) {
        switch (ind.type) {
        case IndicatorType::Boolean:
            ind.passValue = boolean(node, u"pass_value", true);
            break;
        case IndicatorType::Number:
            numberFields(node, ind);
            break;
        case IndicatorType::Rating: {
            ind.scaleMin = number(node, u"scale_min").value_or(1);
            ind.scaleMax = number(node, u"scale_max").value_or(5);
            if (ind.scaleMax <= ind.scaleMin)
                fail(node.has(u"scale_max") ? node.pathOf(u"scale_max") : node.pathOf(u"scale_min"),
                     tr("scale_max (%1) must be greater than scale_min (%2)").arg(ind.scaleMax).arg(ind.scaleMin));
            break;
        }
        case IndicatorType::Choice: {
            auto options = objectArray(node, u"options", false);
            if (options.empty())
                fail(node.pathOf(u"options"), tr("a choice indicator needs at least one option"));
            QSet<QString> seen;
            for (Node& optionNode : options) {
                ChoiceOption option;
                option.code = code(optionNode);
                if (!option.code.isEmpty() && seen.contains(option.code))
                    fail(optionNode.pathOf(u"code"), tr("duplicate option code \"%1\"").arg(option.code));
                seen.insert(option.code);
                option.label = text(optionNode, u"label", true);
                const auto score = number(optionNode, u"score", true);
                option.score = score.value_or(0);
                if (score && (*score < 0 || *score > 100))
                    fail(optionNode.pathOf(u"score"), tr("must be between 0 and 100 (found %1)").arg(*score));
                option.extra = optionNode.rest();
                ind.options.push_back(std::move(option));
            }
            break;
        }
        case IndicatorType::Checklist: {
            auto items = objectArray(node, u"items", false);
            if (items.empty())
                fail(node.pathOf(u"items"), tr("a checklist indicator needs at least one item"));
            QSet<QString> seen;
            double total = 0;
            for (Node& itemNode : items) {
                ChecklistItem item;
                item.code = code(itemNode);
                if (item.code.contains(u';'))
                    fail(itemNode.pathOf(u"code"), tr("must not contain \";\" (it separates item codes in responses)"));
                if (!item.code.isEmpty() && seen.contains(item.code))
                    fail(itemNode.pathOf(u"code"), tr("duplicate item code \"%1\"").arg(item.code));
                seen.insert(item.code);
                item.label = text(itemNode, u"label", true);
                item.points = number(itemNode, u"points").value_or(1);
                if (item.points < 0)
                    fail(itemNode.pathOf(u"points"), tr("must not be negative (found %1)").arg(item.points));
                total += item.points;
                item.extra = itemNode.rest();
                ind.items.push_back(std::move(item));
            }
            if (!items.empty() && total <= 0)
                fail(node.pathOf(u"items"), tr("the points of a checklist's items must not add up to 0"));
            break;
        }
        case IndicatorType::Text:
            break;
        }
    }

    if (node.has(u"applies_to")) {
        ind.appliesTo = stringList(node, u"applies_to");
        m_appliesTo.emplace_back(*ind.appliesTo, node.pathOf(u"applies_to"));
    }
    const QString evidence = string(node, u"evidence", false);
    if (evidence.isEmpty() || evidence == u"optional")
        ind.evidence = Evidence::Optional;
    else if (evidence == u"none")
        ind.evidence = Evidence::None;
    else if (evidence == u"photo_required")
        ind.evidence = Evidence::PhotoRequired;
    else
        fail(node.pathOf(u"evidence"),
             tr("must be \"none\", \"optional\" or \"photo_required\", not \"%1\"").arg(evidence));
    ind.nationalRef = string(node, u"national_ref", false);
    ind.source = string(node, u"source", false);
    ind.responsibleUnits = stringList(node, u"responsible_units");

    const QJsonValue projects = node.take(u"projects");
    if (!projects.isUndefined()) {
        if (!projects.isArray()) {
            fail(node.pathOf(u"projects"), tr("must be an array, not %1").arg(jsonTypeName(projects)));
        } else {
            const QJsonArray array = projects.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString path = node.pathOf(u"projects") + u'[' + QString::number(i) + u']';
                const QJsonValue entry = array.at(i);
                if (entry.isString()) {
                    if (entry.toString().isEmpty())
                        fail(path, tr("a project template code must not be empty"));
                    ind.projects.push_back(ProjectRef {entry.toString(), std::nullopt});
                    m_projectReferences.emplace_back(entry.toString(), path);
                    m_templateUsers[entry.toString()].append(ind.code);
                } else if (entry.isObject()) {
                    Node templateNode(entry.toObject(), path);
                    ProjectTemplate t = projectTemplate(templateNode);
                    registerTemplate(t, path);
                    m_templateUsers[t.code].append(ind.code);
                    ind.projects.push_back(ProjectRef {t.code, std::move(t)});
                } else {
                    fail(path,
                         tr("must be a project template object or the code of one, not %1").arg(jsonTypeName(entry)));
                }
            }
        }
    }
    if (node.has(u"source_ledger")) {
        m_ledgerSources.emplace(ind.code, node.pathOf(u"source_ledger"));
        ind.sourceLedger =
            readLedgerSource(node.take(u"source_ledger"), node.pathOf(u"source_ledger"), m_ledgerFindings);
    }
    if (node.has(u"source_remediation")) {
        const QJsonValue remediation = node.take(u"source_remediation");
        if (!remediation.isBool())
            fail(node.pathOf(u"source_remediation"), tr("must be true or false"));
        ind.sourceRemediation = remediation.toBool();
        if (ind.sourceRemediation)
            m_ledgerSources.emplace(ind.code, node.pathOf(u"source_remediation"));
    }
    ind.extra = node.rest();
    return ind;
}

Group Parser::group(Node& node)
{
    Group g;
    g.code = code(node);
    registerNodeCode(g.code, node.path());
    g.name = text(node, u"name", true);
    g.weight = weight(node);
    g.responsibleUnits = stringList(node, u"responsible_units");
    for (Node& child : objectArray(node, u"groups", false))
        g.groups.push_back(group(child));
    for (Node& child : objectArray(node, u"indicators", false))
        g.indicators.push_back(indicator(child));
    g.extra = node.rest();
    return g;
}

void Parser::checkReferences(IndicatorSet& set)
{
    for (const auto& [code, path] : m_projectReferences) {
        if (!code.isEmpty() && !set.projectTemplate(code))
            fail(path, tr("no project template has the code \"%1\"").arg(code));
    }
    for (const auto& [list, path] : m_appliesTo) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!set.declaresCommunityType(list.at(i)))
                fail(path + u'[' + QString::number(i) + u']',
                     tr("community type \"%1\" is not declared in community_types").arg(list.at(i)));
        }
    }
    std::vector<SetFinding> findings = checkCaps(set);
    const auto bands = set.severityBandsInOrder();
    for (const auto& severity : m_severities) {
        const QString& label = severity.first; // named: clang 14 cannot capture a structured binding
        if (std::none_of(bands.begin(), bands.end(), [&](const SeverityBand& b) { return b.label.zh == label; }))
            fail(severity.second, tr("names no severity: \"%1\" is not the label of any severity band").arg(label));
    }
    std::map<QString, QString> templatePaths;
    for (const auto& [code, entry] : m_templateCodes)
        templatePaths.emplace(code, entry.second);
    for (SetFinding& f : checkAlternatives(set, templatePaths, m_templateUsers))
        findings.push_back(std::move(f));
    findings.insert(findings.end(), m_ledgerFindings.begin(), m_ledgerFindings.end());
    for (SetFinding& f : checkLedgerSources(set, m_ledgerSources))
        findings.push_back(std::move(f));
    for (const SetFinding& f : findings)
        fail(f.path, f.what);
    if (set.indicatorCount() == 0 && m_errors.isEmpty())
        fail(QStringLiteral("groups"), tr("the set has no indicators"));
}

Result<IndicatorSet> Parser::parse(const QByteArray& json)
{
    const auto located = [this](const QString& what) {
        return makeError(ErrorCode::InvalidInput, tr("%1: %2").arg(m_source, what));
    };

    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column of the offset, counted in characters as an editor shows them.
        const QByteArray before = json.left(parseError.offset);
        const int line = static_cast<int>(before.count('\n')) + 1;
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        // Qt's offset points just past the offending character.
        const int column = std::max(1, static_cast<int>(QString::fromUtf8(before.mid(lineStart)).size()));
        return located(
            tr("malformed JSON at line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()));
    }
    if (!document.isObject())
        return located(tr("the file must hold one JSON object"));
    return parseObject(document.object());
}

Result<IndicatorSet> Parser::parseObject(const QJsonObject& object)
{
    const auto located = [this](const QString& path, const QString& what) {
        return makeError(ErrorCode::InvalidInput,
                         m_place ? tr("%1: %2").arg(m_place(path), what) : tr("%1: %2: %3").arg(m_source, path, what));
    };
    Node root(object, QString());
    IndicatorSet set;

    const QJsonValue format = root.take(u"format");
    if (format.isUndefined())
        return located(QStringLiteral("format"),
                       tr("is required (\"communitycheck.indicator-set\"); this is not an indicator-set file"));
    if (format.toString() != kIndicatorSetFormat)
        return located(QStringLiteral("format"),
                       tr("must be \"communitycheck.indicator-set\", not %1")
                           .arg(QString::fromUtf8(QJsonDocument(QJsonArray {format}).toJson(QJsonDocument::Compact))
                                    .mid(1)
                                    .chopped(1)));
    const QJsonValue formatVersion = root.take(u"format_version");
    if (formatVersion.isUndefined())
        return located(QStringLiteral("format_version"), tr("is required (1)"));
    if (!formatVersion.isDouble() || formatVersion.toDouble() != kIndicatorSetFormatVersion) {
        return located(
            QStringLiteral("format_version"),
            tr("this program reads version %1, the file has %2")
                .arg(kIndicatorSetFormatVersion)
                .arg(QString::fromUtf8(QJsonDocument(QJsonArray {formatVersion}).toJson(QJsonDocument::Compact))
                         .mid(1)
                         .chopped(1)));
    }

    set.code = string(root, u"code", true);
    static const QRegularExpression codePattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_.-]{1,40}")));
    if (root.has(u"code") && !codePattern.match(set.code).hasMatch())
        fail(QStringLiteral("code"),
             tr("\"%1\" is not a valid set code (1 to 40 letters, digits, '_', '.' or '-')").arg(set.code));
    set.version = string(root, u"version", true);
    if (root.has(u"version") && (set.version.trimmed().isEmpty() || set.version != set.version.trimmed()))
        fail(QStringLiteral("version"), tr("must be a non-empty string without surrounding spaces"));
    set.name = text(root, u"name", true);
    set.description = text(root, u"description", false);
    set.source = string(root, u"source", false);

    QSet<QString> typeCodes;
    for (Node& node : objectArray(root, u"community_types", false)) {
        CommunityType t = communityType(node);
        if (!t.code.isEmpty() && typeCodes.contains(t.code))
            fail(node.pathOf(u"code"), tr("duplicate community type \"%1\"").arg(t.code));
        typeCodes.insert(t.code);
        set.communityTypes.push_back(std::move(t));
    }
    for (Node& node : objectArray(root, u"grades", false))
        set.grades.push_back(grade(node));
    set.bottomLineCap = string(root, u"bottom_line_cap", false);
    for (Node& node : objectArray(root, u"bottom_line_caps", false))
        set.bottomLineCaps.push_back(bottomLineCap(node));
    if (const auto months = number(root, u"time_bound_months")) {
        if (*months < 1 || *months > 1e6 || *months != std::floor(*months))
            fail(QStringLiteral("time_bound_months"), tr("must be a whole number of months, at least 1"));
        else if (*months != 12) // 12 is the default: the same content as none
            set.timeBoundMonths = static_cast<int>(*months);
    }
    if (const auto below = number(root, u"provisional_below")) {
        if (*below < 0 || *below > 1)
            fail(QStringLiteral("provisional_below"), tr("must be a coverage from 0 to 1, e.g. 0.8"));
        else if (*below != 0.8) // 0.8 is the default: the same content as none
            set.provisionalBelow = *below;
    }
    for (Node& node : objectArray(root, u"severity_bands", false))
        set.severityBands.push_back(severityBand(node));
    for (Node& node : objectArray(root, u"project_templates", false)) {
        ProjectTemplate t = projectTemplate(node);
        registerTemplate(t, node.path());
        set.projectTemplates.push_back(std::move(t));
    }
    if (root.has(u"ledger_items"))
        set.ledgerItems = readLedgerItems(root.take(u"ledger_items"), QStringLiteral("ledger_items"), m_ledgerFindings);
    for (Node& node : objectArray(root, u"groups", true))
        set.groups.push_back(group(node));
    set.extra = root.rest();

    checkReferences(set);

    if (!m_errors.isEmpty()) {
        QStringList rest = m_errors.mid(1, kMaxReportedErrors - 1);
        if (m_errors.size() > kMaxReportedErrors)
            rest.append(tr("… and %1 more problems").arg(m_errors.size() - kMaxReportedErrors));
        qCInfo(lcImport) << "indicator set rejected:" << m_errors.size() << "problems";
        const QString first = m_place ? m_errors.first() : tr("%1: %2").arg(m_source, m_errors.first());
        return makeError(ErrorCode::InvalidInput, first, rest.join(u'\n'));
    }
    return set;
}

} // namespace

Result<IndicatorSet> parseIndicatorSet(const QByteArray& json, const QString& sourceName)
{
    Parser parser(sourceName, {});
    return parser.parse(json);
}

Result<IndicatorSet> parseIndicatorSet(const QJsonObject& object, const QString& sourceName, const JsonPlace& place)
{
    Parser parser(sourceName, place);
    return parser.parseObject(object);
}

} // namespace cc::io
