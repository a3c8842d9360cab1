// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ReportModel.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using Catch::Approx;
using cc::report::ReportBuilder;

namespace {

// The spec's example check of 2025 (李明) with its answers, and a 2026 re-check (王芳) with a hazard.
struct Fixture : testing::Fixture
{
    cc::AssessmentId first;
    cc::AssessmentId second;

    Fixture()
        : testing::Fixture(
            {.responses = QStringLiteral("scoring/responses.csv"), .assessors = {QStringLiteral("李明")}})
        , first(check)
    {
        second = testing::valueOf(ws->assessments().create({community.code,
                                                            QStringLiteral("MINI"),
                                                            {},
                                                            cc::Round {2026, QStringLiteral("复检")},
                                                            {QStringLiteral("王芳")}}))
                     .assessment.id;
        REQUIRE_OK(ws->assessments().importResponses(
            second,
            testing::readFile(testing::dataPath(QStringLiteral("scoring/responses-hazard.csv"))),
            QStringLiteral("h.csv")));
    }

    static cc::report::ScoredCheck view(const cc::ScoredAssessment& s)
    {
        return {s.assessment,
                s.community,
                *s.set,
                s.responses,
                s.score,
                cc::AssessmentService::statusName(s.assessment.status)};
    }
};

} // namespace

TEST_CASE("The report model carries the engine's numbers, the problems and the change since the earlier round",
          "[report]")
{
    Fixture f;
    auto now = f.ws->assessments().score(f.second);
    auto before = f.ws->assessments().score(f.first);
    REQUIRE_OK(now);
    REQUIRE_OK(before);
    const auto current = Fixture::view(*now);
    const auto earlier = Fixture::view(*before);
    const auto m = ReportBuilder::build(current,
                                        &earlier,
                                        {},
                                        cc::report::ReportSettings::defaults(QStringLiteral("zh_CN")),
                                        QStringLiteral("zh_CN"),
                                        QDate(2026, 11, 25));
    CHECK(m.communityName == u"示例社区");
    CHECK(m.place == u"南昌市 · 东湖区");
    CHECK(m.communityType == u"商品房小区");
    CHECK(m.round == u"2026 复检");
    CHECK(m.assessors == QStringList {QStringLiteral("王芳")});
    CHECK(m.hasAnswers);
    CHECK(*m.overall == Approx(*now->score.overall));
    CHECK(m.grade == u"中");
    CHECK(m.capped);
    CHECK(m.computedGrade == u"优");
    REQUIRE(m.bottomLineFailures.size() == 1);
    CHECK(m.bottomLineFailures.front().code == u"B1-01");
    CHECK(m.bottomLineFailures.front().value == u"2 栋");
    CHECK(m.programmes.size() == 2);
    CHECK(m.scores.size() == 4); // A, B, B1, B2
    CHECK(m.scores[2].level == 1);
    REQUIRE(m.comparison);
    CHECK(m.comparison->earlierRound == u"2025 体检");
    CHECK(*m.comparison->change == Approx(88.8889 - 80.0).margin(0.01));
    CHECK(m.scores[0].earlierScore.has_value());
    CHECK(m.indicators.size() == 8);
    CHECK(m.indicators[2].statusCode == cc::scoring::Status::NotApplicable);
    REQUIRE(m.problems.size() == 1);
    CHECK(m.problems.front().timeBound);
    CHECK(m.signatureLines == ReportBuilder::defaultSignatureLines()); // none stored: the defaults
    CHECK(m.applicable == 7);
    CHECK(m.answered == 6); // B2-03, an optional remark, is left empty
}

TEST_CASE("A check with no answers says so instead of showing zeros", "[report]")
{
    Fixture f;
    auto created = f.ws->assessments().create(
        {QStringLiteral("DEMO-001"), QStringLiteral("MINI"), {}, cc::Round {2027, QStringLiteral("复检")}, {}});
    REQUIRE_OK(created);
    auto empty = f.ws->assessments().score(created->assessment.id);
    REQUIRE_OK(empty);
    const auto m = ReportBuilder::build(Fixture::view(*empty),
                                        nullptr,
                                        {},
                                        cc::report::ReportSettings::defaults(QStringLiteral("en")),
                                        QStringLiteral("en"),
                                        QDate(2027, 5, 1));
    CHECK_FALSE(m.hasAnswers);
    CHECK_FALSE(m.overall.has_value());
    CHECK(m.grade.isEmpty());
    CHECK(m.problems.empty());
    CHECK_FALSE(m.comparison.has_value());
}

