// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ResponsesCsv.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace cc::io {

// Rows of cells as a CSV file or a spreadsheet's sheet gives them, before any importer reads them:
// every table importer (buildings, and the spreadsheet importers after it) has one code path from
// here on, and names a place the same way for either source.
struct InputCell
{
    enum class Kind { Text, Number, Boolean, Date, Error };
    Kind kind = Kind::Text;
    QString text; // a number as the shortest decimal that reads back the same; a date as YYYY-MM-DD;
                  // a boolean as true/false; an error as the spreadsheet shows it (#DIV/0!)
};

struct InputRow
{
    int line = 0; // as the file numbers it: the CSV line, the sheet's row
    std::vector<InputCell> cells;

    const InputCell& at(int column) const;
    bool blank() const;
};

class InputTable final
{
    Q_DECLARE_TR_FUNCTIONS(InputTable)

public:
    QString source; // the file's name
    QString sheet; // empty for a CSV file
    std::vector<InputRow> rows;

    static InputTable fromCsv(const std::vector<CsvRecord>& records, const QString& source);
    // The place of a cell: "f.csv, line 3, column 2 (storeys)"; "f.xlsx, sheet 楼栋, row 3, column B
    // (storeys)". `header` may be empty.
    QString where(int line, int column, const QString& header = {}) const;
    // The place of a row: "f.csv, line 3"; "f.xlsx, sheet 楼栋, row 3".
    QString where(int line) const;
};

} // namespace cc::io
