// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ResponsesCsv.h"

#include "core/domain/ResponseRules.h"
#include "core/io/InputTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

namespace cc::io {

namespace {

constexpr int kMaxReportedErrors = 20;

class ResponsesCsvText
{
    Q_DECLARE_TR_FUNCTIONS(ResponsesCsv)

public:
    static QString unknownEncoding(const QString& file)
    {
        return tr("%1: the file is neither UTF-8 nor GB18030 text (save it from Excel or WPS as CSV).").arg(file);
    }
    static QString noGb18030(const QString& file)
    {
        return tr("%1: the file is not UTF-8, and this system cannot read GB18030.").arg(file);
    }
    static QString openQuote(const QString& file, int line)
    {
        return tr("%1, line %2: a quoted field is not closed.").arg(file).arg(line);
    }
    static QString at(const QString& place, const QString& code, const QString& what)
    {
        return tr("%1, %2: %3").arg(place, code, what);
    }
    static QString tableName() { return tr("responses table"); }
    static QString errorCell(const QString& error) { return tr("the cell is an error (%1), not a value").arg(error); }
    static QString dateCell(const QString& date)
    {
        return tr("the cell is a date (%1); this indicator takes no date").arg(date);
    }
    static QString twiceOnRow(int firstRow)
    {
        return tr("the indicator is given twice (first on row %1)").arg(firstRow);
    }
    static QString noCode() { return tr("the indicator code is empty"); }
    static QString unknownCode(const QString& set) { return tr("no indicator with this code in the set %1").arg(set); }
    static QString twice(int firstLine) { return tr("the indicator is given twice (first on line %1)").arg(firstLine); }
    static QString more(int n) { return tr("… and %n more problems", nullptr, n); }
};

} // namespace

Result<DecodedText> decodeCsvText(const QByteArray& bytes, const QString& sourceName)
{
    const auto refuse = [&](const QString& message) { return makeError(ErrorCode::InvalidInput, message); };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8.decode(bytes.mid(3));
        if (utf8.hasError() || text.contains(QChar(0)))
            return refuse(ResponsesCsvText::unknownEncoding(sourceName));
        return DecodedText {text, QStringLiteral("UTF-8")};
    }
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8.decode(bytes);
        if (!utf8.hasError()) {
            if (text.contains(QChar(0)))
                return refuse(ResponsesCsvText::unknownEncoding(sourceName));
            return DecodedText {text, QStringLiteral("UTF-8")};
        }
    }
    QStringDecoder gb("GB18030");
    if (!gb.isValid())
        return refuse(ResponsesCsvText::noGb18030(sourceName));
    QString text = gb.decode(bytes);
    if (gb.hasError() || text.contains(QChar(0)) || text.contains(QChar::ReplacementCharacter))
        return refuse(ResponsesCsvText::unknownEncoding(sourceName));
    return DecodedText {text, QStringLiteral("GB18030")};
}

Result<std::vector<CsvRecord>> parseCsv(const QString& text, const QString& sourceName)
{
    std::vector<CsvRecord> records;
    CsvRecord current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 1;
    current.line = 1;
    const auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        records.push_back(std::move(current));
        current = CsvRecord {};
        current.line = line + 1;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && field.trimmed().isEmpty()) {
            field.clear();
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            continue; // CRLF: the \n ends the record
        } else if (c == u'\n' || c == u'\r') {
            endRecord();
            ++line;
        } else {
            field += c;
            if (!c.isSpace())
                fieldStarted = true;
        }
    }
    if (inQuotes)
        return makeError(ErrorCode::InvalidInput, ResponsesCsvText::openQuote(sourceName, quoteLine));
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    // Blank lines carry no data.
    std::erase_if(records, [](const CsvRecord& r) {
        return std::all_of(r.fields.begin(), r.fields.end(), [](const QString& f) { return f.trimmed().isEmpty(); });
    });
    return records;
}

Result<std::vector<Response>>
parseResponsesCsv(const QByteArray& bytes, const QString& sourceName, const IndicatorSet& set)
{
    auto table = InputTable::fromCsvBytes(bytes, sourceName);
    if (!table)
        return table.error();
    return parseResponses(*table, set);
}

