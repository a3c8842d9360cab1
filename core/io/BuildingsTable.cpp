// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/BuildingsTable.h"

#include "core/util/Decimal.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace cc::io {

namespace {

enum class Column { Estate, Building, Address, Storeys, Dwellings, BuildYear, Structure, Lift, Note };

struct ColumnName
{
    Column column;
    const char* english;
    std::array<const char*, 4> chinese; // UTF-8; unused entries empty
};

const ColumnName kColumns[] = {
    {Column::Estate, "estate", {"小区", "小区名称", "所属小区", ""}},
    {Column::Building, "building", {"楼栋", "楼栋编号", "楼栋名称", "楼号"}},
    {Column::Address, "address", {"地址", "楼栋地址", "", ""}},
    {Column::Storeys, "storeys", {"层数", "地上层数", "楼层数", ""}},
    {Column::Dwellings, "dwellings", {"套数", "户数", "住宅套数", ""}},
    {Column::BuildYear, "build_year", {"建成年份", "建成年代", "建造年份", "建成时间"}},
    {Column::Structure, "structure", {"结构类型", "结构", "", ""}},
    {Column::Lift, "lift", {"电梯", "是否有电梯", "有无电梯", ""}},
    {Column::Note, "note", {"备注", "", "", ""}},
};

// Full-width digits and letters ("１２") as ASCII, spaces trimmed.
QString cleaned(const QString& cell)
{
    return cell.normalized(QString::NormalizationForm_KC).trimmed();
}

std::optional<Column> columnNamed(const QString& header)
{
    const QString name = cleaned(header).toLower();
    for (const ColumnName& c : kColumns) {
        if (name == QLatin1String(c.english))
            return c.column;
        for (const char* zh : c.chinese) {
            if (*zh && name == QString::fromUtf8(zh))
                return c.column;
        }
    }
    return std::nullopt;
}

QString acceptedNames()
{
    QStringList out;
    for (const ColumnName& c : kColumns)
        out << QString::fromLatin1(c.english) + u'/' + QString::fromUtf8(c.chinese[0]);
    return out.join(QStringLiteral(", "));
}

// A whole number as a person writes it in a spreadsheet: "12", "12.0", "1,200".
std::optional<qint64> wholeNumber(const QString& text)
{
    static const QRegularExpression thousands(QStringLiteral("^\\d{1,3}(,\\d{3})+$"));
    QString digits = text;
    if (thousands.match(digits).hasMatch())
        digits.remove(u',');
    const auto value = parseDecimal(digits);
    if (!value || *value != std::floor(*value) || std::abs(*value) > 1e15)
        return std::nullopt;
    return static_cast<qint64>(*value);
}

enum class YesNo { Empty, Yes, No, Neither };

YesNo yesNo(const QString& text)
{
    const QString t = text.toLower();
    if (t.isEmpty())
        return YesNo::Empty;
    for (const char* yes : {"是", "有", "yes", "y", "1", "true"}) {
        if (t == QString::fromUtf8(yes))
            return YesNo::Yes;
    }
    for (const char* no : {"否", "无", "没有", "no", "n", "0", "false"}) {
        if (t == QString::fromUtf8(no))
            return YesNo::No;
    }
    return YesNo::Neither;
}

} // namespace

Result<BuildingsTable::Parsed> BuildingsTable::parseCsv(const QByteArray& bytes, const QString& sourceName)
{
    auto text = decodeCsvText(bytes, sourceName);
    if (!text)
        return text.error();
    auto records = io::parseCsv(text->text, sourceName);
    if (!records)
        return records.error();
    return parse(InputTable::fromCsv(*records, sourceName));
}

