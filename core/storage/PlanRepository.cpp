// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PlanRepository.h"

#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>

namespace cc::storage {

void PlanRepository::savePlan(const Plan& plan)
{
    const QString op = QStringLiteral("saving the plan");
    QSqlQuery drop =
        prepareOrThrow(m_db, QStringLiteral("DELETE FROM plans WHERE county = :county AND plan_year = :year"), op);
    drop.bindValue(QStringLiteral(":county"), plan.county);
    drop.bindValue(QStringLiteral(":year"), plan.year);
    execOrThrow(drop, op);
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral(
            "INSERT INTO plans (uuid, county, plan_year, budget, total_cost, tasks, key_projects, requirements,"
            " schedule, safeguards, built_at, built_by, mandatory_cost, shortfall) VALUES (:uuid, :county, :year,"
            " :budget, :total, :tasks, :key, :requirements, :schedule, :safeguards, :at, '', :mandatory,"
            " :shortfall) RETURNING id"),
        op);
    q.bindValue(QStringLiteral(":uuid"), plan.id.toString());
    q.bindValue(QStringLiteral(":county"), plan.county);
    q.bindValue(QStringLiteral(":year"), plan.year);
    q.bindValue(QStringLiteral(":budget"), plan.budget);
    q.bindValue(QStringLiteral(":total"), plan.totalCost);
    q.bindValue(QStringLiteral(":tasks"), notNull(plan.tasks));
    q.bindValue(QStringLiteral(":key"), notNull(plan.keyProjects));
    q.bindValue(QStringLiteral(":requirements"), notNull(plan.requirements));
    q.bindValue(QStringLiteral(":schedule"), notNull(plan.schedule));
    q.bindValue(QStringLiteral(":safeguards"), notNull(plan.safeguards));
    q.bindValue(QStringLiteral(":at"), timestamp(plan.builtAt));
    q.bindValue(QStringLiteral(":mandatory"), plan.mandatoryCost);
    q.bindValue(QStringLiteral(":shortfall"), plan.shortfall);
    execOrThrow(q, op);
    q.next();
    const qint64 planRow = q.value(0).toLongLong();
    for (const PlanLine& line : plan.lines) {
        QSqlQuery item = prepareOrThrow(
            m_db,
            QStringLiteral("INSERT INTO plan_items (plan_id, project_id, selected, rank, cost, priority, reason,"
                           " year_cost, measure) VALUES (:plan, :project, :selected, :rank, :cost, :priority,"
                           " :reason, :yearCost, :measure)"),
            op);
        item.bindValue(QStringLiteral(":plan"), planRow);
        item.bindValue(QStringLiteral(":project"), rowIdOf(m_db, "projects", line.projectId.toString(), op));
        item.bindValue(QStringLiteral(":selected"), line.selected ? 1 : 0);
        item.bindValue(QStringLiteral(":rank"), line.rank);
        item.bindValue(QStringLiteral(":cost"), nullable(line.cost));
        item.bindValue(QStringLiteral(":priority"), line.priority);
        item.bindValue(QStringLiteral(":reason"), notNull(line.reason));
        item.bindValue(QStringLiteral(":yearCost"), nullable(line.yearCost));
        item.bindValue(QStringLiteral(":measure"), line.measure ? 1 : 0);
        execOrThrow(item, op);
    }
}

void PlanRepository::deletePlan(const QString& county, int year)
{
    const QString op = QStringLiteral("removing the plan");
    QSqlQuery q =
        prepareOrThrow(m_db, QStringLiteral("DELETE FROM plans WHERE county = :county AND plan_year = :year"), op);
    q.bindValue(QStringLiteral(":county"), county);
    q.bindValue(QStringLiteral(":year"), year);
    execOrThrow(q, op);
}

std::optional<Plan> PlanRepository::plan(const QString& county, int year)
{
    const QString op = QStringLiteral("reading the plan");
    QSqlQuery q =
        prepareOrThrow(m_db,
                       QStringLiteral("SELECT id, uuid, budget, total_cost, tasks, key_projects, requirements,"
                                      " schedule, safeguards, built_at, mandatory_cost, shortfall FROM plans"
                                      " WHERE county = :county AND"
                                      " plan_year = :year"),
                       op);
    q.bindValue(QStringLiteral(":county"), county);
    q.bindValue(QStringLiteral(":year"), year);
    execOrThrow(q, op);
    if (!q.next())
        return std::nullopt;
    Plan plan;
    const qint64 row = q.value(0).toLongLong();
    plan.id = PlanId::fromString(q.value(1).toString());
    plan.county = county;
    plan.year = year;
    plan.budget = q.value(2).toDouble();
    plan.totalCost = q.value(3).toDouble();
    plan.tasks = q.value(4).toString();
    plan.keyProjects = q.value(5).toString();
    plan.requirements = q.value(6).toString();
    plan.schedule = q.value(7).toString();
    plan.safeguards = q.value(8).toString();
    plan.builtAt = toDateTime(q.value(9));
    plan.mandatoryCost = q.value(10).toDouble();
    plan.shortfall = q.value(11).toDouble();
    QSqlQuery items = prepareOrThrow(m_db,
                                     QStringLiteral("SELECT p.uuid, i.selected, i.rank, i.cost, i.priority, i.reason,"
                                                    " i.year_cost, i.measure"
                                                    " FROM plan_items i JOIN projects p ON p.id = i.project_id"
                                                    " WHERE i.plan_id = :plan ORDER BY i.rank"),
                                     op);
    items.bindValue(QStringLiteral(":plan"), row);
    execOrThrow(items, op);
    while (items.next()) {
        plan.lines.push_back({ProjectId::fromString(items.value(0).toString()),
                              items.value(1).toInt() != 0,
                              items.value(2).toInt(),
                              optionalDouble(items.value(3)),
                              items.value(4).toDouble(),
                              items.value(5).toString(),
                              optionalDouble(items.value(6)),
                              items.value(7).toInt() != 0});
    }
    return plan;
}

} // namespace cc::storage
