// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/InputTable.h"

#include "core/io/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

// Where a header stands among its key's names: the key itself first, then the names in order.
int preference(const std::vector<ColumnSpec>& specs, const QString& key, const QString& header)
{
    const QString name = cleanedCell(header).toLower();
    for (const ColumnSpec& spec : specs) {
        if (QLatin1String(spec.key) != key)
            continue;
        if (name == QLatin1String(spec.key))
            return 0;
        for (size_t i = 0; i < spec.names.size(); ++i) {
            if (name == cleanedCell(QString::fromUtf8(spec.names[i])).toLower())
                return static_cast<int>(i) + 1;
        }
    }
    return 1000;
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

Result<InputTable> InputTable::fromCsvBytes(const QByteArray& bytes, const QString& source)
{
    auto text = decodeCsvText(bytes, source);
    if (!text)
        return text.error();
    auto records = parseCsv(text->text, source);
    if (!records)
        return records.error();
    return fromCsv(*records, source);
}

Result<InputTable> InputTable::fromFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray magic = file.peek(8);
    // A ZIP (an XLSX workbook, or something else zipped), an OLE file (an old .xls) or a file named as
    // a workbook (a truncated one is no CSV): the workbook reader says what it is.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (magic.startsWith("PK\x03\x04") || magic.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1")) || suffix == u"xlsx"
        || suffix == u"xls") {
        file.close();
        return XlsxReader::readFirstSheet(path, name);
    }
    return fromCsvBytes(file.readAll(), name);
}

QStringList HeaderMap::errorCells(const InputTable& table, const InputRow& row) const
{
    QStringList problems;
    for (const QString& key : m_keys) {
        const InputCell& cell = row.at(at(key));
        if (cell.kind == InputCell::Kind::Error)
            problems << tr("%1: the cell is an error (%2), not a value")
                            .arg(table.where(row.line, at(key), header(key)), cell.text);
    }
    return problems;
}

QString cleanedCell(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

Result<HeaderMap> HeaderMap::read(const InputTable& table,
                                  const std::vector<ColumnSpec>& specs,
                                  const QStringList& required,
                                  const QString& tableName,
                                  size_t* rowsFrom,
                                  Others others)
{
    size_t first = 0;
    while (first < table.rows.size() && table.rows[first].blank())
        ++first;
    if (first == table.rows.size())
        return makeError(ErrorCode::InvalidInput,
                         table.sheet.isNull()
                             ? tr("%1: the file has no rows.").arg(table.source)
                             : tr("%1, sheet %2: the sheet has no rows.").arg(table.source, table.sheet));
    *rowsFrom = first + 1;
    const InputRow& row = table.rows[first];
    const auto keyOf = [&](const QString& text) -> QString {
        const QString name = cleanedCell(text).toLower();
        for (const ColumnSpec& spec : specs) {
            if (name == QLatin1String(spec.key))
                return QString::fromLatin1(spec.key);
            for (const char* other : spec.names) {
                if (name == cleanedCell(QString::fromUtf8(other)).toLower())
                    return QString::fromLatin1(spec.key);
            }
        }
        return {};
    };
    HeaderMap map;
    for (int i = 0; i < static_cast<int>(row.cells.size()); ++i) {
        const QString text = row.at(i).text.trimmed();
        if (text.isEmpty())
            continue;
        const QString key = keyOf(text);
        if (key.isEmpty() && others == Others::Ignored)
            continue;
        if (key.isEmpty()) {
            QStringList accepted;
            for (const ColumnSpec& spec : specs)
                accepted << QString::fromLatin1(spec.key) + u'/' + QString::fromUtf8(spec.names.front());
            return makeError(ErrorCode::InvalidInput,
                             tr("%1: \"%2\" is not a column of the %3 (columns: %4).")
                                 .arg(table.where(row.line, i), text, tableName, accepted.join(QStringLiteral(", "))));
        }
        if (map.m_at.contains(key) && others == Others::Ignored) {
            // Two columns for one thing where other columns are allowed (指标编码 and 指标, the code and
            // the name): the one the spec lists first is read, the other ignored.
            if (preference(specs, key, text) < preference(specs, key, map.m_header.value(key))) {
                map.m_at.insert(key, i);
                map.m_header.insert(key, text);
            }
            continue;
        }
        if (map.m_at.contains(key))
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 and %2 name the same thing (\"%3\").")
                                 .arg(table.where(row.line, map.m_at.value(key)), table.where(row.line, i), text));
        map.m_at.insert(key, i);
        map.m_header.insert(key, text);
    }
    QStringList missing;
    for (const QString& key : required) {
        if (!map.m_at.contains(key))
            missing << key;
    }
    if (!missing.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1: the header must name the columns %2.")
                             .arg(table.where(row.line), missing.join(QStringLiteral(", "))));
    for (const ColumnSpec& spec : specs) {
        if (map.m_at.contains(QString::fromLatin1(spec.key)))
            map.m_keys << QString::fromLatin1(spec.key);
    }
    return map;
}

} // namespace cc::io
