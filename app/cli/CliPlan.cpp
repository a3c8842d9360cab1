// SPDX-License-Identifier: GPL-3.0-or-later
// The annual plan: `plan build` (cli.md: 限时解决 first, the shortfall, alternatives, measures apart).
#include "app/cli/Cli.h"
#include "app/cli/CliOutput.h"
#include "app/render/PlanPdf.h"
#include "core/io/TableExport.h"
#include "core/report/PlanDocument.h"
#include "core/services/Workspace.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {

QString wan(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', 2) : QStringLiteral("-");
}

// One item of `plan build --json` (cli.md): the project as `projects list --json` shows it, with its
// place in this plan.
QJsonObject planItemJson(const cc::planning::PlanView::Line& l)
{
    const cc::Project& p = l.project;
    QJsonArray alternatives;
    for (const cc::ProjectId& id : l.alternatives)
        alternatives.append(id.toString());
    QJsonObject item = clijson::project(p);
    item.insert(QStringLiteral("category"), p.timeBound ? QStringLiteral("限时解决") : QStringLiteral("尽力解决"));
    item.insert(QStringLiteral("priority"), clijson::priority(l.priority));
    item.insert(QStringLiteral("rank"), l.line.rank);
    item.insert(QStringLiteral("cost"), clijson::number(l.line.cost));
    item.insert(QStringLiteral("year_cost"), clijson::number(l.line.yearCost));
    item.insert(QStringLiteral("alternatives"), alternatives);
    item.insert(QStringLiteral("reason"), l.line.reason);
    return item;
}

// Red on a terminal (or when CLICOLOR_FORCE asks for it), plain text in a pipe or a file.
bool colourWanted()
{
    if (qEnvironmentVariableIsSet("NO_COLOR"))
        return false;
    if (qEnvironmentVariableIsSet("CLICOLOR_FORCE") && qEnvironmentVariable("CLICOLOR_FORCE") != u"0")
        return true;
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdout)) != 0;
#else
    return isatty(fileno(stdout)) != 0;
#endif
}

} // namespace

