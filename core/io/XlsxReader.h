// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/InputTable.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <vector>

namespace cc::io {

// The first sheet of an XLSX workbook as an InputTable, read with liborcus (Debian's liborcus, the
// library LibreOffice's own import filters come from): spec/cli.md "Responses XLSX". A number cell
// is its shortest decimal; a boolean cell true/false; a formula cell its cached value, typed the
// same way; a cell formatted as a date YYYY-MM-DD (a date and time: YYYY-MM-DDTHH:MM:SS); an error
// cell is kept as an error for the importer to refuse where it is used. A merged range gives its
// value to every cell it covers (a 小区 merged down over its buildings belongs to each row). Rows
// are numbered as the spreadsheet numbers them. A file that is not an XLSX workbook (an old .xls,
// a zip of something else, a damaged file) is refused, naming the file.
class XlsxReader final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static Result<InputTable> readFirstSheet(const QString& path, const QString& sourceName);
    // Every sheet, in the workbook's order, each read as the first one is (a hidden sheet too: the
    // caller finds its sheets by name).
    static Result<std::vector<InputTable>> readWorkbook(const QString& path, const QString& sourceName);

private:
    static Result<std::vector<InputTable>> readSheets(const QString& path, const QString& sourceName, bool firstOnly);
};

} // namespace cc::io
