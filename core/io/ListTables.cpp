// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ListTables.h"

#include "core/io/RowReader.h"

#include <QHash>

#include <limits>

namespace cc::io {

namespace {

constexpr double kMostWan = 1e9; // 万元: ten trillion yuan, beyond any county's money
constexpr qint64 kMostPeople = 100'000'000;

// The rows of a table after its header, each read by `read`; every problem collected, all or none.
template <typename T, typename Read>
Result<std::vector<T>> readRows(const InputTable& table,
                                const std::vector<ColumnSpec>& columns,
                                const QStringList& required,
                                const QString& tableName,
                                const QString& noRows,
                                Read read)
{
    size_t first = 0;
    auto header = HeaderMap::read(table, columns, required, tableName, &first);
    if (!header)
        return header.error();
    std::vector<T> out;
    QStringList problems;
    for (size_t i = first; i < table.rows.size(); ++i) {
        const InputRow& row = table.rows[i];
        if (row.blank())
            continue;
        RowReader reader(table, *header, row, problems);
        for (const QString& key : required) {
            if (reader.text(key.toLatin1().constData()).isEmpty()
                && row.at(header->at(key)).kind != InputCell::Kind::Error)
                reader.problem(key.toLatin1().constData(), ListTables::tr("the cell is empty"));
        }
        out.push_back(read(reader));
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, problems.front(), problems.mid(1).join(u'\n'));
    if (out.empty())
        return makeError(ErrorCode::InvalidInput, noRows);
    return out;
}

QStringList codes(const RowReader& reader, const char* key)
{
    QStringList out;
    for (const QString& code : reader.list(key))
        out << cleanedCell(code);
    return out;
}

} // namespace

Result<std::vector<SurveyTally>> ListTables::tallies(const InputTable& table)
{
    static const std::vector<ColumnSpec> columns = {
        {"item", {"调查项目", "项目", "调查内容"}},
        {"mean", {"平均分", "均值", "得分"}},
        {"respondents", {"样本数", "受访人数", "调查人数", "有效样本"}},
        {"task", {"任务", "任务编码", "类别"}},
        {"indicator", {"指标", "指标编码"}},
        {"date", {"日期", "调查日期"}},
    };
    return readRows<SurveyTally>(table,
                                 columns,
                                 {QStringLiteral("item"), QStringLiteral("mean"), QStringLiteral("respondents")},
                                 tr("survey tally table"),
                                 tr("%1: the file has no survey items, only a header.").arg(table.source),
                                 [](RowReader& r) {
                                     SurveyTally t;
                                     t.id = TallyId::create();
                                     t.item = r.text("item");
                                     t.mean = r.number("mean", -1e9, 1e9, tr("a mean score")).value_or(0);
                                     t.respondents = static_cast<int>(
                                         r.whole("respondents", 0, kMostPeople, tr("a number of people")).value_or(0));
                                     t.taskCode = r.code("task");
                                     t.indicatorCodes = codes(r, "indicator");
                                     t.date = r.date("date").value_or(QDate());
                                     return t;
                                 });
}

Result<std::vector<Demand>> ListTables::demands(const InputTable& table, const QSet<QString>& communities)
{
    static const std::vector<ColumnSpec> columns = {
        {"community", {"社区编码", "社区代码", "社区"}},
        {"text", {"需求内容", "需求", "居民诉求", "诉求"}},
        {"task", {"任务", "任务编码", "类别"}},
        {"place", {"地点", "位置"}},
        {"source", {"来源", "需求来源"}},
        {"date", {"日期", "提出日期"}},
        {"support", {"支持人数", "支持数", "附议人数"}},
        {"indicator", {"指标", "指标编码"}},
    };
    return readRows<Demand>(
        table,
        columns,
        {QStringLiteral("community"), QStringLiteral("text")},
        tr("demand table"),
        tr("%1: the file has no demands, only a header.").arg(table.source),
        [&](RowReader& r) {
            Demand d;
            d.id = DemandId::create();
            d.communityCode = r.code("community");
            if (!d.communityCode.isEmpty() && !communities.contains(d.communityCode))
                r.problem("community", tr("no community in the register has the code %1").arg(d.communityCode));
            d.text = r.text("text");
            d.taskCode = r.code("task");
            d.place = r.text("place");
            if (const QString source = r.code("source").toLower(); !source.isEmpty()) {
                static const std::vector<std::pair<const char*, DemandSource>> chinese = {
                    {"居民议事", DemandSource::Meeting},
                    {"议事会", DemandSource::Meeting},
                    {"座谈会", DemandSource::Meeting},
                    {"问卷", DemandSource::Survey},
                    {"问卷调查", DemandSource::Survey},
                    {"热线", DemandSource::Hotline},
                    {"12345", DemandSource::Hotline},
                    {"网格", DemandSource::GridWorker},
                    {"网格员", DemandSource::GridWorker},
                };
                std::optional<DemandSource> found = demandSourceFromString(source);
                for (const auto& [name, value] : chinese) {
                    if (!found && source == QString::fromUtf8(name))
                        found = value;
                }
                if (found)
                    d.source = *found;
                else
                    r.problem("source",
                              tr("\"%1\" is not a source (meeting, survey, hotline, grid; 居民议事, 问卷调查, 热线, "
                                 "网格员)")
                                  .arg(source));
            }
            d.date = r.date("date").value_or(QDate());
            d.support = static_cast<int>(r.whole("support", 0, kMostPeople, tr("a number of supporters")).value_or(0));
            d.indicatorCodes = codes(r, "indicator");
            return d;
        });
}

Result<std::vector<Resource>> ListTables::resources(const InputTable& table, const QSet<QString>& communities)
{
    static const std::vector<ColumnSpec> columns = {
        {"kind", {"类型", "资源类型", "类别"}},
        {"name", {"名称", "资源名称"}},
        {"community", {"社区编码", "社区代码", "社区"}},
        {"county", {"区县", "县（市、区）", "县"}},
        {"area", {"面积", "面积（m²）", "面积(m²)", "面积（平方米）"}},
        {"place", {"地点", "位置"}},
        {"owner", {"权属单位", "主管单位", "产权单位", "权属"}},
        {"amount", {"金额", "金额（万元）", "金额(万元)"}},
        {"year", {"年度", "预算年度"}},
        {"note", {"备注"}},
    };
    return readRows<Resource>(
        table,
        columns,
        {QStringLiteral("kind"), QStringLiteral("name")},
        tr("resource table"),
        tr("%1: the file has no resources, only a header.").arg(table.source),
        [&](RowReader& r) {
            Resource x;
            x.id = ResourceId::create();
            const QString kind = r.code("kind").toLower();
            static const std::vector<std::pair<const char*, ResourceKind>> chinese = {
                {"闲置用房", ResourceKind::Room},
                {"用房", ResourceKind::Room},
                {"房屋", ResourceKind::Room},
                {"闲置场地", ResourceKind::Land},
                {"场地", ResourceKind::Land},
                {"土地", ResourceKind::Land},
                {"资金", ResourceKind::Fund},
                {"运营主体", ResourceKind::Operator},
                {"运营方", ResourceKind::Operator},
            };
            std::optional<ResourceKind> found = resourceKindFromString(kind);
            for (const auto& [name, value] : chinese) {
                if (!found && kind == QString::fromUtf8(name))
                    found = value;
            }
            if (found)
                x.kind = *found;
            else if (!kind.isEmpty())
                r.problem("kind",
                          tr("\"%1\" is not a kind of resource (room, land, fund, operator; 闲置用房, 闲置场地, 资金, "
                             "运营主体)")
                              .arg(kind));
            x.name = r.text("name");
            x.communityCode = r.code("community");
            x.county = r.text("county");
            if (x.communityCode.isEmpty() && x.county.isEmpty())
                r.rowProblem(tr("the resource names neither a community nor a county"));
            else if (!x.communityCode.isEmpty() && !communities.contains(x.communityCode))
                r.problem("community", tr("no community in the register has the code %1").arg(x.communityCode));
            x.areaM2 = r.number("area", 0, 1e9, tr("an area in m²"));
            x.place = r.text("place");
            x.owner = r.text("owner");
            x.amountWan = r.number("amount", 0, kMostWan, tr("an amount in 万元"));
            if (const auto year = r.whole("year", 1949, 2200, tr("a year")))
                x.year = static_cast<int>(*year);
            x.note = r.text("note");
            return x;
        });
}

Result<std::vector<PriceEntry>> ListTables::prices(const InputTable& table)
{
    QHash<QString, int> lineOf; // template and county → the row first pricing it
    static const std::vector<ColumnSpec> columns = {
        {"template", {"项目模板", "模板编码", "模板"}},
        {"unit_cost", {"单价", "单价（万元）", "单价(万元)", "综合单价"}},
        {"county", {"区县", "县（市、区）", "县"}},
        {"note", {"备注", "依据"}},
    };
    return readRows<PriceEntry>(
        table,
        columns,
        {QStringLiteral("template"), QStringLiteral("unit_cost")},
        tr("price table"),
        tr("%1: the file has no prices, only a header.").arg(table.source),
        [&](RowReader& r) {
            PriceEntry p;
            p.templateCode = r.code("template");
            p.unitCost = r.number("unit_cost", 0, kMostWan, tr("a unit cost in 万元")).value_or(0);
            p.county = r.text("county");
            p.note = r.text("note");
            const QString key = p.templateCode + u'\x1f' + p.county;
            if (const int earlier = lineOf.value(key); earlier > 0 && !p.templateCode.isEmpty())
                r.rowProblem(
                    tr("the template %1 is priced for %2 on %3 too")
                        .arg(p.templateCode, p.county.isEmpty() ? tr("every county") : p.county, table.where(earlier)));
            else
                lineOf.insert(key, r.line());
            return p;
        });
}

} // namespace cc::io
