// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/TableExport.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <system_error>

namespace cc::io {

namespace {

QString cellText(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return {};
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 15);
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    return v.toString();
}

// A cell that a spreadsheet would take for a formula (residents' text can start with = + - @, a tab
// or a carriage return) is kept as text with a leading apostrophe. What no spreadsheet evaluates is
// left as it is, so the data columns carry no stray apostrophes: a lone "-" or "+" (a placeholder), a
// signed number ("-3", "+12.5"). Numbers held as numbers are written by cellText, not here.
QString guarded(const QString& field)
{
    if (field.isEmpty() || !QStringLiteral("=+-@\t\r").contains(field.front()))
        return field;
    if (field == u"-" || field == u"+")
        return field;
    bool number = false;
    field.toDouble(&number);
    return number ? field : u'\'' + field;
}

QString quoted(const QString& field)
{
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r'))
        return u'"' + QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return field;
}

} // namespace

QByteArray TableExport::csv(const Table& table)
{
    QString out;
    const auto line = [&](const QStringList& cells) {
        QStringList q;
        for (const QString& c : cells)
            q << quoted(c);
        out += q.join(u',') + QStringLiteral("\r\n");
    };
    line(table.header);
    for (const QVariantList& row : table.rows) {
        QStringList cells;
        for (const QVariant& v : row)
            cells << (v.typeId() == QMetaType::QString ? guarded(cellText(v)) : cellText(v));
        line(cells);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

Result<void> TableExport::writeCsv(const Table& table, const QString& path)
{
    const QByteArray bytes = csv(table);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io,
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Result<void> TableExport::writeXlsx(const std::vector<Table>& tables, const QString& path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::Io,
                         tr("Cannot write %1: the folder %2 does not exist.")
                             .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target.absolutePath())));
    // libxlsxwriter writes to a file name: a temporary one beside the target, renamed when complete.
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.tmp").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    // Created here first: a folder that cannot be written is said in our words, before libxlsxwriter
    // would print its own "[ERROR] workbook_close()" line on stderr.
    if (QFile probe(temporary); !probe.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), probe.errorString()));
    lxw_workbook* workbook = workbook_new(QFile::encodeName(temporary).constData());
    if (!workbook) {
        QFile::remove(temporary);
        return makeError(ErrorCode::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xE8F0EC);
    lxw_format* wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* numberFormat = workbook_add_format(workbook);
    format_set_align(numberFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* dateFormat = workbook_add_format(workbook);
    format_set_align(dateFormat, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    for (const Table& table : tables) {
        // Sheet names: at most 31 characters, none of []:*?/\ .
        QString name = table.name;
        name.replace(QRegularExpression(QStringLiteral(R"([\[\]:*?/\\])")), QStringLiteral("_"));
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.left(31).toUtf8().constData());
        if (!sheet)
            continue;
        for (int c = 0; c < table.header.size(); ++c) {
            worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), table.header[c].toUtf8().constData(), bold);
            const double width =
                static_cast<size_t>(c) < table.widths.size() ? table.widths[static_cast<size_t>(c)] : 14;
            worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
        }
        lxw_row_t r = 1;
        for (const QVariantList& row : table.rows) {
            // Long texts wrap in their column: the row is made as tall as its longest one (spreadsheet
            // programs do not grow a written row themselves), a Chinese character counting two places.
            int lines = 1;
            for (int c = 0; c < row.size(); ++c) {
                if (row[c].typeId() != QMetaType::QString)
                    continue;
                const double width =
                    static_cast<size_t>(c) < table.widths.size() ? table.widths[static_cast<size_t>(c)] : 14;
                double places = 0;
                for (const QChar ch : row[c].toString())
                    places += ch.unicode() >= 0x2E80 ? 2 : 1;
                lines = std::max(lines, std::min(20, static_cast<int>(std::ceil(places / std::max(width - 1, 1.0)))));
            }
            if (lines > 1)
                worksheet_set_row(sheet, r, 15.0 * lines, nullptr);
            for (int c = 0; c < row.size(); ++c) {
                const QVariant& v = row[c];
                if (!v.isValid() || v.isNull())
                    continue;
                if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int
                    || v.typeId() == QMetaType::LongLong) {
                    worksheet_write_number(sheet, r, static_cast<lxw_col_t>(c), v.toDouble(), numberFormat);
                } else if (v.typeId() == QMetaType::QDate && v.toDate().isValid()) {
                    // A date is a date cell: it sorts, filters and counts as one in Excel, WPS and Calc.
                    const QDate d = v.toDate();
                    lxw_datetime when {d.year(), d.month(), d.day(), 0, 0, 0.0};
                    worksheet_write_datetime(sheet, r, static_cast<lxw_col_t>(c), &when, dateFormat);
                } else
                    worksheet_write_string(
                        sheet, r, static_cast<lxw_col_t>(c), v.toString().toUtf8().constData(), wrap);
            }
            ++r;
        }
        // Printed (or turned into PDF) as a list on A4: landscape, all columns on one page's width,
        // the header on every page.
        worksheet_set_paper(sheet, 9);
        worksheet_set_landscape(sheet);
        worksheet_fit_to_pages(sheet, 1, 0);
        worksheet_repeat_rows(sheet, 0, 0);
        worksheet_freeze_panes(sheet, 1, 0);
        if (!table.header.isEmpty())
            worksheet_autofilter(sheet, 0, 0, r - 1, static_cast<lxw_col_t>(table.header.size() - 1));
    }
    const lxw_error closed = workbook_close(workbook); // frees the workbook
    if (closed != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return makeError(
            ErrorCode::Io,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(closed))));
    }
    std::error_code renamed; // replaces the target in one step
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(), QFile::encodeName(path).toStdString(), renamed);
    if (renamed) {
        QFile::remove(temporary);
        return makeError(ErrorCode::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

Result<void> TableExport::write(const std::vector<Table>& tables, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx")
        return writeXlsx(tables, path);
    if (suffix == u"csv") {
        if (tables.empty())
            return makeError(ErrorCode::InvalidInput, tr("Nothing to write."));
        return writeCsv(tables.front(), path);
    }
    return makeError(ErrorCode::InvalidInput,
                     tr("%1: a list is written as .csv or .xlsx.").arg(QDir::toNativeSeparators(path)));
}

} // namespace cc::io
