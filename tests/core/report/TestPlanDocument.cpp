// SPDX-License-Identifier: GPL-3.0-or-later
// The annual plan as a county signs it: the table's columns, totals that add up, the shortfall, the
// measures apart, and five parts that are never blank.
#include "core/planning/BudgetFill.h"
#include "core/report/PlanDocument.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using Catch::Approx;
using namespace cc;

namespace {

Project project(const char* name, double cost, bool timeBound, const char* projectClass, const char* lead)
{
    Project p;
    p.id = ProjectId::create();
    p.communityId = CommunityId::create();
    p.communityCode = QStringLiteral("C1");
    p.communityName = QStringLiteral("豫章里社区");
    p.name = QString::fromUtf8(name);
    p.cost = cost;
    p.timeBound = timeBound;
    p.projectClass = QString::fromUtf8(projectClass);
    p.responsibleUnit = QString::fromUtf8(lead);
    p.worstScore = 20;
    return p;
}

// A plan built the way PlanService builds it, from the pure fill.
planning::PlanView planOf(const std::vector<const Project*>& projects, double budget)
{
    const auto filled = planning::BudgetFill::fill(projects, budget, 2027);
    planning::PlanView view;
    view.plan.county = QStringLiteral("东湖区");
    view.plan.year = 2027;
    view.plan.budget = budget;
    view.plan.totalCost = filled.totalCost;
    view.plan.mandatoryCost = filled.mandatoryCost;
    view.plan.shortfall = filled.shortfall;
    for (const auto& item : filled.items) {
        PlanLine line {item.project->id,
                       item.selected,
                       item.rank,
                       item.project->cost,
                       item.priority.total,
                       item.reason,
                       item.yearCost,
                       item.measure};
        view.plan.lines.push_back(line);
        view.lines.push_back({*item.project, item.priority, line, {}});
    }
    return view;
}

} // namespace

TEST_CASE("Plan document: the county's columns, totals by source that add up, measures apart", "[report][plan]")
{
    Project gas = project("燃气管道更新", 100.0, true, "基础", "县住房城乡建设局");
    gas.deadline = QDate(2027, 6, 30);
    gas.funding = {{FundingSource::Central, 60.0}, {FundingSource::Local, 40.0}};
    gas.implementer = QStringLiteral("县燃气公司");
    gas.cooperatingUnits = {QStringLiteral("县消防救援大队")};
    Project lift = project("加装电梯", 300.0, false, "完善", "县住房城乡建设局");
    lift.startYear = 2027;
    lift.endYear = 2029; // 100 this year
    lift.funding = {{FundingSource::Residents, 90.0}, {FundingSource::Local, 210.0}};
    Project shed = project("充电棚", 15.0, false, "完善", "县消防救援大队");
    Project rules = project("议事规则", 1.0, false, "管理", "乡镇人民政府（街道办事处）");
    Project pv = project("屋顶光伏", 500.0, false, "提升", "县发展改革委");
    const auto view = planOf({&gas, &lift, &shed, &rules, &pv}, 300.0);
    report::PlanContext context;
    context.byProject.insert(
        gas.id.toString(),
        {QStringLiteral("B"), QStringLiteral("韧性增强"), QStringLiteral("B5"), QStringLiteral("市政设施")});
    const report::PlanDocument doc = report::PlanDocuments::build(view, context);

    REQUIRE(doc.projects.header.size() == 12);
    CHECK(doc.shortfall.isEmpty());
    // gas, lift, shed selected (215 万元); PV does not fit; the rules are a measure.
    REQUIRE(doc.projects.rows.size() == 4); // three projects and the total row
    CHECK(doc.timeBound == std::vector<bool> {true, false, false, false});
    CHECK(doc.projects.rows[0][6].toString() == u"县住房城乡建设局");
    CHECK(doc.projects.rows[0][7].toString() == u"县消防救援大队");
    CHECK(doc.projects.rows[0][8].toString() == u"县燃气公司");
    CHECK(doc.projects.rows[0][11].toString().contains(QStringLiteral("2027-06-30")));
    CHECK(doc.projects.rows.back()[9].toDouble() == Approx(215.0)); // the lift counts this year's third
    CHECK(doc.measures.rows.size() == 1);
    CHECK(doc.deferred.rows.size() == 1);
    // By source: central 60, local 40 + 70, residents 30, 15 not assigned; the total is the plan's.
    double sum = 0;
    for (const auto& row : doc.bySource.rows) {
        if (row[0].toString() == report::PlanDocuments::tr("Total"))
            CHECK(row[1].toDouble() == Approx(view.plan.totalCost));
        else
            sum += row[1].toDouble();
    }
    CHECK(sum == Approx(view.plan.totalCost));
    CHECK(doc.bySource.rows[0][0].toString() == u"中央补助");
    CHECK(doc.bySource.rows[0][1].toDouble() == Approx(60.0));
    CHECK(doc.byProgramme.rows.size() == 2); // B, and the projects without a programme
    double leads = 0;
    for (const auto& row : doc.byLeadUnit.rows)
        leads += row[2].toDouble();
    CHECK(leads == Approx(215.0));
    // The five parts: never blank, drafted from the data.
    for (const auto& [heading, text] : doc.parts) {
        CAPTURE(heading);
        CHECK_FALSE(text.trimmed().isEmpty());
    }
    CHECK(doc.parts[1].second.contains(QStringLiteral("燃气管道更新"))); // key projects: the obligation
    CHECK(doc.parts[2].second.contains(QStringLiteral("县燃气公司"))); // the bodies responsible
    CHECK(doc.parts[3].second.contains(QStringLiteral("2027-06-30"))); // the schedule: Q2
    CHECK(doc.parts[4].second.contains(QStringLiteral("中央补助"))); // the funding
}

TEST_CASE("Plan document: the shortfall is said, the obligations stay, the typed parts are kept", "[report][plan]")
{
    const Project gas = project("燃气管道更新", 100.0, true, "基础", "县住房城乡建设局");
    const Project hazard = project("危房加固", 150.0, true, "基础", "县住房城乡建设局");
    const Project shed = project("充电棚", 15.0, false, "完善", "县消防救援大队");
    auto view = planOf({&gas, &hazard, &shed}, 200.0);
    CHECK(view.plan.shortfall == Approx(50.0));
    view.plan.tasks = QStringLiteral("县政府确定的任务");
    const auto doc = report::PlanDocuments::build(view, {});
    CHECK(doc.shortfall.contains(QStringLiteral("50.00")));
    CHECK(doc.parts[0].second == u"县政府确定的任务"); // what the planner wrote is printed as written
    CHECK(doc.parts[4].second.contains(QStringLiteral("50.00"))); // the funding part says the shortfall
    REQUIRE(doc.projects.rows.size() == 3);
    CHECK(doc.bySource.rows.back()[1].toDouble() == Approx(50.0));
}
