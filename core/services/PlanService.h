// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"
#include "core/planning/PlanView.h"
#include "core/report/PlanDocument.h"
#include "core/services/AuditLog.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace cc::storage {
class Database;
}

namespace cc {

class CommunityService;
class ProjectService;
class SetService;

// 年度实施计划: a county's plan for a year, filled into the budget by priority from the project
// library (docs/priority.md), with its five parts as text. Building a plan changes the projects'
// status and planned year (audited); the build is undone by restorePlan().
class PlanService final
{
    Q_DECLARE_TR_FUNCTIONS(PlanService)

public:
    PlanService(storage::Database& db,
                ProjectService& projects,
                CommunityService& communities,
                SetService& sets,
                const QString& userName);

    // The county's accepted projects (and those already in the library), not yet planned for
    // another year, filled into the budget by priority. Stores the plan (replacing that year's),
    // marks the selected projects scheduled for the year and returns the others to the library.
    // The five parts keep their text when the plan is rebuilt. A part nobody has written stays empty
    // in storage and is drafted afresh from the plan as it stands wherever it is shown or printed
    // (report::PlanDocuments::draft), so a draft never goes stale.
    Result<planning::PlanView> buildPlan(const QString& county, int year, double budgetWan);
    Result<std::optional<planning::PlanView>> plan(const QString& county, int year);
    Result<void> setPlanTexts(const QString& county, int year, const Plan& texts);
    // Where the plan's projects belong in their sets (programme, task), for the document.
    Result<report::PlanContext> context(const planning::PlanView& plan);
    // The plan as a county signs it (report/PlanDocument.h).
    Result<report::PlanDocument> document(const planning::PlanView& plan);
    // The five parts drafted from the plan as it stands.
    Result<std::array<QString, 5>> draftTexts(const planning::PlanView& plan);
    // Undoes a build: the plan as it was (none: no plan) and the projects' status and planned year
    // as they were; audited. `built`: the projects as the build left them; a project changed since
    // keeps its change.
    Result<void> restorePlan(const QString& county,
                             int year,
                             const std::optional<Plan>& plan,
                             const std::vector<Project>& projects,
                             const std::vector<Project>& built);

private:
    storage::Database& m_db;
    ProjectService& m_projects;
    CommunityService& m_communities;
    SetService& m_sets;
    AuditLog m_audit;
};

} // namespace cc
