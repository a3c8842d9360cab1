// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using Catch::Approx;

namespace {

struct Fixture : testing::Fixture
{
    cc::AssessmentId id = check;

    Fixture()
        : testing::Fixture({.user = QStringLiteral("李明")})
    { }

    cc::Result<int> import(const QString& relative)
    {
        const QString file = testing::dataPath(relative);
        return ws->assessments().importResponses(id, testing::readFile(file), relative.section(u'/', -1));
    }
};

} // namespace

TEST_CASE("Imported answers are scored from storage, and every edit changes the score", "[services][scoring]")
{
    Fixture f;
    auto imported = f.import(QStringLiteral("scoring/responses.csv"));
    REQUIRE_OK(imported);
    CHECK(*imported == 8);
    auto scored = f.ws->assessments().score(f.id);
    REQUIRE_OK(scored);
    CHECK(*scored->score.overall == Approx(80.0).margin(0.01));
    CHECK(scored->score.grade->label.zh == u"良");

    // An edit through the service is seen by the next score: nothing stale is cached.
    REQUIRE_OK(f.ws->assessments().saveResponses(
        f.id, {cc::Response {QStringLiteral("B1-02"), QStringLiteral("clear"), false, {}, false, {}}}));
    scored = f.ws->assessments().score(f.id);
    REQUIRE_OK(scored);
    CHECK(*scored->score.overall > 80.0);
    CHECK(scored->score.problems.empty());

    // So is a re-import; the replaced answer is audited, old → new.
    REQUIRE_OK(f.import(QStringLiteral("scoring/responses-hazard.csv")));
    scored = f.ws->assessments().score(f.id);
    REQUIRE_OK(scored);
    CHECK(*scored->score.overall == Approx(88.8889).margin(0.01));
    CHECK(scored->score.grade->label.zh == u"中");
    const auto history = f.ws->assessments().history(f.id);
    REQUIRE_OK(history);
    const auto& trail = *history;
    const auto b101 = std::find_if(trail.begin(), trail.end(), [](const auto& e) { return e.field == u"B1-01"; });
    REQUIRE(b101 != trail.end());
    CHECK(b101->oldValue == u"0");
    CHECK(b101->newValue == u"2 (two risers corroded)");
    CHECK(b101->user == f.ws->userName()); // 李明 on a file; on a server, the login
    CHECK(b101->reason.contains(QStringLiteral("responses-hazard.csv")));
}

TEST_CASE("An empty value clears an answer; rows not given keep theirs", "[services][scoring]")
{
    Fixture f;
    REQUIRE_OK(f.import(QStringLiteral("scoring/responses.csv")));
    REQUIRE_OK(f.import(QStringLiteral("responses/ClearValue.csv")));
    auto scored = f.ws->assessments().score(f.id);
    REQUIRE_OK(scored);
    CHECK(scored->score.result(u"A-02")->status == cc::scoring::Status::Unanswered);
    CHECK(scored->score.result(u"A-01")->status == cc::scoring::Status::Pass);
    CHECK(*scored->score.coverage < 1.0);
}

TEST_CASE("A broken responses file stores nothing", "[services][scoring][broken]")
{
    Fixture f;
    REQUIRE_OK(f.import(QStringLiteral("scoring/responses.csv")));
    const QString before = testing::dumpDatabase(f.path);
    for (const char* name : {"BrokenWrongType.csv",
                             "BrokenNoHeader.csv",
                             "BrokenDuplicate.csv",
                             "BrokenBinary.csv",
                             "BrokenUnknownCode.csv",
                             "BrokenOpenQuote.csv"}) {
        CAPTURE(name);
        auto result = f.import(QStringLiteral("responses/") + QString::fromLatin1(name));
        REQUIRE_FALSE(result);
        CHECK(testing::dumpDatabase(f.path) == before);
    }
}

TEST_CASE("A submitted assessment refuses an import", "[services][scoring][broken]")
{
    Fixture f;
    REQUIRE_OK(f.ws->assessments().setStatus(f.id, cc::AssessmentStatus::Submitted, QStringLiteral("test")));
    const QString before = testing::dumpDatabase(f.path);
    auto result = f.import(QStringLiteral("scoring/responses.csv"));
    REQUIRE_FALSE(result);
    CHECK(result.error().code == cc::ErrorCode::Locked);
    CHECK(testing::dumpDatabase(f.path) == before);
}

TEST_CASE("Answers from a workbook saved by Calc score as the same answers from CSV", "[services][xlsx]")
{
    Fixture f;
    auto imported =
        f.ws->assessments().importResponsesFile(f.id, testing::dataPath(QStringLiteral("tables/responses.xlsx")));
    REQUIRE_OK(imported);
    CHECK(*imported == 8); // the blank row and the second sheet are not answers
    auto scored = f.ws->assessments().score(f.id);
    REQUIRE_OK(scored);
    CHECK(*scored->score.overall == Approx(80.0).margin(0.01));
    CHECK(std::get<bool>(f.stored(QStringLiteral("A-01")).value)); // a boolean cell
    CHECK(std::get<double>(f.stored(QStringLiteral("A-02")).value) == 56); // a formula's value
    CHECK(std::get<double>(f.stored(QStringLiteral("A-03")).value) == 20); // "２０"
    CHECK(std::get<double>(f.stored(QStringLiteral("B2-01")).value) == Approx(3.6));
}

TEST_CASE("A broken responses workbook names sheet, row and column, and stores nothing", "[services][xlsx][broken]")
{
    Fixture f;
    REQUIRE_OK(f.import(QStringLiteral("scoring/responses.csv")));
    const QString before = testing::dumpDatabase(f.path);
    auto refused = f.ws->assessments().importResponsesFile(
        f.id, testing::dataPath(QStringLiteral("tables/responses-broken.xlsx")));
    REQUIRE_FALSE(refused);
    const QString all = refused.error().message + u'\n' + refused.error().detail;
    CHECK(refused.error().message.contains(
        QStringLiteral("responses-broken.xlsx, sheet 答案, row 3, column B (取值), A-02: the cell is an error (")));
    CHECK(all.contains(QStringLiteral("row 4, column B (取值), A-03: the cell is a date (2025-06-01)")));
    CHECK(all.contains(QStringLiteral("row 5, column B (取值), B1-01")));
    CHECK(testing::dumpDatabase(f.path) == before);
}
