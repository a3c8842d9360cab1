// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <vector>

// A table for people (project lists, annual plans) written as CSV for any tool or as XLSX for
// Excel and WPS. Cells are text, numbers or dates (a double QVariant stays a number in XLSX, a QDate
// is a date cell there and YYYY-MM-DD in CSV; an invalid QVariant is an empty cell). Files are
// written atomically: a failure leaves nothing behind.
namespace cc::io {

struct Table
{
    QString name; // the XLSX sheet name
    QStringList header;
    std::vector<double> widths; // XLSX column widths in characters; may be shorter than the header
    std::vector<QVariantList> rows;
};

class TableExport final
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    // UTF-8 with a BOM (so that Excel on Chinese Windows reads it as UTF-8), RFC 4180, CRLF lines.
    static QByteArray csv(const Table& table);
    static Result<void> writeCsv(const Table& table, const QString& path);
    // One sheet per table, the header bold and frozen, with a filter.
    static Result<void> writeXlsx(const std::vector<Table>& tables, const QString& path);
    // By suffix: .csv (the first table) or .xlsx (all of them).
    static Result<void> write(const std::vector<Table>& tables, const QString& path);
};

} // namespace cc::io
