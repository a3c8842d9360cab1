// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/PlanDocument.h"

#include "core/planning/ProjectMoney.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace cc::report {

namespace {

using Line = planning::PlanView::Line;

double round2(double v)
{
    return std::floor(v * 100 + 0.5) / 100;
}

QString wan(double v)
{
    return QString::number(round2(v), 'f', 2);
}

bool isProject(const Line& l)
{
    return l.line.selected && !l.line.measure;
}

double yearCost(const Line& l)
{
    return l.line.yearCost.value_or(0);
}

// Quantity and unit, then the scope, then the place: 建设内容及规模.
QString contentOf(const Project& p)
{
    QStringList parts;
    if (p.quantity && !p.unit.isEmpty())
        parts << QString::number(*p.quantity, 'g', 10) + p.unit;
    if (!p.scope.isEmpty() && p.scope != p.name)
        parts << p.scope;
    if (!p.location.isEmpty())
        parts << p.location;
    return parts.join(QStringLiteral("；"));
}

template <typename Key>
void addTo(std::vector<std::pair<Key, double>>& totals, const Key& key, double amount)
{
    auto it = std::find_if(totals.begin(), totals.end(), [&](const auto& e) { return e.first == key; });
    if (it == totals.end())
        totals.emplace_back(key, amount);
    else
        it->second += amount;
}

} // namespace

std::vector<FundingShare> PlanDocuments::yearFunding(const Line& line, double& unassigned)
{
    const Project& p = line.project;
    const double year = yearCost(line);
    if (p.funding.empty() || !p.cost || *p.cost <= 0) {
        unassigned += year;
        return {};
    }
    // The split scaled to this year's share, in hundredths of 万元; the last source takes the rest.
    const long long total = planning::ProjectMoney::cents(year);
    long long given = 0;
    std::vector<FundingShare> out;
    for (size_t i = 0; i < p.funding.size(); ++i) {
        long long part = i + 1 == p.funding.size()
            ? total - given
            : std::llround(static_cast<double>(total) * p.funding[i].amount / *p.cost);
        given += part;
        out.push_back({p.funding[i].source, static_cast<double>(part) / 100.0});
    }
    return out;
}

