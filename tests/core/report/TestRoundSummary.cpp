// SPDX-License-Identifier: GPL-3.0-or-later
// The round summary a county leader reads: its figures against a fixture worked by hand.
#include "core/report/RoundSummary.h"

#include <catch2/catch_test_macros.hpp>

using cc::report::BottomLineItem;
using cc::report::RankedCheck;
using cc::report::RoundSummaries;
using cc::report::RoundSummaryInput;

namespace {

cc::Community community(const char* code, const char* name, const char* street)
{
    cc::Community c;
    c.id = cc::CommunityId::create();
    c.code = QString::fromUtf8(code);
    c.name = QString::fromUtf8(name);
    c.city = QStringLiteral("南昌市");
    c.county = QStringLiteral("东湖区");
    c.street = QString::fromUtf8(street);
    return c;
}

RankedCheck check(const cc::Community& c, double score, const char* grade, int failures, int timeBound)
{
    RankedCheck r;
    r.community = c;
    r.assessment = cc::AssessmentId::create();
    r.status = cc::AssessmentStatus::Approved;
    r.score = score;
    r.grade = QString::fromUtf8(grade);
    r.coverage = 1.0;
    r.provisional = false;
    r.bottomLineFailures = failures;
    r.openTimeBound = timeBound;
    return r;
}

cc::GradeBand band(double min, const char* zh, const char* en)
{
    cc::GradeBand g;
    g.min = min;
    g.label = {QString::fromUtf8(zh), QString::fromUtf8(en), {}};
    return g;
}

} // namespace

