// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/NationalTables.h"

#include "core/domain/ResponseRules.h"
#include "core/planning/Priority.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

namespace cc::report {

namespace {

// The national forms are in Chinese whatever the UI language: these are data words, not UI text.
const QString kSeparator = QStringLiteral("、");

QString valueText(const Indicator& ind, const ResponseValue& value)
{
    if (const bool* b = std::get_if<bool>(&value))
        return *b ? QStringLiteral("是") : QStringLiteral("否");
    if (const QString* code = std::get_if<QString>(&value); code && ind.option(*code))
        return ind.option(*code)->label.zh;
    return ResponseRules::toText(value);
}

QVariant valueCell(const Indicator& ind, const scoring::IndicatorResult* r)
{
    if (!r || r->status == scoring::Status::Unanswered)
        return {};
    if (r->status == scoring::Status::NotApplicable)
        return QStringLiteral("不适用");
    if (const double* d = std::get_if<double>(&r->value))
        return *d;
    return valueText(ind, r->value);
}

QString severityWord(const QString& code)
{
    return LedgerSeverity::chinese(code);
}

// The buildings and items behind a ledger indicator of one check.
struct LedgerFindings
{
    // Per item (catalogue order): the buildings found, in register order.
    std::vector<std::pair<const LedgerItem*, QStringList>> byItem;
    QStringList buildings; // each once, register order
    QSet<QString> estates;
    QString worst; // the worst degree recorded, a LedgerSeverity code
};

class Builder
{
public:
    explicit Builder(const NationalCheck& check)
        : m_check(check)
        , m_items(ledgerItemsOf(check.set))
    {
        for (const Building& b : check.buildings) {
            m_estates.insert(b.estate);
            m_buildingOrder.insert(b.id.toString(), m_buildingOrder.size());
            m_buildings.insert(b.id.toString(), &b);
        }
        for (const Response& r : check.responses)
            m_notes.insert(r.indicatorCode, r.note);
    }

    QString label(const LedgerEntry& e) const
    {
        const Building* b = m_buildings.value(e.building.toString());
        if (!b)
            return e.estate + u' ' + e.number;
        return m_estates.size() <= 1 ? b->number : b->label();
    }

    LedgerFindings findings(const Indicator& ind) const
    {
        LedgerFindings out;
        if (!ind.sourceLedger)
            return out;
        std::vector<const LedgerEntry*> found;
        for (const LedgerEntry& e : m_check.ledger) {
            if (e.present
                && std::any_of(ind.sourceLedger->items.begin(), ind.sourceLedger->items.end(), [&](const QString& c) {
                       return c.compare(e.item, Qt::CaseInsensitive) == 0;
                   }))
                found.push_back(&e);
        }
        std::stable_sort(found.begin(), found.end(), [&](const LedgerEntry* a, const LedgerEntry* b) {
            return m_buildingOrder.value(a->building.toString()) < m_buildingOrder.value(b->building.toString());
        });
        static const QStringList rank = {
            LedgerSeverity::kGeneral, LedgerSeverity::kFairlySerious, LedgerSeverity::kSerious};
        for (const LedgerItem& item : m_items) {
            QStringList names;
            for (const LedgerEntry* e : found) {
                if (e->item.compare(item.code, Qt::CaseInsensitive) != 0)
                    continue;
                names << label(*e);
                if (rank.indexOf(e->severity) > rank.indexOf(out.worst))
                    out.worst = e->severity;
            }
            if (!names.isEmpty())
                out.byItem.emplace_back(&item, names);
        }
        for (const LedgerEntry* e : found) {
            if (!out.buildings.contains(label(*e)))
                out.buildings << label(*e);
            if (const Building* b = m_buildings.value(e->building.toString()))
                out.estates.insert(b->estate);
        }
        return out;
    }

    // 存在问题 as the manual's samples word it: one numbered sentence per item naming the buildings,
    // or for an indicator of the whole community what it found.
    QString problemText(const scoring::Problem& p, const LedgerFindings& f) const
    {
        const Indicator& ind = *p.indicator;
        if (!f.byItem.empty()) {
            QStringList sentences;
            int n = 0;
            for (const auto& [item, names] : f.byItem)
                sentences << QStringLiteral("（%1）共%2栋住宅存在%3的问题，为%4。")
                                 .arg(++n)
                                 .arg(names.size())
                                 .arg(item->name, names.join(kSeparator));
            return sentences.join(QString());
        }
        const QString unit = ind.unit.isEmpty() ? QString() : ind.unit;
        return QStringLiteral("%1未达到要求（体检结果：%2%3）").arg(ind.name.zh, valueText(ind, p.value), unit);
    }