PlanDocument PlanDocuments::build(const planning::PlanView& view, const PlanContext& context)
{
    const Plan& plan = view.plan;
    PlanDocument doc;
    doc.title = tr("%1 %2 annual implementation plan for community renewal").arg(plan.county).arg(plan.year);
    int selected = 0, deferred = 0, measures = 0;
    QStringList communities;
    for (const Line& l : view.lines) {
        if (l.line.measure)
            ++measures;
        else if (l.line.selected)
            ++selected;
        else
            ++deferred;
        if (isProject(l) && !communities.contains(l.project.communityCode))
            communities << l.project.communityCode;
    }
    doc.summary << tr("Budget %1 万元; planned this year %2 万元 for %3 projects in %4 communities, of which %5 万元 "
                      "for 限时解决 projects.")
                       .arg(wan(plan.budget), wan(plan.totalCost))
                       .arg(selected)
                       .arg(communities.size())
                       .arg(wan(plan.mandatoryCost))
                << tr("%1 projects deferred; %2 management measures outside the budget. Built %3.")
                       .arg(deferred)
                       .arg(measures)
                       .arg(QLocale().toString(plan.builtAt.toLocalTime().date(), QLocale::LongFormat));
    if (plan.shortfall > 0)
        doc.shortfall =
            tr("Shortfall %1 万元: the 限时解决 projects alone need %2 万元 this year, more than the budget "
               "of %3 万元. They are obligations and stay in the plan; the county must find the rest. No "
               "other project is selected.")
                .arg(wan(plan.shortfall), wan(plan.mandatoryCost), wan(plan.budget));

    // The plan table.
    doc.projects.name = tr("Plan");
    doc.projects.header = {tr("No."),
                           tr("Community"),
                           tr("Project"),
                           tr("Content and scale"),
                           tr("Class"),
                           tr("Time-bound / best effort"),
                           tr("Lead unit"),
                           tr("Cooperating units"),
                           tr("Implementer"),
                           tr("This year (万元)"),
                           tr("Funding sources"),
                           tr("Start – completion")};
    doc.projects.widths = {5, 18, 24, 26, 8, 12, 16, 22, 16, 10, 22, 16}; // a community's name on one line
    std::vector<std::pair<FundingSource, double>> bySource;
    double unassigned = 0;
    std::vector<std::pair<QString, double>> byProgramme, byLead;
    std::map<QString, int> programmeCount, leadCount;
    int number = 0;
    double total = 0;
    for (const Line& l : view.lines) {
        if (!isProject(l))
            continue;
        const Project& p = l.project;
        QStringList sources;
        for (const FundingShare& f : yearFunding(l, unassigned)) {
            sources << chineseName(f.source) + u' ' + wan(f.amount);
            addTo(bySource, f.source, f.amount);
        }
        if (p.funding.empty())
            sources << tr("to be assigned");
        QString when = p.startYear
            ? (p.endYear && *p.endYear != *p.startYear ? QStringLiteral("%1—%2").arg(*p.startYear).arg(*p.endYear)
                                                       : QString::number(*p.startYear))
            : QString::number(plan.year);
        if (p.timeBound && p.deadline.isValid())
            when += u'\n' + tr("due %1").arg(p.deadline.toString(Qt::ISODate));
        doc.projects.rows.push_back({++number,
                                     p.communityName,
                                     p.name,
                                     contentOf(p),
                                     p.projectClass,
                                     p.timeBound ? tr("限时解决") : tr("尽力解决"),
                                     p.responsibleUnit,
                                     p.cooperatingUnits.join(QStringLiteral("、")),
                                     p.implementer,
                                     l.line.yearCost ? QVariant(round2(*l.line.yearCost)) : QVariant(),
                                     sources.join(QStringLiteral("；")),
                                     when});
        doc.timeBound.push_back(p.timeBound);
        total += yearCost(l);
        const auto where = context.byProject.value(p.id.toString());
        const QString programme = where.programmeCode.isEmpty()
            ? tr("Residents' demands")
            : QString(where.programmeCode + u' ' + where.programmeName);
        addTo(byProgramme, programme, yearCost(l));
        ++programmeCount[programme];
        const QString lead = p.responsibleUnit.isEmpty() ? tr("(no lead unit)") : p.responsibleUnit;
        addTo(byLead, lead, yearCost(l));
        ++leadCount[lead];
    }
    doc.projects.rows.push_back({QVariant(),
                                 tr("Total"),
                                 QVariant(),
                                 QVariant(),
                                 QVariant(),
                                 QVariant(),
                                 QVariant(),
                                 QVariant(),
                                 QVariant(),
                                 round2(total),
                                 QVariant(),
                                 QVariant()});
    doc.timeBound.push_back(false);

    doc.measures.name = tr("Measures");
    doc.measures.header = {tr("No."), tr("Community"), tr("Measure"), tr("Lead unit"), tr("Cooperating units")};
    doc.measures.widths = {5, 16, 40, 18, 30};
    number = 0;
    for (const Line& l : view.lines) {
        if (l.line.measure)
            doc.measures.rows.push_back({++number,
                                         l.project.communityName,
                                         l.project.name,
                                         l.project.responsibleUnit,
                                         l.project.cooperatingUnits.join(QStringLiteral("、"))});
    }

    doc.deferred.name = tr("Deferred");
    doc.deferred.header = {
        tr("Rank"), tr("Community"), tr("Project"), tr("Class"), tr("This year (万元)"), tr("Why deferred")};
    doc.deferred.widths = {6, 16, 30, 6, 10, 50};
    for (const Line& l : view.lines) {
        if (!l.line.selected)
            doc.deferred.rows.push_back({l.line.rank,
                                         l.project.communityName,
                                         l.project.name,
                                         l.project.projectClass,
                                         l.line.yearCost ? QVariant(round2(*l.line.yearCost)) : QVariant(),
                                         l.line.reason});
    }

    doc.bySource.name = tr("By source");
    doc.bySource.header = {tr("Funding source"), tr("This year (万元)")};
    doc.bySource.widths = {24, 14};
    for (FundingSource s : allFundingSources()) {
        const auto it = std::find_if(bySource.begin(), bySource.end(), [&](const auto& e) { return e.first == s; });
        if (it != bySource.end())
            doc.bySource.rows.push_back({chineseName(s), round2(it->second)});
    }
    if (unassigned > 0)
        doc.bySource.rows.push_back({tr("Not yet assigned to a source"), round2(unassigned)});
    doc.bySource.rows.push_back({tr("Total"), round2(total)});
    if (plan.shortfall > 0)
        doc.bySource.rows.push_back({tr("Of which beyond the budget (shortfall)"), round2(plan.shortfall)});

    const auto totals = [&](io::Table& table,
                            const QString& name,
                            const QString& what,
                            std::vector<std::pair<QString, double>> rows,
                            const std::map<QString, int>& counts) {
        std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        table.name = name;
        table.header = {what, tr("Projects"), tr("This year (万元)"), tr("Share")};
        table.widths = {34, 10, 14, 10};
        for (const auto& [key, amount] : rows)
            table.rows.push_back({key,
                                  counts.at(key),
                                  round2(amount),
                                  total > 0 ? QString::number(100.0 * amount / total, 'f', 1) + u'%' : QString()});
    };
    totals(doc.byProgramme, tr("By programme"), tr("Programme"), byProgramme, programmeCount);
    totals(doc.byLeadUnit, tr("By lead unit"), tr("Lead unit"), byLead, leadCount);

    const std::array<QString, 5> headings {tr("1. Specific tasks (具体任务)"),
                                           tr("2. Key projects (重点项目)"),
                                           tr("3. Requirements (实施要求)"),
                                           tr("4. Schedule (时序安排)"),
                                           tr("5. Safeguards (保障措施)")};
    const std::array<QString, 5> texts {
        plan.tasks, plan.keyProjects, plan.requirements, plan.schedule, plan.safeguards};
    const auto drafts = draft(view, context);
    for (size_t i = 0; i < 5; ++i) // never blank: an empty part prints its draft
        doc.parts[i] = {headings[i], texts[i].trimmed().isEmpty() ? drafts[i] : texts[i]};
    return doc;
}

