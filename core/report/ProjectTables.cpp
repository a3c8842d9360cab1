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

// "中央补助 60；地方财政 40"
QString fundingText(const Project& p)
{
    QStringList parts;
    for (const FundingShare& f : p.funding)
        parts << chineseName(f.source) + u' ' + QString::number(f.amount, 'f', 2);
    return parts.join(QStringLiteral("；"));
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
                tr("Lead unit"),
                tr("Cooperating units"),
                tr("Implementer"),
                tr("Location"),
                tr("Deadline"),
                tr("Start year"),
                tr("End year"),
                tr("Funding sources"),
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
    t.widths = {38, 12, 14, 10, 30, 10, 8, 10, 8, 6, 10, 10, 24, 30, 18, 16, 11,
                8,  8,  30, 16, 8,  8,  8, 8,  8, 8, 8,  8,  38, 38, 20, 30};
    for (const Project& p : projects) {
        const planning::Priority pr = planning::priorityOf(p);
        t.rows.push_back(
            {p.id.toString(),
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
             p.cooperatingUnits.join(QStringLiteral("、")),
             p.implementer,
             p.location,
             p.deadline.isValid() ? QVariant(p.deadline) : QVariant(),
             p.startYear ? QVariant(*p.startYear) : QVariant(),
             p.endYear ? QVariant(*p.endYear) : QVariant(p.startYear ? QVariant(*p.startYear) : QVariant()),
             fundingText(p),
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

} // namespace cc::report
