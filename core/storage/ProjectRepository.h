// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace cc::storage {

// 项目清单 and 项目库: projects with their links to demands and resources. Throws StorageError;
// callers hold the transaction for writes.
class ProjectRepository final
{
public:
    explicit ProjectRepository(QSqlDatabase& db)
        : m_db(db)
    { }

    void insertProject(const Project& project);
    void updateProject(const Project& project);
    // Removes a project and its links; the caller has checked usage() first.
    void deleteProject(const ProjectId& id);
    std::optional<Project> project(const ProjectId& id);

    struct Filter
    {
        std::optional<CommunityId> community;
        QString county;
        std::optional<AssessmentId> assessment;
        std::optional<ProjectId> bundle; // sub-items of this bundle
        std::optional<ProjectId> id; // just this one
    };
    std::vector<Project> projects(const Filter& filter = {});
    // The sub-items of a bundle.
    std::vector<Project> itemsOf(const ProjectId& bundle) { return projects({{}, {}, {}, bundle, {}}); }

    // The project of a community with this origin, generated from this assessment (none: a
    // demand-only project, which belongs to no assessment).
    std::optional<Project> projectByOrigin(const CommunityId& community,
                                           const QString& originKey,
                                           const std::optional<AssessmentId>& assessment);
    // Candidates of the community generated from other assessments than `current`.
    std::vector<Project> candidatesOfOtherAssessments(const CommunityId& community, const AssessmentId& current);

    // What refers to a project, so a removal can say why it is refused.
    struct Usage
    {
        bool inPlan = false; // an annual plan lists it
        bool inBundle = false; // it is a sub-item of a bundle
    };
    Usage usage(const ProjectId& id);

private:
    void writeLinks(qint64 projectRow, const Project& project);

    QSqlDatabase& m_db;
};

} // namespace cc::storage
