// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>
#include <vector>

// The plan's three lists (需求清单, 资源清单, 项目清单), the project library and the annual
// implementation plan (jiangxi-plan.md, tasks A2 and A3).
namespace cc {

using DemandId = Id<struct DemandTag>;
using TallyId = Id<struct TallyTag>;
using ResourceId = Id<struct ResourceTag>;
using ProjectId = Id<struct ProjectTag>;
using PlanId = Id<struct PlanTag>;

// Where a resident proposal came from.
enum class DemandSource { Meeting, Survey, Hotline, GridWorker };
QString toString(DemandSource source); // meeting survey hotline grid
std::optional<DemandSource> demandSourceFromString(QStringView text);

// 需求清单: one resident proposal.
struct Demand
{
    DemandId id;
    CommunityId communityId;
    QString communityCode;
    QString text;
    QString taskCode; // the category: a task of the set, e.g. C7
    QString place;
    DemandSource source = DemandSource::Meeting;
    QDate date;
    int support = 0; // residents who back it (signatures, votes, callers)
    QStringList indicatorCodes; // the indicators it speaks to
    QStringList problemCodes; // the problems it confirms (indicator codes that failed)
};

// 需求清单: a survey item's tally (e.g. satisfaction with lighting, mean 2.8 of 5, 312 respondents).
struct SurveyTally
{
    TallyId id;
    CommunityId communityId;
    QString communityCode;
    QString item;
    double mean = 0;
    int respondents = 0;
    QString taskCode;
    QStringList indicatorCodes;
    QDate date;
};

// 资源清单: idle rooms and land, funds, operators; per community or county-wide.
enum class ResourceKind { Room, Land, Fund, Operator };
QString toString(ResourceKind kind); // room land fund operator
std::optional<ResourceKind> resourceKindFromString(QStringView text);

struct Resource
{
    ResourceId id;
    std::optional<CommunityId> communityId; // none: county-wide
    QString communityCode;
    QString county;
    ResourceKind kind = ResourceKind::Room;
    QString name;
    std::optional<double> areaM2; // rooms and land
    QString place;
    QString owner; // owner or source department
    std::optional<double> amountWan; // funds, 万元
    std::optional<int> year; // funds: budget year
    QString note;
};

// 项目清单 → 项目库 → 年度实施计划: a project's life.
enum class ProjectStatus { Candidate, Accepted, Rejected, InLibrary, Scheduled, UnderWay, Done, Obsolete };
QString toString(ProjectStatus status); // candidate accepted rejected in_library scheduled under_way done obsolete
std::optional<ProjectStatus> projectStatusFromString(QStringView text);

// Where a project's money comes from (资金来源), as the plan's funding table names them.
enum class FundingSource { Central, Provincial, Local, SpecialBond, Department, Social, Residents };
QString toString(FundingSource source); // central provincial local special_bond department social residents
std::optional<FundingSource> fundingSourceFromString(QStringView text);
// 中央补助 省级资金 地方财政 专项债 部门资金 社会资本 居民出资: the words of the plan's table.
QString chineseName(FundingSource source);
const std::vector<FundingSource>& allFundingSources();

struct FundingShare
{
    FundingSource source = FundingSource::Local;
    double amount = 0; // 万元
    friend bool operator==(const FundingShare&, const FundingShare&) = default;
};

struct YearShare
{
    int year = 0;
    double amount = 0; // 万元
    friend bool operator==(const YearShare&, const YearShare&) = default;
};

struct Project
{
    ProjectId id;
    CommunityId communityId;
    QString communityCode;
    QString communityName;
    QString county;
    // Origin: the assessment and template it was generated from (template projects), the failed
    // indicators (problem codes) and the resident demands behind it.
    std::optional<AssessmentId> assessmentId;
    QString originKey; // "T:<template code>" or "D:<demand uuid>": what generating twice matches on
    QString templateCode;
    QStringList problemCodes;
    std::vector<DemandId> demandIds;
    // What the planner edits.
    QString name;
    QString scope;
    std::optional<double> quantity;
    QString unit;
    std::optional<double> unitCost; // 万元 per unit
    std::optional<double> cost; // 万元; none: not estimated yet
    QString responsibleUnit; // the lead unit (牵头单位)
    QStringList cooperatingUnits; // 配合单位: the other units the problems name
    QString implementer; // 实施主体: who carries the work out (gas company, property company, owner unit)
    QString location; // which 小区 or buildings, free text
    QString projectClass; // 基础 完善 提升 管理
    bool timeBound = false; // 限时解决
    QDate deadline; // 限时解决: the earliest deadline of its problems (完成时限); null otherwise
    // Funding by source; empty: not split yet. When given, the parts add up to the cost.
    std::vector<FundingShare> funding;
    // Years of the works; none: planned wholly in the year of the plan that takes it. `yearAmounts`
    // (within the years, adding up to the cost) says how much falls in each year; empty: spread evenly.
    std::optional<int> startYear;
    std::optional<int> endYear;
    std::vector<YearShare> yearAmounts;
    // Template codes that would solve the same problem another way (the set's `alternatives`); a
    // bundle's are its members'.
    QStringList alternativeTemplates;
    // A bundle's members: community and template (derived on reading, not stored).
    std::vector<std::pair<CommunityId, QString>> memberTemplates;
    std::optional<double> worstScore; // the lowest score among its problems (0–100), for severity
    int support = 0; // residents behind it: its demands' support
    ProjectStatus status = ProjectStatus::Candidate;
    QString decisionReason; // why accepted or rejected
    std::optional<ProjectId> bundleId; // the bundle (打包立项) it is a sub-item of
    bool isBundle = false;
    std::optional<int> plannedYear;
    int sequence = 0; // order in the library (时序)
    std::vector<ResourceId> resourceIds;
    bool edited = false; // changed by a person: generating again keeps their values
    QDateTime createdAt;
    QDateTime updatedAt;

    // The lead unit first, then the cooperating ones.
    QStringList units() const;
    // A 限时解决 project past its deadline on `today` and neither done nor dropped: flagged wherever
    // projects are listed.
    bool isOverdue(const QDate& today) const;
};

// A local price: a template's unit cost in a county (empty county: everywhere), overriding the set's.
struct PriceEntry
{
    QString templateCode;
    QString county;
    double unitCost = 0; // 万元 per unit
    QString note;
};

// 年度实施计划 of a county and year.
struct PlanLine
{
    ProjectId projectId;
    bool selected = false;
    int rank = 0; // by priority, from 1
    std::optional<double> cost;
    double priority = 0;
    QString reason; // why deferred; empty when selected
    std::optional<double> yearCost; // the part of the cost that falls in the plan's year
    bool measure = false; // a management measure (class 管理): listed apart, outside the budget
};

struct Plan
{
    PlanId id;
    QString county;
    int year = 0;
    double budget = 0; // 万元
    double totalCost = 0; // this year's cost of the selected projects
    double mandatoryCost = 0; // this year's cost of the 限时解决 projects, selected whatever the budget
    double shortfall = 0; // max(0, mandatoryCost − budget): money the county still has to find
    // The five parts (具体任务、重点项目、实施要求、时序安排、保障措施), editable text.
    QString tasks;
    QString keyProjects;
    QString requirements;
    QString schedule;
    QString safeguards;
    std::vector<PlanLine> lines;
    QDateTime builtAt;
};

} // namespace cc
