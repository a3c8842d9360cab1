// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/PlanService.h"

#include "core/planning/BudgetFill.h"
#include "core/planning/ProjectMoney.h"
#include "core/services/CommunityService.h"
#include "core/services/ProjectService.h"
#include "core/services/SetService.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/Transaction.h"

#include <QHash>

#include <algorithm>

namespace cc {

using storage::PlanRepository;
using storage::ProjectRepository;

PlanService::PlanService(storage::Database& db,
                         ProjectService& projects,
                         CommunityService& communities,
                         SetService& sets,
                         const QString& userName)
    : m_db(db)
    , m_projects(projects)
    , m_communities(communities)
    , m_sets(sets)
    , m_audit(db, userName)
{ }

Result<planning::PlanView> PlanService::buildPlan(const QString& county, int year, double budgetWan)
{
    if (county.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Name the county of the plan."));
    if (year < 2000 || year > 2200)
        return makeError(ErrorCode::InvalidInput, tr("%1 is not a plan year.").arg(year));
    if (!(budgetWan >= 0) || budgetWan > 1e9)
        return makeError(ErrorCode::InvalidInput, tr("The budget must be between 0 and 1,000,000,000 万元."));
    auto communities = m_communities.list();
    if (!communities)
        return communities.error();
    if (std::none_of(communities->begin(), communities->end(), [&](const Community& c) {
            return c.county.trimmed() == county.trimmed();
        }))
        return makeError(ErrorCode::NotFound, tr("No community of the register is in the county \"%1\".").arg(county));
    auto all = m_projects.list({{}, county.trimmed(), false});
    if (!all)
        return all.error();
    // Eligible: top-level projects accepted or in the library (or scheduled for this very year), not
    // planned for another year and not starting after it; and multi-year works an earlier plan took
    // whose years include this one (their share of this year carries on).
    std::vector<const Project*> eligible;
    for (const Project& p : *all) {
        if (p.bundleId)
            continue;
        const bool open = p.status == ProjectStatus::Accepted || p.status == ProjectStatus::InLibrary
            || (p.status == ProjectStatus::Scheduled && p.plannedYear == year);
        const bool startsByThen = !p.startYear || *p.startYear <= year;
        if ((open && (!p.plannedYear || *p.plannedYear == year) && startsByThen)
            || planning::ProjectMoney::continuesInto(p, year))
            eligible.push_back(&p);
    }
    const planning::FillResult filled = planning::BudgetFill::fill(eligible, budgetWan, year);

    planning::PlanView view;
    auto existing = plan(county.trimmed(), year);
    if (!existing)
        return existing.error();
    Plan& plan = view.plan;
    if (*existing)
        plan = (*existing)->plan; // the five parts keep their text
    plan.id = PlanId::create();
    plan.county = county.trimmed();
    plan.year = year;
    plan.budget = budgetWan;
    plan.totalCost = filled.totalCost;
    plan.mandatoryCost = filled.mandatoryCost;
    plan.shortfall = filled.shortfall;
    plan.builtAt = QDateTime::currentDateTimeUtc();
    plan.lines.clear();
    view.lines.clear();
    for (const planning::FillItem& item : filled.items) {
        PlanLine line {item.project->id,
                       item.selected,
                       item.rank,
                       item.project->cost,
                       item.priority.total,
                       item.reason,
                       item.yearCost,
                       item.measure};
        plan.lines.push_back(line);
        std::vector<ProjectId> alternatives;
        for (const Project* other : item.alternatives)
            alternatives.push_back(other->id);
        view.lines.push_back({*item.project, item.priority, line, std::move(alternatives)});
    }
    auto stored = storage::inTransaction(m_db, [&] {
        ProjectRepository projects(m_db.connection());
        PlanRepository(m_db.connection()).savePlan(plan);
        const QString reason = tr("annual plan %1 %2").arg(plan.county).arg(year);
        for (auto& line : view.lines) {
            Project p = line.project;
            if (planning::ProjectMoney::continuesInto(p, year))
                continue; // planned in an earlier year: its status and year stay that plan's
            const ProjectStatus target = line.line.selected ? ProjectStatus::Scheduled : ProjectStatus::InLibrary;
            const std::optional<int> plannedYear = line.line.selected ? std::optional<int>(year) : std::nullopt;
            if (p.status == target && p.plannedYear == plannedYear)
                continue;
            if (p.status != target)
                m_audit.recordProject(p, QStringLiteral("status"), toString(p.status), toString(target), reason);
            if (p.plannedYear != plannedYear)
                m_audit.recordProject(p,
                                      QStringLiteral("planned_year"),
                                      AuditLog::number(p.plannedYear),
                                      AuditLog::number(plannedYear),
                                      reason);
            p.status = target;
            p.plannedYear = plannedYear;
            projects.updateProject(p);
            line.project = p;
            if (!p.isBundle)
                continue;
            for (Project item : projects.itemsOf(p.id)) { // a bundle's sub-items follow it
                if (item.status != target)
                    m_audit.recordProject(
                        item, QStringLiteral("status"), toString(item.status), toString(target), reason);
                item.status = target;
                item.plannedYear = plannedYear;
                projects.updateProject(item);
            }
        }
    });
    if (!stored)
        return stored.error();
    return view;
}

Result<std::optional<planning::PlanView>> PlanService::plan(const QString& county, int year)
{
    auto stored = storage::reading([&] { return PlanRepository(m_db.connection()).plan(county.trimmed(), year); });
    if (!stored)
        return stored.error();
    if (!*stored)
        return std::optional<planning::PlanView>();
    auto all = m_projects.list({{}, {}, true});
    if (!all)
        return all.error();
    QHash<QString, const Project*> byId;
    for (const Project& p : *all)
        byId.insert(p.id.toString(), &p);
    planning::PlanView view;
    view.plan = **stored;
    for (const PlanLine& line : view.plan.lines) {
        if (const Project* p = byId.value(line.projectId.toString()))
            view.lines.push_back({*p, planning::priorityOf(*p), line, {}});
    }
    for (auto& line : view.lines) {
        for (const auto& other : view.lines) {
            if (planning::BudgetFill::areAlternatives(line.project, other.project))
                line.alternatives.push_back(other.project.id);
        }
    }
    return std::optional<planning::PlanView>(std::move(view));
}

Result<void> PlanService::restorePlan(const QString& county,
                                      int year,
                                      const std::optional<Plan>& plan,
                                      const std::vector<Project>& projects,
                                      const std::vector<Project>& built)
{
    return storage::inTransaction(m_db, [&] {
        ProjectRepository repository(m_db.connection());
        const QString reason = tr("annual plan %1 %2 undone").arg(county).arg(year);
        for (const Project& was : projects) {
            auto now = repository.project(was.id);
            if (!now)
                continue;
            Project p = *now;
            if (p.status == was.status && p.plannedYear == was.plannedYear)
                continue;
            // Only what the build did: a project changed since (accepted, rejected …) keeps that change.
            const auto result =
                std::find_if(built.begin(), built.end(), [&](const Project& b) { return b.id == was.id; });
            if (result == built.end() || result->status != p.status || result->plannedYear != p.plannedYear)
                continue;
            m_audit.recordProject(p, QStringLiteral("status"), toString(p.status), toString(was.status), reason);
            if (p.plannedYear != was.plannedYear)
                m_audit.recordProject(p,
                                      QStringLiteral("planned_year"),
                                      AuditLog::number(p.plannedYear),
                                      AuditLog::number(was.plannedYear),
                                      reason);
            p.status = was.status;
            p.plannedYear = was.plannedYear;
            repository.updateProject(p);
            if (!p.isBundle)
                continue;
            for (Project item : repository.itemsOf(p.id)) {
                item.status = was.status;
                item.plannedYear = was.plannedYear;
                repository.updateProject(item);
            }
        }
        if (plan)
            PlanRepository(m_db.connection()).savePlan(*plan);
        else
            PlanRepository(m_db.connection()).deletePlan(county.trimmed(), year);
    });
}

Result<report::PlanContext> PlanService::context(const planning::PlanView& view)
{
    return storage::reading([&]() -> Result<report::PlanContext> {
        report::PlanContext context;
        storage::AssessmentRepository assessments(m_db.connection());
        std::map<QString, std::shared_ptr<const IndicatorSet>> setOf; // by assessment
        for (const auto& line : view.lines) {
            const Project& p = line.project;
            if (!p.assessmentId || p.problemCodes.isEmpty())
                continue;
            auto& set = setOf[p.assessmentId->toString()];
            if (!set) {
                auto loaded = m_sets.load(assessments.setOf(*p.assessmentId));
                if (!loaded)
                    return loaded.error();
                set = *loaded;
            }
            const auto groups = set->groupsOf(p.problemCodes.first());
            if (groups.empty())
                continue;
            const Group* task = groups.size() > 1 ? groups[1] : groups[0];
            context.byProject.insert(p.id.toString(), {groups[0]->code, groups[0]->name.zh, task->code, task->name.zh});
        }
        return context;
    });
}

Result<report::PlanDocument> PlanService::document(const planning::PlanView& view)
{
    auto where = context(view);
    if (!where)
        return where.error();
    return report::PlanDocuments::build(view, *where);
}

Result<std::array<QString, 5>> PlanService::draftTexts(const planning::PlanView& view)
{
    auto where = context(view);
    if (!where)
        return where.error();
    return report::PlanDocuments::draft(view, *where);
}

Result<void> PlanService::setPlanTexts(const QString& county, int year, const Plan& texts)
{
    return storage::inTransaction(m_db, [&]() -> Result<void> {
        PlanRepository repository(m_db.connection());
        auto stored = repository.plan(county.trimmed(), year);
        if (!stored)
            return makeError(ErrorCode::NotFound,
                             tr("%1 has no plan for %2 yet; build it first.").arg(county).arg(year));
        const std::pair<const char*, std::pair<QString, QString>> parts[] = {
            {"tasks", {stored->tasks, texts.tasks}},
            {"key_projects", {stored->keyProjects, texts.keyProjects}},
            {"requirements", {stored->requirements, texts.requirements}},
            {"schedule", {stored->schedule, texts.schedule}},
            {"safeguards", {stored->safeguards, texts.safeguards}}};
        for (const auto& [field, change] : parts) {
            if (change.first != change.second)
                m_audit.record(QStringLiteral("plan"),
                               stored->id.toString(),
                               QString::fromLatin1(field),
                               change.first,
                               change.second);
        }
        stored->tasks = texts.tasks;
        stored->keyProjects = texts.keyProjects;
        stored->requirements = texts.requirements;
        stored->schedule = texts.schedule;
        stored->safeguards = texts.safeguards;
        repository.savePlan(*stored);
        return {};
    });
}

} // namespace cc
