// SPDX-License-Identifier: GPL-3.0-or-later
// The scoring contract (spec/scoring.md), rule by rule, plus its worked example and the two
// expected files of spec/examples.
#include "core/io/IndicatorSetJson.h"
#include "core/io/ResponsesCsv.h"
#include "core/scoring/Scoring.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <tuple>

using Catch::Approx;
using cc::Response;
using cc::scoring::Status;

namespace {

// A set from a JSON fragment: `groups` and optional top-level extras.
cc::IndicatorSet makeSet(const char* groups, const char* extra = "")
{
    const QByteArray json = QByteArray(R"({"format": "communitycheck.indicator-set", "format_version": 1,
        "code": "T", "version": "1", "name": {"zh": "测试"},
        "community_types": [{"code": "old_estate", "name": {"zh": "老旧小区"}},
                            {"code": "commercial_estate", "name": {"zh": "商品房小区"}}],
        "grades": [{"min": 60, "label": "中"}, {"min": 85, "label": "优"}, {"min": 0, "label": "差"},
                   {"min": 75, "label": "良"}])")
        + extra + R"(, "groups": )" + groups + "}";
    auto set = cc::io::parseIndicatorSet(json, QStringLiteral("test.json"));
    if (!set)
        FAIL(set.error().message << "\n" << set.error().detail);
    return set.value();
}

cc::Community community(const char* type = "old_estate")
{
    cc::Community c;
    c.code = QStringLiteral("C");
    c.name = QStringLiteral("社区");
    c.type = QString::fromLatin1(type);
    c.households = 800;
    c.buildings = 12;
    return c;
}

Response answer(const char* code, cc::ResponseValue value)
{
    Response r;
    r.indicatorCode = QString::fromLatin1(code);
    r.value = std::move(value);
    return r;
}

Response notApplicable(const char* code)
{
    Response r;
    r.indicatorCode = QString::fromLatin1(code);
    r.notApplicable = true;
    return r;
}

// One number indicator in one group; returns its score for a value.
std::optional<double> numberScore(const char* params, double value, cc::Community c = community())
{
    const QByteArray groups = QByteArray(R"([{"code": "G", "name": "g", "indicators": [{"code": "N", "name": "n",
        "type": "number", )")
        + params + "}]}]";
    const cc::IndicatorSet set = makeSet(groups.constData());
    return cc::scoring::score(set, c, {answer("N", value)}).indicators.front().score;
}

// The worked example of §8.
const char* kWorkedExample = R"([
    {"code": "A", "name": "A", "weight": 2, "indicators": [
        {"code": "a1", "name": "a1", "type": "boolean"},
        {"code": "a2", "name": "a2", "type": "number", "direction": "higher_better", "target": 10, "zero_at": 0}]},
    {"code": "B", "name": "B", "weight": 1, "indicators": [
        {"code": "b1", "name": "b1", "type": "number", "direction": "lower_better", "target": 0, "bottom_line": true},
        {"code": "b2", "name": "b2", "type": "rating"}]}])";

} // namespace

TEST_CASE("round1 rounds half up on the value people see", "[scoring]")
{
    CHECK(cc::scoring::round1(74.96) == Approx(75.0));
    CHECK(cc::scoring::round1(74.94) == Approx(74.9));
    CHECK(cc::scoring::round1(69.95) == Approx(70.0));
    CHECK(cc::scoring::round1(0.0) == 0.0);
    CHECK(cc::scoring::round1(100.0) == Approx(100.0));
}

TEST_CASE("Worked example: overall 85.8333 is 优", "[scoring][example]")
{
    const auto set = makeSet(kWorkedExample, R"(, "bottom_line_cap": "中")");
    const auto s = cc::scoring::score(
        set, community(), {answer("a1", true), answer("a2", 7.0), answer("b1", 0.0), answer("b2", 4.0)});
    CHECK(s.groups[0].score == Approx(85.0));
    CHECK(s.groups[1].score == Approx(87.5));
    CHECK(*s.overall == Approx(85.8333).margin(1e-4));
    CHECK(s.grade->label.zh == u"优");
    CHECK(s.bottomLineFailures.empty());
    CHECK(*s.coverage == 1.0);
}

