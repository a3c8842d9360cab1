// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/XlsxReader.h"

#include "core/io/XlsxGuard.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QXmlStreamReader>

#include <ixion/address.hpp>
#include <ixion/cell_access.hpp>
#include <ixion/model_context.hpp>
#include <orcus/orcus_xlsx.hpp>
#include <orcus/spreadsheet/document.hpp>
#include <orcus/spreadsheet/factory.hpp>
#include <orcus/spreadsheet/sheet.hpp>
#include <orcus/spreadsheet/styles.hpp>

#include <algorithm>
#include <cmath>

#define ZLIB_CONST
#include <exception>
#include <map>
#include <optional>
#include <zlib.h>

namespace cc::io {

namespace {

// What the ZIP's central directory claims, checked before liborcus reads it: liborcus allocates each
// part's declared size up front, so a damaged or hostile workbook claiming 4 GB for a 1 KB part took
// that much memory (found by fuzzing). Only the sizes are read here; the parts are liborcus's.
constexpr quint64 kMaxPartBytes = 1ULL << 30; // one part of 1 GiB: far beyond a 50 MB sheet
constexpr quint64 kMaxRatio = 1000; // real XML deflates 5-100 times

struct ZipClaim
{
    QString part;
    quint64 declared = 0;
    QString xmlError; // set when the part is XML that is not well-formed: "line L, column C: what"
};

// Whether a part (stored or deflated, read from its local header at `localAt`) is well-formed XML,
// inflated and fed to QXmlStreamReader piece by piece. liborcus 0.17's own XML parser asserts (aborting
// the program) on some malformed XML (found by fuzzing), so a part that is not XML is refused first.
// What xmlProblem says of a sheet whose cells hold their text inline (t="inlineStr", as some export
// tools write it): liborcus 0.17 reads such cells as empty, so the text would silently go missing.
const QString kInlineText = QStringLiteral("inline text");

// `hiddenFirst` gets the name of the workbook's first sheet when xl/workbook.xml says it is hidden.
// The part must also inflate to exactly the size and CRC-32 the package lists: liborcus reads the
// declared size, and a part that inflates to another length reached its XML parser cut short (an
// assertion there aborted the program; found by fuzzing).
QString xmlProblem(
    QFile& file, quint64 localAt, quint64 packed, int method, quint64 declared, quint32 crc, QString* hiddenFirst)
{
    quint64 inflated = 0;
    uLong sum = crc32(0L, Z_NULL, 0);
    file.seek(static_cast<qint64>(localAt));
    const QByteArray local = file.read(30);
    if (local.size() < 30)
        return QStringLiteral("truncated");
    const auto u16 = [&](int at) {
        return static_cast<quint32>(static_cast<quint8>(local[at]))
            | (static_cast<quint32>(static_cast<quint8>(local[at + 1])) << 8);
    };
    file.seek(static_cast<qint64>(localAt) + 30 + u16(26) + u16(28));
    QXmlStreamReader xml;
    // Reads what has arrived; true on a cell with inline text.
    bool firstSheet = true;
    const auto drain = [&xml, &firstSheet, hiddenFirst] {
        while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::Invalid) {
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"c" && xml.attributes().value(QStringLiteral("t")) == u"inlineStr")
                return true;
            if (xml.name() == u"sheet" && firstSheet) {
                firstSheet = false;
                const auto state = xml.attributes().value(QStringLiteral("state"));
                if (state == u"hidden" || state == u"veryHidden")
                    *hiddenFirst = xml.attributes().value(QStringLiteral("name")).toString();
            }
        }
        return false;
    };
    quint64 left = packed;
    z_stream stream {};
    if (method == 8 && inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return QStringLiteral("zlib");
    QByteArray out(256 * 1024, Qt::Uninitialized);
    bool ended = false;
    while (left > 0 && !ended) {
        const QByteArray in = file.read(static_cast<qint64>(std::min<quint64>(left, 256 * 1024)));
        if (in.isEmpty())
            break;
        left -= static_cast<quint64>(in.size());
        if (method == 0) {
            inflated += static_cast<quint64>(in.size());
            sum = crc32(sum, reinterpret_cast<const Bytef*>(in.constData()), static_cast<uInt>(in.size()));
            xml.addData(in);
        } else {
            stream.next_in = reinterpret_cast<const Bytef*>(in.constData());
            stream.avail_in = static_cast<uInt>(in.size());
            do {
                stream.next_out = reinterpret_cast<Bytef*>(out.data());
                stream.avail_out = static_cast<uInt>(out.size());
                const int rc = inflate(&stream, Z_NO_FLUSH);
                if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
                    inflateEnd(&stream);
                    return QStringLiteral("not a valid deflate stream");
                }
                const qsizetype produced = out.size() - static_cast<qsizetype>(stream.avail_out);
                inflated += static_cast<quint64>(produced);
                sum = crc32(sum, reinterpret_cast<const Bytef*>(out.constData()), static_cast<uInt>(produced));
                xml.addData(out.left(produced));
                ended = rc == Z_STREAM_END;
            } while (stream.avail_out == 0 && !ended);
        }
        if (drain()) {
            if (method == 8)
                inflateEnd(&stream);
            return kInlineText;
        }
        if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            break;
    }
    if (method == 8)
        inflateEnd(&stream);
    if (drain())
        return kInlineText;
    if (!xml.hasError() || xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        if (inflated != declared || static_cast<quint32>(sum) != crc)
            return QStringLiteral("its size or checksum is not what the package lists");
    }
    if (!xml.hasError())
        return {};
    return QStringLiteral("line %1, column %2: %3")
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(xml.errorString());
}

