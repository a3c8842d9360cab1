// SPDX-License-Identifier: GPL-3.0-or-later
// The planner's numbers against values worked out by hand.
#include "core/report/HeatMap.h"
#include "core/report/Rollup.h"
#include "core/report/RoundChange.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using Catch::Approx;
using cc::report::RankedCheck;
using cc::report::Rollup;
using cc::report::RollupLevel;

namespace {

cc::Community community(const char* code, const char* county, const char* street)
{
    cc::Community c;
    c.id = cc::CommunityId::create();
    c.code = QString::fromUtf8(code);
    c.city = QStringLiteral("南昌市");
    c.county = QString::fromUtf8(county);
    c.street = QString::fromUtf8(street);
    return c;
}

RankedCheck check(const cc::Community& c, std::optional<double> score, const char* grade, int failures, int timeBound)
{
    RankedCheck r;
    r.community = c;
    r.assessment = cc::AssessmentId::create();
    r.score = score;
    r.grade = QString::fromUtf8(grade);
    r.bottomLineFailures = failures;
    r.openTimeBound = timeBound;
    return r;
}

} // namespace

TEST_CASE("Ranking: best first, equal scores share a rank, unscored last", "[report][rollup]")
{
    const auto a = community("A", "东湖区", "豫章街道");
    const auto b = community("B", "东湖区", "豫章街道");
    const auto c = community("C", "东湖区", "董家窑街道");
    const auto d = community("D", "章贡区", "南外街道");
    std::vector<RankedCheck> checks {check(a, 72.0, "中", 0, 0),
                                     check(b, 86.5, "良", 0, 0),
                                     check(c, std::nullopt, "", 0, 0),
                                     check(d, 72.0, "中", 1, 1)};
    Rollup::rank(checks);
    REQUIRE(checks.size() == 4);
    CHECK(checks[0].community.code == u"B");
    CHECK(checks[0].rank == 1);
    CHECK(checks[1].community.code == u"A"); // tie on 72.0: by code
    CHECK(checks[1].rank == 2);
    CHECK(checks[2].community.code == u"D");
    CHECK(checks[2].rank == 2);
    CHECK(checks[3].community.code == u"C"); // no score
    CHECK(checks[3].rank == 4);
}

TEST_CASE("Roll-up by street and county: means, medians, grade counts and the register", "[report][rollup]")
{
    const auto a = community("A", "东湖区", "豫章街道");
    const auto b = community("B", "东湖区", "豫章街道");
    const auto c = community("C", "东湖区", "豫章街道");
    const auto e = community("E", "东湖区", "董家窑街道"); // registered, not checked
    const auto d = community("D", "章贡区", "南外街道");
    const std::vector<cc::Community> registered {a, b, c, e, d};
    // One decimal is what counts: 56.25 rounds to 56.3 (scoring §7).
    const std::vector<RankedCheck> checks {check(a, 56.25, "差", 3, 4),
                                           check(b, 72.0, "中", 0, 1),
                                           check(c, 90.0, "优", 0, 0),
                                           check(d, 80.0, "良", 1, 1)};
    const QStringList grades {QStringLiteral("优"), QStringLiteral("良"), QStringLiteral("中"), QStringLiteral("差")};

    const auto streets = Rollup::rollUp(RollupLevel::Street, checks, registered, grades);
    REQUIRE(streets.size() == 3);
    const auto street = [&](const char* name) {
        return *std::find_if(
            streets.begin(), streets.end(), [&](const auto& r) { return r.key == QString::fromUtf8(name); });
    };
    const auto yuzhang = street("豫章街道");
    CHECK(yuzhang.county == u"东湖区");
    CHECK(yuzhang.communities == 3);
    CHECK(yuzhang.checked == 3);
    CHECK(*yuzhang.mean == Approx((56.3 + 72.0 + 90.0) / 3)); // 72.7666…
    CHECK(*yuzhang.median == 72.0);
    CHECK(yuzhang.grades
          == std::vector<std::pair<QString, int>> {{QStringLiteral("优"), 1},
                                                   {QStringLiteral("良"), 0},
                                                   {QStringLiteral("中"), 1},
                                                   {QStringLiteral("差"), 1}});
    CHECK(yuzhang.bottomLineFailures == 3);
    CHECK(yuzhang.openTimeBound == 5);
    const auto empty = street("董家窑街道");
    CHECK(empty.communities == 1);
    CHECK(empty.checked == 0);
    CHECK_FALSE(empty.mean);
    CHECK_FALSE(empty.median);

    const auto counties = Rollup::rollUp(RollupLevel::County, checks, registered, grades);
    REQUIRE(counties.size() == 2);
    const auto donghu = counties[0].key == u"东湖区" ? counties[0] : counties[1];
    CHECK(donghu.communities == 4);
    CHECK(donghu.checked == 3);
    CHECK(*donghu.median == 72.0);
    const auto city = Rollup::rollUp(RollupLevel::City, checks, registered, grades);
    REQUIRE(city.size() == 1);
    CHECK(city[0].communities == 5);
    CHECK(city[0].checked == 4);
    CHECK(*city[0].median == Approx((72.0 + 80.0) / 2)); // an even count: the mean of the middle two
    CHECK(*city[0].mean == Approx((56.3 + 72.0 + 90.0 + 80.0) / 4));
}