    // The projects of this check (else of the community) that answer the indicator's problem.
    std::vector<const Project*> projectsFor(const QString& code) const
    {
        std::vector<const Project*> out;
        for (const Project& pr : m_check.projects) {
            if (pr.status == ProjectStatus::Obsolete || pr.status == ProjectStatus::Rejected)
                continue;
            if (pr.assessmentId && !(*pr.assessmentId == m_check.assessment.id))
                continue;
            if (pr.problemCodes.contains(code))
                out.push_back(&pr);
        }
        return out;
    }

    QString suggestion(const Indicator& ind, const std::vector<const Project*>& projects) const
    {
        QStringList names;
        for (const Project* pr : projects)
            names << pr->name;
        if (names.isEmpty()) {
            for (const ProjectRef& ref : ind.projects) {
                const ProjectTemplate* t =
                    ref.inlineTemplate ? &*ref.inlineTemplate : m_check.set.projectTemplate(ref.code);
                if (t)
                    names << t->name.zh;
            }
        }
        names.removeDuplicates();
        return names.join(QStringLiteral("；"));
    }

    QString area(const LedgerFindings& f) const
    {
        if (!f.buildings.isEmpty())
            return f.buildings.join(kSeparator);
        QStringList estates(m_estates.begin(), m_estates.end());
        estates.sort();
        return estates.isEmpty() ? m_check.community.name : estates.join(kSeparator);
    }