std::optional<ZipClaim> implausiblePart(QFile& file, QString* hiddenFirst)
{
    const qint64 size = file.size();
    const qint64 tail = std::min<qint64>(size, 65536 + 22);
    file.seek(size - tail);
    const QByteArray end = file.read(tail);
    const qsizetype eocd = end.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (eocd < 0 || eocd + 22 > end.size())
        return std::nullopt; // no directory to judge: liborcus refuses it itself
    const auto u16 = [](const QByteArray& b, qsizetype at) {
        return static_cast<quint32>(static_cast<quint8>(b[at]))
            | (static_cast<quint32>(static_cast<quint8>(b[at + 1])) << 8);
    };
    const auto u32 = [&](const QByteArray& b, qsizetype at) { return u16(b, at) | (u16(b, at + 2) << 16); };
    const quint32 entries = u16(end, eocd + 10);
    const quint32 directorySize = u32(end, eocd + 12);
    const quint32 directoryAt = u32(end, eocd + 16);
    if (static_cast<qint64>(directoryAt) + directorySize > size)
        return ZipClaim {QStringLiteral("(central directory)"), directorySize, {}};
    file.seek(directoryAt);
    const QByteArray directory = file.read(directorySize);
    qsizetype at = 0;
    const quint32 entriesHere = u16(end, eocd + 8);
    quint32 n = 0;
    QString ignored; // a first sheet's visibility matters in the workbook part only
    for (; at + 46 <= directory.size(); ++n) { // every record the directory holds, whatever it announces
        if (u32(directory, at) != 0x02014b50)
            break;
        const quint64 packed = u32(directory, at + 20);
        const quint64 declared = u32(directory, at + 24);
        const quint32 nameLength = u16(directory, at + 28);
        const quint64 localAt = u32(directory, at + 42);
        const QString part = QString::fromUtf8(directory.mid(at + 46, nameLength));
        // A ZIP64 marker (0xFFFFFFFF) is judged as the size it says: liborcus 0.17 reads it as such.
        if (packed > static_cast<quint64>(size))
            return ZipClaim {part, packed, {}};
        if (declared > kMaxPartBytes || declared > packed * kMaxRatio + (1U << 20))
            return ZipClaim {part, declared, {}};
        // The part's own header repeats the sizes (unless a data descriptor follows the data).
        file.seek(static_cast<qint64>(localAt));
        const QByteArray local = file.read(30);
        if (local.size() == 30 && u32(local, 0) == 0x04034b50 && (u16(local, 6) & 0x8) == 0) {
            const quint64 localPacked = u32(local, 18);
            const quint64 localDeclared = u32(local, 22);
            if (localPacked > static_cast<quint64>(size))
                return ZipClaim {part, localPacked, {}};
            if (localDeclared > kMaxPartBytes || localDeclared > localPacked * kMaxRatio + (1U << 20))
                return ZipClaim {part, localDeclared, {}};
        }
        const int method = static_cast<int>(u16(directory, at + 10));
        if ((part.endsWith(QLatin1String(".xml")) || part.endsWith(QLatin1String(".rels")))
            && (method == 0 || method == 8)) {
            if (const QString problem = xmlProblem(file,
                                                   localAt,
                                                   packed,
                                                   method,
                                                   declared,
                                                   u32(directory, at + 16),
                                                   part == u"xl/workbook.xml" ? hiddenFirst : &ignored);
                !problem.isEmpty())
                return ZipClaim {part, declared, problem};
        }
        at += 46 + nameLength + u16(directory, at + 30) + u16(directory, at + 32);
    }
    // A list that does not hold the parts it announces, or holds more, cannot be judged (another reader
    // may find other sizes in it, as liborcus did with a claim of 4 GB): damaged.
    if (n != entries || n != entriesHere || at != directory.size())
        return ZipClaim {QString(), n, QString::number(std::max(entries, entriesHere))};
    return std::nullopt;
}

