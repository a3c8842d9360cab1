// SPDX-License-Identifier: GPL-3.0-or-later
// The three lists, the project library and the annual plan: `demands`, `tallies`, `resources`,
// `prices`, `projects` and `plan`.
#include "app/cli/Cli.h"
#include "app/cli/CommandLine.h"
#include "app/cli/TextTable.h"
#include "app/render/PlanPdf.h"
#include "core/io/TableExport.h"
#include "core/planning/Priority.h"
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

QJsonValue json(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue json(const std::optional<int>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString wan(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', 2) : QStringLiteral("-");
}

QJsonObject priorityJson(const cc::planning::Priority& p)
{
    return {{QStringLiteral("total"), p.total},
            {QStringLiteral("score"), p.score},
            {QStringLiteral("time_bound"), p.timeBound},
            {QStringLiteral("severity"), p.severity},
            {QStringLiteral("support"), p.support},
            {QStringLiteral("cost_effectiveness"), p.costEffectiveness},
            {QStringLiteral("resources"), p.resources}};
}

QJsonObject projectJson(const cc::Project& p)
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
            {QStringLiteral("quantity"), json(p.quantity)},
            {QStringLiteral("unit"), p.unit},
            {QStringLiteral("unit_cost"), json(p.unitCost)},
            {QStringLiteral("cost"), json(p.cost)},
            {QStringLiteral("responsible_unit"), p.responsibleUnit},
            {QStringLiteral("template"), p.templateCode},
            {QStringLiteral("problem_codes"), QJsonArray::fromStringList(p.problemCodes)},
            {QStringLiteral("demands"), demands},
            {QStringLiteral("support"), p.support},
            {QStringLiteral("resources"), resources},
            {QStringLiteral("assessment"),
             p.assessmentId ? QJsonValue(p.assessmentId->toString()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("bundle"), p.bundleId ? QJsonValue(p.bundleId->toString()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("is_bundle"), p.isBundle},
            {QStringLiteral("planned_year"), json(p.plannedYear)},
            {QStringLiteral("decision_reason"), p.decisionReason},
            {QStringLiteral("priority"), priorityJson(cc::planning::priorityOf(p))}};
}

} // namespace

// Reads an optional number option; a malformed one is a usage error (message in `error`).
std::optional<double> Cli::numberOption(const CommandLine& cl, const QString& name, QString& error)
{
    if (!cl.has(name))
        return std::nullopt;
    static const QRegularExpression decimal(QStringLiteral(R"(^[+-]?(\d+(\.\d+)?|\.\d+)$)"));
    const QString text = cl.value(name).trimmed();
    if (!decimal.match(text).hasMatch()) {
        error = tr("--%1 must be a number, not \"%2\"").arg(name, text);
        return std::nullopt;
    }
    return text.toDouble();
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
            list.append(projectJson(p));
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
            list.append(projectJson(p));
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
    m_out << tr("%n project(s) written to %1", nullptr, static_cast<int>(projects->size()))
                 .arg(QDir::toNativeSeparators(output))
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
    if (const auto problem = cl.parse(tokens,
                                      {{},
                                       {QStringLiteral("name"),
                                        QStringLiteral("scope"),
                                        QStringLiteral("quantity"),
                                        QStringLiteral("unit"),
                                        QStringLiteral("unit-cost"),
                                        QStringLiteral("cost"),
                                        QStringLiteral("responsible"),
                                        QStringLiteral("class"),
                                        QStringLiteral("time-bound"),
                                        QStringLiteral("year"),
                                        QStringLiteral("status"),
                                        QStringLiteral("reason"),
                                        QStringLiteral("resource")},
                                       {QStringLiteral("resource")},
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
    if (!openWorkspace(false))
        return Failure;
    auto project = m_workspace->projects().resolve(cl.args().at(0));
    if (!project)
        return fail(project.error());
    cc::Project p = *project;
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

int Cli::cmdDemandsAdd(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens,
                                      {{},
                                       {QStringLiteral("community"),
                                        QStringLiteral("text"),
                                        QStringLiteral("task"),
                                        QStringLiteral("place"),
                                        QStringLiteral("source"),
                                        QStringLiteral("date"),
                                        QStringLiteral("support"),
                                        QStringLiteral("indicator")},
                                       {QStringLiteral("indicator")},
                                       0,
                                       0}))
        return usageError(*problem, m_command);
    if (!cl.has(QStringLiteral("community")) || !cl.has(QStringLiteral("text")))
        return usageError(tr("give --community C and --text T"), m_command);
    cc::Demand d;
    d.text = cl.value(QStringLiteral("text"));
    d.taskCode = cl.value(QStringLiteral("task"));
    d.place = cl.value(QStringLiteral("place"));
    if (cl.has(QStringLiteral("source"))) {
        const auto source = cc::demandSourceFromString(cl.value(QStringLiteral("source")));
        if (!source)
            return usageError(
                tr("unknown source \"%1\" (meeting, survey, hotline, grid)").arg(cl.value(QStringLiteral("source"))),
                m_command);
        d.source = *source;
    }
    if (cl.has(QStringLiteral("date"))) {
        d.date = QDate::fromString(cl.value(QStringLiteral("date")), Qt::ISODate);
        if (!d.date.isValid())
            return usageError(tr("--date is YYYY-MM-DD, not \"%1\"").arg(cl.value(QStringLiteral("date"))), m_command);
    }
    if (cl.has(QStringLiteral("support"))) {
        bool ok = false;
        d.support = cl.value(QStringLiteral("support")).toInt(&ok);
        if (!ok || d.support < 0)
            return usageError(tr("--support is a whole number of residents"), m_command);
    }
    d.indicatorCodes = cl.values(QStringLiteral("indicator"));
    if (!openWorkspace(false))
        return Failure;
    auto added = m_workspace->lists().addDemand(d, cl.value(QStringLiteral("community")));
    if (!added)
        return fail(added.error());
    m_out << added->id.toString() << '\n';
    return Success;
}

int Cli::cmdDemandsList(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {QStringLiteral("community")}, {}, 0, 0}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto demands = m_workspace->lists().demands(cl.value(QStringLiteral("community")));
    if (!demands)
        return fail(demands.error());
    if (cl.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const cc::Demand& d : *demands) {
            list.append(QJsonObject {
                {QStringLiteral("id"), d.id.toString()},
                {QStringLiteral("community"), d.communityCode},
                {QStringLiteral("text"), d.text},
                {QStringLiteral("task"), d.taskCode},
                {QStringLiteral("place"), d.place},
                {QStringLiteral("source"), toString(d.source)},
                {QStringLiteral("date"),
                 d.date.isValid() ? QJsonValue(d.date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("support"), d.support},
                {QStringLiteral("indicators"), QJsonArray::fromStringList(d.indicatorCodes)}});
        }
        printJson(QJsonDocument(list));
        return Success;
    }
    TextTable table({tr("Community"), tr("Demand"), tr("Task"), tr("Source"), tr("Supporters")});
    for (const cc::Demand& d : *demands)
        table.addRow({d.communityCode, d.text, d.taskCode, toString(d.source), QString::number(d.support)});
    table.print(m_out);
    return Success;
}

int Cli::cmdTalliesImport(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {}, {}, 2, 2}))
        return usageError(*problem, m_command);
    const QString path = cl.args().at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(cc::makeError(cc::ErrorCode::Io,
                                  tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
    if (!openWorkspace(false))
        return Failure;
    auto imported = m_workspace->lists().importTallies(cl.args().at(0), file.readAll(), QFileInfo(path).fileName());
    if (!imported)
        return fail(imported.error());
    m_out << tr("%n survey item(s) imported.", nullptr, static_cast<int>(imported->size())) << '\n';
    return Success;
}

int Cli::cmdResourcesAdd(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens,
                                      {{},
                                       {QStringLiteral("kind"),
                                        QStringLiteral("name"),
                                        QStringLiteral("community"),
                                        QStringLiteral("county"),
                                        QStringLiteral("area"),
                                        QStringLiteral("place"),
                                        QStringLiteral("owner"),
                                        QStringLiteral("amount"),
                                        QStringLiteral("year"),
                                        QStringLiteral("note")},
                                       {},
                                       0,
                                       0}))
        return usageError(*problem, m_command);
    const auto kind = cc::resourceKindFromString(cl.value(QStringLiteral("kind")));
    if (!kind)
        return usageError(tr("--kind is room, land, fund or operator"), m_command);
    if (cl.has(QStringLiteral("community")) == cl.has(QStringLiteral("county")))
        return usageError(tr("give --community C, or --county NAME for a county-wide resource"), m_command);
    QString error;
    cc::Resource r;
    r.kind = *kind;
    r.name = cl.value(QStringLiteral("name"));
    r.county = cl.value(QStringLiteral("county"));
    r.areaM2 = numberOption(cl, QStringLiteral("area"), error);
    r.amountWan = numberOption(cl, QStringLiteral("amount"), error);
    const auto year = numberOption(cl, QStringLiteral("year"), error);
    if (!error.isEmpty())
        return usageError(error, m_command);
    if (year)
        r.year = static_cast<int>(*year);
    r.place = cl.value(QStringLiteral("place"));
    r.owner = cl.value(QStringLiteral("owner"));
    r.note = cl.value(QStringLiteral("note"));
    if (!openWorkspace(false))
        return Failure;
    auto added = m_workspace->lists().addResource(r, cl.value(QStringLiteral("community")));
    if (!added)
        return fail(added.error());
    m_out << added->id.toString() << '\n';
    return Success;
}

