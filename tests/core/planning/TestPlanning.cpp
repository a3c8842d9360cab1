// SPDX-License-Identifier: GPL-3.0-or-later
// The pure planning rules: priority (docs/priority.md), the budget fill, project quantities.
#include "core/planning/BudgetFill.h"
#include "core/planning/Priority.h"
#include "core/planning/ProjectGeneration.h"
#include "core/planning/ProjectMoney.h"
#include "core/services/DemoData.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <QRandomGenerator>

using Catch::Approx;
using namespace cc;
using namespace cc::planning;

namespace {

Project project(const QString& name,
                std::optional<double> cost,
                double worst = 50,
                int support = 0,
                bool timeBound = false,
                bool resource = false)
{
    Project p;
    p.id = ProjectId::create();
    p.name = name;
    p.communityCode = QStringLiteral("C1");
    p.cost = cost;
    p.worstScore = worst;
    p.support = support;
    p.timeBound = timeBound;
    if (resource)
        p.resourceIds.push_back(ResourceId::create());
    return p;
}

} // namespace

TEST_CASE("Priority parts stay in range and add up as documented", "[planning][priority]")
{
    const Project p = project(QStringLiteral("p"), 50.0, 20.0, 50, false, true);
    const Priority r = priorityOf(p);
    CHECK(r.severity == Approx(0.8));
    CHECK(r.support == Approx(0.5));
    CHECK(r.costEffectiveness == Approx(0.5));
    CHECK(r.resources == 1.0);
    CHECK(r.score == Approx(40 * 0.8 + 25 * 0.5 + 20 * 0.5 + 15 * 1.0));
    CHECK(r.tier == 3); // no class
    CHECK(r.total == Approx(r.score));
    // no cost known: no cost-effectiveness; no problem score (a demand-only project): middling severity
    Project demand = project(QStringLiteral("d"), std::nullopt);
    demand.worstScore.reset();
    CHECK(priorityOf(demand).costEffectiveness == 0.0);
    CHECK(priorityOf(demand).severity == 0.5);
}

TEST_CASE("Priority: 限时解决 first, then severity, support, cost-effectiveness and resources each raise it",
          "[planning][priority]")
{
    QRandomGenerator random(2025);
    for (int i = 0; i < 500; ++i) {
        const double cost = random.bounded(500.0);
        const double worst = random.bounded(100.0);
        const int support = static_cast<int>(random.bounded(300));
        const bool resource = random.bounded(2) == 1;
        const Project base = project(QStringLiteral("b"), cost, worst, support, false, resource);
        const double p = priorityOf(base).total;
        CHECK(p >= 0);
        CHECK(p <= 100); // no class: the lowest tier
        // the best possible best-effort project still ranks below the worst time-bound one
        const Project urgent = project(QStringLiteral("u"), 10000.0, 99.9, 0, true, false);
        CHECK(priorityOf(urgent).total > priorityOf(project(QStringLiteral("x"), 0.0, 0.0, 100000, false, true)).total);
        Project worse = base;
        worse.worstScore = worst / 2;
        CHECK(priorityOf(worse).total >= p);
        Project backed = base;
        backed.support = support + 10;
        CHECK(priorityOf(backed).total > p);
        Project cheaper = base;
        cheaper.cost = cost / 2;
        CHECK(priorityOf(cheaper).total >= p);
        Project resourced = base;
        resourced.resourceIds = {ResourceId::create()};
        CHECK(priorityOf(resourced).total >= p);
    }
}