namespace ss = orcus::spreadsheet;

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Whether a number format shows a date or a time: its codes (outside quoted text, escapes and
// [colour] or [$-locale] brackets) hold y, m, d, h or s; or, without a code, one of the built-in
// date formats (14–22, and the East Asian 27–36, 45–47, 50–58).
bool isDateFormat(size_t identifier, std::string_view code)
{
    if (code.empty()) {
        return (identifier >= 14 && identifier <= 22) || (identifier >= 27 && identifier <= 36)
            || (identifier >= 45 && identifier <= 47) || (identifier >= 50 && identifier <= 58);
    }
    bool quoted = false;
    int bracket = 0;
    for (size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (quoted) {
            quoted = c != '"';
            continue;
        }
        if (c == '"') {
            quoted = true;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i; // the next character is literal (or padding)
        } else if (c == '[') {
            ++bracket;
        } else if (c == ']') {
            bracket = std::max(0, bracket - 1);
        } else if (bracket == 0) {
            switch (c) {
            case 'y':
            case 'Y':
            case 'm':
            case 'M':
            case 'd':
            case 'D':
            case 'h':
            case 'H':
            case 's':
            case 'S':
                return code != "General" && code != "general";
            default:
                break;
            }
        }
    }
    return false;
}

// An Excel serial date (days since 1899-12-30, the 1900 system) as YYYY-MM-DD, with the time when
// it has one.
QString serialDate(double serial)
{
    const double days = std::floor(serial);
    const QDate date = QDate(1899, 12, 30).addDays(static_cast<qint64>(days));
    const double seconds = std::round((serial - days) * 86400.0);
    if (seconds <= 0.0)
        return date.toString(Qt::ISODate);
    const QTime time = QTime(0, 0).addSecs(static_cast<int>(seconds));
    return date.toString(Qt::ISODate) + u'T' + time.toString(Qt::ISODate);
}

// The shortest decimal that reads back the same, never with an exponent (100000, not 1e+05).
QString numberText(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

InputTable sheetTable(const ss::document& document, ss::sheet_t index, const QString& sourceName)
{
    InputTable table;
    table.source = sourceName;
    table.sheet = fromView(document.get_sheet_name(index));
    const ss::sheet* sheet = document.get_sheet(index);
    const ixion::model_context& cells = document.get_model_context();
    const ss::styles& styles = document.get_styles();
    const ixion::abs_range_t used = sheet->get_data_range();
    if (!used.valid())
        return table;
    // A cell format names its number format by the workbook's ID (numFmtId); the styles keep only the
    // workbook's own formats (ID 164 on), each with its ID. Below 164: a built-in format.
    std::map<size_t, bool> dateFormats;
    for (size_t i = 0; i < styles.get_number_format_count(); ++i) {
        if (const ss::number_format_t* number = styles.get_number_format(i))
            dateFormats[number->identifier] = isDateFormat(number->identifier, number->format_string);
    }
    const auto isDate = [&](ss::row_t row, ss::col_t column) {
        const ss::cell_format_t* format = styles.get_cell_format(sheet->get_cell_format(row, column));
        if (!format)
            return false;
        const auto own = dateFormats.find(format->number_format);
        return own != dateFormats.end() ? own->second : isDateFormat(format->number_format, {});
    };
    const auto readCell = [&](ss::row_t row, ss::col_t column) {
        InputCell cell;
        const ixion::cell_access access = cells.get_cell_access(ixion::abs_address_t(index, row, column));
        switch (access.get_value_type()) {
        case ixion::cell_value_t::numeric: {
            const double value = access.get_numeric_value();
            if (!std::isfinite(value)) {
                // A formula saved without its value (a tool that does not calculate wrote it).
                cell.kind = InputCell::Kind::Error;
                cell.text = XlsxReader::tr("a formula without a saved value");
            } else if (isDate(row, column)) {
                cell.kind = InputCell::Kind::Date;
                cell.text = serialDate(value);
            } else {
                cell.kind = InputCell::Kind::Number;
                cell.text = numberText(value);
            }
            break;
        }
        case ixion::cell_value_t::boolean:
            cell.kind = InputCell::Kind::Boolean;
            cell.text = access.get_boolean_value() ? QStringLiteral("true") : QStringLiteral("false");
            break;
        case ixion::cell_value_t::string:
            cell.text = fromView(access.get_string_value());
            break;
        case ixion::cell_value_t::error:
            cell.kind = InputCell::Kind::Error;
            cell.text = fromView(ixion::get_formula_error_name(access.get_error_value()));
            break;
        default:
            break;
        }
        return cell;
    };

    const int firstRow = used.first.row;
    const int lastRow = used.last.row;
    const int lastColumn = used.last.column;
    table.rows.resize(static_cast<size_t>(lastRow - firstRow + 1));
    for (int row = firstRow; row <= lastRow; ++row) {
        InputRow& r = table.rows[static_cast<size_t>(row - firstRow)];
        r.line = row + 1;
        r.cells.resize(static_cast<size_t>(lastColumn + 1));
    }
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int column = 0; column <= lastColumn; ++column) {
            const InputCell cell = readCell(row, column);
            if (cell.text.isEmpty())
                continue;
            table.rows[static_cast<size_t>(row - firstRow)].cells[static_cast<size_t>(column)] = cell;
            // A merged range: its first cell's value in every cell it covers.
            const ss::range_t merged = sheet->get_merge_cell_range(row, column);
            const int toRow = std::min(lastRow, static_cast<int>(merged.last.row));
            // Down only: a value merged across columns belongs to its first column, not to the
            // neighbouring fields (a 备注 merged over two columns is no 街道).
            const int toColumn = column;
            for (int r = row; r <= toRow; ++r) {
                for (int c = column; c <= toColumn; ++c) {
                    InputCell& covered = table.rows[static_cast<size_t>(r - firstRow)].cells[static_cast<size_t>(c)];
                    if (covered.text.isEmpty())
                        covered = cell;
                }
            }
        }
    }
    return table;
}

} // namespace

