// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/ReportFonts.h"

#include <QColor>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <QStringList>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <functional>
#include <vector>

// Page layout on a paged device (the PDF writer, a printer, the print preview): a cursor that moves down the body and
// starts new pages, with the running header and the page number drawn on each page after the first.
class PdfPages
{
public:
    static constexpr int kDpi = 300; // what the PDFs are laid out at
    static constexpr double kMarginMm = 18;
    // "Page N" in the UI language (set by the document that uses the pages).
    std::function<QString(int)> pageLabel = [](int n) { return QString::number(n); };
    // Drawn large and pale across every page, beneath the content (草稿 on a draft); empty: none.
    QString watermark;

    PdfPages(QPagedPaintDevice& writer, QPainter& painter, QString header)
        : m_writer(writer)
        , m_painter(painter)
        , m_header(std::move(header))
        , m_dpi(writer.logicalDpiY())
    {
        layOut();
    }

    // A landscape A4 PDF at kDpi without printer margins (the pages draw their own), titled, by us.
    static void setUpLandscape(QPdfWriter& writer, const QString& title)
    {
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CommunityCheck"));
    }

    // Millimetres in device units.
    double mm(double v) const { return v * m_dpi / 25.4; }
    QPainter& painter() { return m_painter; }
    // The running header and page number on the first page too (documents without a cover).
    void decorateFirstPage() { decorate(); }
    // The watermark of the first page (the others get theirs as they start).
    void markFirstPage() { drawWatermark(); }
    double width() const { return m_body.width(); }
    double left() const { return m_body.left(); }
    double y() const { return m_y; }
    int pages() const { return m_page; }
    void advance(double dy) { m_y += dy; }

    void newPage()
    {
        m_writer.newPage();
        ++m_page;
        layOut();
        drawWatermark();
        decorate();
    }
    // A new page turned to `orientation` (a wide grid among portrait pages); the body follows it.
    void newPage(QPageLayout::Orientation orientation)
    {
        m_writer.setPageOrientation(orientation);
        newPage();
    }
    // Makes room for a block of `height`; starts a new page when it does not fit.
    void ensure(double height)
    {
        if (m_y + height > m_body.bottom() && m_y > m_body.top())
            newPage();
    }
    double remaining() const { return m_body.bottom() - m_y; }

    double textHeight(const QString& text, const QFont& font, double width) const
    {
        QFontMetricsF metrics(font, &m_writer);
        return metrics.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
    }

    // A paragraph across the body width.
    void paragraph(const QString& text, const QFont& font, const QColor& colour = Qt::black, double spaceAfter = -1)
    {
        if (spaceAfter < 0)
            spaceAfter = mm(2);
        const double h = textHeight(text, font, width());
        ensure(h);
        m_painter.setFont(font);
        m_painter.setPen(colour);
        m_painter.drawText(QRectF(left(), m_y, width(), h), Qt::TextWordWrap, text);
        m_y += h + spaceAfter;
    }

    // A section heading that keeps `keepWith` of what follows on its page (the first photo row, a
    // table's header and first row): never a heading alone at the foot of a page.
    void heading(const QString& text, double keepWith = 0)
    {
        ensure(mm(20) + keepWith);
        m_y += mm(3);
        paragraph(text, ReportFonts::font(14, true), QColor(0x1d, 0x6f, 0x5f), mm(3));
    }