TEST_CASE("Heat map: the most failed indicator first, cells counted per community, street and county",
          "[report][heatmap]")
{
    using cc::report::HeatMap;
    using cc::report::HeatMapBuilder;
    using S = cc::scoring::Status;
    const auto a = community("A", "东湖区", "豫章街道");
    const auto b = community("B", "东湖区", "豫章街道");
    const auto c = community("C", "章贡区", "南外街道");
    const std::vector<RankedCheck> checks {
        check(a, 80.0, "良", 0, 0), check(b, 70.0, "中", 0, 0), check(c, 60.0, "中", 1, 1)};
    // X fails once, Y twice, Z never (N/A once), I is informational.
    QHash<QString, cc::report::IndicatorOutcomes> outcomes;
    const auto put = [&](const RankedCheck& k, S x, S y, S z) {
        outcomes.insert(k.assessment.toString(),
                        {{{QStringLiteral("X"), x},
                          {QStringLiteral("Y"), y},
                          {QStringLiteral("Z"), z},
                          {QStringLiteral("I"), S::Info}}});
    };
    put(checks[0], S::Pass, S::Fail, S::Pass);
    put(checks[1], S::Fail, S::Fail, S::NotApplicable);
    put(checks[2], S::Pass, S::Pass, S::Unanswered);
    QHash<QString, cc::LocalizedText> names;
    const QStringList order {QStringLiteral("X"), QStringLiteral("Y"), QStringLiteral("Z"), QStringLiteral("I")};
    for (const QString& code : order)
        names.insert(code, {code + QStringLiteral("名"), {}, {}});

    const HeatMap byCommunity = HeatMapBuilder::build(HeatMap::Columns::Community, checks, outcomes, names, order);
    REQUIRE(byCommunity.rows.size() == 3); // I left out
    CHECK(byCommunity.rows[0].code == u"Y");
    CHECK(byCommunity.rows[0].failed == 2);
    CHECK(byCommunity.rows[0].answered == 3);
    CHECK(byCommunity.rows[1].code == u"X");
    CHECK(byCommunity.rows[2].code == u"Z");
    CHECK(byCommunity.rows[2].answered == 1);
    REQUIRE(byCommunity.columns.size() == 3);
    CHECK(byCommunity.columns[1].detail == u"B");
    CHECK(byCommunity.columns[1].assessment == checks[1].assessment);
    CHECK(byCommunity.cells[1][1].fail == 1); // X in B
    CHECK(byCommunity.cells[2][1].notApplicable == 1); // Z in B
    CHECK(byCommunity.cells[2][2].unanswered == 1); // Z in C

    const HeatMap byStreet = HeatMapBuilder::build(HeatMap::Columns::Street, checks, outcomes, names, order);
    REQUIRE(byStreet.columns.size() == 2);
    CHECK(byStreet.columns[0].label == u"豫章街道");
    CHECK(byStreet.columns[0].detail == u"东湖区");
    CHECK_FALSE(byStreet.columns[0].assessment);
    CHECK(byStreet.cells[0][0].fail == 2); // Y in 豫章街道: A and B
    CHECK(byStreet.cells[0][1].pass == 1); // Y in 南外街道

    const HeatMap byCounty = HeatMapBuilder::build(HeatMap::Columns::County, checks, outcomes, names, order);
    REQUIRE(byCounty.columns.size() == 2);
    CHECK(byCounty.cells[1][0].fail == 1); // X in 东湖区
    CHECK(byCounty.cells[1][0].pass == 1);
}