int Cli::cmdResourcesList(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {QStringLiteral("county")}, {}, 0, 0}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto resources = m_workspace->lists().resources(cl.value(QStringLiteral("county")));
    if (!resources)
        return fail(resources.error());
    if (cl.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const cc::Resource& r : *resources) {
            list.append(QJsonObject {{QStringLiteral("id"), r.id.toString()},
                                     {QStringLiteral("community"), r.communityCode},
                                     {QStringLiteral("county"), r.county},
                                     {QStringLiteral("kind"), toString(r.kind)},
                                     {QStringLiteral("name"), r.name},
                                     {QStringLiteral("area_m2"), json(r.areaM2)},
                                     {QStringLiteral("place"), r.place},
                                     {QStringLiteral("owner"), r.owner},
                                     {QStringLiteral("amount_wan"), json(r.amountWan)},
                                     {QStringLiteral("year"), json(r.year)}});
        }
        printJson(QJsonDocument(list));
        return Success;
    }
    TextTable table({tr("County"), tr("Community"), tr("Kind"), tr("Resource"), tr("Owner")});
    for (const cc::Resource& r : *resources)
        table.addRow({r.county, r.communityCode, toString(r.kind), r.name, r.owner});
    table.print(m_out);
    return Success;
}

int Cli::cmdPricesSet(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {QStringLiteral("county"), QStringLiteral("note")}, {}, 2, 2}))
        return usageError(*problem, m_command);
    static const QRegularExpression decimal(QStringLiteral(R"(^[+-]?(\d+(\.\d+)?|\.\d+)$)"));
    if (!decimal.match(cl.args().at(1)).hasMatch())
        return usageError(tr("the unit cost (万元) must be a number, not \"%1\"").arg(cl.args().at(1)), m_command);
    if (!openWorkspace(false))
        return Failure;
    auto set = m_workspace->lists().setPrice({cl.args().at(0),
                                              cl.value(QStringLiteral("county")),
                                              cl.args().at(1).toDouble(),
                                              cl.value(QStringLiteral("note"))});
    if (!set)
        return fail(set.error());
    return Success;
}