TEST_CASE("Worked example: a bottom-line failure and the cap", "[scoring][example]")
{
    const auto set = makeSet(kWorkedExample, R"(, "bottom_line_cap": "中")");
    auto s = cc::scoring::score(
        set, community(), {answer("a1", true), answer("a2", 7.0), answer("b1", 2.0), answer("b2", 4.0)});
    CHECK(s.result(u"b1")->status == Status::Fail);
    CHECK(s.groups[1].score == Approx(37.5));
    CHECK(*s.overall == Approx(69.1667).margin(1e-4));
    CHECK(s.grade->label.zh == u"中"); // the cap does not change a grade already at or below it
    CHECK_FALSE(s.capped);
    REQUIRE(s.bottomLineFailures.size() == 1);
    CHECK(s.bottomLineFailures.front()->code == u"b1");

    s = cc::scoring::score(
        set, community(), {answer("a1", true), answer("a2", 10.0), answer("b1", 2.0), answer("b2", 5.0)});
    CHECK(s.groups[0].score == Approx(100.0));
    CHECK(s.groups[1].score == Approx(50.0));
    CHECK(*s.overall == Approx(83.3333).margin(1e-4));
    CHECK(s.computedGrade->label.zh == u"良");
    CHECK(s.grade->label.zh == u"中");
    CHECK(s.capped);
}

TEST_CASE("Bottom-line failures are listed also without a cap", "[scoring]")
{
    const auto set = makeSet(kWorkedExample);
    const auto s = cc::scoring::score(
        set, community(), {answer("a1", true), answer("a2", 10.0), answer("b1", 2.0), answer("b2", 5.0)});
    CHECK(s.grade->label.zh == u"良");
    CHECK(s.bottomLineFailures.size() == 1);
}

TEST_CASE("Boolean: pass_value decides", "[scoring][types]")
{
    const auto set = makeSet(R"([{"code": "G", "name": "g", "indicators": [
        {"code": "yes", "name": "y", "type": "boolean"},
        {"code": "no", "name": "n", "type": "boolean", "pass_value": false}]}])");
    auto s = cc::scoring::score(set, community(), {answer("yes", false), answer("no", false)});
    CHECK(*s.result(u"yes")->score == 0.0);
    CHECK(s.result(u"yes")->status == Status::Fail);
    CHECK(*s.result(u"no")->score == 100.0);
    CHECK(s.result(u"no")->status == Status::Pass);
}

TEST_CASE("Number higher_better: linear from zero_at (default 0) to target", "[scoring][types]")
{
    CHECK(*numberScore(R"("direction": "higher_better", "target": 10)", 7) == Approx(70));
    CHECK(*numberScore(R"("direction": "higher_better", "target": 10)", 12) == 100);
    CHECK(*numberScore(R"("direction": "higher_better", "target": 10)", 0) == 0);
    CHECK(*numberScore(R"("direction": "higher_better", "target": 10, "zero_at": 5)", 7.5) == Approx(50));
    CHECK(*numberScore(R"("direction": "higher_better", "target": 10, "zero_at": 5)", 4) == 0);
    CHECK(*numberScore(R"("direction": "higher_better", "target": 10, "zero_at": -10)", 0) == Approx(50));
    // x compared with target with a tolerance of 1e-9
    CHECK(*numberScore(R"("direction": "higher_better", "target": 0.3)", 0.1 + 0.2) == 100);
}

TEST_CASE("Number lower_better: linear to zero_at, or a step without it", "[scoring][types]")
{
    CHECK(*numberScore(R"("direction": "lower_better", "target": 2, "zero_at": 10)", 6) == Approx(50));
    CHECK(*numberScore(R"("direction": "lower_better", "target": 2, "zero_at": 10)", 1) == 100);
    CHECK(*numberScore(R"("direction": "lower_better", "target": 2, "zero_at": 10)", 12) == 0);
    CHECK(*numberScore(R"("direction": "lower_better", "target": 0)", 0) == 100);
    CHECK(*numberScore(R"("direction": "lower_better", "target": 0)", 1) == 0);
    // a hazard ratio of 0.04 still fails a lower-better target of 0
    CHECK(*numberScore(R"("direction": "lower_better", "target": 0)", 0.04) == 0);
    CHECK(*numberScore(R"("direction": "lower_better", "target": 0.3)", 0.1 + 0.2) == 100);
}