TEST_CASE("Report settings are kept per database", "[report][settings]")
{
    Fixture f;
    auto defaults = f.ws->reportSettings(QStringLiteral("zh_CN"));
    REQUIRE_OK(defaults);
    CHECK(defaults->issuingUnit.isEmpty());
    CHECK(defaults->signatureLines.isEmpty()); // the report's defaults, in its own language
    cc::report::ReportSettings s = *defaults;
    s.issuingUnit = QStringLiteral("南昌市东湖区住房和城乡建设局");
    s.title = QStringLiteral("东湖区社区体检报告");
    s.signatureLines = {QStringLiteral("体检员"), QStringLiteral("审核人")};
    REQUIRE_OK(f.ws->setReportSettings(s));
    auto stored = f.ws->reportSettings(QStringLiteral("zh_CN"));
    REQUIRE_OK(stored);
    CHECK(stored->issuingUnit == s.issuingUnit);
    CHECK(stored->title == s.title);
    CHECK(stored->signatureLines == s.signatureLines);
    auto now = f.ws->assessments().score(f.second);
    REQUIRE_OK(now);
    const auto m =
        ReportBuilder::build(Fixture::view(*now), nullptr, {}, *stored, QStringLiteral("zh_CN"), QDate(2026, 11, 25));
    CHECK(m.title == u"东湖区社区体检报告");
    CHECK(m.issuingUnit == u"南昌市东湖区住房和城乡建设局");
}

TEST_CASE("ReportService builds a check's report from storage, with the change since the earlier round",
          "[report][service]")
{
    Fixture f;
    auto m = f.ws->reports().build(f.second, QStringLiteral("zh_CN"), QDate(2026, 11, 25));
    REQUIRE_OK(m);
    CHECK(m->communityName == u"示例社区");
    REQUIRE(m->comparison);
    CHECK(m->comparison->earlierRound == u"2025 体检");
    auto first = f.ws->reports().build(f.first, QStringLiteral("zh_CN"), QDate(2025, 6, 1));
    REQUIRE_OK(first);
    CHECK_FALSE(first->comparison.has_value()); // nothing before 2025
    auto missing = f.ws->reports().build(cc::AssessmentId::create(), QStringLiteral("zh_CN"), QDate(2026, 1, 1));
    CHECK_FALSE(missing);
}

TEST_CASE("ReportService refuses a configured logo file that is missing", "[report][service][broken]")
{
    Fixture f;
    auto s = f.ws->reportSettings(QStringLiteral("zh_CN"));
    REQUIRE_OK(s);
    s->logoPath = f.dir.filePath(QStringLiteral("gone/logo.png"));
    REQUIRE_OK(f.ws->setReportSettings(*s));
    auto m = f.ws->reports().build(f.second, QStringLiteral("zh_CN"), QDate(2026, 11, 25));
    REQUIRE_FALSE(m);
    CHECK(m.error().message.contains(QStringLiteral("logo.png")));
}

TEST_CASE("ReportService picks the checks of a round, by county, in code order", "[report][service]")
{
    Fixture f;
    cc::Community other;
    other.code = QStringLiteral("A-OTHER");
    other.name = QStringLiteral("别处社区");
    other.type = QStringLiteral("commercial_estate");
    other.county = QStringLiteral("西湖区");
    REQUIRE_OK(f.ws->communities().add(other));
    REQUIRE_OK(f.ws->assessments().create(
        {other.code, QStringLiteral("MINI"), {}, cc::Round {2025, QStringLiteral("体检")}, {}}));

    auto all2025 = f.ws->reports().forRound(cc::Round {2025, QStringLiteral("体检")});
    REQUIRE_OK(all2025);
    REQUIRE(all2025->size() == 2);
    CHECK(all2025->at(0).communityCode == u"A-OTHER");
    CHECK(all2025->at(1).communityCode == u"DEMO-001");
    auto east = f.ws->reports().forRound(cc::Round {2025, {}}, QStringLiteral("东湖区"));
    REQUIRE_OK(east);
    REQUIRE(east->size() == 1);
    CHECK(east->front().id == f.first);
    auto wrongLabel = f.ws->reports().forRound(cc::Round {2025, QStringLiteral("复检")});
    REQUIRE_OK(wrongLabel);
    CHECK(wrongLabel->empty());

    cc::Assessment a = east->front();
    a.communityCode = QStringLiteral("NC/DH 001");
    CHECK(cc::ReportService::fileName(a) == u"NC_DH_001_2025体检.pdf");
}
