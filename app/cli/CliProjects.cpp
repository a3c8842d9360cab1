// SPDX-License-Identifier: GPL-3.0-or-later
// The project library: `projects generate|list|export|accept|reject|edit|bundle`.
#include "app/cli/Cli.h"
#include "app/cli/CliOutput.h"
#include "core/io/TableExport.h"
#include "core/planning/Priority.h"
#include "core/planning/ProjectMoney.h"
#include "core/planning/StatusName.h"
#include "core/report/ProjectTables.h"
#include "core/services/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace {

QString wan(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', 2) : QStringLiteral("-");
}

// {"2026": 50, "2027": 70}: the amount of each year (spread evenly when none were given); {} without years.
QJsonObject yearAmountsJson(const cc::Project& p)
{
    QJsonObject out;
    for (const cc::YearShare& y : cc::planning::ProjectMoney::byYear(p))
        out.insert(QString::number(y.year), y.amount);
    return out;
}

// {"central": 50, "local": 70}; {} while not split.
QJsonObject fundingJson(const cc::Project& p)
{
    QJsonObject out;
    for (const cc::FundingShare& f : p.funding)
        out.insert(toString(f.source), f.amount);
    return out;
}

} // namespace

QJsonObject clijson::priority(const cc::planning::Priority& p)
{
    return {{QStringLiteral("total"), p.total},
            {QStringLiteral("score"), p.score},
            {QStringLiteral("time_bound"), p.timeBound},
            {QStringLiteral("severity"), p.severity},
            {QStringLiteral("support"), p.support},
            {QStringLiteral("cost_effectiveness"), p.costEffectiveness},
            {QStringLiteral("resources"), p.resources}};
}

QJsonObject clijson::project(const cc::Project& p)
{
    QJsonArray demands, resources;
    for (const auto& d : p.demandIds)
        demands.append(d.toString());
    for (const auto& r : p.resourceIds)
        resources.append(r.toString());
    return {{QStringLiteral("id"), p.id.toString()},
            {QStringLiteral("community"), p.communityCode},
            {QStringLiteral("community_name"), p.communityName},
            {QStringLiteral("county"), p.county},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("scope"), p.scope},
            {QStringLiteral("status"), toString(p.status)},
            {QStringLiteral("class"), p.projectClass},
            {QStringLiteral("time_bound"), p.timeBound},
            {QStringLiteral("quantity"), number(p.quantity)},
            {QStringLiteral("unit"), p.unit},
            {QStringLiteral("unit_cost"), number(p.unitCost)},
            {QStringLiteral("cost"), number(p.cost)},
            {QStringLiteral("responsible_unit"), p.responsibleUnit},
            {QStringLiteral("lead_unit"), p.responsibleUnit},
            {QStringLiteral("units"), QJsonArray::fromStringList(p.units())},
            {QStringLiteral("implementer"), p.implementer},
            {QStringLiteral("location"), p.location},
            {QStringLiteral("deadline"),
             p.deadline.isValid() ? QJsonValue(p.deadline.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("overdue"), p.isOverdue(QDate::currentDate())},
            {QStringLiteral("start_year"), number(p.startYear)},
            {QStringLiteral("end_year"), number(p.endYear)},
            {QStringLiteral("year_amounts"), yearAmountsJson(p)},
            {QStringLiteral("funding"), fundingJson(p)},
            {QStringLiteral("template"), p.templateCode},
            {QStringLiteral("problem_codes"), QJsonArray::fromStringList(p.problemCodes)},
            {QStringLiteral("demands"), demands},
            {QStringLiteral("support"), p.support},
            {QStringLiteral("resources"), resources},
            {QStringLiteral("assessment"),
             p.assessmentId ? QJsonValue(p.assessmentId->toString()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("bundle"), p.bundleId ? QJsonValue(p.bundleId->toString()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("is_bundle"), p.isBundle},
            {QStringLiteral("planned_year"), number(p.plannedYear)},
            {QStringLiteral("decision_reason"), p.decisionReason},
            {QStringLiteral("priority"), priority(cc::planning::priorityOf(p))}};
}

void Cli::printProjects(const std::vector<cc::Project>& projects)
{
    TextTable table(
        {tr("ID"), tr("Community"), tr("Project"), tr("Status"), tr("Category"), tr("Cost (万元)"), tr("Priority")});
    for (const cc::Project& p : projects) {
        const auto priority = cc::planning::priorityOf(p);
        table.addRow({p.id.toString().left(8),
                      p.communityCode,
                      (p.bundleId ? QStringLiteral("  └ ") : QString()) + p.name,
                      cc::planning::statusName(p.status),
                      p.timeBound ? tr("time-bound") : tr("best effort"),
                      wan(p.cost),
                      QString::number(priority.score, 'f', 1)});
    }
    table.print(m_out);
}

int Cli::cmdProjectsGenerate(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {}, {}, 1, 1}))
        return usageError(*problem, m_command);
    const auto assessment = openAndResolve(cl.args().at(0));
    if (!assessment)
        return Failure;
    auto outcome = m_workspace->projects().generate(assessment->id, m_language);
    if (!outcome)
        return fail(outcome.error());
    if (cl.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const cc::Project& p : outcome->projects)
            list.append(clijson::project(p));
        printJson(QJsonDocument(QJsonObject {{QStringLiteral("added"), outcome->added},
                                             {QStringLiteral("updated"), outcome->updated},
                                             {QStringLiteral("obsoleted"), outcome->obsoleted},
                                             {QStringLiteral("projects"), list}}));
        return Success;
    }
    m_out << tr("%1 (%2): %3 new, %4 already there, %5 of earlier checks marked obsolete.")
                 .arg(assessment->communityName, assessment->round.toString())
                 .arg(outcome->added)
                 .arg(outcome->updated)
                 .arg(outcome->obsoleted)
          << '\n';
    printProjects(outcome->projects);
    return Success;
}

