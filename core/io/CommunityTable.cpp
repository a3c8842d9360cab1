// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CommunityTable.h"

#include "core/io/RowReader.h"

#include <QDate>

namespace cc::io {

namespace {

const std::vector<ColumnSpec> kColumns = {
    {"code", {"社区编码", "社区代码", "编码"}},
    {"name", {"社区名称", "名称", "社区"}},
    {"type", {"类型", "社区类型", "分类"}},
    {"city", {"市", "设区市", "城市"}},
    {"county", {"区县", "县（市、区）", "县"}},
    {"street", {"街道", "乡镇（街道）", "街道（乡镇）"}},
    {"households", {"户数", "总户数"}},
    {"buildings", {"楼栋数", "栋数"}},
    {"population", {"人口", "常住人口", "人口数"}},
    {"area_ha", {"面积（公顷）", "面积(公顷)", "占地面积（公顷）", "面积"}},
    {"build_year", {"建成年份", "建成年代"}},
    {"pilot", {"试点", "是否试点"}},
    {"latitude", {"纬度"}},
    {"longitude", {"经度"}},
    {"note", {"备注"}},
};

constexpr qint64 kMostPeople = 100'000'000;

} // namespace

Result<CommunityTable::Parsed> CommunityTable::parse(const InputTable& table, const QHash<QString, QString>& typeCodes)
{
    size_t first = 0;
    auto header = HeaderMap::read(table,
                                  kColumns,
                                  {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("type")},
                                  tr("community register"),
                                  &first);
    if (!header)
        return header.error();
    Parsed out;
    out.columns = header->keys();
    QStringList problems;
    QHash<QString, int> lineOf;
    const int thisYear = QDate::currentDate().year();
    for (size_t i = first; i < table.rows.size(); ++i) {
        const InputRow& row = table.rows[i];
        if (row.blank())
            continue;
        RowReader r(table, *header, row, problems);
        Community c;
        c.code = r.code("code");
        c.name = r.text("name");
        const QString type = r.text("type");
        c.type = typeCodes.value(type, cleanedCell(type));
        for (const char* key : {"code", "name", "type"}) {
            if (r.text(key).isEmpty() && row.at(header->at(QLatin1String(key))).kind != InputCell::Kind::Error)
                r.problem(key, tr("the cell is empty"));
        }
        c.city = r.text("city");
        c.county = r.text("county");
        c.street = r.text("street");
        c.households = r.whole("households", 0, kMostPeople, tr("a number of households"));
        c.buildings = r.whole("buildings", 0, 1'000'000, tr("a number of buildings"));
        c.population = r.whole("population", 0, kMostPeople, tr("a number of people"));
        c.areaHa = r.number("area_ha", 0, 1e6, tr("an area in hectares"));
        if (const auto year = r.whole("build_year", 1800, thisYear + 1, tr("a year")))
            c.buildYear = static_cast<int>(*year);
        c.pilot = r.yesNo("pilot").value_or(false);
        c.latitude = r.number("latitude", -90, 90, tr("a latitude"));
        c.longitude = r.number("longitude", -180, 180, tr("a longitude"));
        c.note = r.text("note");
        if (!c.code.isEmpty()) {
            if (const int earlier = lineOf.value(c.code); earlier > 0)
                r.problem("code", tr("the community %1 is also on %2").arg(c.code, table.where(earlier)));
            else
                lineOf.insert(c.code, row.line);
        }
        QStringList given;
        for (const QString& key : out.columns) {
            if (!row.at(header->at(key)).text.trimmed().isEmpty())
                given << key;
        }
        out.given.push_back(given);
        out.communities.push_back(std::move(c));
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, problems.front(), problems.mid(1).join(u'\n'));
    if (out.communities.empty())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1: the file has no communities, only a header.").arg(table.source));
    return out;
}

Community CommunityTable::merged(const Community& stored, const Community& incoming, const QStringList& columns)
{
    Community out = stored;
    const auto has = [&](const char* key) { return columns.contains(QLatin1String(key)); };
    if (has("name"))
        out.name = incoming.name;
    if (has("type"))
        out.type = incoming.type;
    if (has("city"))
        out.city = incoming.city;
    if (has("county"))
        out.county = incoming.county;
    if (has("street"))
        out.street = incoming.street;
    if (has("households"))
        out.households = incoming.households;
    if (has("buildings"))
        out.buildings = incoming.buildings;
    if (has("population"))
        out.population = incoming.population;
    if (has("area_ha"))
        out.areaHa = incoming.areaHa;
    if (has("build_year"))
        out.buildYear = incoming.buildYear;
    if (has("pilot"))
        out.pilot = incoming.pilot;
    if (has("latitude"))
        out.latitude = incoming.latitude;
    if (has("longitude"))
        out.longitude = incoming.longitude;
    if (has("note"))
        out.note = incoming.note;
    return out;
}

} // namespace cc::io
