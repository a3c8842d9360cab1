// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/InputTable.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace cc::io {

// A yes/no cell as people write it: 是/否, 有/无, yes/no, y/n, 1/0, true/false.
enum class YesNo { Empty, Yes, No, Neither };
YesNo yesNo(const QString& text);

// A number as a person writes it in a spreadsheet or CSV file: full-width digits ("１２"), a thousands
// separator ("1,200", "1，200"), spaces around it. No exponent, no decimal comma.
std::optional<double> typedNumber(const QString& text);
// A whole number the same way ("12", "12.0", "1,200").
std::optional<qint64> wholeNumber(const QString& text);
// A date typed as text: 2025-06-01, 2025/6/1, 2025.6.1, 2025年6月1日 (a time after it is dropped).
QDate typedDate(const QString& text);

// One row of a table an importer reads, with its header: every value by its column's English key,
// read by the cell's type, and every problem appended to `problems` with the cell's place
// (InputTable::where). A column the header lacks reads as empty. Shared by the register, list and
// price importers, so a CSV file and a workbook are read by one set of rules.
class RowReader final
{
    Q_DECLARE_TR_FUNCTIONS(RowReader)

public:
    RowReader(const InputTable& table, const HeaderMap& header, const InputRow& row, QStringList& problems);

    bool has(const char* key) const;
    // The cell's text, trimmed; a code or a choice is also folded to ASCII (full-width letters).
    QString text(const char* key) const;
    QString code(const char* key) const;
    // Empty cells give nothing and no problem; `what` names the value in a problem ("a number of households").
    std::optional<double> number(const char* key, double least, double most, const QString& what);
    std::optional<qint64> whole(const char* key, qint64 least, qint64 most, const QString& what);
    std::optional<QDate> date(const char* key);
    std::optional<bool> yesNo(const char* key);
    // A list in one cell: items separated by ';' '；' ',' '，' or '、'.
    QStringList list(const char* key) const;

    QString where(const char* key) const;
    QString where() const { return m_table.where(m_row.line); }
    void problem(const char* key, const QString& what);
    // A problem of the row as a whole (no one cell is wrong).
    void rowProblem(const QString& what);
    int line() const { return m_row.line; }

private:
    const InputCell& cell(const char* key) const;
    // What a cell of the wrong kind is refused as: an error cell always, a date where no date is meant
    // (`wanted` names what is), a number where a date is; true when the cell is usable.
    enum class Wanted { Number, YesNo, Date };
    bool usable(const char* key, Wanted wanted);

    const InputTable& m_table;
    const HeaderMap& m_header;
    const InputRow& m_row;
    QStringList& m_problems;
};

} // namespace cc::io
