// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace cc::storage {

// The three lists, the price table, projects and plans. Throws StorageError; callers hold the
// transaction for writes.
class PlanningRepository final
{
public:
    explicit PlanningRepository(QSqlDatabase& db)
        : m_db(db)
    { }

    // 需求清单
    void insertDemand(const Demand& demand);
    // Refused (StorageError) while a project or a plan refers to it.
    void removeDemand(const DemandId& id);
    std::vector<Demand> demands(const std::optional<CommunityId>& community = std::nullopt);
    std::optional<Demand> demand(const DemandId& id);
    void insertTally(const SurveyTally& tally);
    std::vector<SurveyTally> tallies(const std::optional<CommunityId>& community = std::nullopt);
    void removeTally(const TallyId& id);

    // 资源清单
    void insertResource(const Resource& resource);
    void removeResource(const ResourceId& id);
    std::vector<Resource> resources(const QString& county = {});

    // The local price table
    void setPrice(const PriceEntry& entry);
    void removePrice(const QString& templateCode, const QString& county);
    std::vector<PriceEntry> prices();
    // The county's own price, else the everywhere price.
    std::optional<double> price(const QString& templateCode, const QString& county);

    // 项目清单 and 项目库
    void insertProject(const Project& project);
    void updateProject(const Project& project);
    // Only for a bundle being undone: refused (StorageError) while a plan refers to it.
    void deleteProject(const ProjectId& id);
    std::optional<Project> project(const ProjectId& id);
    struct ProjectFilter
    {
        std::optional<CommunityId> community;
        QString county;
        std::optional<AssessmentId> assessment;
        std::optional<ProjectId> bundle; // sub-items of this bundle
        std::optional<ProjectId> id; // just this one
    };
    std::vector<Project> projects(const ProjectFilter& filter = {});
    // The project of a community with this origin, generated from this assessment (none: a
    // demand-only project, which belongs to no assessment).
    std::optional<Project> projectByOrigin(const CommunityId& community,
                                           const QString& originKey,
                                           const std::optional<AssessmentId>& assessment);
    // Candidates of the community generated from other assessments than `current`.
    std::vector<Project> candidatesOfOtherAssessments(const CommunityId& community, const AssessmentId& current);

    // 年度实施计划
    void savePlan(const Plan& plan); // replaces the county's plan of that year
    std::optional<Plan> plan(const QString& county, int year);
    void deletePlan(const QString& county, int year);

private:
    qint64 rowId(const char* table, const QString& uuid, const QString& operation);
    void writeProjectLinks(qint64 projectRow, const Project& project);

    QSqlDatabase& m_db;
};

} // namespace cc::storage