    const NationalCheck& m_check;
    std::vector<LedgerItem> m_items;
    QSet<QString> m_estates;
    QHash<QString, qsizetype> m_buildingOrder;
    QHash<QString, const Building*> m_buildings;
    QHash<QString, QString> m_notes;
};

io::Table surveyTable()
{
    io::Table t;
    t.name = QStringLiteral("指标调查表");
    t.header = {QStringLiteral("县（市、区）"),
                QStringLiteral("街道"),
                QStringLiteral("社区"),
                QStringLiteral("社区代码"),
                QStringLiteral("指标序号"),
                QStringLiteral("指标项"),
                QStringLiteral("指标值"),
                QStringLiteral("单位"),
                QStringLiteral("小区数（个）"),
                QStringLiteral("楼栋数（栋）"),
                QStringLiteral("涉及小区（个）"),
                QStringLiteral("涉及楼栋（栋）"),
                QStringLiteral("数据说明")};
    t.widths = {12, 12, 14, 12, 8, 30, 10, 6, 10, 10, 10, 10, 40};
    return t;
}

io::Table problemTable(NationalDimension d)
{
    io::Table t;
    const bool housing = d == NationalDimension::Housing;
    t.name = housing                        ? QStringLiteral("住房")
        : d == NationalDimension::Community ? QStringLiteral("小区（社区）")
                                            : QStringLiteral("其他指标");
    t.header = {QStringLiteral("序号"), QStringLiteral("街道"), QStringLiteral("社区"), QStringLiteral("指标项")};
    if (d == NationalDimension::Community) {
        t.header << QStringLiteral("体检结果") << QStringLiteral("配建情况（是/否配建）")
                 << QStringLiteral("用地/场地/建筑等规模不足") << QStringLiteral("功能不完善")
                 << QStringLiteral("其他问题");
        t.widths = {6, 12, 14, 28, 10, 12, 24, 24, 36};
    } else {
        t.header << (housing ? QStringLiteral("体检结果（栋）") : QStringLiteral("体检结果"))
                 << QStringLiteral("存在问题");
        t.widths = {6, 12, 14, 28, 10, 60};
    }
    t.header << QStringLiteral("问题程度") << QStringLiteral("治理难度") << QStringLiteral("问题分类");
    t.widths.insert(t.widths.end(), {10, 10, 10});
    return t;
}

io::Table remediationTable(NationalDimension d)
{
    io::Table t = problemTable(d);
    const bool housing = d == NationalDimension::Housing;
    t.header = {QStringLiteral("序号"),
                QStringLiteral("街道"),
                QStringLiteral("社区"),
                housing ? QStringLiteral("问题涉及的指标项") : QStringLiteral("问题涉及的指标"),
                housing ? QStringLiteral("指标结果（栋）") : QStringLiteral("指标结果"),
                QStringLiteral("存在问题"),
                QStringLiteral("整治建议"),
                QStringLiteral("整治区域"),
                QStringLiteral("整治类型"),
                QStringLiteral("责任单位"),
                QStringLiteral("整治优先级"),
                QStringLiteral("是否纳入下一年更新整治计划")};
    t.widths = {6, 12, 14, 28, 10, 50, 36, 24, 18, 30, 10, 14};
    return t;
}

io::Table ledgerTable()
{
    io::Table t;
    t.name = QStringLiteral("楼栋台账");
    t.header = {QStringLiteral("县（市、区）"),
                QStringLiteral("街道"),
                QStringLiteral("社区"),
                QStringLiteral("小区"),
                QStringLiteral("楼栋"),
                QStringLiteral("地址"),
                QStringLiteral("地上层数"),
                QStringLiteral("套数"),
                QStringLiteral("建成年份"),
                QStringLiteral("结构类型"),
                QStringLiteral("是否有电梯"),
                QStringLiteral("指标序号"),
                QStringLiteral("指标项"),
                QStringLiteral("台账项目编码"),
                QStringLiteral("台账项目"),
                QStringLiteral("问题程度"),
                QStringLiteral("备注")};
    t.widths = {12, 12, 14, 14, 10, 20, 8, 8, 8, 10, 8, 8, 28, 10, 36, 8, 24};
    return t;
}

QVariant optionalNumber(const std::optional<int>& n)
{
    return n ? QVariant(static_cast<double>(*n)) : QVariant();
}

} // namespace

std::optional<int> nationalNumber(const QString& nationalRef)
{
    static const QRegularExpression pattern(QStringLiteral("^MOHURD-\\d{4}-(\\d+)$"));
    const auto m = pattern.match(nationalRef.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

NationalDimension dimensionOf(int number)
{
    if (number >= 1 && number <= 9)
        return NationalDimension::Housing;
    if (number >= 10 && number <= 21)
        return NationalDimension::Community;
    return NationalDimension::Other;
}

QStringList nationalListTitles(bool remediation)
{
    if (remediation)
        return {QStringLiteral("附表V-1 住房维度体检整治建议清单表"),
                QStringLiteral("附表V-2 小区（社区）维度体检整治建议清单表"),
                QStringLiteral("其他指标（本地指标）体检整治建议清单表")};
    return {QStringLiteral("附表IV-1 住房维度体检问题清单表"),
            QStringLiteral("附表IV-2 小区（社区）维度体检问题清单表"),
            QStringLiteral("其他指标（本地指标）体检问题清单表")};
}

NationalTables buildNationalTables(const std::vector<NationalCheck>& checks)
{
    NationalTables out;
    out.survey = surveyTable();
    out.ledger = ledgerTable();
    const NationalDimension dimensions[] = {
        NationalDimension::Housing, NationalDimension::Community, NationalDimension::Other};
    for (NationalDimension d : dimensions) {
        out.problems.push_back(problemTable(d));
        out.remediation.push_back(remediationTable(d));
    }
    std::vector<const NationalCheck*> ordered;
    for (const NationalCheck& c : checks)
        ordered.push_back(&c);
    std::stable_sort(ordered.begin(), ordered.end(), [](const NationalCheck* a, const NationalCheck* b) {
        return std::tie(a->community.street, a->community.code) < std::tie(b->community.street, b->community.code);
    });

    for (const NationalCheck* c : ordered) {
        const Builder builder(*c);
        const QSet<QString> estateNames(builder.m_estates.begin(), builder.m_estates.end());
        // 指标调查表: the national indicators of the set, by number.
        std::multimap<int, const Indicator*> national;
        for (const Indicator* ind : c->set.indicatorsInOrder()) {
            if (const auto n = nationalNumber(ind->nationalRef))
                national.emplace(*n, ind);
        }
        for (const auto& [number, ind] : national) {
            const LedgerFindings f = builder.findings(*ind);
            const bool counted = ind->sourceLedger.has_value();
            out.survey.rows.push_back({c->community.county,
                                       c->community.street,
                                       c->community.name,
                                       c->community.code,
                                       static_cast<double>(number),
                                       ind->name.zh,
                                       valueCell(*ind, c->score.result(ind->code)),
                                       ind->unit,
                                       static_cast<double>(estateNames.size()),
                                       static_cast<double>(c->buildings.size()),
                                       counted ? QVariant(static_cast<double>(f.estates.size())) : QVariant(),
                                       counted ? QVariant(static_cast<double>(f.buildings.size())) : QVariant(),
                                       builder.m_notes.value(ind->code)});
        }
        // 附件四, 附件五: the check's problems, 限时解决 first, by the dimension of their indicator.
        for (const scoring::Problem& p : c->score.problems) {
            const Indicator& ind = *p.indicator;
            const auto number = nationalNumber(ind.nationalRef);
            const NationalDimension d = number ? dimensionOf(*number) : NationalDimension::Other;
            const size_t sheet = d == NationalDimension::Housing ? 0 : d == NationalDimension::Community ? 1 : 2;
            const LedgerFindings f = builder.findings(ind);
            const QString text = builder.problemText(p, f);
            const QString degree = f.worst.isEmpty() ? p.severity.zh : severityWord(f.worst);
            const QVariant result = valueCell(ind, c->score.result(ind.code));
            io::Table& problems = out.problems[sheet];
            QVariantList row {static_cast<double>(problems.rows.size() + 1),
                              c->community.street,
                              c->community.name,
                              ind.name.zh,
                              result};
            if (d == NationalDimension::Community) {
                const bool* built = std::get_if<bool>(&p.value);
                row << (built ? QVariant(*built ? QStringLiteral("是") : QStringLiteral("否")) : QVariant())
                    << QVariant() << QVariant() << text;
            } else {
                row << text;
            }
            row << degree << QVariant() << p.category.zh;
            problems.rows.push_back(row);

            const auto projects = builder.projectsFor(ind.code);
            std::optional<double> priority;
            bool nextYear = false;
            for (const Project* pr : projects) {
                const double score = planning::priorityOf(*pr).score;
                priority = std::max(priority.value_or(0), score);
                nextYear = nextYear || pr->plannedYear == std::optional<int>(c->assessment.round.year + 1);
            }
            io::Table& remediation = out.remediation[sheet];
            remediation.rows.push_back(
                {static_cast<double>(remediation.rows.size() + 1),
                 c->community.street,
                 c->community.name,
                 ind.name.zh,
                 result,
                 text,
                 builder.suggestion(ind, projects),
                 builder.area(f),
                 p.timeBound ? QStringLiteral("■限时解决□尽力解决") : QStringLiteral("□限时解决■尽力解决"),
                 p.responsibleUnits.join(kSeparator),
                 priority ? QVariant(scoring::round1(*priority)) : QVariant(),
                 nextYear ? QStringLiteral("是") : QStringLiteral("否")});
        }
        // 楼栋台账: every building × item found, register order.
        QHash<QString, const Indicator*> indicatorOfItem;
        for (const Indicator* ind : c->set.indicatorsInOrder()) {
            if (ind->sourceLedger)
                for (const QString& code : ind->sourceLedger->items)
                    indicatorOfItem.insert(code.toUpper(), ind);
        }
        QHash<QString, const LedgerEntry*> found; // "building/ITEM" → the entry, items found only
        for (const LedgerEntry& x : c->ledger) {
            if (x.present)
                found.insert(x.building.toString() + u'/' + x.item.toUpper(), &x);
        }
        for (const Building& b : c->buildings) {
            for (const LedgerItem& item : builder.m_items) {
                const LedgerEntry* e = found.value(b.id.toString() + u'/' + item.code.toUpper());
                if (!e)
                    continue;
                const Indicator* ind = indicatorOfItem.value(item.code.toUpper());
                out.ledger.rows.push_back(
                    {c->community.county,
                     c->community.street,
                     c->community.name,
                     b.estate,
                     b.number,
                     b.address,
                     optionalNumber(b.storeys),
                     optionalNumber(b.dwellings),
                     optionalNumber(b.buildYear),
                     b.structure,
                     b.lift ? QVariant(*b.lift ? QStringLiteral("是") : QStringLiteral("否")) : QVariant(),
                     item.indicator > 0 ? QVariant(static_cast<double>(item.indicator)) : QVariant(),
                     ind ? ind->name.zh : QString(),
                     item.code,
                     item.name,
                     severityWord(e->severity),
                     e->note});
            }
        }
    }
    return out;
}

} // namespace cc::report