namespace {

// A random county plan: projects of three communities, some 限时解决, some measures, some multi-year,
// and pairs of alternatives (same community, same problem, templates naming each other).
std::vector<Project> randomProjects(QRandomGenerator& random)
{
    std::vector<Project> projects;
    const int n = 1 + static_cast<int>(random.bounded(30));
    static const QStringList classes {
        QStringLiteral("基础"), QStringLiteral("完善"), QStringLiteral("提升"), QStringLiteral("管理"), QString()};
    const CommunityId communities[] = {CommunityId::create(), CommunityId::create(), CommunityId::create()};
    for (int i = 0; i < n; ++i) {
        std::optional<double> cost;
        if (random.bounded(10) > 0)
            cost = roundWan(random.bounded(300.0));
        Project p = project(QStringLiteral("p%1").arg(i),
                            cost,
                            random.bounded(100.0),
                            static_cast<int>(random.bounded(200)),
                            random.bounded(4) == 0,
                            random.bounded(3) == 0);
        p.communityId = communities[random.bounded(3)];
        p.projectClass = classes.at(static_cast<qsizetype>(random.bounded(5)));
        p.templateCode = QStringLiteral("T%1").arg(random.bounded(4));
        p.problemCodes = {QStringLiteral("I%1").arg(random.bounded(3))};
        if (random.bounded(3) == 0)
            p.alternativeTemplates = {QStringLiteral("T%1").arg(random.bounded(4))};
        if (cost && random.bounded(4) == 0) { // multi-year, around the plan's year 2026
            p.startYear = 2025 + static_cast<int>(random.bounded(2));
            p.endYear = *p.startYear + static_cast<int>(random.bounded(3));
        }
        projects.push_back(std::move(p));
    }
    return projects;
}

} // namespace

TEST_CASE("Plan fill, over random plans: 限时解决 never deferred, the budget kept without a shortfall, "
          "never two alternatives",
          "[planning][budget][property]")
{
    QRandomGenerator random(7);
    int shortfalls = 0, alternativesDeferred = 0;
    for (int round = 0; round < 500; ++round) {
        const std::vector<Project> projects = randomProjects(random);
        std::vector<const Project*> pointers;
        for (const Project& p : projects)
            pointers.push_back(&p);
        const double budget = roundWan(random.bounded(1200.0));
        const FillResult r = BudgetFill::fill(pointers, budget, 2026);
        REQUIRE(r.items.size() == projects.size());
        double mandatory = 0, others = 0;
        for (const FillItem& item : r.items) {
            CAPTURE(round, item.project->name, item.reason);
            const bool alternativeTaken = std::any_of(r.items.begin(), r.items.end(), [&](const FillItem& o) {
                return o.selected && !o.measure && BudgetFill::areAlternatives(*item.project, *o.project);
            });
            if (item.measure) { // listed apart, never in the money
                CHECK(item.selected);
                continue;
            }
            if (item.selected && alternativeTaken)
                FAIL("two alternatives of one problem are both selected");
            if (item.project->timeBound && !item.selected) {
                CHECK(alternativeTaken); // the only way a 限时解决 project is not selected
                ++alternativesDeferred;
            }
            if (item.selected && item.yearCost)
                (item.project->timeBound ? mandatory : others) += *item.yearCost;
            if (!item.selected)
                CHECK_FALSE(item.reason.isEmpty());
        }
        CHECK(r.mandatoryCost == Approx(mandatory).margin(1e-6));
        CHECK(r.shortfall == Approx(std::max(0.0, mandatory - budget)).margin(0.011));
        CHECK(r.totalCost == Approx(mandatory + others).margin(1e-6));
        if (r.shortfall > 0) {
            ++shortfalls;
            CHECK(others == 0.0); // nothing else while the obligations are not covered
        } else {
            CHECK(r.totalCost <= budget + 1e-9);
            // Never a cheaper best-effort project left out that would still fit.
            const double left = budget - r.totalCost;
            for (const FillItem& item : r.items) {
                if (!item.selected && !item.project->timeBound && item.yearCost
                    && item.reason.contains(QStringLiteral("budget")))
                    CHECK(*item.yearCost > left + 1e-9);
            }
        }
        for (size_t i = 0; i < r.items.size(); ++i) {
            CHECK(r.items[i].rank == static_cast<int>(i) + 1);
            if (i > 0)
                CHECK(r.items[i - 1].priority.total >= r.items[i].priority.total);
        }
    }
    CHECK(shortfalls > 0); // the random plans reach both cases
    CHECK(alternativesDeferred > 0);
}