Result<BuildingsTable::Parsed> BuildingsTable::parse(const InputTable& table)
{
    const QString& sourceName = table.source;
    const auto& rows = table.rows;
    auto first = std::find_if_not(rows.begin(), rows.end(), [](const InputRow& r) { return r.blank(); });
    if (first == rows.end())
        return makeError(ErrorCode::InvalidInput, tr("%1: the file has no rows.").arg(sourceName));
    const InputRow& header = *first;
    std::map<Column, int> at;
    std::map<Column, QString> headerText;
    for (int i = 0; i < static_cast<int>(header.cells.size()); ++i) {
        const QString text = header.at(i).text.trimmed();
        if (text.isEmpty())
            continue;
        const auto column = columnNamed(text);
        if (!column)
            return makeError(ErrorCode::InvalidInput,
                             tr("%1: \"%2\" is not a column of the buildings table (columns: %3).")
                                 .arg(table.where(header.line, i), text, acceptedNames()));
        if (at.count(*column) > 0)
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 and %2 name the same thing (\"%3\").")
                                 .arg(table.where(header.line, at.at(*column)), table.where(header.line, i), text));
        at.emplace(*column, i);
        headerText.emplace(*column, text);
    }
    if (at.count(Column::Estate) == 0 || at.count(Column::Building) == 0)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1: the header must name the columns estate and building.").arg(table.where(header.line)));

    std::vector<Building> out;
    QStringList problems;
    QHash<QString, int> lineOf; // "estate\x1fbuilding" → the line it was first on
    const int thisYear = QDate::currentDate().year();
    for (auto it = first + 1; it != rows.end(); ++it) {
        const InputRow& r = *it;
        if (r.blank())
            continue;
        const auto cellOf = [&](Column c) -> const InputCell& {
            const auto found = at.find(c);
            return r.at(found == at.end() ? -1 : found->second);
        };
        const auto cell = [&](Column c) { return cleaned(cellOf(c).text); };
        const auto where = [&](Column c) {
            return table.where(r.line, at.count(c) > 0 ? at.at(c) : 0, at.count(c) > 0 ? headerText.at(c) : QString());
        };
        // A spreadsheet's error cell in any column read, a date where a number is meant: refused.
        for (const auto& [column, index] : at) {
            if (r.at(index).kind == InputCell::Kind::Error)
                problems << tr("%1: the cell is an error (%2), not a value").arg(where(column), r.at(index).text);
        }
        const auto number = [&](Column c, qint64 least, qint64 most, const QString& what) -> std::optional<int> {
            const QString text = cell(c);
            if (text.isEmpty() || cellOf(c).kind == InputCell::Kind::Error)
                return std::nullopt;
            if (cellOf(c).kind == InputCell::Kind::Date) {
                problems << tr("%1: %2 is a date, not %3").arg(where(c), text, what);
                return std::nullopt;
            }
            const auto value = wholeNumber(text);
            if (!value || *value < least || *value > most) {
                problems << tr("%1: \"%2\" is not %3 (a whole number from %4 to %5)")
                                .arg(where(c), text, what)
                                .arg(least)
                                .arg(most);
                return std::nullopt;
            }
            return static_cast<int>(*value);
        };
        Building b;
        b.estate = cell(Column::Estate);
        b.number = cell(Column::Building);
        if (b.estate.isEmpty())
            problems << tr("%1: the estate is empty (scattered buildings go into a temporary estate of their own, "
                           "named like any other)")
                            .arg(where(Column::Estate));
        if (b.number.isEmpty())
            problems << tr("%1: the building number or name is empty").arg(where(Column::Building));
        b.address = cell(Column::Address);
        b.storeys = number(Column::Storeys, 1, 200, tr("a number of storeys"));
        b.dwellings = number(Column::Dwellings, 0, 100000, tr("a number of dwellings"));
        b.buildYear = number(Column::BuildYear, 1800, thisYear + 1, tr("a year"));
        b.structure = cell(Column::Structure);
        const QString lift = cell(Column::Lift);
        if (const YesNo answer = yesNo(lift); answer == YesNo::Yes || answer == YesNo::No)
            b.lift = answer == YesNo::Yes;
        else if (answer == YesNo::Neither && cellOf(Column::Lift).kind != InputCell::Kind::Error)
            problems << tr("%1: \"%2\" is not yes or no (是/否)").arg(where(Column::Lift), lift);
        b.note = cell(Column::Note);
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
        return makeError(ErrorCode::InvalidInput, tr("%1: the file has no buildings, only a header.").arg(sourceName));
    Parsed parsed;
    parsed.buildings = std::move(out);
    for (const ColumnName& c : kColumns) {
        if (at.count(c.column) > 0)
            parsed.columns << QString::fromLatin1(c.english);
    }
    return parsed;
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
