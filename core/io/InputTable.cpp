// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/InputTable.h"

#include <algorithm>

namespace cc::io {

namespace {

// A, B, … Z, AA, AB … as a spreadsheet names its columns (0 is A).
QString columnLetters(int column)
{
    QString out;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        out.prepend(QChar(u'A' + (n - 1) % 26));
    return out;
}

} // namespace

const InputCell& InputRow::at(int column) const
{
    static const InputCell empty;
    return column >= 0 && column < static_cast<int>(cells.size()) ? cells[static_cast<size_t>(column)] : empty;
}

bool InputRow::blank() const
{
    return std::all_of(cells.begin(), cells.end(), [](const InputCell& c) { return c.text.trimmed().isEmpty(); });
}

InputTable InputTable::fromCsv(const std::vector<CsvRecord>& records, const QString& source)
{
    InputTable table;
    table.source = source;
    table.rows.reserve(records.size());
    for (const CsvRecord& r : records) {
        InputRow row;
        row.line = r.line;
        for (const QString& field : r.fields)
            row.cells.push_back({InputCell::Kind::Text, field});
        table.rows.push_back(std::move(row));
    }
    return table;
}

QString InputTable::where(int line) const
{
    return sheet.isNull() ? tr("%1, line %2").arg(source).arg(line)
                          : tr("%1, sheet %2, row %3").arg(source, sheet).arg(line);
}

QString InputTable::where(int line, int column, const QString& header) const
{
    const QString place = sheet.isNull() ? tr("%1, column %2").arg(where(line)).arg(column + 1)
                                         : tr("%1, column %2").arg(where(line), columnLetters(column));
    return header.isEmpty() ? place : tr("%1 (%2)").arg(place, header);
}

} // namespace cc::io