int Cli::cmdPricesList(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {}, {}, 0, 0}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto prices = m_workspace->lists().prices();
    if (!prices)
        return fail(prices.error());
    if (cl.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const cc::PriceEntry& e : *prices)
            list.append(QJsonObject {{QStringLiteral("template"), e.templateCode},
                                     {QStringLiteral("county"), e.county},
                                     {QStringLiteral("unit_cost"), e.unitCost},
                                     {QStringLiteral("note"), e.note}});
        printJson(QJsonDocument(list));
        return Success;
    }
    TextTable table({tr("Template"), tr("County"), tr("Unit cost (万元)"), tr("Note")});
    for (const cc::PriceEntry& e : *prices)
        table.addRow(
            {e.templateCode, e.county.isEmpty() ? tr("(everywhere)") : e.county, QString::number(e.unitCost), e.note});
    table.print(m_out);
    return Success;
}

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
    if (suffix == u"pdf") {
        if (auto written = PlanPdf::write(*built, output); !written)
            return fail(written.error());
    } else if (!output.isEmpty()) {
        if (auto written = cc::io::TableExport::write(cc::report::ProjectTables::plan(*built), output); !written)
            return fail(written.error());
    }
    if (cl.has(QStringLiteral("json"))) {
        QJsonArray selected, deferred;
        for (const auto& line : built->lines) {
            QJsonObject o = projectJson(line.project);
            o.insert(QStringLiteral("rank"), line.line.rank);
            o.insert(QStringLiteral("priority"), priorityJson(line.priority));
            if (line.line.selected) {
                selected.append(o);
            } else {
                o.insert(QStringLiteral("reason"), line.line.reason);
                deferred.append(o);
            }
        }
        printJson(QJsonDocument(QJsonObject {{QStringLiteral("county"), built->plan.county},
                                             {QStringLiteral("year"), built->plan.year},
                                             {QStringLiteral("budget"), built->plan.budget},
                                             {QStringLiteral("total_cost"), built->plan.totalCost},
                                             {QStringLiteral("selected"), selected},
                                             {QStringLiteral("deferred"), deferred}}));
        return Success;
    }
    m_out << tr("Annual plan %1 %2: %3 of %4 万元 for %n project(s).",
                nullptr,
                static_cast<int>(std::count_if(
                    built->lines.begin(), built->lines.end(), [](const auto& l) { return l.line.selected; })))
                 .arg(built->plan.county)
                 .arg(year)
                 .arg(built->plan.totalCost, 0, 'f', 2)
                 .arg(*budget, 0, 'f', 2)
          << '\n';
    TextTable table(
        {tr("Rank"), tr("In"), tr("Community"), tr("Project"), tr("Cost (万元)"), tr("Priority"), tr("Why deferred")});
    for (const auto& l : built->lines) {
        table.addRow({QString::number(l.line.rank),
                      l.line.selected ? tr("yes") : QStringLiteral("-"),
                      l.project.communityCode,
                      l.project.name,
                      wan(l.line.cost),
                      QString::number(l.priority.score, 'f', 1),
                      l.line.reason});
    }
    table.print(m_out);
    if (!output.isEmpty())
        m_out << tr("Written to %1").arg(QDir::toNativeSeparators(output)) << '\n';
    return Success;
}