Result<std::vector<InputTable>> XlsxReader::readSheets(const QString& path, const QString& sourceName, bool firstOnly)
{
    const QString shown = QDir::toNativeSeparators(sourceName);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(shown, file.errorString()));
    const QByteArray magic = file.read(8);
    QString hiddenFirst;
    const std::optional<ZipClaim> claim =
        magic.startsWith("PK\x03\x04") ? implausiblePart(file, &hiddenFirst) : std::nullopt;
    file.close();
    if (magic.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1")))
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is an old Excel workbook (.xls): open it in Excel, WPS or LibreOffice and save it as "
                            ".xlsx.")
                             .arg(shown));
    if (!magic.startsWith("PK\x03\x04"))
        return makeError(ErrorCode::InvalidInput, tr("%1 is not an XLSX workbook.").arg(shown));
    if (claim && claim->part.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is damaged: its list of parts breaks off after %2 of %3.")
                             .arg(shown)
                             .arg(claim->declared)
                             .arg(claim->xmlError));
    if (claim && claim->xmlError == kInlineText)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1: its sheet %2 keeps its text inside the cells (inline strings, as some export tools "
                            "write it), which cannot be read here without losing the text: open the file in Excel, "
                            "WPS or LibreOffice and save it again as .xlsx.")
                             .arg(shown, claim->part));
    if (claim && !claim->xmlError.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            tr("%1 is damaged: its part %2 cannot be read as XML (%3).").arg(shown, claim->part, claim->xmlError));
    if (claim)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is damaged: its part %2 claims %3 bytes, more than its compressed data can hold.")
                             .arg(shown, claim->part)
                             .arg(claim->declared));

    // The first sheet is the one read (spec/cli.md); a hidden one is not what a person sees first.
    if (firstOnly && !hiddenFirst.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1: its first sheet, %2, is hidden, and the first sheet is the one imported: show it, or "
                            "move the sheet to import to the front, and save the workbook again.")
                             .arg(shown, hiddenFirst));

    ss::range_size_t size;
    size.rows = 1048576;
    size.columns = 16384;
    ss::document document(size);
    ss::import_factory factory(document);
    factory.set_recalc_formula_cells(false); // a formula's value is what the workbook saved
    XlsxGuard guarded(factory, size); // nothing outside the sheet reaches the model (it would abort)
    try {
        orcus::orcus_xlsx loader(&guarded);
        loader.read_file(QFile::encodeName(path).toStdString());
    } catch (const std::exception& e) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is not an XLSX workbook, or it is damaged.").arg(shown),
                         QString::fromLocal8Bit(e.what()));
    }
    if (document.get_sheet_count() == 0)
        return makeError(ErrorCode::InvalidInput, tr("%1: the workbook has no sheet.").arg(shown));
    std::vector<InputTable> tables;
    const size_t count = firstOnly ? 1 : document.get_sheet_count();
    for (size_t i = 0; i < count; ++i)
        tables.push_back(sheetTable(document, static_cast<ss::sheet_t>(i), sourceName));
    return tables;
}

Result<InputTable> XlsxReader::readFirstSheet(const QString& path, const QString& sourceName)
{
    auto tables = readSheets(path, sourceName, true);
    if (!tables)
        return tables.error();
    return std::move(tables->front());
}

Result<std::vector<InputTable>> XlsxReader::readWorkbook(const QString& path, const QString& sourceName)
{
    return readSheets(path, sourceName, false);
}

} // namespace cc::io
