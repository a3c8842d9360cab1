// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ResponsesCsv.h"

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

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
    // A CSV file's bytes (UTF-8 or GB18030, decodeCsvText) as a table.
    static Result<InputTable> fromCsvBytes(const QByteArray& bytes, const QString& source);
    // The table in a file, by what the file holds: a ZIP is read as an XLSX workbook's first sheet
    // (XlsxReader; a zip of something else is refused as no workbook), an old .xls is refused with
    // what to do, a file named .xlsx or .xls that is neither is refused as no workbook, anything
    // else is read as CSV. Places in the table name the file by its name only.
    static Result<InputTable> fromFile(const QString& path);
    // The place of a cell: "f.csv, line 3, column 2 (storeys)"; "f.xlsx, sheet 楼栋, row 3, column B
    // (storeys)". `header` may be empty.
    QString where(int line, int column, const QString& header = {}) const;
    // The place of a row: "f.csv, line 3"; "f.xlsx, sheet 楼栋, row 3".
    QString where(int line) const;
};

// The columns of a table's header row, found by their English key or any of their other names
// (Chinese), in any order and case; a header no column answers to, the same column twice, or a
// required one missing is refused with its place.
struct ColumnSpec
{
    const char* key; // English, as spec/cli.md names it
    std::vector<const char*> names; // UTF-8; the first is shown in messages
};

class HeaderMap final
{
    Q_DECLARE_TR_FUNCTIONS(HeaderMap)

public:
    // What a header naming none of the specs means: an error, or a column the importer does not read
    // (the responses table: "extra columns ignored").
    enum class Others { Refused, Ignored };
    // The first non-blank row of `table` is the header; `rowsFrom` gets the index of the row after it.
    static Result<HeaderMap> read(const InputTable& table,
                                  const std::vector<ColumnSpec>& specs,
                                  const QStringList& required,
                                  const QString& tableName,
                                  size_t* rowsFrom,
                                  Others others = Others::Refused);
    int at(const QString& key) const { return m_at.value(key, -1); }
    bool has(const QString& key) const { return m_at.contains(key); }
    QString header(const QString& key) const { return m_header.value(key); }
    // The keys the header has, in the specs' order.
    QStringList keys() const { return m_keys; }
    // A spreadsheet's error cells (#DIV/0!) in the row's columns this header reads, each as a problem.
    QStringList errorCells(const InputTable& table, const InputRow& row) const;

private:
    QHash<QString, int> m_at;
    QHash<QString, QString> m_header;
    QStringList m_keys;
};

// A cell's text as people mean it: full-width digits and letters ("１２") as ASCII, trimmed.
QString cleanedCell(const QString& text);

} // namespace cc::io