std::array<QString, 5> PlanDocuments::draft(const planning::PlanView& view, const PlanContext& context)
{
    const Plan& plan = view.plan;
    std::vector<const Line*> projects, obligations, measures;
    QStringList communities;
    for (const Line& l : view.lines) {
        if (l.line.measure)
            measures.push_back(&l);
        if (!isProject(l))
            continue;
        projects.push_back(&l);
        if (l.project.timeBound)
            obligations.push_back(&l);
        if (!communities.contains(l.project.communityCode))
            communities << l.project.communityCode;
    }
    std::array<QString, 5> out;

    // 1. Tasks covered, and how many communities each reaches.
    QStringList tasks;
    tasks
        << tr("In %1 this year: %2 projects in %3 communities, %4 万元, of which %5 限时解决 projects (%6 万元) to be "
              "completed by their deadlines; %7 management measures.")
               .arg(plan.county)
               .arg(projects.size())
               .arg(communities.size())
               .arg(wan(plan.totalCost))
               .arg(obligations.size())
               .arg(wan(plan.mandatoryCost))
               .arg(measures.size());
    struct TaskTotal
    {
        QString name;
        int projects = 0;
        QStringList communities;
        double amount = 0;
    };
    std::vector<std::pair<QString, TaskTotal>> byTask;
    for (const Line* l : projects) {
        const auto where = context.byProject.value(l->project.id.toString());
        const QString key = where.taskCode.isEmpty() ? QStringLiteral("~") : where.taskCode;
        auto it = std::find_if(byTask.begin(), byTask.end(), [&](const auto& e) { return e.first == key; });
        if (it == byTask.end()) {
            byTask.emplace_back(key,
                                TaskTotal {where.taskCode.isEmpty() ? tr("residents' demands")
                                                                    : QString(where.taskCode + u' ' + where.taskName),
                                           0,
                                           {},
                                           0});
            it = byTask.end() - 1;
        }
        ++it->second.projects;
        if (!it->second.communities.contains(l->project.communityCode))
            it->second.communities << l->project.communityCode;
        it->second.amount += yearCost(*l);
    }
    std::sort(byTask.begin(), byTask.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [code, t] : byTask)
        tasks << tr("· %1: %n project(s) in %2 communities, %3 万元.", nullptr, t.projects)
                     .arg(t.name)
                     .arg(t.communities.size())
                     .arg(wan(t.amount));
    out[0] = tasks.join(u'\n');

    // 2. Key projects: every obligation, then the largest of the others.
    QStringList key;
    const auto describe = [&](const Line* l) {
        const Project& p = l->project;
        QString s = tr("· %1 %2: %3 万元 this year, led by %4")
                        .arg(p.communityName, p.name, wan(yearCost(*l)), p.responsibleUnit);
        if (!p.implementer.isEmpty())
            s += tr(", carried out by %1").arg(p.implementer);
        if (p.timeBound && p.deadline.isValid())
            s += tr(", due %1").arg(p.deadline.toString(Qt::ISODate));
        return QString(s + tr("."));
    };
    if (!obligations.empty()) {
        key << tr("限时解决 (obligations, selected whatever the budget):");
        for (const Line* l : obligations)
            key << describe(l);
    }
    std::vector<const Line*> others;
    for (const Line* l : projects) {
        if (!l->project.timeBound)
            others.push_back(l);
    }
    std::stable_sort(
        others.begin(), others.end(), [](const Line* a, const Line* b) { return yearCost(*a) > yearCost(*b); });
    if (!others.empty()) {
        key << tr("The largest of the other projects:");
        for (size_t i = 0; i < std::min<size_t>(5, others.size()); ++i)
            key << describe(others[i]);
    }
    if (key.isEmpty())
        key << tr("No project is in the plan yet.");
    out[1] = key.join(u'\n');

    // 3. The bodies responsible.
    QStringList duties;
    std::vector<std::pair<QString, std::pair<int, double>>> leads;
    std::map<QString, int> implementers;
    for (const Line* l : projects) {
        const QString lead = l->project.responsibleUnit.isEmpty() ? tr("(no lead unit)") : l->project.responsibleUnit;
        auto it = std::find_if(leads.begin(), leads.end(), [&](const auto& e) { return e.first == lead; });
        if (it == leads.end())
            leads.push_back({lead, {1, yearCost(*l)}});
        else {
            ++it->second.first;
            it->second.second += yearCost(*l);
        }
        if (!l->project.implementer.isEmpty())
            ++implementers[l->project.implementer];
    }
    std::stable_sort(
        leads.begin(), leads.end(), [](const auto& a, const auto& b) { return a.second.second > b.second.second; });
    duties << tr("Each lead unit organises its projects with the cooperating units named in the plan table, and "
                 "reports progress to the county housing and urban-rural development bureau every quarter.");
    for (const auto& [lead, figures] : leads)
        duties << tr("· %1 leads %n project(s), %2 万元.", nullptr, figures.first).arg(lead, wan(figures.second));
    if (!implementers.empty()) {
        QStringList names;
        for (const auto& [name, count] : implementers)
            names << tr("%1 (%2)").arg(name).arg(count);
        duties << tr("Implementers: %1.").arg(names.join(QStringLiteral("、")));
    }
    const int unassignedImplementer = static_cast<int>(std::count_if(
        projects.begin(), projects.end(), [](const Line* l) { return l->project.implementer.isEmpty(); }));
    if (unassignedImplementer > 0)
        duties << tr("%n project(s) have no implementer yet: name one before the works are tendered.",
                     nullptr,
                     unassignedImplementer);
    out[2] = duties.join(u'\n');

    // 4. The schedule by quarter.
    QStringList schedule;
    schedule << tr("Q1: approval, design and tendering of the %1 projects; the 限时解决 projects first.")
                    .arg(projects.size());
    std::map<int, QStringList> dueByQuarter;
    QStringList overdue, later, continuing;
    for (const Line* l : projects) {
        const Project& p = l->project;
        if (p.endYear && *p.endYear > plan.year)
            continuing << QString(p.communityName + p.name);
        if (!p.timeBound || !p.deadline.isValid())
            continue;
        const QString item = tr("%1 %2 (due %3)").arg(p.communityName, p.name, p.deadline.toString(Qt::ISODate));
        if (p.deadline.year() < plan.year)
            overdue << item;
        else if (p.deadline.year() > plan.year)
            later << item;
        else
            dueByQuarter[(p.deadline.month() - 1) / 3 + 1] << item;
    }
    if (!overdue.isEmpty())
        schedule << tr("Past their deadline, to be done first: %1.").arg(overdue.join(QStringLiteral("；")));
    for (const auto& [quarter, items] : dueByQuarter)
        schedule << tr("Q%1: complete %2.").arg(quarter).arg(items.join(QStringLiteral("；")));
    schedule << tr("Q2–Q3: works of the other projects.");
    if (!later.isEmpty())
        schedule << tr("Due after this year: %1.").arg(later.join(QStringLiteral("；")));
    if (!continuing.isEmpty())
        schedule << tr("Continuing into the next year: %1.").arg(continuing.join(QStringLiteral("、")));
    schedule << tr("Q4: acceptance of the completed projects and the next round's check (体检).");
    out[3] = schedule.join(u'\n');

    // 5. Funding.
    QStringList funding;
    std::vector<std::pair<FundingSource, double>> bySource;
    double unassigned = 0;
    for (const Line* l : projects) {
        for (const FundingShare& f : yearFunding(*l, unassigned))
            addTo(bySource, f.source, f.amount);
    }
    QStringList parts;
    for (FundingSource s : allFundingSources()) {
        const auto it = std::find_if(bySource.begin(), bySource.end(), [&](const auto& e) { return e.first == s; });
        if (it != bySource.end())
            parts << tr("%1 %2 万元").arg(chineseName(s), wan(it->second));
    }
    funding
        << tr("This year's investment %1 万元 within a budget of %2 万元.").arg(wan(plan.totalCost), wan(plan.budget));
    if (!parts.isEmpty())
        funding << tr("By source: %1.").arg(parts.join(QStringLiteral("、")));
    if (unassigned > 0)
        funding << tr("%1 万元 is not yet assigned to a source: settle it with the finance bureau before tendering.")
                       .arg(wan(unassigned));
    if (plan.shortfall > 0)
        funding << tr("Shortfall %1 万元 for the 限时解决 projects: the county raises it (上级补助, 专项债, 统筹整合) "
                      "before their deadlines; the obligations are not deferred.")
                       .arg(wan(plan.shortfall));
    funding << tr("Projects are kept in the project library (项目库) with their funding; changes go through the plan's "
                  "revision.");
    out[4] = funding.join(u'\n');
    return out;
}

std::vector<io::Table> PlanDocuments::tables(const PlanDocument& doc)
{
    io::Table texts;
    texts.name = tr("Plan texts");
    texts.header = {tr("Part"), tr("Text")};
    texts.widths = {24, 100};
    texts.rows.push_back({tr("Title"), doc.title});
    for (const QString& line : doc.summary)
        texts.rows.push_back({tr("Summary"), line});
    if (!doc.shortfall.isEmpty())
        texts.rows.push_back({tr("Shortfall"), doc.shortfall});
    for (const auto& [heading, text] : doc.parts)
        texts.rows.push_back({heading, text});
    return {doc.projects, doc.measures, doc.deferred, doc.bySource, doc.byProgramme, doc.byLeadUnit, texts};
}

} // namespace cc::report