TEST_CASE("Number normalize_by divides by the community figure times per", "[scoring][types]")
{
    const char* params = R"("direction": "higher_better", "target": 10, "normalize_by": "households", "per": 100)";
    CHECK(*numberScore(params, 56) == Approx(70)); // 56 / 800 × 100 = 7 per 100 households
    cc::Community noFigure = community();
    noFigure.households.reset();
    const QByteArray groups = QByteArray(R"([{"code": "G", "name": "g", "indicators": [{"code": "N", "name": "n",
        "type": "number", )")
        + params + R"(}, {"code": "I", "name": "i", "type": "number", "scored": false, )" + params + "}]}]";
    const auto set = makeSet(groups.constData());
    const auto s = cc::scoring::score(set, noFigure, {answer("N", 56.0), answer("I", 3.0)});
    CHECK(s.result(u"N")->status == Status::Unanswered);
    CHECK_FALSE(s.result(u"N")->score);
    CHECK(s.result(u"N")->reason.contains(QStringLiteral("households")));
    CHECK(s.result(u"I")->status == Status::Info); // scored: false is info whatever the normaliser
    cc::Community zero = community();
    zero.households = 0;
    CHECK(cc::scoring::score(set, zero, {answer("N", 56.0)}).result(u"N")->status == Status::Unanswered);
    CHECK(*s.coverage == 0.5);
}

TEST_CASE("Rating, choice and checklist scores", "[scoring][types]")
{
    const auto set = makeSet(R"([{"code": "G", "name": "g", "indicators": [
        {"code": "r", "name": "r", "type": "rating"},
        {"code": "r10", "name": "r", "type": "rating", "scale_min": 0, "scale_max": 10, "pass_score": 70},
        {"code": "c", "name": "c", "type": "choice", "options": [{"code": "x", "label": "x", "score": 40},
                                                                 {"code": "y", "label": "y", "score": 100}]},
        {"code": "k", "name": "k", "type": "checklist", "items": [{"code": "a", "label": "a"},
            {"code": "b", "label": "b", "points": 2}, {"code": "z", "label": "z", "points": 0}]},
        {"code": "k0", "name": "k0", "type": "checklist", "items": [{"code": "a", "label": "a"}]}]}])");
    const auto s = cc::scoring::score(set,
                                      community(),
                                      {answer("r", 3.6),
                                       answer("r10", 7.0),
                                       answer("c", QStringLiteral("x")),
                                       answer("k", QStringList {QStringLiteral("b"), QStringLiteral("z")}),
                                       answer("k0", QStringList {})});
    CHECK(*s.result(u"r")->score == Approx(65));
    CHECK(s.result(u"r")->status == Status::Pass);
    CHECK(*s.result(u"r10")->score == Approx(70));
    CHECK(s.result(u"r10")->status == Status::Pass); // 70 reaches a pass score of 70
    CHECK(*s.result(u"c")->score == 40);
    CHECK(s.result(u"c")->status == Status::Fail);
    CHECK(*s.result(u"k")->score == Approx(200.0 / 3));
    CHECK(*s.result(u"k0")->score == 0); // an empty checklist is an answer: none checked
    CHECK(s.result(u"k0")->status == Status::Fail);
}

TEST_CASE("A rating mean of 3.8 reaches a pass score of 70 whatever the rounding", "[scoring][precision]")
{
    const auto set = makeSet(R"([{"code": "G", "name": "g", "indicators": [
        {"code": "r", "name": "r", "type": "rating", "pass_score": 70}]}])");
    const auto s = cc::scoring::score(set, community(), {answer("r", 3.8)});
    CHECK(s.result(u"r")->status == Status::Pass);
}

TEST_CASE("Grades are taken on the rounded overall: 74.96 is graded 75", "[scoring][precision]")
{
    // b has score 49.92 → overall (100 + 49.92) / 2 = 74.96, shown as 75.0 → 良 (75 band).
    const auto set = makeSet(R"([{"code": "G", "name": "g", "indicators": [
        {"code": "a", "name": "a", "type": "boolean"},
        {"code": "b", "name": "b", "type": "number", "direction": "higher_better", "target": 100}]}])");
    const auto s = cc::scoring::score(set, community(), {answer("a", true), answer("b", 49.92)});
    CHECK(*s.overall == Approx(74.96));
    CHECK(s.grade->label.zh == u"良");
}

