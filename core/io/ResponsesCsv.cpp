// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ResponsesCsv.h"

#include "core/domain/ResponseRules.h"

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
    static QString empty(const QString& file) { return tr("%1: the file has no rows.").arg(file); }
    static QString header(const QString& file, int line, const QString& found)
    {
        return tr("%1, line %2: the first row must be a header naming the columns \"indicator\" and \"value\" "
                  "(found: %3).")
            .arg(file)
            .arg(line)
            .arg(found);
    }
    static QString atRow(const QString& file, int line, const QString& code, const QString& what)
    {
        return tr("%1, line %2, %3: %4").arg(file).arg(line).arg(code, what);
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
    auto decoded = decodeCsvText(bytes, sourceName);
    if (!decoded)
        return decoded.error();
    auto records = parseCsv(decoded->text, sourceName);
    if (!records)
        return records.error();
    if (records->empty())
        return makeError(ErrorCode::InvalidInput, ResponsesCsvText::empty(sourceName));

    const CsvRecord& head = records->front();
    qsizetype indicatorColumn = -1;
    qsizetype valueColumn = -1;
    qsizetype noteColumn = -1;
    for (qsizetype i = 0; i < head.fields.size(); ++i) {
        const QString name = head.fields.at(i).trimmed().toLower();
        if (name == u"indicator" && indicatorColumn < 0)
            indicatorColumn = i;
        else if (name == u"value" && valueColumn < 0)
            valueColumn = i;
        else if (name == u"note" && noteColumn < 0)
            noteColumn = i;
    }
    if (indicatorColumn < 0 || valueColumn < 0)
        return makeError(ErrorCode::InvalidInput,
                         ResponsesCsvText::header(sourceName, head.line, head.fields.join(QStringLiteral(", "))));

    const QString setName = set.code + u' ' + set.version;
    QStringList errors;
    QHash<QString, int> seen;
    std::vector<Response> out;
    for (size_t r = 1; r < records->size(); ++r) {
        const CsvRecord& record = (*records)[r];
        const auto cell = [&](qsizetype column) {
            return column >= 0 && column < record.fields.size() ? record.fields.at(column) : QString();
        };
        const QString code = cell(indicatorColumn).trimmed();
        if (code.isEmpty()) {
            errors.append(
                ResponsesCsvText::atRow(sourceName, record.line, QStringLiteral("-"), ResponsesCsvText::noCode()));
            continue;
        }
        if (const auto it = seen.constFind(code); it != seen.constEnd()) {
            errors.append(ResponsesCsvText::atRow(sourceName, record.line, code, ResponsesCsvText::twice(it.value())));
            continue;
        }
        seen.insert(code, record.line);
        const Indicator* indicator = set.indicator(code);
        if (!indicator) {
            errors.append(
                ResponsesCsvText::atRow(sourceName, record.line, code, ResponsesCsvText::unknownCode(setName)));
            continue;
        }
        QString problem;
        auto response = ResponseRules::parse(*indicator, cell(valueColumn), cell(noteColumn), &problem);
        if (!response) {
            errors.append(ResponsesCsvText::atRow(sourceName, record.line, code, problem));
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
