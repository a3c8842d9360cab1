// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer's and the planner's commands: `assessments submit|approve|return` and `scores`
// (cli.md v2: ranking and roll-ups of a round, the numbers the GUI's planner view shows, and the
// round summary as PDF or ODT).
#include "app/cli/Cli.h"
#include "app/cli/CliOutput.h"
#include "app/render/SummaryReport.h"
#include "core/io/TableExport.h"
#include "core/report/Rollup.h"
#include "core/report/ScoreTables.h"
#include "core/services/Workspace.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

#include <cmath>

namespace {

using cc::report::RankedCheck;
using cc::report::RollupRow;

QJsonValue oneDecimal(const std::optional<double>& v)
{
    return v ? QJsonValue(std::round(*v * 10) / 10) : QJsonValue(QJsonValue::Null);
}

QJsonObject rankedJson(const RankedCheck& c)
{
    return {{QStringLiteral("rank"), c.rank},
            {QStringLiteral("community"), c.community.code},
            {QStringLiteral("name"), c.community.name},
            {QStringLiteral("county"), c.community.county},
            {QStringLiteral("street"), c.community.street},
            {QStringLiteral("assessment"), c.assessment.toString()},
            {QStringLiteral("status"), toString(c.status)},
            {QStringLiteral("score"), c.score ? QJsonValue(*c.score) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("grade"), c.grade.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.grade)},
            {QStringLiteral("coverage"), clijson::number(c.coverage)},
            {QStringLiteral("provisional"), c.provisional},
            {QStringLiteral("bottom_line_failures"), c.bottomLineFailures},
            {QStringLiteral("open_time_bound"), c.openTimeBound}};
}

QJsonObject rollupJson(const RollupRow& r)
{
    QJsonObject grades;
    for (const auto& [label, count] : r.grades)
        grades.insert(label, count);
    return {{QStringLiteral("key"), r.key},
            {QStringLiteral("county"), r.county},
            {QStringLiteral("city"), r.city},
            {QStringLiteral("communities"), r.communities},
            {QStringLiteral("checked"), r.checked},
            {QStringLiteral("mean"), oneDecimal(r.mean)},
            {QStringLiteral("median"), oneDecimal(r.median)},
            {QStringLiteral("grades"), grades},
            {QStringLiteral("bottom_line_failures"), r.bottomLineFailures},
            {QStringLiteral("open_time_bound"), r.openTimeBound}};
}

} // namespace

int Cli::cmdAssessmentsReview(const QStringList& tokens, ReviewStep step)
{
    CommandLine cl;
    const bool one = step == ReviewStep::Submit;
    if (const auto problem = cl.parse(
            tokens, {{}, one ? QSet<QString> {} : QSet<QString> {QStringLiteral("comment")}, {}, 1, one ? 1 : 10000}))
        return usageError(*problem, m_command);
    const QString comment = cl.value(QStringLiteral("comment")).trimmed();
    if (step == ReviewStep::Return && comment.isEmpty())
        return usageError(tr("say what the assessor must check or change: --comment C"), m_command);
    if (!openWorkspace(false))
        return Failure;
    std::vector<cc::Assessment> checks;
    for (const QString& arg : cl.args()) {
        auto check = m_workspace->assessments().resolve(arg);
        if (!check)
            return fail(check.error());
        checks.push_back(*check);
    }
    // Several checks are one step: all of them or none (the first refusal names its check).
    auto done = m_workspace->review(checks, step, comment);
    if (!done)
        return fail(done.error());
    const int n = static_cast<int>(checks.size());
    m_out << (step == ReviewStep::Submit        ? tr("%n check(s) submitted.", nullptr, n)
                  : step == ReviewStep::Approve ? tr("%n check(s) approved.", nullptr, n)
                                                : tr("%n check(s) returned to the assessor.", nullptr, n))
          << '\n';
    return Success;
}

int Cli::cmdScores(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens,
                                      {{QStringLiteral("json")},
                                       {QStringLiteral("round"),
                                        QStringLiteral("county"),
                                        QStringLiteral("street"),
                                        QStringLiteral("by"),
                                        QStringLiteral("o")},
                                       {},
                                       0,
                                       0}))
        return usageError(*problem, m_command);
    if (!cl.has(QStringLiteral("round")))
        return usageError(tr("the option --%1 is required").arg(QStringLiteral("round")), m_command);
    const QString by = cl.has(QStringLiteral("by")) ? cl.value(QStringLiteral("by")) : QStringLiteral("community");
    const auto level = cc::report::Rollup::levelFromString(by);
    if (by != u"community" && (!level || *level == cc::report::RollupLevel::City))
        return usageError(tr("--by is community, street or county, not \"%1\"").arg(by), m_command);
    const QString output = cl.value(QStringLiteral("o"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (!output.isEmpty() && suffix != u"csv" && suffix != u"xlsx" && suffix != u"pdf" && suffix != u"odt")
        return usageError(tr("-o writes FILE.csv, FILE.xlsx, FILE.pdf or FILE.odt, not \"%1\"").arg(output), m_command);
    if (!openWorkspace(false))
        return Failure;
    if (suffix == u"pdf" || suffix == u"odt") { // the round summary for the county leader
        auto summary = m_workspace->scores().summary(
            {cl.value(QStringLiteral("round")), cl.value(QStringLiteral("county")), cl.value(QStringLiteral("street"))},
            m_language,
            QDate::currentDate());
        if (!summary)
            return fail(summary.error());
        auto pages = SummaryReport::write(*summary, output);
        if (!pages)
            return fail(pages.error());
        if (*pages > 0)
            m_out << tr("Summary written: %1 (%n page(s))", nullptr, *pages).arg(shownPath(output)) << '\n';
        else
            m_out << tr("Summary written: %1").arg(shownPath(output)) << '\n';
        return Success;
    }
    auto scores = m_workspace->scores().round(
        {cl.value(QStringLiteral("round")), cl.value(QStringLiteral("county")), cl.value(QStringLiteral("street"))});
    if (!scores)
        return fail(scores.error());

    // The same table the dashboard shows and exports.
    QJsonArray json;
    cc::io::Table table;
    if (by == u"community") {
        table = cc::report::ScoreTables::ranking(scores->checks);
        for (const RankedCheck& c : scores->checks)
            json.append(rankedJson(c));
    } else {
        const auto rows = cc::report::Rollup::rollUp(*level, scores->checks, scores->registered, scores->gradeLabels);
        table = cc::report::ScoreTables::rollUp(*level, rows, scores->gradeLabels);
        for (const RollupRow& r : rows)
            json.append(rollupJson(r));
    }
    if (!output.isEmpty()) {
        if (auto written = cc::io::TableExport::write({table}, output); !written)
            return fail(written.error());
        m_out << tr("%n row(s) written to %1", nullptr, static_cast<int>(table.rows.size())).arg(shownPath(output))
              << '\n';
        return Success;
    }
    if (cl.has(QStringLiteral("json"))) {
        printJson(QJsonDocument(json));
        return Success;
    }
    TextTable out(table.header);
    for (const QVariantList& row : table.rows) {
        QStringList cells;
        for (const QVariant& v : row)
            cells << (v.isNull()                            ? QStringLiteral("-")
                          : v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'f', 1)
                                                            : v.toString());
        out.addRow(cells);
    }
    out.print(m_out);
    return Success;
}
