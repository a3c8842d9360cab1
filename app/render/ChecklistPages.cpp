// SPDX-License-Identifier: GPL-3.0-or-later
// The paper checklist's last pages: the building-ledger grid (landscape) and the closing page.
#include "app/render/ChecklistPdf.h"

#include "app/render/PdfPages.h"
#include "app/render/ReportFonts.h"

#include <QPainter>

#include <algorithm>

namespace {

const QColor kRule(0x90, 0x90, 0x90);
const QColor kHead(0xe8, 0xf0, 0xec);
const QColor kGuidance(0x55, 0x55, 0x55);

// The grid's columns: 小区, 楼栋, one per item, 备注 (device units).
struct Columns
{
    double estate = 0;
    double building = 0;
    double item = 0;
    double note = 0;
};

void drawCell(QPainter& painter, const QRectF& cell, const QString& text, const QFont& font, Qt::Alignment align)
{
    if (text.isEmpty())
        return;
    painter.setFont(font);
    painter.drawText(cell.adjusted(cell.height() * 0.12, 0, -cell.height() * 0.12, 0),
                     align | Qt::AlignVCenter | Qt::TextWordWrap,
                     text);
}

// One row of the grid at the cursor: the header (codes) when `head`, else a building (or a blank).
void gridRow(PdfPages& p,
             const Columns& c,
             const std::vector<cc::LedgerItem>& items,
             const QStringList& cells,
             bool head,
             double height)
{
    QPainter& painter = p.painter();
    const QFont font = ReportFonts::font(head ? 7.5 : 8, head);
    double x = p.left();
    const auto cell = [&](double width, const QString& text, Qt::Alignment align) {
        const QRectF r(x, p.y(), width, height);
        if (head)
            painter.fillRect(r, kHead);
        painter.setPen(QPen(kRule, p.mm(0.2)));
        painter.drawRect(r);
        painter.setPen(Qt::black);
        drawCell(painter, r, text, font, align);
        x += width;
    };
    cell(c.estate, cells.value(0), Qt::AlignLeft);
    cell(c.building, cells.value(1), Qt::AlignLeft);
    for (const cc::LedgerItem& item : items)
        cell(c.item, head ? item.code : QString(), Qt::AlignHCenter);
    cell(c.note, cells.value(2), Qt::AlignLeft);
    p.advance(height);
}

// The heading of a grid's page, the keys, and the names of its items; on the pages the grid runs on to,
// the heading only (more rows a page for a large register).
void gridTop(PdfPages& p,
             const QString& title,
             const std::vector<cc::LedgerItem>& items,
             const QString& language,
             bool continued)
{
    if (continued) {
        p.paragraph(ChecklistPdf::tr("%1 (continued)").arg(title),
                    ReportFonts::font(11, true),
                    QColor(0x1d, 0x6f, 0x5f),
                    p.mm(2));
        return;
    }
    p.paragraph(title, ReportFonts::font(14, true), QColor(0x1d, 0x6f, 0x5f), p.mm(2));
    p.paragraph(ChecklistPdf::tr("One row per building. In an item's cell write 1 for a problem found to a general "
                                 "degree (一般), 2 fairly serious (较严重), 3 serious (严重), ✓ when found without a "
                                 "degree, 0 when checked and not found; leave it empty when not checked. Typed back "
                                 "in the check's building ledger (Ctrl+L) with the same keys."),
                ReportFonts::font(8),
                Qt::black,
                p.mm(1.5));
    QStringList names;
    for (const cc::LedgerItem& item : items) {
        const QString name = language.startsWith(u"en") && !item.nameEn.isEmpty() ? item.nameEn : item.name;
        names << item.code + u' ' + name;
    }
    p.paragraph(names.join(QStringLiteral("　")), ReportFonts::font(7), kGuidance, p.mm(2.5));
}

} // namespace

std::vector<std::vector<cc::LedgerItem>> ChecklistPdf::ledgerGrids(const cc::IndicatorSet& set, int columns)
{
    // A national indicator's items stay on one grid; one with more items than a grid holds is cut.
    std::vector<std::vector<cc::LedgerItem>> grids;
    std::vector<cc::LedgerItem> current;
    std::vector<cc::LedgerItem> items = cc::ledgerItemsOf(set);
    size_t i = 0;
    while (i < items.size()) {
        size_t end = i + 1;
        while (end < items.size() && items[end].indicator == items[i].indicator && items[i].indicator != 0)
            ++end;
        const size_t size = end - i;
        if (!current.empty() && current.size() + size > static_cast<size_t>(columns)) {
            grids.push_back(std::move(current));
            current.clear();
        }
        for (size_t k = i; k < end; ++k) {
            if (current.size() == static_cast<size_t>(columns)) {
                grids.push_back(std::move(current));
                current.clear();
            }
            current.push_back(items[k]);
        }
        i = end;
    }
    if (!current.empty())
        grids.push_back(std::move(current));
    return grids;
}