TEST_CASE("Text and scored:false are info; N/A, applies_to and missing answers", "[scoring][status]")
{
    const auto set = makeSet(R"([{"code": "G", "name": "g", "indicators": [
        {"code": "t", "name": "t", "type": "text"},
        {"code": "t2", "name": "t2", "type": "text", "scored": true},
        {"code": "i", "name": "i", "type": "boolean", "scored": false},
        {"code": "na", "name": "na", "type": "boolean"},
        {"code": "old", "name": "old", "type": "boolean", "applies_to": ["old_estate"]},
        {"code": "none", "name": "none", "type": "boolean"},
        {"code": "opt", "name": "opt", "type": "boolean", "required": false},
        {"code": "p", "name": "p", "type": "boolean"}]}])");
    const auto s = cc::scoring::score(set,
                                      community("commercial_estate"),
                                      {answer("t", QStringLiteral("楼道堆物")),
                                       answer("t2", QStringLiteral("x")),
                                       answer("i", false),
                                       notApplicable("na"),
                                       answer("old", false),
                                       answer("p", true)});
    CHECK(s.result(u"t")->status == Status::Info);
    CHECK(s.result(u"t2")->status == Status::Info); // text is never scored
    CHECK(s.result(u"i")->status == Status::Info);
    CHECK(s.result(u"na")->status == Status::NotApplicable);
    CHECK(s.result(u"old")->status == Status::NotApplicable); // a value kept but ignored
    CHECK(std::get<bool>(s.result(u"old")->value) == false);
    CHECK(s.result(u"none")->status == Status::Unanswered);
    CHECK(s.result(u"opt")->status == Status::Unanswered);
    CHECK(*s.overall == 100); // only p counts
    // coverage: required and applicable = t, t2, i, none, p; answered = t, t2, i, p
    CHECK(*s.coverage == Approx(0.8));
    CHECK_FALSE(s.provisional); // 0.8 is not below the default provisional_below 0.8
}

TEST_CASE("Scores are provisional below the set's provisional_below, and when coverage is null", "[scoring][coverage]")
{
    const char* groups = R"([{"code": "G", "name": "g", "indicators": [
        {"code": "a", "name": "a", "type": "boolean"}, {"code": "b", "name": "b", "type": "boolean"},
        {"code": "c", "name": "c", "type": "boolean"}, {"code": "d", "name": "d", "type": "boolean"}]}])";
    const auto set = makeSet(groups);
    // One answer of four: 100 and a grade, but provisional (the entry screen had shown 优 at 1 %).
    auto s = cc::scoring::score(set, community(), {answer("a", true)});
    CHECK(*s.overall == 100);
    CHECK(*s.coverage == 0.25);
    CHECK(s.provisional);
    s = cc::scoring::score(set, community(), {answer("a", true), answer("b", true), answer("c", true)});
    CHECK(*s.coverage == 0.75);
    CHECK(s.provisional);
    s = cc::scoring::score(
        set, community(), {answer("a", true), answer("b", true), answer("c", true), answer("d", false)});
    CHECK_FALSE(s.provisional);
    // A set that trusts less coverage.
    const auto lenient = makeSet(groups, R"(, "provisional_below": 0.5)");
    CHECK(lenient.provisionalThreshold() == 0.5);
    CHECK_FALSE(cc::scoring::score(lenient, community(), {answer("a", true), answer("b", false)}).provisional);
    CHECK(cc::scoring::score(lenient, community(), {answer("a", true)}).provisional);
    // Nothing required and applicable: coverage null, provisional.
    CHECK(cc::scoring::score(
              set, community(), {notApplicable("a"), notApplicable("b"), notApplicable("c"), notApplicable("d")})
              .provisional);
}

TEST_CASE("Weights renormalise over what counts; weight 0 never counts", "[scoring][aggregation]")
{
    const auto set = makeSet(R"([
        {"code": "A", "name": "a", "weight": 3, "indicators": [
            {"code": "a1", "name": "a1", "type": "boolean", "weight": 0},
            {"code": "a2", "name": "a2", "type": "boolean", "weight": 2},
            {"code": "a3", "name": "a3", "type": "boolean"}]},
        {"code": "B", "name": "b", "indicators": [{"code": "b1", "name": "b1", "type": "boolean"}]},
        {"code": "Z", "name": "z", "weight": 0, "indicators": [{"code": "z1", "name": "z1", "type": "boolean"}]}])");
    const auto s = cc::scoring::score(
        set, community(), {answer("a1", false), answer("a2", true), answer("a3", false), answer("z1", false)});
    CHECK(s.result(u"a1")->status == Status::Fail); // still a failure and a problem
    CHECK(*s.groups[0].score == Approx(200.0 / 3));
    CHECK_FALSE(s.groups[1].score); // nothing counts in B: null, left out of the overall
    CHECK(*s.groups[2].score == 0);
    CHECK(*s.overall == Approx(200.0 / 3)); // Z has weight 0, B is null
    CHECK(s.problems.size() == 3);
}