TEST_CASE("Budget fill: a dearer project that does not fit is deferred, a cheaper one after it is taken",
          "[planning][budget]")
{
    const Project first = project(QStringLiteral("a"), 60.0, 0.0, 100); // highest priority
    const Project dear = project(QStringLiteral("b"), 80.0, 10.0, 90);
    const Project cheap = project(QStringLiteral("c"), 30.0, 60.0, 0);
    const FillResult r = BudgetFill::fill({&cheap, &dear, &first}, 100.0, 2026);
    REQUIRE(r.items.size() == 3);
    CHECK(r.items[0].project == &first);
    CHECK(r.items[0].selected);
    CHECK(r.items[1].project == &dear);
    CHECK_FALSE(r.items[1].selected);
    CHECK(r.items[1].reason.contains(QStringLiteral("80.00")));
    CHECK(r.items[2].project == &cheap);
    CHECK(r.items[2].selected);
    CHECK(r.totalCost == Approx(90.0));
    CHECK(r.shortfall == 0.0);
}

TEST_CASE("Plan fill: 限时解决 projects are selected whatever the budget; the shortfall says what is missing",
          "[planning][budget]")
{
    // 章贡区 as the issue found it: three buildings with structural hazards, 100 万元.
    const CommunityId community = CommunityId::create();
    Project reinforce = project(QStringLiteral("检测鉴定与加固"), 120.0, 0.0, 0, true);
    reinforce.communityId = community;
    reinforce.templateCode = QStringLiteral("P-REINFORCE");
    reinforce.alternativeTemplates = {QStringLiteral("P-REBUILD")};
    reinforce.problemCodes = {QStringLiteral("B4-01")};
    Project rebuild = reinforce;
    rebuild.id = ProjectId::create();
    rebuild.name = QStringLiteral("城市危旧房改造");
    rebuild.templateCode = QStringLiteral("P-REBUILD");
    rebuild.alternativeTemplates = {QStringLiteral("P-REINFORCE")};
    rebuild.cost = 480.0; // dearer: lower priority
    Project gas = project(QStringLiteral("燃气管道更新"), 30.0, 10.0, 0, true);
    Project pv = project(QStringLiteral("屋顶光伏"), 20.0, 0.0, 100);
    pv.projectClass = QStringLiteral("提升");
    Project rules = project(QStringLiteral("议事规则"), 2.0, 0.0, 0);
    rules.projectClass = QStringLiteral("管理");

    const FillResult r = BudgetFill::fill({&pv, &rebuild, &rules, &gas, &reinforce}, 100.0, 2026);
    const auto itemOf = [&](const Project& p) {
        return *std::find_if(r.items.begin(), r.items.end(), [&](const FillItem& i) { return i.project == &p; });
    };
    CHECK(itemOf(reinforce).selected);
    CHECK(itemOf(reinforce).mandatory);
    CHECK(itemOf(gas).selected);
    CHECK_FALSE(itemOf(rebuild).selected); // the alternative: deferred, and not in the mandatory cost
    CHECK(itemOf(rebuild).reason.contains(QStringLiteral("检测鉴定与加固")));
    CHECK(itemOf(rebuild).alternatives == std::vector<const Project*> {&reinforce});
    CHECK(r.mandatoryCost == Approx(150.0));
    CHECK(r.shortfall == Approx(50.0));
    CHECK(r.totalCost == Approx(150.0));
    CHECK_FALSE(itemOf(pv).selected); // nothing else while the obligations are short
    CHECK(itemOf(pv).reason.contains(QStringLiteral("50.00")));
    CHECK(itemOf(rules).measure);
    CHECK(itemOf(rules).selected); // listed apart, no money

    const FillResult enough = BudgetFill::fill({&pv, &rebuild, &rules, &gas, &reinforce}, 200.0, 2026);
    CHECK(enough.shortfall == 0.0);
    CHECK(enough.totalCost == Approx(170.0));
    CHECK(std::find_if(enough.items.begin(), enough.items.end(), [&](const FillItem& i) {
              return i.project == &pv;
          })->selected);
}