int Cli::cmdProjectsList(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens,
                                      {{QStringLiteral("json"), QStringLiteral("all")},
                                       {QStringLiteral("community"), QStringLiteral("county")},
                                       {},
                                       0,
                                       0}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto projects = m_workspace->projects().list(
        {cl.value(QStringLiteral("community")), cl.value(QStringLiteral("county")), cl.has(QStringLiteral("all"))});
    if (!projects)
        return fail(projects.error());
    if (cl.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const cc::Project& p : *projects)
            list.append(clijson::project(p));
        printJson(QJsonDocument(list));
        return Success;
    }
    printProjects(*projects);
    return Success;
}

int Cli::cmdProjectsExport(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens,
                                      {{QStringLiteral("all")},
                                       {QStringLiteral("o"), QStringLiteral("community"), QStringLiteral("county")},
                                       {},
                                       0,
                                       0}))
        return usageError(*problem, m_command);
    const QString output = cl.value(QStringLiteral("o"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (output.isEmpty() || (suffix != u"csv" && suffix != u"xlsx"))
        return usageError(tr("say where to write the list: -o FILE.csv or -o FILE.xlsx"), m_command);
    if (!openWorkspace(false))
        return Failure;
    auto projects = m_workspace->projects().list(
        {cl.value(QStringLiteral("community")), cl.value(QStringLiteral("county")), cl.has(QStringLiteral("all"))});
    if (!projects)
        return fail(projects.error());
    if (auto written = cc::io::TableExport::write({cc::report::ProjectTables::projects(*projects)}, output); !written)
        return fail(written.error());
    m_out << tr("%n project(s) written to %1", nullptr, static_cast<int>(projects->size())).arg(shownPath(output))
          << '\n';
    return Success;
}

int Cli::cmdProjectsDecide(const QStringList& tokens, bool accept)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {QStringLiteral("reason")}, {}, 1, 1}))
        return usageError(*problem, m_command);
    if (!accept && cl.value(QStringLiteral("reason")).trimmed().isEmpty())
        return usageError(tr("say why: --reason TEXT"), m_command);
    if (!openWorkspace(false))
        return Failure;
    auto project = m_workspace->projects().resolve(cl.args().at(0));
    if (!project)
        return fail(project.error());
    auto decided = m_workspace->projects().decide(project->id, accept, cl.value(QStringLiteral("reason")));
    if (!decided)
        return fail(decided.error());
    m_out << decided->name << ": " << cc::planning::statusName(decided->status) << '\n';
    return Success;
}