TEST_CASE("Round summary: the figures at a glance, the roll-up, the most failed indicators, the bottom line",
          "[report][summary]")
{
    using S = cc::scoring::Status;
    const auto a = community("A", "甲社区", "豫章街道");
    const auto b = community("B", "乙社区", "豫章街道");
    const auto c = community("C", "丙社区", "董家窑街道");
    const auto d = community("D", "丁社区", "董家窑街道"); // registered, not checked
    RoundSummaryInput in;
    in.round = QStringLiteral("2025 体检");
    in.county = QStringLiteral("东湖区");
    in.checks = {check(a, 88.0, "优", 0, 0), check(c, 70.0, "中", 1, 1), check(b, 55.0, "差", 2, 3)};
    in.checks[2].status = cc::AssessmentStatus::Submitted;
    cc::report::Rollup::rank(in.checks);
    in.registered = {a, b, c, d};
    in.gradeLabels = {QStringLiteral("优"), QStringLiteral("良"), QStringLiteral("中"), QStringLiteral("差")};
    in.gradeBands = {
        band(85, "优", "Excellent"), band(75, "良", "Good"), band(60, "中", "Fair"), band(0, "差", "Poor")};
    // X fails in B and C; Y in B; Z never.
    const auto put = [&](const RankedCheck& k, S x, S y, S z) {
        in.indicators.insert(k.assessment.toString(),
                             {{{QStringLiteral("X"), x}, {QStringLiteral("Y"), y}, {QStringLiteral("Z"), z}}});
    };
    put(in.checks[0], S::Pass, S::Pass, S::Pass);
    put(in.checks[1], S::Fail, S::Pass, S::Pass);
    put(in.checks[2], S::Fail, S::Fail, S::NotApplicable);
    in.indicatorOrder = {QStringLiteral("Z"), QStringLiteral("Y"), QStringLiteral("X")};
    for (const QString& code : in.indicatorOrder)
        in.indicatorNames.insert(code, {code + QStringLiteral("名"), code + QStringLiteral(" name"), {}});
    const auto item = [](const char* code, QDate deadline) {
        return BottomLineItem {QString::fromLatin1(code),
                               {QString::fromLatin1(code) + QStringLiteral("名"), {}, {}},
                               {QStringLiteral("否"), QStringLiteral("No"), {}},
                               deadline,
                               {QStringLiteral("区住建局"), QStringLiteral("街道办事处")}};
    };
    in.outcomes[in.checks[1].assessment.toString()].bottomLine = {item("X", QDate(2026, 3, 1))};
    in.outcomes[in.checks[2].assessment.toString()].bottomLine = {item("X", QDate(2026, 3, 1)),
                                                                  item("Y", QDate(2027, 3, 1))};

    const auto s = RoundSummaries::build(in, QStringLiteral("zh_CN"), QDate(2026, 12, 7));
    CHECK(s.scope == u"东湖区");
    CHECK(s.round == u"2025 体检");
    CHECK(s.level == cc::report::RollupLevel::Street);

    // At a glance: 4 registered, 3 checked (2 approved, 1 submitted), 1 without; mean (88+70+55)/3 = 71.0,
    // median 70.0, best 甲社区, worst 乙社区; 2 communities fail 3 bottom-line indicators; 4 open.
    const QString glance = s.glance.join(u'\n');
    CHECK(glance.contains(QStringLiteral("4 community(ies) registered, 3 checked in this round")));
    CHECK(glance.contains(QStringLiteral("(2 approved, 1 submitted")));
    CHECK(glance.contains(QStringLiteral("1 not yet checked")));
    CHECK(glance.contains(
        QStringLiteral("Mean score 71.0, median 70.0; the highest 88.0 (甲社区), the lowest 55.0 (乙社区)")));
    CHECK(glance.contains(QStringLiteral("优 1、良 0、中 1、差 1")));
    CHECK(glance.contains(QStringLiteral("(3 failures in all)")));

    // The roll-up by street: 豫章街道 has A and B (mean (88+55)/2 = 71.5), 董家窑街道 C and D (C checked).
    REQUIRE(s.rows.size() == 2);
    const auto& yuzhang = s.rows[0].key == u"豫章街道" ? s.rows[0] : s.rows[1];
    CHECK(yuzhang.communities == 2);
    CHECK(yuzhang.checked == 2);
    CHECK(*yuzhang.mean == 71.5);
    CHECK(s.rollUp.rows.size() == 2);
    CHECK(s.ranking.rows.size() == 3);

    // The heat map by street: X (failed twice) before Y (once); Z never failed, so it is not listed.
    REQUIRE(s.heatMap.rows.size() == 2);
    CHECK(s.heatMap.rows[0].code == u"X");
    CHECK(s.heatMap.rows[0].failed == 2);
    CHECK(s.heatMap.rows[1].code == u"Y");
    CHECK(s.heatMap.by == cc::report::HeatMap::Columns::Street);
    CHECK(s.heatMap.columns.size() == 2);
    CHECK(RoundSummaries::cellText(s.heatMap.cells[0][0]) == u"1/2"); // X in 豫章街道: B failed, A passed

    // The bottom line: street by street, community by community, the past deadline flagged.
    REQUIRE(s.bottomLine.rows.size() == 3);
    REQUIRE(s.overdue.size() == 3);
    int overdue = 0;
    for (size_t r = 0; r < s.bottomLine.rows.size(); ++r) {
        const QString deadline = s.bottomLine.rows[r].at(5).toString();
        CHECK(s.overdue[r] == (deadline == u"2026-03-01"));
        overdue += s.overdue[r] ? 1 : 0;
        CHECK(s.bottomLine.rows[r].at(6).toString() == u"区住建局、街道办事处");
    }
    CHECK(overdue == 2);
    CHECK(s.bottomLine.rows[0].at(2).toString() == u"董家窑街道"); // in pinyin order: dong before yu

    // In English, the grades and the indicator names are the English ones.
    const auto en = RoundSummaries::build(in, QStringLiteral("en"), QDate(2026, 12, 7));
    CHECK(en.glance.join(u'\n').contains(QStringLiteral("Excellent 1, Good 0, Fair 1, Poor 1")));
    CHECK(en.bottomLine.rows[0].at(4).toString() == u"No");
}

TEST_CASE("Round summary: a scope without checks says so; everywhere rolls up by county", "[report][summary]")
{
    RoundSummaryInput in;
    in.round = QStringLiteral("2025 体检");
    in.registered = {community("A", "甲社区", "豫章街道")};
    const auto s = RoundSummaries::build(in, QStringLiteral("zh_CN"), QDate(2026, 12, 7));
    CHECK(s.level == cc::report::RollupLevel::County);
    CHECK(s.scope == RoundSummaries::tr("All counties"));
    REQUIRE(s.glance.size() == 1);
    CHECK(s.glance.front().contains(QStringLiteral("registered, 0 checked")));
    CHECK(s.heatMap.rows.empty());
    CHECK(s.bottomLine.rows.empty());
}