TEST_CASE("Nothing scored: overall and grade are null, coverage may be null", "[scoring][aggregation]")
{
    const auto set = makeSet(R"([{"code": "G", "name": "g", "indicators": [
        {"code": "x", "name": "x", "type": "boolean", "bottom_line": true},
        {"code": "o", "name": "o", "type": "boolean", "required": false}]}])",
                             R"(, "bottom_line_cap": "中")");
    auto s = cc::scoring::score(set, community(), {});
    CHECK_FALSE(s.overall);
    CHECK(s.grade == nullptr);
    CHECK(*s.coverage == 0);
    s = cc::scoring::score(set, community(), {notApplicable("x")});
    CHECK_FALSE(s.coverage); // no required applicable indicator
}

TEST_CASE("Bottom-line defaults to a pass score of 100; an explicit pass score wins", "[scoring][status]")
{
    const auto set = makeSet(R"([{"code": "G", "name": "g", "indicators": [
        {"code": "h", "name": "h", "type": "number", "direction": "lower_better", "target": 0, "zero_at": 10,
         "bottom_line": true},
        {"code": "h2", "name": "h2", "type": "number", "direction": "lower_better", "target": 0, "zero_at": 10,
         "bottom_line": true, "pass_score": 50}]}])");
    const auto s = cc::scoring::score(set, community(), {answer("h", 1.0), answer("h2", 1.0)});
    CHECK(*s.result(u"h")->score == Approx(90));
    CHECK(s.result(u"h")->status == Status::Fail);
    CHECK(s.result(u"h2")->status == Status::Pass);
}

TEST_CASE("Problems: time-bound first, severity bands, inherited units, projects", "[scoring][problems]")
{
    const auto set =
        makeSet(R"([
        {"code": "A", "name": "a", "responsible_units": ["县住房城乡建设局"], "groups": [
            {"code": "A1", "name": "a1", "indicators": [
                {"code": "x", "name": "x", "type": "rating", "projects": ["P-1"]},
                {"code": "y", "name": "y", "type": "rating", "responsible_units": ["县民政局"]}]}],
         "indicators": [{"code": "z", "name": "z", "type": "boolean", "bottom_line": true,
                         "projects": [{"code": "P-2", "name": "p2", "class": "基础", "quantity": "one"}]}]}])",
                R"(, "project_templates": [{"code": "P-1", "name": "p1", "class": "完善", "quantity": "one"}])");
    const auto s = cc::scoring::score(set, community(), {answer("x", 1.0), answer("y", 3.0), answer("z", false)});
    REQUIRE(s.problems.size() == 3);
    CHECK(s.problems[0].indicator->code == u"z"); // 限时解决 first
    CHECK(s.problems[0].category.zh == u"限时解决");
    CHECK(s.problems[0].projects == QStringList {QStringLiteral("P-2")});
    CHECK(s.problems[1].indicator->code == u"x");
    CHECK(s.problems[1].category.zh == u"尽力解决");
    CHECK(s.problems[1].severity.zh == u"严重"); // 0 < 30
    CHECK(s.problems[1].responsibleUnits == QStringList {QStringLiteral("县住房城乡建设局")});
    CHECK(s.problems[1].projects == QStringList {QStringLiteral("P-1")});
    CHECK(s.problems[2].severity.zh == u"较严重"); // 50 < 60
    CHECK(s.problems[2].responsibleUnits == QStringList {QStringLiteral("县民政局")});

    const auto custom =
        makeSet(R"([{"code": "G", "name": "g", "indicators": [
        {"code": "x", "name": "x", "type": "rating"}]}])",
                R"(, "severity_bands": [{"max": 100.0001, "label": "轻"}, {"max": 50, "label": "重"}])");
    CHECK(cc::scoring::score(custom, community(), {answer("x", 3.0)}).problems[0].severity.zh == u"轻");
    CHECK(cc::scoring::score(custom, community(), {answer("x", 2.9)}).problems[0].severity.zh == u"重");
}

