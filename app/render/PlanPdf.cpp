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

cc::Result<int> PlanPdf::write(const cc::planning::PlanView& view, const QString& path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return cc::makeError(cc::ErrorCode::Io,
                             tr("Cannot write %1: the folder %2 does not exist.")
                                 .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target.absolutePath())));
    const cc::Plan& plan = view.plan;
    const QLocale l;
    const QString title = tr("%1 %2 annual implementation plan for community renewal").arg(plan.county).arg(plan.year);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(PdfPages::kDpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CommunityCheck"));
        QPainter painter;
        if (!painter.begin(&writer))
            return cc::makeError(cc::ErrorCode::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        PdfPages p(writer, painter, title);
        p.pageLabel = [](int n) { return ReportText::page(n); };
        p.decorateFirstPage();
        p.paragraph(title, ReportFonts::font(18, true), Qt::black, p.mm(4));
        int selected = 0;
        for (const auto& line : view.lines)
            selected += line.line.selected ? 1 : 0;
        p.paragraph(tr("Budget %1 万元 · planned %2 万元 for %3 projects · %4 deferred · built %5")
                        .arg(l.toString(plan.budget, 'f', 2), l.toString(plan.totalCost, 'f', 2))
                        .arg(selected)
                        .arg(static_cast<int>(view.lines.size()) - selected)
                        .arg(l.toString(plan.builtAt.toLocalTime().date(), QLocale::LongFormat)),
                    ReportFonts::font(11));
        const std::pair<QString, QString> parts[] = {{tr("1. Specific tasks (具体任务)"), plan.tasks},
                                                     {tr("2. Key projects (重点项目)"), plan.keyProjects},
                                                     {tr("3. Requirements (实施要求)"), plan.requirements},
                                                     {tr("4. Schedule (时序安排)"), plan.schedule},
                                                     {tr("5. Safeguards (保障措施)"), plan.safeguards}};
        for (const auto& [heading, text] : parts) {
            p.heading(heading);
            p.paragraph(text.trimmed().isEmpty() ? tr("(not written yet)") : text, ReportFonts::font(10.5));
        }
        const auto rows = [&](bool wanted) {
            std::vector<QStringList> out;
            for (const auto& line : view.lines) {
                if (line.line.selected != wanted)
                    continue;
                QStringList row {QString::number(line.line.rank),
                                 line.project.communityCode + u' ' + line.project.communityName,
                                 line.project.name,
                                 line.project.timeBound ? tr("time-bound") : tr("best effort"),
                                 line.line.cost ? l.toString(*line.line.cost, 'f', 2) : tr("not estimated"),
                                 l.toString(line.priority.score, 'f', 1)};
                if (!wanted)
                    row << line.line.reason;
                out.push_back(row);
            }
            return out;
        };
        p.heading(tr("6. Projects in the plan"));
        const auto in = rows(true);
        if (in.empty())
            p.paragraph(tr("None: the budget takes no project."), ReportFonts::font(10.5));
        else
            p.table({tr("Rank"), tr("Community"), tr("Project"), tr("Category"), tr("Cost (万元)"), tr("Priority")},
                    {0.07, 0.2, 0.41, 0.11, 0.12, 0.09},
                    in);
        const auto out = rows(false);
        if (!out.empty()) {
            p.heading(tr("7. Deferred projects"));
            p.table({tr("Rank"),
                     tr("Community"),
                     tr("Project"),
                     tr("Category"),
                     tr("Cost (万元)"),
                     tr("Priority"),
                     tr("Why deferred")},
                    {0.07, 0.16, 0.3, 0.1, 0.1, 0.08, 0.19},
                    out);
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
