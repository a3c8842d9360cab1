// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/IndicatorSet.h"
#include "core/domain/Response.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace cc::io {

// Text of a CSV file as Excel and WPS save it: a UTF-8 BOM → UTF-8; otherwise valid UTF-8 → UTF-8;
// otherwise GB18030. Anything else (binary data, an undecodable file) is refused.
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8" or "GB18030"
};
Result<DecodedText> decodeCsvText(const QByteArray& bytes, const QString& sourceName);

// RFC 4180 records with the line each starts on (quoted fields may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};
Result<std::vector<CsvRecord>> parseCsv(const QString& text, const QString& sourceName);

// The responses CSV of spec/cli.md: header with `indicator`, `value` and optionally `note`; one row
// per indicator code; every value checked against its indicator. All rows or none: the error names
// the file, line and indicator code of the first problem, `detail` lists the others.
Result<std::vector<Response>>
parseResponsesCsv(const QByteArray& bytes, const QString& sourceName, const IndicatorSet& set);

class InputTable;
// The same rules for any table: a CSV file's records, or a workbook's first sheet read by the cells'
// types (spec/cli.md "Responses XLSX": an error cell or a date cell in a used column refuses the file;
// a place is the sheet, row and column). Columns other than indicator, value and note are ignored.
Result<std::vector<Response>> parseResponses(const InputTable& table, const IndicatorSet& set);

} // namespace cc::io
