// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/LedgerTable.h"

#include "core/io/BuildingsTable.h"

#include <QHash>

namespace cc::io {

namespace {

const std::vector<ColumnSpec> kColumns = {
    {"estate", {"小区", "小区名称", "所属小区"}},
    {"building", {"楼栋", "楼栋编号", "楼栋名称", "楼号"}},
    {"item", {"项目", "问题项", "台账项", "编码"}},
    {"present", {"是否存在", "存在"}},
    {"severity", {"问题程度", "严重程度"}},
    {"note", {"备注", "说明"}},
};

} // namespace

Result<std::vector<LedgerTable::Row>>
LedgerTable::parseCsv(const QByteArray& bytes, const QString& sourceName, const QStringList& itemCodes)
{
    auto table = InputTable::fromCsvBytes(bytes, sourceName);
    if (!table)
        return table.error();
    return parse(*table, itemCodes);
}

Result<std::vector<LedgerTable::Row>> LedgerTable::parse(const InputTable& table, const QStringList& itemCodes)
{
    size_t first = 0;
    auto columns = HeaderMap::read(table,
                                   kColumns,
                                   {QStringLiteral("estate"), QStringLiteral("building"), QStringLiteral("item")},
                                   tr("building ledger"),
                                   &first);
    if (!columns)
        return columns.error();
    const HeaderMap& at = *columns;
    QHash<QString, QString> canonical; // upper-case code → the code as the set spells it
    for (const QString& code : itemCodes)
        canonical.insert(code.toUpper(), code);

    std::vector<Row> out;
    QStringList problems;
    QHash<QString, QString> placeOf; // "estate\x1fbuilding\x1fitem" → where it was first
    for (size_t i = first; i < table.rows.size(); ++i) {
        const InputRow& r = table.rows[i];
        if (r.blank())
            continue;
        const auto cell = [&](const char* key) { return cleanedCell(r.at(at.at(QLatin1String(key))).text); };
        const auto where = [&](const char* key) {
            const QString k = QLatin1String(key);
            return table.where(r.line, std::max(0, at.at(k)), at.header(k));
        };
        problems << at.errorCells(table, r);
        Row row;
        row.where = table.where(r.line);
        LedgerEntry& e = row.entry;
        e.estate = cell("estate");
        e.number = cell("building");
        if (e.estate.isEmpty())
            problems << tr("%1: the estate is empty").arg(where("estate"));
        if (e.number.isEmpty())
            problems << tr("%1: the building number or name is empty").arg(where("building"));
        const QString item = cell("item");
        e.item = canonical.value(item.toUpper());
        if (e.item.isEmpty())
            problems << tr("%1: \"%2\" is not an item of the building ledger (H1.0 … H9.4, or the set's own)")
                            .arg(where("item"), item);
        const QString present = cell("present");
        switch (yesNo(present)) {
        case YesNo::Empty: // a row names a problem found
        case YesNo::Yes:
            e.present = true;
            break;
        case YesNo::No:
            e.present = false;
            break;
        case YesNo::Neither:
            problems << tr("%1: \"%2\" is not yes or no (是/否)").arg(where("present"), present);
            break;
        }
        const QString severity = cell("severity");
        if (const auto code = LedgerSeverity::parse(severity))
            e.severity = *code;
        else
            problems
                << tr("%1: \"%2\" is not a degree of the manual (严重, 较严重, 一般)").arg(where("severity"), severity);
        if (!e.present && !e.severity.isEmpty())
            problems << tr("%1: a degree is given for a problem marked absent").arg(where("severity"));
        e.note = cell("note");
        if (!e.estate.isEmpty() && !e.number.isEmpty() && !e.item.isEmpty()) {
            const QString key = e.estate + u'\x1f' + e.number + u'\x1f' + e.item;
            if (const QString earlier = placeOf.value(key); !earlier.isEmpty())
                problems << tr("%1: %2 %3 %4 is also on %5").arg(row.where, e.estate, e.number, e.item, earlier);
            else
                placeOf.insert(key, row.where);
        }
        out.push_back(std::move(row));
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, problems.front(), problems.mid(1).join(u'\n'));
    if (out.empty())
        return makeError(ErrorCode::InvalidInput, tr("%1: the file has no entries, only a header.").arg(table.source));
    return out;
}

} // namespace cc::io