TEST_CASE("Plan fill: a multi-year project counts only this year's part", "[planning][budget][years]")
{
    Project lift = project(QStringLiteral("加装电梯"), 300.0, 20.0);
    lift.startYear = 2026;
    lift.endYear = 2028; // 100 a year, evenly
    Project shed = project(QStringLiteral("充电棚"), 90.0, 60.0);
    const FillResult r = BudgetFill::fill({&lift, &shed}, 200.0, 2026);
    REQUIRE(r.items.size() == 2);
    CHECK(r.items[0].selected);
    CHECK(r.items[1].selected);
    CHECK(r.totalCost == Approx(190.0)); // 100 of the lift + 90
    lift.yearAmounts = {{2026, 50.0}, {2027, 150.0}, {2028, 100.0}};
    CHECK(BudgetFill::fill({&lift}, 200.0, 2026).totalCost == Approx(50.0));
    CHECK(BudgetFill::fill({&lift}, 200.0, 2027).totalCost == Approx(150.0));
}

TEST_CASE("Plan fill: works an earlier plan started carry their share on, before anything new",
          "[planning][budget][years]")
{
    Project lift = project(QStringLiteral("加装电梯"), 300.0, 60.0);
    lift.startYear = 2026;
    lift.endYear = 2028; // 100 a year
    lift.status = ProjectStatus::Scheduled;
    lift.plannedYear = 2026; // the 2026 plan took it
    Project hydrants = project(QStringLiteral("消火栓"), 100.0, 0.0); // higher priority, new
    REQUIRE(priorityOf(hydrants).total > priorityOf(lift).total);
    REQUIRE(ProjectMoney::continuesInto(lift, 2027));
    CHECK_FALSE(ProjectMoney::continuesInto(lift, 2026)); // its own year: planned, not continued
    CHECK_FALSE(ProjectMoney::continuesInto(lift, 2029)); // its years are over

    const FillResult r = BudgetFill::fill({&hydrants, &lift}, 150.0, 2027);
    const auto itemOf = [&](const FillResult& f, const Project& p) {
        return *std::find_if(f.items.begin(), f.items.end(), [&](const FillItem& i) { return i.project == &p; });
    };
    CHECK(itemOf(r, lift).continuing);
    CHECK(itemOf(r, lift).selected);
    CHECK(itemOf(r, lift).reason.contains(QStringLiteral("2026"))); // says whose works it continues
    CHECK(*itemOf(r, lift).yearCost == Approx(100.0));
    CHECK_FALSE(itemOf(r, hydrants).selected); // 50 left
    CHECK(r.totalCost == Approx(100.0));

    const FillResult short_ = BudgetFill::fill({&hydrants, &lift}, 60.0, 2027);
    CHECK_FALSE(itemOf(short_, lift).selected);
    CHECK(itemOf(short_, lift).reason.contains(QStringLiteral("2026")));
    CHECK_FALSE(itemOf(short_, hydrants).selected); // it is not jumped by new work either: 60 < 100
}

TEST_CASE("Plan fill: an overdue 限时解决 project whose years are past is planned whole", "[planning][budget][years]")
{
    Project gas = project(QStringLiteral("燃气立管更换"), 80.0, 0.0, 0, true);
    gas.startYear = 2024;
    gas.endYear = 2025;
    CHECK(ProjectMoney::inYear(gas, 2027) == 80.0);
    const FillResult r = BudgetFill::fill({&gas}, 10.0, 2027);
    REQUIRE(r.items.size() == 1);
    CHECK(r.items[0].selected);
    CHECK(r.items[0].mandatory);
    CHECK(r.mandatoryCost == Approx(80.0));
    CHECK(r.shortfall == Approx(70.0));
}

