// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ProjectTables.h"

#include "core/planning/Priority.h"
#include "core/planning/StatusName.h"

namespace cc::report {

namespace {

QVariant number(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant round2(double v)
{
    return QVariant(std::floor(v * 100 + 0.5) / 100);
}

} // namespace

io::Table ProjectTables::projects(const std::vector<Project>& projects)
{
    io::Table t;
    t.name = tr("Projects");
    t.header = {tr("ID"),
                tr("Community code"),
                tr("Community"),
                tr("County"),
                tr("Project"),
                tr("Status"),
                tr("Class"),
                tr("Category"),
                tr("Quantity"),
                tr("Unit"),
                tr("Unit cost (万元)"),
                tr("Cost (万元)"),
                tr("Responsible unit"),
                tr("From indicators"),
                tr("Demands"),
                tr("Supporters"),
                tr("Priority"),
                tr("Severity part"),
                tr("Support part"),
                tr("Cost-effectiveness part"),
                tr("Resources part"),
                tr("Planned year"),
                tr("Bundle"),
                tr("From check"),
                tr("Decision reason"),
                tr("Scope")};
    t.widths = {38, 12, 14, 10, 30, 10, 8, 10, 8, 6, 10, 10, 24, 16, 8, 8, 8, 8, 8, 8, 8, 8, 38, 38, 20, 30};
    for (const Project& p : projects) {
        const planning::Priority pr = planning::priorityOf(p);
        t.rows.push_back({p.id.toString(),
                          p.communityCode,
                          p.communityName,
                          p.county,
                          p.name,
                          planning::statusName(p.status),
                          p.projectClass,
                          p.timeBound ? tr("time-bound (限时解决)") : tr("best effort (尽力解决)"),
                          number(p.quantity),
                          p.unit,
                          number(p.unitCost),
                          number(p.cost),
                          p.responsibleUnit,
                          p.problemCodes.join(u';'),
                          static_cast<int>(p.demandIds.size()),
                          p.support,
                          round2(pr.score),
                          round2(pr.severity),
                          round2(pr.support),
                          round2(pr.costEffectiveness),
                          round2(pr.resources),
                          p.plannedYear ? QVariant(*p.plannedYear) : QVariant(),
                          p.bundleId ? p.bundleId->toString() : QString(),
                          p.assessmentId ? p.assessmentId->toString() : QString(),
                          p.decisionReason,
                          p.scope});
    }
    return t;
}

std::vector<io::Table> ProjectTables::plan(const planning::PlanView& view)
{
    io::Table lines;
    lines.name = tr("Plan %1 %2").arg(view.plan.county).arg(view.plan.year);
    lines.header = {tr("Rank"),
                    tr("In the plan"),
                    tr("ID"),
                    tr("Community"),
                    tr("Project"),
                    tr("Category"),
                    tr("Cost (万元)"),
                    tr("Priority"),
                    tr("Severity part"),
                    tr("Support part"),
                    tr("Cost-effectiveness part"),
                    tr("Resources part"),
                    tr("Why deferred")};
    lines.widths = {6, 8, 38, 14, 30, 12, 10, 8, 8, 8, 8, 8, 36};
    for (const auto& l : view.lines) {
        lines.rows.push_back({l.line.rank,
                              l.line.selected ? tr("yes") : tr("deferred"),
                              l.project.id.toString(),
                              l.project.communityName,
                              l.project.name,
                              l.project.timeBound ? tr("time-bound (限时解决)") : tr("best effort (尽力解决)"),
                              number(l.line.cost),
                              round2(l.priority.score),
                              round2(l.priority.severity),
                              round2(l.priority.support),
                              round2(l.priority.costEffectiveness),
                              round2(l.priority.resources),
                              l.line.reason});
    }
    io::Table parts;
    parts.name = tr("Plan texts");
    parts.header = {tr("Part"), tr("Text")};
    parts.widths = {16, 100};
    parts.rows = {{tr("County"), view.plan.county},
                  {tr("Year"), view.plan.year},
                  {tr("Budget (万元)"), view.plan.budget},
                  {tr("Total cost (万元)"), view.plan.totalCost},
                  {tr("Specific tasks (具体任务)"), view.plan.tasks},
                  {tr("Key projects (重点项目)"), view.plan.keyProjects},
                  {tr("Requirements (实施要求)"), view.plan.requirements},
                  {tr("Schedule (时序安排)"), view.plan.schedule},
                  {tr("Safeguards (保障措施)"), view.plan.safeguards}};
    return {lines, parts};
}

} // namespace cc::report
