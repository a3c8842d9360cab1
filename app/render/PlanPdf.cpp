// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/PlanPdf.h"

#include "app/render/PdfPages.h"
#include "app/render/ReportFonts.h"
#include "app/render/ReportPdf.h"
#include "app/render/ReportText.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace {

// A table's cells as people read them: amounts with two decimals.
std::vector<QStringList> cells(const cc::io::Table& table)
{
    std::vector<QStringList> out;
    for (const QVariantList& row : table.rows) {
        QStringList texts;
        for (const QVariant& v : row)
            texts << (v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'f', 2) : v.toString());
        out.push_back(texts);
    }
    return out;
}

// Column widths as fractions of the body, from the table's widths in characters.
std::vector<double> fractions(const cc::io::Table& table)
{
    double sum = 0;
    for (double w : table.widths)
        sum += w;
    std::vector<double> out;
    for (double w : table.widths)
        out.push_back(w / sum);
    return out;
}

} // namespace

cc::Result<int> PlanPdf::write(const cc::report::PlanDocument& doc, const QString& path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return cc::makeError(cc::ErrorCode::Io,
                             tr("Cannot write %1: the folder %2 does not exist.")
                                 .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target.absolutePath())));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(PdfPages::kDpi);
        // Landscape: the plan table has twelve columns.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(doc.title);
        writer.setCreator(QStringLiteral("CommunityCheck"));
        QPainter painter;
        if (!painter.begin(&writer))
            return cc::makeError(cc::ErrorCode::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        PdfPages p(writer, painter, doc.title);
        p.pageLabel = [](int n) { return ReportText::page(n); };
        p.decorateFirstPage();
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
            p.table(doc.projects.header, fractions(doc.projects), cells(doc.projects), [&](int row, int) {
                return doc.timeBound.at(static_cast<size_t>(row)) ? red : QColor(Qt::black);
            });
        headingOver(tr("7. Funding by source"), p.mm(30));
        p.table(doc.bySource.header, {0.7, 0.3}, cells(doc.bySource), [&](int row, int) {
            return !doc.shortfall.isEmpty() && row + 1 == static_cast<int>(doc.bySource.rows.size())
                ? red
                : QColor(Qt::black);
        });
        headingOver(tr("8. By programme and by lead unit"), p.mm(30));
        p.table(doc.byProgramme.header, fractions(doc.byProgramme), cells(doc.byProgramme));
        p.table(doc.byLeadUnit.header, fractions(doc.byLeadUnit), cells(doc.byLeadUnit));
        if (!doc.measures.rows.empty()) {
            headingOver(tr("9. Management measures (outside the budget)"), p.mm(30));
            p.table(doc.measures.header, fractions(doc.measures), cells(doc.measures));
        }
        if (!doc.deferred.rows.empty()) {
            headingOver(tr("10. Deferred projects"), p.mm(30));
            p.table(doc.deferred.header, fractions(doc.deferred), cells(doc.deferred));
        }
        pages = p.pages();
        if (!painter.end())
            return cc::makeError(cc::ErrorCode::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
    const QByteArray fixed = ReportPdf::fixTextMap(bytes);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(fixed) != fixed.size() || !file.commit())
        return cc::makeError(cc::ErrorCode::Io,
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return pages;
}