TEST_CASE("spec/examples: both expected score files are reproduced", "[scoring][example]")
{
    auto set = cc::io::parseIndicatorSet(testing::readFile(testing::dataPath(QStringLiteral("scoring/mini-set.json"))),
                                         QStringLiteral("mini-set.json"));
    REQUIRE_OK(set);
    const QJsonObject c =
        QJsonDocument::fromJson(testing::readFile(testing::dataPath(QStringLiteral("scoring/community.json"))))
            .object();
    cc::Community community;
    community.code = c.value(QStringLiteral("code")).toString();
    community.type = c.value(QStringLiteral("type")).toString();
    community.households = c.value(QStringLiteral("households")).toInteger();
    community.buildings = c.value(QStringLiteral("buildings")).toInteger();
    community.population = c.value(QStringLiteral("population")).toInteger();
    community.areaHa = c.value(QStringLiteral("area_ha")).toDouble();

    for (const auto& [csv, expectedFile] : {std::pair {"responses.csv", "expected-score.json"},
                                            std::pair {"responses-hazard.csv", "expected-score-hazard.json"}}) {
        CAPTURE(csv);
        const QString name = QString::fromLatin1(csv);
        auto responses = cc::io::parseResponsesCsv(
            testing::readFile(testing::dataPath(QStringLiteral("scoring/") + name)), name, *set);
        REQUIRE_OK(responses);
        const auto s = cc::scoring::score(*set, community, *responses);
        const QJsonObject expected =
            QJsonDocument::fromJson(
                testing::readFile(testing::dataPath(QStringLiteral("scoring/") + QString::fromLatin1(expectedFile))))
                .object();
        const QJsonObject overall = expected.value(QStringLiteral("overall")).toObject();
        CHECK(*s.overall == Approx(overall.value(QStringLiteral("score")).toDouble()).margin(0.01));
        CHECK(s.grade->label.zh == overall.value(QStringLiteral("grade")).toString());
        CHECK(*s.coverage == Approx(overall.value(QStringLiteral("coverage")).toDouble()));
        QStringList failures;
        for (const auto* ind : s.bottomLineFailures)
            failures << ind->code;
        QStringList expectedFailures;
        for (const auto& v : expected.value(QStringLiteral("bottom_line_failures")).toArray())
            expectedFailures << v.toString();
        CHECK(failures == expectedFailures);
        const QJsonArray indicators = expected.value(QStringLiteral("indicators")).toArray();
        REQUIRE(static_cast<size_t>(indicators.size()) == s.indicators.size());
        for (qsizetype i = 0; i < indicators.size(); ++i) {
            const QJsonObject e = indicators.at(i).toObject();
            const auto& r = s.indicators[static_cast<size_t>(i)];
            CAPTURE(e.value(QStringLiteral("code")).toString());
            CHECK(r.indicator->code == e.value(QStringLiteral("code")).toString());
            CHECK(cc::scoring::toString(r.status) == e.value(QStringLiteral("status")).toString());
            if (e.value(QStringLiteral("score")).isNull())
                CHECK_FALSE(r.score);
            else
                CHECK(*r.score == Approx(e.value(QStringLiteral("score")).toDouble()).margin(0.01));
        }
        // group scores, nested
        const QJsonArray groups = expected.value(QStringLiteral("groups")).toArray();
        REQUIRE(static_cast<size_t>(groups.size()) == s.groups.size());
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QJsonObject g = groups.at(i).toObject();
            CHECK(*s.groups[static_cast<size_t>(i)].score
                  == Approx(g.value(QStringLiteral("score")).toDouble()).margin(0.01));
            const QJsonArray sub = g.value(QStringLiteral("groups")).toArray();
            REQUIRE(static_cast<size_t>(sub.size()) == s.groups[static_cast<size_t>(i)].groups.size());
            for (qsizetype j = 0; j < sub.size(); ++j)
                CHECK(*s.groups[static_cast<size_t>(i)].groups[static_cast<size_t>(j)].score
                      == Approx(sub.at(j).toObject().value(QStringLiteral("score")).toDouble()).margin(0.01));
        }
    }
}

TEST_CASE("A check stored and read back scores as the spec's example files", "[scoring][example][storage]")
{
    // The answers go through the responses CSV, SQLite and back: their types and values survive,
    // so the stored check scores exactly as the files do.
    for (const auto& [csv, overall, grade] : {std::tuple {"scoring/responses.csv", 80.0, "良"},
                                              std::tuple {"scoring/responses-hazard.csv", 88.8889, "中"}}) {
        CAPTURE(csv);
        testing::Fixture f({.responses = QString::fromLatin1(csv)});
        const auto stored = testing::valueOf(f.ws->assessments().score(f.check));
        CHECK(*stored.score.overall == Approx(overall).margin(0.01));
        CHECK(stored.score.grade->label.zh == QString::fromUtf8(grade));
        const auto direct = cc::scoring::score(
            *stored.set,
            stored.community,
            testing::valueOf(cc::io::parseResponsesCsv(testing::readFile(testing::dataPath(QString::fromLatin1(csv))),
                                                       QString::fromLatin1(csv),
                                                       *stored.set)));
        CHECK(*direct.overall == *stored.score.overall);
        CHECK(direct.problems.size() == stored.score.problems.size());
    }
}

