// SPDX-License-Identifier: GPL-3.0-or-later
// The pure planning rules: priority (docs/priority.md), the budget fill, project quantities.
#include "core/planning/BudgetFill.h"
#include "core/planning/Priority.h"
#include "core/planning/ProjectGeneration.h"
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
        CHECK(p <= 100);
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

TEST_CASE("Budget fill never goes over and never skips a cheaper project that fits", "[planning][budget]")
{
    QRandomGenerator random(7);
    for (int round = 0; round < 300; ++round) {
        std::vector<Project> projects;
        const int n = 1 + static_cast<int>(random.bounded(25));
        for (int i = 0; i < n; ++i) {
            std::optional<double> cost;
            if (random.bounded(10) > 0)
                cost = roundWan(random.bounded(300.0));
            projects.push_back(project(QStringLiteral("p%1").arg(i),
                                       cost,
                                       random.bounded(100.0),
                                       static_cast<int>(random.bounded(200)),
                                       random.bounded(5) == 0,
                                       random.bounded(3) == 0));
        }
        std::vector<const Project*> pointers;
        for (const Project& p : projects)
            pointers.push_back(&p);
        const double budget = roundWan(random.bounded(1500.0));
        const FillResult r = BudgetFill::fill(pointers, budget);
        REQUIRE(r.items.size() == projects.size());
        double sum = 0;
        for (const FillItem& item : r.items) {
            if (item.selected)
                sum += *item.project->cost;
        }
        CHECK(sum <= budget + 1e-9);
        CHECK(r.totalCost == Approx(sum).margin(1e-6));
        CHECK(r.totalCost <= budget + 1e-9);
        const double left = budget - sum;
        for (size_t i = 0; i < r.items.size(); ++i) {
            const FillItem& item = r.items[i];
            CHECK(item.rank == static_cast<int>(i) + 1);
            if (i > 0)
                CHECK(r.items[i - 1].priority.total >= item.priority.total);
            if (!item.selected) {
                CHECK_FALSE(item.reason.isEmpty());
                if (item.project->cost) // deferred for the money: it does not fit even in what is left
                    CHECK(*item.project->cost > left + 1e-9);
            }
        }
    }
}

TEST_CASE("Budget fill: a dearer project that does not fit is deferred, a cheaper one after it is taken",
          "[planning][budget]")
{
    const Project first = project(QStringLiteral("a"), 60.0, 0.0, 100); // highest priority
    const Project dear = project(QStringLiteral("b"), 80.0, 10.0, 90);
    const Project cheap = project(QStringLiteral("c"), 30.0, 60.0, 0);
    const FillResult r = BudgetFill::fill({&cheap, &dear, &first}, 100.0);
    REQUIRE(r.items.size() == 3);
    CHECK(r.items[0].project == &first);
    CHECK(r.items[0].selected);
    CHECK(r.items[1].project == &dear);
    CHECK_FALSE(r.items[1].selected);
    CHECK(r.items[1].reason.contains(QStringLiteral("80.00")));
    CHECK(r.items[2].project == &cheap);
    CHECK(r.items[2].selected);
    CHECK(r.totalCost == Approx(90.0));
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
    const FillResult r = BudgetFill::fill({&exact}, 100.005);
    REQUIRE(r.items.size() == 1);
    CHECK_FALSE(r.items[0].selected);
    CHECK(r.totalCost == 0.0);
    const FillResult fits = BudgetFill::fill({&exact}, 100.01);
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