TEST_CASE("Round over round: score change per programme, problems resolved, persisting and new", "[report][rounds]")
{
    using cc::report::CheckOutcome;
    using cc::report::RoundChanges;
    const auto a = community("A", "东湖区", "豫章街道");
    const auto b = community("B", "东湖区", "豫章街道");
    const auto c = community("C", "东湖区", "董家窑街道"); // checked in the later round only
    const auto d = community("D", "章贡区", "南外街道"); // in the earlier round only
    const std::vector<RankedCheck> earlier {
        check(a, 60.0, "中", 1, 1), check(b, 80.0, "良", 0, 0), check(d, 70.0, "中", 0, 0)};
    const std::vector<RankedCheck> later {
        check(b, 78.0, "良", 0, 0), check(a, 75.5, "良", 0, 0), check(c, 90.0, "优", 0, 0)};
    QHash<QString, CheckOutcome> outcomes;
    const auto put = [&](const RankedCheck& k, double p1, std::optional<double> p2, QStringList problems) {
        CheckOutcome o;
        o.overall = k.score;
        o.programmes.insert(QStringLiteral("P1"), p1);
        if (p2)
            o.programmes.insert(QStringLiteral("P2"), *p2);
        o.problems = problems;
        outcomes.insert(k.assessment.toString(), o);
    };
    put(earlier[0], 50.04, 70.0, {QStringLiteral("X"), QStringLiteral("Y"), QStringLiteral("Z")});
    put(earlier[1], 90.0, std::nullopt, {QStringLiteral("Y")});
    put(earlier[2], 70.0, 70.0, {});
    put(later[0], 88.0, 60.0, {QStringLiteral("Y"), QStringLiteral("W")});
    put(later[1], 72.46, 80.0, {QStringLiteral("Z")});
    put(later[2], 90.0, 90.0, {});
    const std::vector<std::pair<QString, cc::LocalizedText>> programmes {
        {QStringLiteral("P1"), {QStringLiteral("一"), {}, {}}}, {QStringLiteral("P2"), {QStringLiteral("二"), {}, {}}}};

    const auto cmp = RoundChanges::compare(earlier, later, outcomes, programmes);
    CHECK(cmp.onlyEarlier == 1);
    CHECK(cmp.onlyLater == 1);
    REQUIRE(cmp.rows.size() == 2);
    // In the later round's order: B, then A.
    CHECK(cmp.rows[0].community.code == u"B");
    CHECK(cmp.rows[0].programmeChange[0] == Approx(-2.0));
    CHECK_FALSE(cmp.rows[0].programmeChange[1]); // not scored in the earlier check
    CHECK(cmp.rows[0].persisting == QStringList {QStringLiteral("Y")});
    CHECK(cmp.rows[0].added == QStringList {QStringLiteral("W")});
    CHECK(cmp.rows[0].resolved.isEmpty());
    const auto& rowA = cmp.rows[1];
    CHECK(*rowA.earlierScore == Approx(60.0));
    CHECK(*rowA.laterScore == Approx(75.5));
    CHECK(*rowA.programmeChange[0] == Approx(22.5)); // 72.5 − 50.0, the one-decimal scores
    CHECK(*rowA.programmeChange[1] == Approx(10.0));
    CHECK(rowA.resolved == QStringList({QStringLiteral("X"), QStringLiteral("Y")}));
    CHECK(rowA.persisting == QStringList {QStringLiteral("Z")});
    CHECK(rowA.added.isEmpty());
}

TEST_CASE("Box plot numbers: Tukey's hinges, worked by hand", "[report][rollup]")
{
    CHECK_FALSE(Rollup::box({}));
    // 1 3 5 7 9 11 13: halves 1 3 5 | 9 11 13 → hinges 3 and 11.
    const auto odd = Rollup::box({13, 1, 9, 5, 11, 3, 7});
    REQUIRE(odd);
    CHECK(odd->least == Approx(1));
    CHECK(odd->lowerQuartile == Approx(3));
    CHECK(odd->median == Approx(7));
    CHECK(odd->upperQuartile == Approx(11));
    CHECK(odd->greatest == Approx(13));
    CHECK(odd->count == 7);
    // 60 70 80 90: halves 60 70 | 80 90 → 65 and 85, median 75.
    const auto even = Rollup::box({90, 60, 80, 70});
    REQUIRE(even);
    CHECK(even->lowerQuartile == Approx(65));
    CHECK(even->median == Approx(75));
    CHECK(even->upperQuartile == Approx(85));
    const auto one = Rollup::box({42});
    REQUIRE(one);
    CHECK(one->lowerQuartile == Approx(42));
    CHECK(one->upperQuartile == Approx(42));
}