TEST_CASE("Plan fill: a bundle and a project that replaces one of its members are never both selected",
          "[planning][budget][bundle]")
{
    const CommunityId community = CommunityId::create();
    Project bundle = project(QStringLiteral("1-3 栋综合整治"), 150.0, 0.0);
    bundle.isBundle = true;
    bundle.memberTemplates = {{community, QStringLiteral("P-REINFORCE")}, {community, QStringLiteral("P-STAIR")}};
    bundle.alternativeTemplates = {QStringLiteral("P-REBUILD")};
    bundle.problemCodes = {QStringLiteral("B4-01"), QStringLiteral("C7-01")};
    Project rebuild = project(QStringLiteral("城市危旧房改造"), 120.0, 0.0);
    rebuild.communityId = community;
    rebuild.templateCode = QStringLiteral("P-REBUILD");
    rebuild.alternativeTemplates = {QStringLiteral("P-REINFORCE")};
    rebuild.problemCodes = {QStringLiteral("B4-01")};
    CHECK(BudgetFill::areAlternatives(bundle, rebuild));
    CHECK(BudgetFill::areAlternatives(rebuild, bundle));
    Project other = rebuild;
    other.communityId = CommunityId::create(); // the same template elsewhere replaces nothing here
    CHECK_FALSE(BudgetFill::areAlternatives(bundle, other));

    const FillResult r = BudgetFill::fill({&bundle, &rebuild}, 1000.0, 2026);
    REQUIRE(r.items.size() == 2);
    CHECK(r.items[0].selected != r.items[1].selected);
    CHECK(r.totalCost <= 150.0);
}

TEST_CASE("Priority: safety before comfort, 基础 before 完善 before 提升 whatever the score", "[planning][priority]")
{
    QRandomGenerator random(11);
    for (int i = 0; i < 300; ++i) {
        Project basic = project(QStringLiteral("b"), random.bounded(500.0), 99.0, 0); // a weak 基础 project
        basic.projectClass = QStringLiteral("基础");
        Project better = project(QStringLiteral("w"), 1.0, 0.0, 5000, false, true); // the strongest 完善 one
        better.projectClass = QStringLiteral("完善");
        Project comfort = better;
        comfort.projectClass = QStringLiteral("提升");
        CHECK(priorityOf(basic).total > priorityOf(better).total);
        CHECK(priorityOf(better).total > priorityOf(comfort).total);
        Project urgent = comfort;
        urgent.timeBound = true;
        CHECK(priorityOf(urgent).total > priorityOf(basic).total); // 限时解决 before every tier
    }
}

TEST_CASE("Project money: years spread evenly, amounts and the funding split must add up", "[planning][years]")
{
    Project p = project(QStringLiteral("p"), 100.0);
    CHECK(ProjectMoney::inYear(p, 2026) == 100.0); // no years: wholly in the plan's year
    CHECK(ProjectMoney::runsIn(p, 2030));
    p.startYear = 2026;
    p.endYear = 2028;
    const auto years = ProjectMoney::byYear(p);
    REQUIRE(years.size() == 3);
    CHECK(years[0].amount == Approx(33.33));
    CHECK(years[2].amount == Approx(33.34)); // the last year takes what rounding leaves
    CHECK(ProjectMoney::inYear(p, 2025) == 0.0); // before its years: nothing yet
    CHECK(ProjectMoney::inYear(p, 2029) == 100.0); // its years past and nothing done: all of it
    CHECK_FALSE(ProjectMoney::runsIn(p, 2029));
    CHECK(ProjectMoney::problem(p).isEmpty());

    p.endYear = 2025;
    CHECK(ProjectMoney::problem(p).contains(QStringLiteral("2025")));
    p.endYear = 2027;
    p.yearAmounts = {{2026, 60.0}, {2027, 30.0}};
    CHECK(ProjectMoney::problem(p).contains(QStringLiteral("90.00")));
    p.yearAmounts = {{2026, 60.0}, {2028, 40.0}};
    CHECK(ProjectMoney::problem(p).contains(QStringLiteral("2028")));
    p.yearAmounts = {{2026, 60.0}, {2027, 40.0}};
    CHECK(ProjectMoney::problem(p).isEmpty());

    p.funding = {{FundingSource::Central, 50.0}, {FundingSource::Local, 40.0}};
    CHECK(ProjectMoney::problem(p).contains(QStringLiteral("90.00")));
    p.funding.push_back({FundingSource::Residents, 10.0});
    CHECK(ProjectMoney::problem(p).isEmpty());
    p.funding.push_back({FundingSource::Central, 0.0});
    CHECK(ProjectMoney::problem(p).contains(QStringLiteral("中央补助")));
    p.funding.pop_back();
    // Parts that add up before rounding are accepted: a third each of 100 万元.
    p.funding = {{FundingSource::Central, 33.333}, {FundingSource::Local, 33.333}, {FundingSource::Residents, 33.334}};
    CHECK(ProjectMoney::problem(p).isEmpty());
    p.cost.reset();
    CHECK_FALSE(ProjectMoney::problem(p).isEmpty()); // a split needs a cost
}