int Cli::cmdPlanBuild(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem =
            cl.parse(tokens,
                     {{QStringLiteral("json")},
                      {QStringLiteral("county"), QStringLiteral("year"), QStringLiteral("budget"), QStringLiteral("o")},
                      {},
                      0,
                      0}))
        return usageError(*problem, m_command);
    if (!cl.has(QStringLiteral("county")) || !cl.has(QStringLiteral("year")) || !cl.has(QStringLiteral("budget")))
        return usageError(tr("give --county NAME --year Y --budget WAN"), m_command);
    bool ok = false;
    const int year = cl.value(QStringLiteral("year")).toInt(&ok);
    if (!ok)
        return usageError(tr("--year must be a year, not \"%1\"").arg(cl.value(QStringLiteral("year"))), m_command);
    QString error;
    const auto budget = numberOption(cl, QStringLiteral("budget"), error);
    if (!error.isEmpty())
        return usageError(error, m_command);
    const QString output = cl.value(QStringLiteral("o"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (!output.isEmpty() && suffix != u"csv" && suffix != u"xlsx" && suffix != u"pdf")
        return usageError(tr("the plan is written as .pdf, .csv or .xlsx: %1").arg(output), m_command);
    // A file that cannot be written is found out before the plan changes anything.
    if (!output.isEmpty() && !QFileInfo(QFileInfo(output).absolutePath()).isDir())
        return fail(cc::makeError(
            cc::ErrorCode::Io,
            tr("Cannot write %1: the folder %2 does not exist.")
                .arg(QDir::toNativeSeparators(output), QDir::toNativeSeparators(QFileInfo(output).absolutePath()))));
    if (!openWorkspace(false))
        return Failure;
    auto built = m_workspace->plans().buildPlan(cl.value(QStringLiteral("county")), year, *budget);
    if (!built)
        return fail(built.error());
    if (!output.isEmpty()) {
        auto document = m_workspace->plans().document(*built);
        if (!document)
            return fail(document.error());
        if (suffix == u"pdf") {
            if (auto written = PlanPdf::write(*document, output); !written)
                return fail(written.error());
        } else if (auto written = cc::io::TableExport::write(cc::report::PlanDocuments::tables(*document), output);
                   !written) {
            return fail(written.error());
        }
    }
    const cc::Plan& plan = built->plan;
    if (cl.has(QStringLiteral("json"))) {
        QJsonArray selected, deferred, measures;
        for (const auto& line : built->lines) {
            const QJsonObject item = planItemJson(line);
            if (line.line.measure)
                measures.append(item);
            else if (line.line.selected)
                selected.append(item);
            else
                deferred.append(item);
        }
        printJson(QJsonDocument(QJsonObject {{QStringLiteral("county"), plan.county},
                                             {QStringLiteral("year"), plan.year},
                                             {QStringLiteral("budget"), plan.budget},
                                             {QStringLiteral("total_cost"), plan.totalCost},
                                             {QStringLiteral("mandatory_cost"), plan.mandatoryCost},
                                             {QStringLiteral("shortfall"), plan.shortfall},
                                             {QStringLiteral("selected"), selected},
                                             {QStringLiteral("deferred"), deferred},
                                             {QStringLiteral("measures"), measures}}));
        return Success;
    }
    const auto count = [&](auto predicate) {
        return static_cast<int>(std::count_if(built->lines.begin(), built->lines.end(), predicate));
    };
    m_out << tr("Annual plan %1 %2: %3 of %4 万元 for %n project(s), of which %5 万元 for 限时解决 projects.",
                nullptr,
                count([](const auto& l) { return l.line.selected && !l.line.measure; }))
                 .arg(plan.county)
                 .arg(year)
                 .arg(plan.totalCost, 0, 'f', 2)
                 .arg(*budget, 0, 'f', 2)
                 .arg(plan.mandatoryCost, 0, 'f', 2)
          << '\n';
    if (plan.shortfall > 0) {
        const bool colour = colourWanted();
        m_out << (colour ? "\x1b[1;31m" : "")
              << tr("SHORTFALL %1 万元: the 限时解决 projects alone exceed the budget; they stay in the plan and the "
                    "county must find the rest. No other project is selected.")
                     .arg(plan.shortfall, 0, 'f', 2)
              << (colour ? "\x1b[0m" : "") << '\n';
    }
    TextTable table({tr("Rank"),
                     tr("In"),
                     tr("Community"),
                     tr("Project"),
                     tr("Class"),
                     tr("Category"),
                     tr("This year (万元)"),
                     tr("Priority"),
                     tr("Lead unit"),
                     tr("Why deferred")});
    for (const auto& l : built->lines) {
        if (l.line.measure)
            continue;
        table.addRow({QString::number(l.line.rank),
                      l.line.selected ? tr("yes") : QStringLiteral("-"),
                      l.project.communityCode,
                      l.project.name,
                      l.project.projectClass,
                      l.project.timeBound ? tr("time-bound") : tr("best effort"),
                      wan(l.line.yearCost),
                      QString::number(l.priority.score, 'f', 1),
                      l.project.responsibleUnit,
                      l.line.reason});
    }
    if (count([](const auto& l) { return !l.line.measure; }) > 0)
        table.print(m_out);
    else
        m_out << tr("No accepted project of the county can be planned in %1.").arg(year) << '\n';
    const int measureCount = count([](const auto& l) { return l.line.measure; });
    if (measureCount > 0) {
        m_out << '\n' << tr("Management measures (管理措施, outside the budget): %1").arg(measureCount) << '\n';
        TextTable measures({tr("Community"), tr("Measure"), tr("Lead unit")});
        for (const auto& l : built->lines) {
            if (l.line.measure)
                measures.addRow({l.project.communityCode, l.project.name, l.project.responsibleUnit});
        }
        measures.print(m_out);
    }
    if (!output.isEmpty())
        m_out << tr("Written to %1").arg(shownPath(output)) << '\n';
    return Success;
}