namespace {

// An overall of exactly 85.1 (优) from one scored number, and four bottom-line checks of weight 0:
// they fail and cap without moving the score.
const char* kCapped = R"([{"code": "G", "name": "g", "indicators": [
    {"code": "s", "name": "s", "type": "number", "direction": "higher_better", "target": 100, "zero_at": 0},
    {"code": "b1", "name": "b1", "type": "boolean", "bottom_line": true, "weight": 0},
    {"code": "b2", "name": "b2", "type": "boolean", "bottom_line": true, "weight": 0},
    {"code": "b3", "name": "b3", "type": "boolean", "bottom_line": true, "weight": 0},
    {"code": "b4", "name": "b4", "type": "boolean", "bottom_line": true, "weight": 0}]}])";

std::vector<Response> cappedAnswers(int failures, double s = 85.1)
{
    std::vector<Response> out {answer("s", s)};
    for (int i = 1; i <= 4; ++i)
        out.push_back(answer(QStringLiteral("b%1").arg(i).toLatin1().constData(), i > failures));
    return out;
}

QString gradeOf(const cc::scoring::Score& s)
{
    return s.grade ? s.grade->label.zh : QStringLiteral("null");
}

} // namespace

TEST_CASE("Caps that grow: [{1, 中}, {3, 差}] caps an 85.1 check at 中 with one failure, 差 with three",
          "[scoring][grade][caps]")
{
    const auto set = makeSet(kCapped, R"(, "bottom_line_caps": [{"failures": 3, "grade": "差"},
                                                              {"failures": 1, "grade": "中"}])");
    auto s = cc::scoring::score(set, community(), cappedAnswers(0));
    CHECK(*s.overall == Approx(85.1));
    CHECK(gradeOf(s) == u"优");
    CHECK_FALSE(s.capped);

    s = cc::scoring::score(set, community(), cappedAnswers(1));
    CHECK(*s.overall == Approx(85.1)); // the cap moves the grade, never the score
    CHECK(gradeOf(s) == u"中");
    CHECK(s.computedGrade->label.zh == u"优");
    CHECK(s.capped);
    CHECK(s.bottomLineFailures.size() == 1);

    CHECK(gradeOf(cc::scoring::score(set, community(), cappedAnswers(2))) == u"中");
    s = cc::scoring::score(set, community(), cappedAnswers(3));
    CHECK(gradeOf(s) == u"差");
    CHECK(s.bottomLineFailures.size() == 3);
    CHECK(gradeOf(cc::scoring::score(set, community(), cappedAnswers(4))) == u"差");

    // A cap never lifts a grade: a 差 check with one failure stays 差.
    s = cc::scoring::score(set, community(), cappedAnswers(1, 40.0));
    CHECK(gradeOf(s) == u"差");
    CHECK_FALSE(s.capped);
}

TEST_CASE("bottom_line_cap X grades as bottom_line_caps [{1, X}]", "[scoring][grade][caps]")
{
    const auto single = makeSet(kCapped, R"(, "bottom_line_cap": "良")");
    const auto caps = makeSet(kCapped, R"(, "bottom_line_caps": [{"failures": 1, "grade": "良"}])");
    for (int failures = 0; failures <= 4; ++failures) {
        CAPTURE(failures);
        const auto a = cc::scoring::score(single, community(), cappedAnswers(failures));
        const auto b = cc::scoring::score(caps, community(), cappedAnswers(failures));
        CHECK(gradeOf(a) == gradeOf(b));
        CHECK(a.capped == b.capped);
        CHECK(gradeOf(a) == (failures == 0 ? u"优" : u"良"));
    }
}

TEST_CASE("A check with no score has no grade to cap, whatever fails", "[scoring][grade][caps]")
{
    const auto set = makeSet(kCapped, R"(, "bottom_line_caps": [{"failures": 1, "grade": "中"},
                                                              {"failures": 3, "grade": "差"}])");
    std::vector<Response> answers = cappedAnswers(4);
    answers.erase(answers.begin()); // `s` unanswered: nothing of weight counts
    const auto s = cc::scoring::score(set, community(), answers);
    CHECK_FALSE(s.overall);
    CHECK(s.grade == nullptr);
    CHECK_FALSE(s.capped);
    CHECK(s.bottomLineFailures.size() == 4); // still listed
}

