// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"
#include "core/planning/BudgetFill.h"
#include "core/planning/Priority.h"
#include "core/storage/Records.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace cc::storage {
class Database;
}

namespace cc {

class AssessmentService;
class CommunityService;

struct GenerationOutcome
{
    int added = 0;
    int updated = 0; // already there: origins refreshed, never duplicated
    int obsoleted = 0; // candidates of the community's superseded assessments
    std::vector<Project> projects; // the assessment's projects after generation
    // For the undo: the projects it added, and those it changed as they were before.
    std::vector<ProjectId> addedIds;
    std::vector<Project> changedBefore;
};

struct ProjectFilter
{
    QString communityCode;
    QString county;
    bool includeObsolete = true;
};

// A plan as built: the stored plan and, per line, the project and its priority parts.
struct PlanView
{
    Plan plan;
    struct Line
    {
        Project project;
        planning::Priority priority;
        PlanLine line;
    };
    std::vector<Line> lines; // in priority order: selected and deferred together
};

// The three lists (需求清单, 资源清单, 项目清单), the price table, the project library and the annual
// implementation plan. Every change to a project is audited (who, when, field, old → new).
class ProjectService final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectService)

public:
    ProjectService(storage::Database& db,
                   AssessmentService& assessments,
                   CommunityService& communities,
                   const QString& userName);

    // 需求清单
    Result<Demand> addDemand(Demand demand, const QString& communityCode);
    Result<std::vector<Demand>> demands(const QString& communityCode = {});
    // Removes a demand no project refers to (the undo of adding one); audited.
    Result<void> removeDemand(const DemandId& id);
    // Stores a removed demand again, as it was (the redo of adding it).
    Result<void> restoreDemand(const Demand& demand);
    // Survey tallies from CSV (columns item, mean, respondents; optional task, indicator, date;
    // UTF-8 or GB18030): all rows or none; every error names the file and line.
    Result<std::vector<SurveyTally>>
    importTallies(const QString& communityCode, const QByteArray& csv, const QString& sourceName);
    // The undo of an import.
    Result<void> removeTallies(const std::vector<SurveyTally>& tallies);
    Result<void> restoreTallies(const std::vector<SurveyTally>& tallies);
    Result<std::vector<SurveyTally>> tallies(const QString& communityCode = {});

    // 资源清单 (a community's, or county-wide when `communityCode` is empty and `county` given)
    Result<Resource> addResource(Resource resource, const QString& communityCode);
    Result<std::vector<Resource>> resources(const QString& county = {});
    Result<void> removeResource(const ResourceId& id);
    Result<void> restoreResource(const Resource& resource);

    // The local price table
    Result<void> setPrice(const PriceEntry& entry);
    Result<std::vector<PriceEntry>> prices();

    // 项目清单: candidates from the assessment's failed indicators (through their project templates)
    // and from the community's demands. Generating again never duplicates: a project is matched by
    // its origin; a person's edits are kept. Candidates of the community's earlier assessments are
    // marked obsolete, never deleted.
    Result<GenerationOutcome> generate(const AssessmentId& assessment, const QString& language);
    // The undo of a generation: removes the projects it added (refused while a plan lists one) and
    // puts back those it changed; audited.
    Result<void> undoGeneration(const GenerationOutcome& outcome);

    Result<std::vector<Project>> list(const ProjectFilter& filter = {});
    // A full UUID or a unique prefix of at least 8 characters.
    Result<Project> resolve(const QString& idOrPrefix);
    // Stores a person's edit of name, scope, quantity, unit, unit cost, cost, responsible unit, class,
    // 限时/尽力, planned year, sequence and resources; audited field by field.
    // The status may change with it (a bundle carries its sub-items), in the same transaction; a
    // project is not made obsolete by hand, nor scheduled without a year, nor a sub-item's status
    // changed apart from its bundle. `restore` (an undo) puts everything back as given, the `edited`
    // flag and the decision reason included, without those rules.
    Result<Project> update(const Project& edited, const QString& reason = {}, bool restore = false);
    // Accepts or rejects a candidate; a rejection needs a reason.
    Result<Project> decide(const ProjectId& id, bool accept, const QString& reason);
    // Several at once: all or none.
    Result<std::vector<Project>> decideAll(const std::vector<ProjectId>& ids, bool accept, const QString& reason);
    static QString statusName(ProjectStatus status);
    Result<Project> setStatus(const ProjectId& id, ProjectStatus status, const QString& reason);
    // 打包立项、分项实施: one bundle project with the given projects as its sub-items (same county).
    // `id`: the bundle's ID (a redo recreates the bundle an undo took apart, under the same ID).
    Result<Project>
    bundle(const QString& name, const std::vector<ProjectId>& items, const std::optional<ProjectId>& id = std::nullopt);
    // Undoes a bundle: its sub-items stand alone again and the bundle record goes (refused while an
    // annual plan lists the bundle); audited.
    Result<void> unbundle(const ProjectId& bundle);
    Result<std::vector<storage::AuditEntry>> history(const ProjectId& id);

    // 年度实施计划: the county's accepted projects (and those already in the library), not yet
    // planned for another year, filled into the budget by priority (docs/priority.md). Stores the
    // plan (replacing that year's), marks the selected projects scheduled for the year and returns
    // the others to the library. The five parts keep their text when the plan is rebuilt.
    Result<PlanView> buildPlan(const QString& county, int year, double budgetWan);
    Result<std::optional<PlanView>> plan(const QString& county, int year);
    Result<void> setPlanTexts(const QString& county, int year, const Plan& texts);
    // Undoes a build: the plan as it was (none: no plan) and the projects' status and planned year
    // as they were; audited.
    // `built`: the projects as the build left them; a project changed since keeps its change.
    Result<void> restorePlan(const QString& county,
                             int year,
                             const std::optional<Plan>& plan,
                             const std::vector<Project>& projects,
                             const std::vector<Project>& built);

private:
    Result<Project> load(const ProjectId& id);
    // The community a list is filtered by: none for an empty code; an unknown code is an error.
    Result<std::optional<CommunityId>> communityFilter(const QString& communityCode);
    void fillDerived(std::vector<Project>& projects);
    void audit(const Project& project,
               const QString& field,
               const QString& oldValue,
               const QString& newValue,
               const QString& reason);
    // One line of the audit trail, by this service's user, now.
    void record(const QString& entity,
                const QString& uuid,
                const QString& field,
                const QString& oldValue,
                const QString& newValue,
                const QString& reason);

    storage::Database& m_db;
    AssessmentService& m_assessments;
    CommunityService& m_communities;
    QString m_user;
};

} // namespace cc
