// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/BuildingsTable.h"

#include "core/util/Decimal.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace cc::io {

namespace {

const std::vector<ColumnSpec> kColumns = {
    {"estate", {"小区", "小区名称", "所属小区"}},
    {"building", {"楼栋", "楼栋编号", "楼栋名称", "楼号"}},
    {"address", {"地址", "楼栋地址"}},
    {"storeys", {"层数", "地上层数", "楼层数"}},
    {"dwellings", {"套数", "户数", "住宅套数"}},
    {"build_year", {"建成年份", "建成年代", "建造年份", "建成时间"}},
    {"structure", {"结构类型", "结构"}},
    {"lift", {"电梯", "是否有电梯", "有无电梯"}},
    {"note", {"备注"}},
};

} // namespace

Result<BuildingsTable::Parsed> BuildingsTable::parseCsv(const QByteArray& bytes, const QString& sourceName)
{
    auto table = InputTable::fromCsvBytes(bytes, sourceName);
    if (!table)
        return table.error();
    return parse(*table);
}

Result<BuildingsTable::Parsed> BuildingsTable::parse(const InputTable& table)
{
    size_t first = 0;
    auto columns = HeaderMap::read(
        table, kColumns, {QStringLiteral("estate"), QStringLiteral("building")}, tr("buildings table"), &first);
    if (!columns)
        return columns.error();
    const HeaderMap& at = *columns;

    std::vector<Building> out;
    QStringList problems;
    QHash<QString, int> lineOf; // "estate\x1fbuilding" → the line it was first on
    const int thisYear = QDate::currentDate().year();
    for (size_t i = first; i < table.rows.size(); ++i) {
        const InputRow& r = table.rows[i];
        if (r.blank())
            continue;
        const auto cellOf = [&](const char* key) -> const InputCell& { return r.at(at.at(QLatin1String(key))); };
        const auto cell = [&](const char* key) { return cleanedCell(cellOf(key).text); };
        const auto where = [&](const char* key) {
            const QString k = QLatin1String(key);
            return table.where(r.line, std::max(0, at.at(k)), at.header(k));
        };
        // A spreadsheet's error cell in any column read, a date where a number is meant: refused.
        problems << at.errorCells(table, r);
        const auto number = [&](const char* key, qint64 least, qint64 most, const QString& what) -> std::optional<int> {
            const QString text = cell(key);
            if (text.isEmpty() || cellOf(key).kind == InputCell::Kind::Error)
                return std::nullopt;
            if (cellOf(key).kind == InputCell::Kind::Date) {
                problems << tr("%1: %2 is a date, not %3").arg(where(key), text, what);
                return std::nullopt;
            }
            const auto value = wholeNumber(text);
            if (!value || *value < least || *value > most) {
                problems << tr("%1: \"%2\" is not %3 (a whole number from %4 to %5)")
                                .arg(where(key), text, what)
                                .arg(least)
                                .arg(most);
                return std::nullopt;
            }
            return static_cast<int>(*value);
        };
        Building b;
        b.estate = cell("estate");
        b.number = cell("building");
        if (b.estate.isEmpty())
            problems << tr("%1: the estate is empty (scattered buildings go into a temporary estate of their own, "
                           "named like any other)")
                            .arg(where("estate"));
        if (b.number.isEmpty())
            problems << tr("%1: the building number or name is empty").arg(where("building"));
        b.address = cell("address");
        b.storeys = number("storeys", 1, BuildingLimits::kMostStoreys, tr("a number of storeys"));
        b.dwellings = number("dwellings", 0, BuildingLimits::kMostDwellings, tr("a number of dwellings"));
        b.buildYear = number("build_year", BuildingLimits::kEarliestYear, thisYear + 1, tr("a year"));
        b.structure = cell("structure");
        const QString lift = cell("lift");
        if (const YesNo answer = yesNo(lift); answer == YesNo::Yes || answer == YesNo::No)
            b.lift = answer == YesNo::Yes;
        else if (answer == YesNo::Neither && cellOf("lift").kind != InputCell::Kind::Error)
            problems << tr("%1: \"%2\" is not yes or no (是/否)").arg(where("lift"), lift);
        b.note = cell("note");
        if (!b.estate.isEmpty() && !b.number.isEmpty()) {
            const QString key = b.estate + u'\x1f' + b.number;
            if (const int earlier = lineOf.value(key); earlier > 0)
                problems << tr("%1: the building %2 is also on %3")
                                .arg(table.where(r.line), b.label(), table.where(earlier));
            else
                lineOf.insert(key, r.line);
        }
        out.push_back(std::move(b));
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, problems.front(), problems.mid(1).join(u'\n'));
    if (out.empty())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1: the file has no buildings, only a header.").arg(table.source));
    return Parsed {std::move(out), at.keys()};
}

Building BuildingsTable::merged(const Building& stored, const Building& incoming, const QStringList& columns)
{
    Building out = stored;
    const auto has = [&](const char* name) { return columns.contains(QLatin1String(name)); };
    if (has("address"))
        out.address = incoming.address;
    if (has("storeys"))
        out.storeys = incoming.storeys;
    if (has("dwellings"))
        out.dwellings = incoming.dwellings;
    if (has("build_year"))
        out.buildYear = incoming.buildYear;
    if (has("structure"))
        out.structure = incoming.structure;
    if (has("lift"))
        out.lift = incoming.lift;
    if (has("note"))
        out.note = incoming.note;
    return out;
}

} // namespace cc::io