int Cli::cmdProjectsEdit(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem =
            cl.parse(tokens,
                     {{},
                      {QStringLiteral("name"),        QStringLiteral("scope"),     QStringLiteral("quantity"),
                       QStringLiteral("unit"),        QStringLiteral("unit-cost"), QStringLiteral("cost"),
                       QStringLiteral("responsible"), QStringLiteral("class"),     QStringLiteral("time-bound"),
                       QStringLiteral("year"),        QStringLiteral("status"),    QStringLiteral("reason"),
                       QStringLiteral("resource"),    QStringLiteral("lead"),      QStringLiteral("cooperating"),
                       QStringLiteral("implementer"), QStringLiteral("location"),  QStringLiteral("deadline"),
                       QStringLiteral("start-year"),  QStringLiteral("end-year"),  QStringLiteral("year-amount"),
                       QStringLiteral("funding")},
                      {QStringLiteral("resource"),
                       QStringLiteral("cooperating"),
                       QStringLiteral("year-amount"),
                       QStringLiteral("funding")},
                      1,
                      1}))
        return usageError(*problem, m_command);
    QString error;
    const auto quantity = numberOption(cl, QStringLiteral("quantity"), error);
    const auto unitCost = numberOption(cl, QStringLiteral("unit-cost"), error);
    const auto cost = numberOption(cl, QStringLiteral("cost"), error);
    const auto year = numberOption(cl, QStringLiteral("year"), error);
    if (!error.isEmpty())
        return usageError(error, m_command);
    std::optional<cc::ProjectStatus> status;
    if (cl.has(QStringLiteral("status"))) {
        status = cc::projectStatusFromString(cl.value(QStringLiteral("status")));
        if (!status)
            return usageError(tr("unknown status \"%1\" (candidate, accepted, rejected, in_library, scheduled, "
                                 "under_way, done)")
                                  .arg(cl.value(QStringLiteral("status"))),
                              m_command);
    }
    std::optional<bool> timeBound;
    if (cl.has(QStringLiteral("time-bound"))) {
        const QString v = cl.value(QStringLiteral("time-bound")).toLower();
        if (v != u"yes" && v != u"no")
            return usageError(tr("--time-bound is yes or no"), m_command);
        timeBound = v == u"yes";
    }
    // Years, amounts, funding and the deadline: read before anything is opened (a slip is a usage error).
    const auto optionalYear = [&](const char* option, std::optional<int>& out) {
        const QString text = cl.value(QString::fromLatin1(option)).trimmed();
        if (text.isEmpty())
            return true; // an empty value clears it
        bool yearOk = false;
        out = text.toInt(&yearOk);
        if (!yearOk)
            error = tr("--%1 must be a year, not \"%2\"").arg(QString::fromLatin1(option), text);
        return yearOk;
    };
    std::optional<int> startYear, endYear;
    if (cl.has(QStringLiteral("start-year")) && !optionalYear("start-year", startYear))
        return usageError(error, m_command);
    if (cl.has(QStringLiteral("end-year")) && !optionalYear("end-year", endYear))
        return usageError(error, m_command);
    // "KEY=WAN" pairs; an empty value clears the list.
    const auto pairs = [&](const char* option) {
        std::vector<std::pair<QString, double>> out;
        for (const QString& text : cl.values(QString::fromLatin1(option))) {
            if (text.trimmed().isEmpty())
                continue;
            const qsizetype eq = text.indexOf(u'=');
            bool amountOk = false;
            const double amount = eq > 0 ? text.mid(eq + 1).trimmed().toDouble(&amountOk) : 0;
            if (!amountOk || !std::isfinite(amount)) {
                error = tr("--%1 is KEY=AMOUNT (万元), not \"%2\"").arg(QString::fromLatin1(option), text);
                return out;
            }
            out.emplace_back(text.left(eq).trimmed(), amount);
        }
        return out;
    };
    std::vector<cc::YearShare> yearAmounts;
    for (const auto& [key, amount] : pairs("year-amount")) {
        bool yearOk = false;
        const int y = key.toInt(&yearOk);
        if (!yearOk)
            error = tr("--year-amount is YEAR=AMOUNT, not \"%1\"").arg(key);
        yearAmounts.push_back({y, amount});
    }
    std::vector<cc::FundingShare> funding;
    for (const auto& [key, amount] : pairs("funding")) {
        const auto source = cc::fundingSourceFromString(key);
        if (!source)
            error = tr("unknown funding source \"%1\" (central, provincial, local, special_bond, department, "
                       "social, residents, or 中央补助, 省级资金, 地方财政, 专项债, 部门资金, 社会资本, 居民出资)")
                        .arg(key);
        else
            funding.push_back({*source, amount});
    }
    QDate deadline;
    if (const QString text = cl.value(QStringLiteral("deadline")).trimmed(); !text.isEmpty()) {
        deadline = parseCheckDate(text);
        if (!deadline.isValid())
            error = tr("--deadline is YYYY-MM-DD, not \"%1\"").arg(text);
    }
    if (!error.isEmpty())
        return usageError(error, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto project = m_workspace->projects().resolve(cl.args().at(0));
    if (!project)
        return fail(project.error());
    cc::Project p = *project;
    if (cl.has(QStringLiteral("lead")))
        p.responsibleUnit = cl.value(QStringLiteral("lead")).trimmed();
    if (cl.has(QStringLiteral("cooperating"))) {
        p.cooperatingUnits.clear();
        for (const QString& text : cl.values(QStringLiteral("cooperating"))) {
            for (const QString& unit : text.split(QRegularExpression(QStringLiteral("[,，、;；]")), Qt::SkipEmptyParts))
                p.cooperatingUnits << unit.trimmed();
        }
    }
    if (cl.has(QStringLiteral("implementer")))
        p.implementer = cl.value(QStringLiteral("implementer")).trimmed();
    if (cl.has(QStringLiteral("location")))
        p.location = cl.value(QStringLiteral("location")).trimmed();
    if (cl.has(QStringLiteral("deadline")))
        p.deadline = deadline;
    if (cl.has(QStringLiteral("start-year")))
        p.startYear = startYear;
    if (cl.has(QStringLiteral("end-year")))
        p.endYear = endYear;
    if (cl.has(QStringLiteral("year-amount")))
        p.yearAmounts = yearAmounts;
    if (cl.has(QStringLiteral("funding")))
        p.funding = funding;
    if (cl.has(QStringLiteral("name")))
        p.name = cl.value(QStringLiteral("name"));
    if (cl.has(QStringLiteral("scope")))
        p.scope = cl.value(QStringLiteral("scope"));
    if (quantity)
        p.quantity = quantity;
    if (cl.has(QStringLiteral("unit")))
        p.unit = cl.value(QStringLiteral("unit"));
    if (unitCost)
        p.unitCost = unitCost;
    if (cost)
        p.cost = cost;
    if (cl.has(QStringLiteral("responsible")))
        p.responsibleUnit = cl.value(QStringLiteral("responsible"));
    if (cl.has(QStringLiteral("class")))
        p.projectClass = cl.value(QStringLiteral("class"));
    if (timeBound)
        p.timeBound = *timeBound;
    if (year)
        p.plannedYear = static_cast<int>(*year);
    if (cl.has(QStringLiteral("resource"))) {
        // Links the 资源清单 entries given (an empty value unlinks them all).
        auto known = m_workspace->lists().resources();
        if (!known)
            return fail(known.error());
        p.resourceIds.clear();
        for (const QString& text : cl.values(QStringLiteral("resource"))) {
            if (text.trimmed().isEmpty())
                continue;
            const auto it = std::find_if(known->begin(), known->end(), [&](const cc::Resource& r) {
                return r.id.toString().startsWith(text.trimmed().toLower());
            });
            if (it == known->end())
                return fail(
                    cc::makeError(cc::ErrorCode::NotFound, tr("No resource has an ID beginning with %1.").arg(text)));
            p.resourceIds.push_back(it->id);
        }
    }
    if (status)
        p.status = *status;
    const QString reason = cl.value(QStringLiteral("reason"));
    auto saved = m_workspace->projects().update(p, reason); // fields and status together, all or nothing
    if (!saved)
        return fail(saved.error());
    printProjects({*saved});
    return Success;
}

int Cli::cmdProjectsBundle(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {QStringLiteral("name")}, {}, 2, 1 << 20}))
        return usageError(*problem, m_command);
    if (cl.value(QStringLiteral("name")).trimmed().isEmpty())
        return usageError(tr("name the bundle: --name TEXT"), m_command);
    if (!openWorkspace(false))
        return Failure;
    std::vector<cc::ProjectId> ids;
    for (const QString& arg : cl.args()) {
        auto p = m_workspace->projects().resolve(arg);
        if (!p)
            return fail(p.error());
        ids.push_back(p->id);
    }
    auto bundle = m_workspace->projects().bundle(cl.value(QStringLiteral("name")), ids);
    if (!bundle)
        return fail(bundle.error());
    m_out << bundle->id.toString() << '\n';
    return Success;
}