Result<std::vector<Response>> parseResponses(const InputTable& table, const IndicatorSet& set)
{
    static const std::vector<ColumnSpec> columns = {
        {"indicator", {"指标编码", "指标代码", "指标"}}, // with both, 指标编码 is the code, 指标 its name
        {"value", {"取值", "值", "数值"}},
        {"note", {"备注"}},
    };
    size_t first = 0;
    auto header = HeaderMap::read(table,
                                  columns,
                                  {QStringLiteral("indicator"), QStringLiteral("value")},
                                  ResponsesCsvText::tableName(),
                                  &first,
                                  HeaderMap::Others::Ignored);
    if (!header)
        return header.error();
    const int indicatorColumn = header->at(QStringLiteral("indicator"));
    const int valueColumn = header->at(QStringLiteral("value"));
    const int noteColumn = header->at(QStringLiteral("note"));
    // A CSV row is named by its line, as always; a sheet's cell by its row and column too (cli.md).
    const auto place = [&](const InputRow& row, int column, const QString& key) {
        return table.sheet.isNull() ? table.where(row.line) : table.where(row.line, column, header->header(key));
    };

    const QString setName = set.code + u' ' + set.version;
    QStringList errors;
    QHash<QString, int> seen;
    std::vector<Response> out;
    for (size_t r = first; r < table.rows.size(); ++r) {
        const InputRow& row = table.rows[r];
        if (row.blank())
            continue;
        const InputCell& codeCell = row.at(indicatorColumn);
        const QString code = cleanedCell(codeCell.text);
        const QString codeShown = code.isEmpty() ? QStringLiteral("-") : code;
        // An error cell in a column this table reads refuses the file (cli.md "Responses XLSX").
        bool cellErrors = false;
        for (const auto& [column, key] : {std::pair {indicatorColumn, "indicator"},
                                          std::pair {valueColumn, "value"},
                                          std::pair {noteColumn, "note"}}) {
            if (column >= 0 && row.at(column).kind == InputCell::Kind::Error) {
                errors.append(ResponsesCsvText::at(place(row, column, QLatin1String(key)),
                                                   codeShown,
                                                   ResponsesCsvText::errorCell(row.at(column).text)));
                cellErrors = true;
            }
        }
        if (cellErrors)
            continue;
        if (code.isEmpty()) {
            errors.append(ResponsesCsvText::at(
                place(row, indicatorColumn, QStringLiteral("indicator")), codeShown, ResponsesCsvText::noCode()));
            continue;
        }
        if (const auto it = seen.constFind(code); it != seen.constEnd()) {
            errors.append(ResponsesCsvText::at(place(row, indicatorColumn, QStringLiteral("indicator")),
                                               code,
                                               table.sheet.isNull() ? ResponsesCsvText::twice(it.value())
                                                                    : ResponsesCsvText::twiceOnRow(it.value())));
            continue;
        }
        seen.insert(code, row.line);
        const Indicator* indicator = set.indicator(code);
        if (!indicator) {
            errors.append(ResponsesCsvText::at(place(row, indicatorColumn, QStringLiteral("indicator")),
                                               code,
                                               ResponsesCsvText::unknownCode(setName)));
            continue;
        }
        const InputCell& valueCell = row.at(valueColumn);
        if (valueCell.kind == InputCell::Kind::Date) {
            errors.append(ResponsesCsvText::at(
                place(row, valueColumn, QStringLiteral("value")), code, ResponsesCsvText::dateCell(valueCell.text)));
            continue;
        }
        // Full-width digits and signs ("１２") are the number a person typed; a text answer keeps its
        // own punctuation.
        const bool numeric = indicator->type == IndicatorType::Number || indicator->type == IndicatorType::Rating;
        const QString value = numeric ? cleanedCell(valueCell.text) : valueCell.text;
        QString problem;
        auto response = ResponseRules::parse(*indicator, value, row.at(noteColumn).text, &problem);
        if (!response) {
            errors.append(ResponsesCsvText::at(place(row, valueColumn, QStringLiteral("value")), code, problem));
            continue;
        }
        out.push_back(std::move(*response));
    }
    if (!errors.isEmpty()) {
        QStringList rest = errors.mid(1, kMaxReportedErrors - 1);
        if (errors.size() > kMaxReportedErrors)
            rest.append(ResponsesCsvText::more(static_cast<int>(errors.size()) - kMaxReportedErrors));
        return makeError(ErrorCode::InvalidInput, errors.first(), rest.join(u'\n'));
    }
    return out;
}

} // namespace cc::io