    // A table: widths are fractions of the body; the header repeats on every page; rows never split.
    // `colour` gives a cell's text colour, `fill` its background (an invalid colour: none).
    void table(const QStringList& header,
               const std::vector<double>& widths,
               const std::vector<QStringList>& rows,
               const std::function<QColor(int row, int column)>& colour = {},
               const std::function<QColor(int row, int column)>& fill = {})
    {
        const QFont headFont = ReportFonts::font(9, true);
        const QFont cellFont = ReportFonts::font(9);
        const double pad = mm(1.2);
        std::vector<double> w = columnWidths(header, widths, rows, headFont, cellFont, pad);
        const auto rowHeight = [&](const QStringList& cells, const QFont& font) {
            double h = 0;
            for (qsizetype c = 0; c < cells.size(); ++c)
                h = std::max(h, textHeight(cells[c], font, w[static_cast<size_t>(c)] - 2 * pad));
            return h + 2 * pad;
        };
        const auto drawRow = [&](const QStringList& cells, const QFont& font, double h, bool head, int rowIndex) {
            double x = left();
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const QRectF cell(x, m_y, w[static_cast<size_t>(c)], h);
                if (head)
                    m_painter.fillRect(cell, QColor(0xe8, 0xf0, 0xec));
                else if (const QColor background = fill ? fill(rowIndex, static_cast<int>(c)) : QColor();
                         background.isValid())
                    m_painter.fillRect(cell, background);
                m_painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), mm(0.15)));
                m_painter.drawRect(cell);
                m_painter.setFont(font);
                m_painter.setPen(colour && !head ? colour(rowIndex, static_cast<int>(c)) : QColor(Qt::black));
                m_painter.drawText(cell.adjusted(pad, pad, -pad, -pad), Qt::TextWordWrap, cells[c]);
                x += w[static_cast<size_t>(c)];
            }
            m_y += h;
        };
        const double headHeight = rowHeight(header, headFont);
        // A row never splits; one taller than a whole page (a very long remark) is shortened to fit,
        // visibly, with an ellipsis. The editable ODT copy keeps the whole text.
        const double tallest = m_body.height() - headHeight;
        const auto fitted = [&](QStringList cells) {
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const double inner = w[static_cast<size_t>(c)] - 2 * pad;
                if (textHeight(cells[c], cellFont, inner) + 2 * pad <= tallest)
                    continue;
                qsizetype low = 0, high = cells[c].size();
                while (low < high) { // the longest prefix that fits with the ellipsis
                    const qsizetype mid = (low + high + 1) / 2;
                    if (textHeight(cells[c].left(mid) + u'…', cellFont, inner) + 2 * pad <= tallest)
                        low = mid;
                    else
                        high = mid - 1;
                }
                cells[c] = cells[c].left(low) + u'…';
            }
            return cells;
        };
        ensure(headHeight + (rows.empty() ? 0 : rowHeight(fitted(rows.front()), cellFont)));
        drawRow(header, headFont, headHeight, true, -1);
        for (size_t r = 0; r < rows.size(); ++r) {
            const QStringList cells = fitted(rows[r]);
            const double h = rowHeight(cells, cellFont);
            if (m_y + h > m_body.bottom()) { // the whole row on the next page, under a repeated header
                newPage();
                drawRow(header, headFont, headHeight, true, -1);
            }
            drawRow(cells, cellFont, h, false, static_cast<int>(r));
        }
        m_y += mm(3);
    }

    // The columns' widths: the given fractions of the body, widened where a word that cannot break
    // (an English header such as "Severity", a code) would not fit, at the expense of columns with
    // room to spare.
    std::vector<double> columnWidths(const QStringList& header,
                                     const std::vector<double>& fractions,
                                     const std::vector<QStringList>& rows,
                                     const QFont& headFont,
                                     const QFont& cellFont,
                                     double pad) const
    {
        const size_t n = fractions.size();
        std::vector<double> w(n), least(n, 0.0);
        for (size_t c = 0; c < n; ++c)
            w[c] = fractions[c] * width();
        const auto widestWord = [&](const QString& text, const QFont& font) {
            QFontMetricsF metrics(font, &m_writer);
            double widest = 0;
            QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
            qsizetype from = 0;
            while (breaks.toNextBoundary() >= 0) {
                const qsizetype to = breaks.position();
                widest = std::max(widest, metrics.horizontalAdvance(text.mid(from, to - from).trimmed()));
                from = to;
            }
            return widest;
        };
        for (size_t c = 0; c < n; ++c) {
            least[c] = widestWord(header.value(static_cast<qsizetype>(c)), headFont);
            for (const QStringList& row : rows)
                least[c] = std::max(least[c], widestWord(row.value(static_cast<qsizetype>(c)), cellFont));
            least[c] += 2 * pad + mm(0.5);
        }
        double need = 0, spare = 0;
        for (size_t c = 0; c < n; ++c) {
            if (w[c] < least[c])
                need += least[c] - w[c];
            else
                spare += w[c] - least[c];
        }
        if (need <= 0 || spare <= 0)
            return w;
        const double take = std::min(need, spare) / spare; // share of each column's room given up
        for (size_t c = 0; c < n; ++c) {
            if (w[c] < least[c])
                w[c] += (least[c] - w[c]) * std::min(1.0, spare / need);
            else
                w[c] -= (w[c] - least[c]) * take;
        }
        return w;
    }

private:
    // The body of the current page, and the cursor at its top.
    void layOut()
    {
        const QRectF page(0, 0, m_writer.width(), m_writer.height());
        m_body = page.adjusted(mm(kMarginMm), mm(kMarginMm + 8), -mm(kMarginMm), -mm(kMarginMm + 4));
        m_y = m_body.top();
    }

    void drawWatermark()
    {
        if (watermark.isEmpty())
            return;
        const QRectF page(0, 0, m_writer.width(), m_writer.height());
        m_painter.save();
        m_painter.translate(page.center());
        m_painter.rotate(-35);
        m_painter.setFont(ReportFonts::font(96, true));
        m_painter.setPen(QColor(0xb0, 0x00, 0x20, 40));
        m_painter.drawText(
            QRectF(-page.width(), -page.height() / 4, 2 * page.width(), page.height() / 2), Qt::AlignCenter, watermark);
        m_painter.restore();
    }

    void decorate()
    {
        const QRectF page(0, 0, m_writer.width(), m_writer.height());
        m_painter.setFont(ReportFonts::font(8));
        m_painter.setPen(QColor(0x70, 0x70, 0x70));
        const QRectF top(mm(kMarginMm), mm(kMarginMm - 2), page.width() - 2 * mm(kMarginMm), mm(6));
        m_painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, m_header);
        m_painter.drawLine(QPointF(top.left(), top.bottom()), QPointF(top.right(), top.bottom()));
        const QRectF bottom(
            mm(kMarginMm), page.height() - mm(kMarginMm) + mm(1), page.width() - 2 * mm(kMarginMm), mm(6));
        m_painter.drawText(bottom, Qt::AlignCenter, pageLabel(m_page));
    }

    QPagedPaintDevice& m_writer;
    QPainter& m_painter;
    QString m_header;
    double m_dpi;
    QRectF m_body;
    double m_y = 0;
    int m_page = 1;
};
