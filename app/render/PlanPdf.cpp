// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/PlanPdf.h"

#include "app/render/PdfPages.h"
#include "app/render/ReportFonts.h"
#include "app/render/ReportPdf.h"
#include "app/render/ReportText.h"

#include <QDir>
#include <QLocale>

#include <algorithm>

cc::Result<int> PlanPdf::write(const cc::report::PlanDocument& doc, const QString& path)
{
    // Landscape: the plan table has twelve columns.
    const PdfFinish::Info info {doc.title, {}, doc.summary.value(0), {}};
    return ReportPdf::writeLandscape(path, info, [&](PdfPages& p) {
        const auto table = [&](const cc::io::Table& t, const std::function<QColor(int, int)>& colour = {}) {
            const ReportText::Table text = ReportText::fromTable(t, 2); // amounts
            p.table(text.header, text.widths, text.rows, colour);
        };
        p.paragraph(doc.title, ReportFonts::font(18, true), Qt::black, p.mm(4));
        for (const QString& line : doc.summary)
            p.paragraph(line, ReportFonts::font(11));
        const QColor red(0xb0, 0x00, 0x20);
        if (!doc.shortfall.isEmpty())
            p.paragraph(doc.shortfall, ReportFonts::font(12, true), red, p.mm(3));
        // A heading never ends a page: it keeps the start of what follows with it.
        const auto headingOver = [&](const QString& heading, double next) {
            p.ensure(p.mm(14) + std::min(next, p.mm(45)));
            p.heading(heading);
        };
        for (const auto& [heading, text] : doc.parts) {
            headingOver(heading, p.textHeight(text, ReportFonts::font(10.5), p.width()));
            p.paragraph(text, ReportFonts::font(10.5));
        }
        headingOver(tr("6. Projects in the plan"), p.mm(40));
        if (doc.projects.rows.size() <= 1)
            p.paragraph(tr("None: no project is in the plan."), ReportFonts::font(10.5));
        else
            table(doc.projects,
                  [&](int row, int) { return doc.timeBound.at(static_cast<size_t>(row)) ? red : QColor(Qt::black); });
        headingOver(tr("7. Funding by source"), p.mm(30));
        p.table(doc.bySource.header, {0.7, 0.3}, ReportText::fromTable(doc.bySource, 2).rows, [&](int row, int) {
            return !doc.shortfall.isEmpty() && row + 1 == static_cast<int>(doc.bySource.rows.size())
                ? red
                : QColor(Qt::black);
        });
        headingOver(tr("8. By programme and by lead unit"), p.mm(30));
        table(doc.byProgramme);
        table(doc.byLeadUnit);
        if (!doc.measures.rows.empty()) {
            headingOver(tr("9. Management measures (outside the budget)"), p.mm(30));
            table(doc.measures);
        }
        if (!doc.deferred.rows.empty()) {
            headingOver(tr("10. Deferred projects"), p.mm(30));
            table(doc.deferred);
        }
    });
}