void ChecklistPdf::paintLedger(PdfPages& p, const Sheet& sheet)
{
    // A set without ledger items has no grid, and no page for one.
    if (ledgerGrids(*sheet.set, 1000).empty())
        return;
    // Landscape: the grid is wide. The widths are those of the landscape body.
    p.newPage(QPageLayout::Landscape);
    Columns c;
    c.estate = p.mm(26);
    c.building = p.mm(20);
    const double leastNote = p.mm(30);
    const int most = std::max(1, static_cast<int>((p.width() - c.estate - c.building - leastNote) / p.mm(9)));
    const auto grids = ledgerGrids(*sheet.set, most);
    const QStringList header {tr("Estate"), tr("Building"), tr("Note")};
    const double headHeight = p.mm(8);
    const double rowHeight = p.mm(7.5);
    for (size_t g = 0; g < grids.size(); ++g) {
        const auto& items = grids[g];
        if (g > 0)
            p.newPage();
        c.item =
            std::min(p.mm(13), (p.width() - c.estate - c.building - leastNote) / static_cast<double>(items.size()));
        c.note = p.width() - c.estate - c.building - c.item * static_cast<double>(items.size());
        const QString title = grids.size() > 1 ? tr("Building ledger (%1 of %2): %3 to %4")
                                                     .arg(g + 1)
                                                     .arg(grids.size())
                                                     .arg(items.front().code, items.back().code)
                                               : tr("Building ledger");
        gridTop(p, title, items, sheet.language, false);
        gridRow(p, c, items, header, true, headHeight);
        // The register's buildings and a few blank rows for those it lacks; without a register, blank
        // rows to the foot of the page.
        std::vector<QStringList> rows;
        for (const cc::Building& b : sheet.buildings)
            rows.push_back({b.estate, b.number, QString()});
        const int blanks = sheet.buildings.empty() ? std::max(8, static_cast<int>(p.remaining() / rowHeight)) : 3;
        for (int k = 0; k < blanks; ++k)
            rows.push_back({});
        for (const QStringList& row : rows) {
            if (p.remaining() < rowHeight) { // on to the next page under the same top and header
                p.newPage();
                gridTop(p, title, items, sheet.language, true);
                gridRow(p, c, items, header, true, headHeight);
            }
            gridRow(p, c, items, row, false, rowHeight);
        }
    }
}

void ChecklistPdf::paintClosing(PdfPages& p, const Sheet& sheet)
{
    p.newPage(QPageLayout::Portrait);
    QPainter& painter = p.painter();
    p.heading(tr("Notes"));
    painter.setPen(QPen(kRule, p.mm(0.2)));
    for (int line = 0; line < 10; ++line) {
        p.advance(p.mm(9));
        painter.drawLine(QPointF(p.left(), p.y()), QPointF(p.left() + p.width(), p.y()));
    }
    p.advance(p.mm(6));
    p.heading(tr("Signatures"));
    const QFont font = ReportFonts::font(11);
    const QStringList roles {tr("Assessors"), tr("Community")};
    for (const QString& role : roles) {
        p.advance(p.mm(10));
        painter.setFont(font);
        painter.setPen(Qt::black);
        const double baseline = p.y();
        const double half = p.width() / 2;
        const QString dateLabel = tr("Date");
        painter.drawText(QRectF(p.left(), baseline - p.mm(6), half, p.mm(6)), Qt::AlignLeft | Qt::AlignBottom, role);
        painter.drawText(QRectF(p.left() + half + p.mm(10), baseline - p.mm(6), p.mm(30), p.mm(6)),
                         Qt::AlignLeft | Qt::AlignBottom,
                         dateLabel);
        const QFontMetricsF metrics(font, painter.device());
        painter.setPen(QPen(Qt::black, p.mm(0.25)));
        painter.drawLine(QPointF(p.left() + metrics.horizontalAdvance(role) + p.mm(3), baseline),
                         QPointF(p.left() + half, baseline));
        painter.drawLine(QPointF(p.left() + half + p.mm(10) + metrics.horizontalAdvance(dateLabel) + p.mm(3), baseline),
                         QPointF(p.left() + p.width(), baseline));
    }
    p.advance(p.mm(14));
    int answer = 0;
    int computed = 0;
    int excluded = 0;
    const auto order = sheet.set->indicatorsInOrder();
    for (const cc::Indicator* ind : order) {
        if (!applies(*ind, sheet))
            ++excluded;
        else if (ind->isComputed())
            ++computed;
        else
            ++answer;
    }
    p.paragraph(tr("This checklist lists %1 indicators: %2 to answer on paper, %3 computed by the program, %4 not "
                   "applicable to this community's type.")
                    .arg(order.size())
                    .arg(answer)
                    .arg(computed)
                    .arg(excluded),
                ReportFonts::font(10));
}
