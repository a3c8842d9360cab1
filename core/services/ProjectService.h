// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Audit.h"
#include "core/domain/Planning.h"
#include "core/services/AuditLog.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <map>
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
    std::map<QString, ProjectId> addedByOrigin; // generating again with these gives the same IDs (a redo)
    std::vector<Project> changedBefore;
};

struct ProjectFilter
{
    QString communityCode;
    QString county;
    bool includeObsolete = true;
};

// 项目清单 and 项目库: candidates generated from a check's problems and the community's demands,
// decisions, edits, bundles (打包立项、分项实施). Every change to a project is audited (who, when,
// field, old → new). The annual plan is PlanService's; the lists are ListsService's.
class ProjectService final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectService)

public:
    ProjectService(storage::Database& db,
                   AssessmentService& assessments,
                   CommunityService& communities,
                   const QString& userName);

    // Candidates from the assessment's failed indicators (through their project templates) and
    // from the community's demands. Generating again never duplicates: a project is matched by its
    // origin; a person's edits are kept. Candidates of the community's earlier assessments are
    // marked obsolete, never deleted. A project added anew takes its ID from `idsByOrigin` when its
    // origin is there (a redo gives back the IDs the undone generation had, so later steps still apply).
    Result<GenerationOutcome> generate(const AssessmentId& assessment,
                                       const QString& language,
                                       const std::map<QString, ProjectId>& idsByOrigin = {});
    // The undo of a generation: removes the projects it added (refused while a plan or a bundle
    // holds one) and puts back those it changed; audited.
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
    Result<Project> setStatus(const ProjectId& id, ProjectStatus status, const QString& reason);
    // 打包立项、分项实施: one bundle project with the given projects as its sub-items (same county).
    // `id`: the bundle's ID (a redo recreates the bundle an undo took apart, under the same ID).
    Result<Project>
    bundle(const QString& name, const std::vector<ProjectId>& items, const std::optional<ProjectId>& id = std::nullopt);
    // Undoes a bundle: its sub-items stand alone again and the bundle record goes (refused while an
    // annual plan lists the bundle); audited.
    Result<void> unbundle(const ProjectId& bundle);
    Result<std::vector<AuditEntry>> history(const ProjectId& id);

private:
    Result<Project> load(const ProjectId& id);
    // Support from the linked demands; a bundle's cost from its sub-items.
    void fillDerived(std::vector<Project>& projects);

    storage::Database& m_db;
    AssessmentService& m_assessments;
    CommunityService& m_communities;
    AuditLog m_audit;
};

} // namespace cc
