// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/SummaryReport.h"

#include "app/render/OdtDocument.h"
#include "app/render/OdtPackage.h"
#include "app/render/PdfPages.h"
#include "app/render/ReportFonts.h"
#include "app/render/ReportPdf.h"
#include "app/render/ReportText.h"
#include "app/render/RoundCharts.h"

#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

using cc::report::HeatMap;
using cc::report::RoundSummaries;
using cc::report::RoundSummary;

namespace {

using Section = RoundSummaries::Section;

const QColor kRed(0xb0, 0x00, 0x20);
// The charts are laid out at this size and scaled onto the page: their text comes out near 9 pt.
const QSize kChartLayout(1200, 480);
constexpr double kChartHeightMm = 100; // 261 mm wide: the layout's proportions

// One part of the heat map: the indicators down, up to kHeatColumns areas across.
struct HeatPart
{
    ReportText::Table table;
    std::vector<std::vector<HeatMap::Cell>> cells; // [row][area of this part]
};

std::vector<HeatPart> heatParts(const HeatMap& map, const QString& language)
{
    std::vector<HeatPart> parts;
    const size_t areas = map.columns.size();
    for (size_t from = 0; from < areas; from += SummaryReport::kHeatColumns) {
        const size_t to = std::min(areas, from + SummaryReport::kHeatColumns);
        HeatPart part;
        part.table.header = {SummaryReport::tr("Indicator"), SummaryReport::tr("Failed")};
        part.table.widths = {0.30, 0.06};
        for (size_t c = from; c < to; ++c) {
            part.table.header << map.columns[c].label;
            part.table.widths.push_back(0.64 / SummaryReport::kHeatColumns);
        }
        // A part with fewer areas leaves the indicator column the room.
        part.table.widths[0] +=
            0.64 * static_cast<double>(SummaryReport::kHeatColumns - (to - from)) / SummaryReport::kHeatColumns;
        for (size_t r = 0; r < map.rows.size(); ++r) {
            const HeatMap::Row& row = map.rows[r];
            QStringList texts {row.code + u' ' + row.name.text(language),
                               QStringLiteral("%1/%2").arg(row.failed).arg(row.answered)};
            std::vector<HeatMap::Cell> cells;
            for (size_t c = from; c < to; ++c) {
                texts << RoundSummaries::cellText(map.cells[r][c]);
                cells.push_back(map.cells[r][c]);
            }
            part.table.rows.push_back(texts);
            part.cells.push_back(std::move(cells));
        }
        parts.push_back(std::move(part));
    }
    return parts;
}

QColor heatFill(const HeatPart& part, const HeatMap& map, int row, int column)
{
    if (column < 2)
        return {};
    return RoundCharts::heatColour(part.cells[static_cast<size_t>(row)][static_cast<size_t>(column - 2)],
                                   map.by == HeatMap::Columns::Community);
}

QString subtitle(const RoundSummary& s)
{
    return SummaryReport::tr("%1 · %2 · written on %3").arg(s.scope, s.round, s.date.toString(Qt::ISODate));
}

QChart* rankingChart(const RoundSummary& s)
{
    return RoundCharts::ranking(s.checks, s.bands, s.language);
}

QChart* gradesChart(const RoundSummary& s)
{
    return RoundCharts::grades(s.rows, s.bands, s.language);
}

cc::Result<void> save(const QByteArray& bytes, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return cc::makeError(
            cc::ErrorCode::Io,
            SummaryReport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

cc::Result<int> writePdf(const RoundSummary& s, const QString& path)
{
    if (auto refused = ReportPdf::folderProblem(path); !refused)
        return refused.error();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        // Landscape: the ranking has ten columns, the heat map up to twelve.
        PdfPages::setUpLandscape(writer, s.title + QStringLiteral(" — ") + s.scope);
        QPainter painter;
        if (!painter.begin(&writer))
            return cc::makeError(cc::ErrorCode::Io,
                                 SummaryReport::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        PdfPages p(writer, painter, RoundSummaries::runningHeader(s));
        p.pageLabel = [](int n) { return RoundSummaries::page(n); };
        p.decorateFirstPage();
        const QFont body = ReportFonts::font(10.5);
        const auto table = [&](const ReportText::Table& t,
                               const std::function<QColor(int, int)>& colour = {},
                               const std::function<QColor(int, int)>& fill = {}) {
            p.table(t.header, t.widths, t.rows, colour, fill);
        };
        const auto chart = [&](QChart* c) {
            p.ensure(p.mm(kChartHeightMm));
            RoundCharts::paint(c, kChartLayout, painter, QRectF(p.left(), p.y(), p.width(), p.mm(kChartHeightMm)));
            p.advance(p.mm(kChartHeightMm + 3));
        };

        p.paragraph(s.title, ReportFonts::font(18, true), Qt::black, p.mm(2));
        p.paragraph(subtitle(s), ReportFonts::font(12), QColor(0x40, 0x40, 0x40), p.mm(4));
        p.heading(RoundSummaries::heading(Section::Glance));
        for (const QString& line : s.glance)
            p.paragraph(line, ReportFonts::font(11));
        if (s.checks.empty()) {
            p.paragraph(RoundSummaries::noChecks(), ReportFonts::font(11, true), kRed);
        } else {
            // A heading never ends a page: it keeps its chart with it.
            p.ensure(p.mm(14 + kChartHeightMm));
            p.heading(RoundSummaries::heading(Section::Ranking));
            chart(rankingChart(s));
            table(ReportText::fromTable(s.ranking, 1));

            p.ensure(p.mm(14 + kChartHeightMm));
            p.heading(RoundSummaries::heading(Section::RollUp, s.level));
            chart(gradesChart(s));
            table(ReportText::fromTable(s.rollUp, 1));

            p.heading(RoundSummaries::heading(Section::HeatMap));
            if (s.heatMap.rows.empty()) {
                p.paragraph(RoundSummaries::noFailures(), body);
            } else {
                p.paragraph(RoundSummaries::heatLegend(), ReportFonts::font(9), QColor(0x40, 0x40, 0x40));
                for (const HeatPart& part : heatParts(s.heatMap, s.language))
                    table(part.table, {}, [&](int row, int column) { return heatFill(part, s.heatMap, row, column); });
            }

            p.heading(RoundSummaries::heading(Section::BottomLine));
            if (s.bottomLine.rows.empty()) {
                p.paragraph(RoundSummaries::noBottomLineFailures(), body);
            } else {
                p.paragraph(RoundSummaries::overdueNote(), ReportFonts::font(9), QColor(0x40, 0x40, 0x40));
                table(ReportText::fromTable(s.bottomLine, 1),
                      [&](int row, int) { return s.overdue.at(static_cast<size_t>(row)) ? kRed : QColor(Qt::black); });
            }
        }
        pages = p.pages();
        if (!painter.end())
            return cc::makeError(cc::ErrorCode::Io,
                                 SummaryReport::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
    const PdfFinish::Info info {
        s.title + QStringLiteral(" — ") + s.scope, {}, RoundSummaries::runningHeader(s), s.round};
    if (auto saved = ReportPdf::savePdf(bytes, path, info); !saved)
        return saved.error();
    return pages;
}

cc::Result<void> writeOdt(const RoundSummary& s, const QString& path)
{
    const auto choice = ReportFonts::cjkFamily();
    const QString family = choice.family.isEmpty() ? QString::fromLatin1(ReportFonts::kPreferred) : choice.family;
    OdtPackage package;
    OdtDocument doc({s.language, RoundSummaries::runningHeader(s), s.title + QStringLiteral(" — ") + s.scope, true},
                    package);
    OdtXml& b = doc.body();
    const auto chart = [&](QChart* c) {
        const double widthMm = doc.textWidthCm() * 10;
        doc.image(OdtDocument::chartImage(widthMm,
                                          kChartHeightMm,
                                          [&](QPainter& painter, const QRectF& rect) {
                                              RoundCharts::paint(c, kChartLayout, painter, rect);
                                          }),
                  doc.textWidthCm(),
                  false);
    };

    b.paragraph(QStringLiteral("Name"), s.title);
    b.paragraph(QStringLiteral("Cover"), subtitle(s));
    b.paragraph(QStringLiteral("Heading"), RoundSummaries::heading(Section::Glance));
    for (const QString& line : s.glance)
        b.paragraph(QStringLiteral("Body"), line);
    if (s.checks.empty()) {
        b.paragraph(QStringLiteral("BoxTitleRed"), RoundSummaries::noChecks());
    } else {
        b.paragraph(QStringLiteral("Heading"), RoundSummaries::heading(Section::Ranking));
        chart(rankingChart(s));
        doc.table(QStringLiteral("Ranking"), ReportText::fromTable(s.ranking, 1));

        b.paragraph(QStringLiteral("Heading"), RoundSummaries::heading(Section::RollUp, s.level));
        chart(gradesChart(s));
        doc.table(QStringLiteral("Rollup"), ReportText::fromTable(s.rollUp, 1));

        b.paragraph(QStringLiteral("Heading"), RoundSummaries::heading(Section::HeatMap));
        if (s.heatMap.rows.empty()) {
            b.paragraph(QStringLiteral("Body"), RoundSummaries::noFailures());
        } else {
            b.paragraph(QStringLiteral("Caption"), RoundSummaries::heatLegend());
            int n = 0;
            for (const HeatPart& part : heatParts(s.heatMap, s.language)) {
                doc.table(QStringLiteral("Failed%1").arg(++n), part.table, {}, [&](int row, int column) {
                    return heatFill(part, s.heatMap, row, column);
                });
            }
        }

        b.paragraph(QStringLiteral("Heading"), RoundSummaries::heading(Section::BottomLine));
        if (s.bottomLine.rows.empty()) {
            b.paragraph(QStringLiteral("Body"), RoundSummaries::noBottomLineFailures());
        } else {
            b.paragraph(QStringLiteral("Caption"), RoundSummaries::overdueNote());
            doc.table(QStringLiteral("BottomLine"), ReportText::fromTable(s.bottomLine, 1), [&](int row, int) {
                return s.overdue.at(static_cast<size_t>(row));
            });
        }
    }
    package.add(QStringLiteral("content.xml"), doc.content(family), QStringLiteral("text/xml"));
    package.add(QStringLiteral("styles.xml"), doc.styles(family), QStringLiteral("text/xml"));
    package.add(QStringLiteral("meta.xml"), doc.meta(), QStringLiteral("text/xml"));
    const auto bytes = package.finish();
    if (!bytes) // only pictures could make it that large, and it has two charts
        return cc::makeError(cc::ErrorCode::InvalidInput,
                             SummaryReport::tr("The summary is too large for an ODT file."));
    return save(*bytes, path);
}

} // namespace

cc::Result<int> SummaryReport::write(const RoundSummary& summary, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"odt")
        return cc::makeError(
            cc::ErrorCode::InvalidInput,
            tr("%1: a summary is written as .pdf or as .odt (the editable copy).").arg(QDir::toNativeSeparators(path)));
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return cc::makeError(cc::ErrorCode::Io,
                             tr("Cannot write %1: the folder %2 does not exist.")
                                 .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target.absolutePath())));
    if (suffix == u"odt") {
        if (auto written = writeOdt(summary, path); !written)
            return written.error();
        return 0;
    }
    return writePdf(summary, path);
}