TEST_CASE("Project quantity: one, value, gap (higher- and lower-better, normalised), never below 0",
          "[planning][quantity]")
{
    ProjectTemplate t;
    t.code = QStringLiteral("P");
    Indicator ind;
    ind.code = QStringLiteral("I");
    ind.type = IndicatorType::Number;
    ind.direction = Direction::HigherBetter;
    ind.target = 10;
    Community c;
    c.households = 1200;

    t.quantity = QStringLiteral("one");
    CHECK(quantityFor(t, ind, c, 3.0) == 1.0);
    t.quantity = QStringLiteral("value");
    CHECK(quantityFor(t, ind, c, 3.5) == 3.5);
    CHECK_FALSE(quantityFor(t, ind, c, true).has_value());
    t.quantity = QStringLiteral("gap");
    CHECK(quantityFor(t, ind, c, 3.2) == 7.0); // 10 − 3.2 = 6.8, rounded up
    CHECK(quantityFor(t, ind, c, 12.0) == 0.0); // never below 0
    ind.direction = Direction::LowerBetter;
    ind.target = 2;
    CHECK(quantityFor(t, ind, c, 5.0) == 3.0); // value − allowed
    ind.direction = Direction::HigherBetter;
    ind.target = 3; // per 100 households
    ind.normalizeBy = QStringLiteral("households");
    ind.per = 100;
    CHECK(quantityFor(t, ind, c, 20.0) == 16.0); // needed 3 × 1200 / 100 = 36
    c.households.reset();
    CHECK_FALSE(quantityFor(t, ind, c, 20.0).has_value()); // no figure, no quantity
    CHECK(roundWan(12.345) == Approx(12.35));
}

TEST_CASE("Budget fill: the ceiling rounds down, so the total never passes the budget by a cent", "[planning][budget]")
{
    const Project exact = project(QStringLiteral("a"), 100.01, 0.0);
    const FillResult r = BudgetFill::fill({&exact}, 100.005, 2026);
    REQUIRE(r.items.size() == 1);
    CHECK_FALSE(r.items[0].selected);
    CHECK(r.totalCost == 0.0);
    const FillResult fits = BudgetFill::fill({&exact}, 100.01, 2026);
    CHECK(fits.items[0].selected);
}

TEST_CASE("Candidates come from a stored check's problems, 限时解决 first, each with its unit and cost",
          "[planning][generation][storage]")
{
    testing::Fixture f({.set = testing::FixtureSet::Default});
    // Every applicable indicator fails: each problem with a project template gives a candidate.
    const auto failing =
        DemoData::synthesize(*testing::valueOf(f.ws->sets().load(f.setCode)), f.community, 7, 0.0, true);
    REQUIRE_OK(f.ws->assessments().saveResponses(f.check, failing));
    const auto scored = testing::valueOf(f.ws->assessments().score(f.check));
    REQUIRE_FALSE(scored.score.problems.empty());
    const auto candidates = candidatesFromScore(
        *scored.set,
        scored.community,
        scored.score,
        [](const QString&) { return std::optional<double>(2.0); },
        QStringLiteral("zh_CN"));
    REQUIRE_FALSE(candidates.empty());
    bool bestEffortSeen = false;
    for (const Project& p : candidates) {
        CAPTURE(p.name);
        CHECK_FALSE(p.problemCodes.isEmpty());
        CHECK_FALSE(p.responsibleUnit.isEmpty());
        CHECK(p.originKey.startsWith(QStringLiteral("T:")));
        CHECK_FALSE((bestEffortSeen && p.timeBound)); // 限时解决 before 尽力解决
        bestEffortSeen = bestEffortSeen || !p.timeBound;
        for (const QString& code : p.problemCodes)
            CHECK(scored.score.result(code)->status == cc::scoring::Status::Fail);
    }
}