TEST_CASE("time_bound makes a failure 限时解决 without capping; false makes a bottom-line one best effort",
          "[scoring][problems]")
{
    const auto set = makeSet(R"([{"code": "G", "name": "g", "indicators": [
        {"code": "plain", "name": "plain", "type": "boolean", "weight": 0},
        {"code": "water", "name": "water", "type": "boolean", "time_bound": true, "weight": 0},
        {"code": "gas", "name": "gas", "type": "boolean", "bottom_line": true},
        {"code": "pv", "name": "pv", "type": "boolean", "bottom_line": true, "time_bound": false, "weight": 0}]}])",
                             R"(, "bottom_line_cap": "中")");
    const auto s = cc::scoring::score(
        set, community(), {answer("plain", false), answer("water", false), answer("gas", true), answer("pv", false)});
    REQUIRE(s.problems.size() == 3);
    CHECK(s.problems[0].indicator->code == u"water"); // 限时解决 first, then set order
    CHECK(s.problems[0].timeBound);
    CHECK(s.problems[0].category.zh == u"限时解决");
    CHECK(s.problems[1].indicator->code == u"plain");
    CHECK(s.problems[2].indicator->code == u"pv");
    CHECK_FALSE(s.problems[2].timeBound);
    CHECK(s.problems[2].category.zh == u"尽力解决");
    // The cap follows bottom_line only: `pv` caps, `water` does not.
    REQUIRE(s.bottomLineFailures.size() == 1);
    CHECK(s.bottomLineFailures[0]->code == u"pv");
    CHECK(s.computedGrade->label.zh == u"优");
    CHECK(s.capped);
}

TEST_CASE("A fixed severity holds whatever the score", "[scoring][problems]")
{
    const auto set = makeSet(R"([{"code": "G", "name": "g", "indicators": [
        {"code": "pv", "name": "pv", "type": "boolean", "severity": "一般"},
        {"code": "lamp", "name": "lamp", "type": "boolean"},
        {"code": "r", "name": "r", "type": "rating", "severity": {"zh": "严重", "en": "Severe"}}]}])");
    const auto s = cc::scoring::score(set, community(), {answer("pv", false), answer("lamp", false), answer("r", 3.0)});
    REQUIRE(s.problems.size() == 3);
    CHECK(s.problems[0].score == 0);
    CHECK(s.problems[0].severity.zh == u"一般"); // by score it would be 严重
    CHECK(s.problems[0].severity.en == u"Moderate"); // the band's own label
    CHECK(s.problems[1].severity.zh == u"严重");
    CHECK(s.problems[2].score == Approx(50));
    CHECK(s.problems[2].severity.zh == u"严重"); // by score it would be 较严重
}

TEST_CASE("The deadline of a 限时解决 problem is the check's date plus time_bound_months", "[scoring][problems]")
{
    const char* groups = R"([{"code": "G", "name": "g", "indicators": [
        {"code": "gas", "name": "gas", "type": "boolean", "bottom_line": true},
        {"code": "lamp", "name": "lamp", "type": "boolean"}]}])";
    const std::vector<Response> answers {answer("gas", false), answer("lamp", false)};
    const auto deadline = [&](const cc::IndicatorSet& set, const QDate& checked) {
        const auto s = cc::scoring::score(set, community(), answers, checked);
        REQUIRE(s.problems.size() == 2);
        CHECK_FALSE(s.problems[1].deadline); // 尽力解决 has none
        return s.problems[0].deadline ? s.problems[0].deadline->toString(Qt::ISODate) : QStringLiteral("none");
    };
    const auto byDefault = makeSet(groups);
    CHECK(deadline(byDefault, QDate(2025, 6, 18)) == u"2026-06-18"); // 12 months
    CHECK(deadline(byDefault, QDate(2024, 2, 29)) == u"2025-02-28"); // no 29 February: the month's last day
    CHECK(deadline(byDefault, QDate()) == u"none"); // no date, no deadline
    const auto eleven = makeSet(groups, R"(, "time_bound_months": 11)");
    CHECK(deadline(eleven, QDate(2025, 3, 31)) == u"2026-02-28");
    CHECK(deadline(eleven, QDate(2027, 3, 31)) == u"2028-02-29");
    const auto six = makeSet(groups, R"(, "time_bound_months": 6)");
    CHECK(deadline(six, QDate(2025, 8, 31)) == u"2026-02-28");
}
