// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using cc::AssessmentStatus;
using cc::Response;

namespace {

// The spec's example community in the register, without a check: each test starts its own.
struct Fixture : testing::Fixture
{
    Fixture()
        : testing::Fixture({.user = QStringLiteral("王芳"), .check = false})
    {
        REQUIRE_OK(ws->communities().add(testing::exampleCommunity()));
    }

    cc::AssessmentId create(int year, bool copy = false)
    {
        cc::NewAssessment request {
            QStringLiteral("DEMO-001"), QStringLiteral("MINI"), {}, cc::Round {year, QStringLiteral("体检")}, {}, copy};
        auto created = ws->assessments().create(request);
        REQUIRE_OK(created);
        return created->assessment.id;
    }

    void answerAll(const cc::AssessmentId& id)
    {
        REQUIRE_OK(ws->assessments().importResponses(
            id,
            testing::readFile(testing::dataPath(QStringLiteral("scoring/responses.csv"))),
            QStringLiteral("responses.csv")));
    }

    AssessmentStatus status(const cc::AssessmentId& id) { return ws->assessments().find(id)->status; }
};

} // namespace

TEST_CASE("Submission is blocked while required indicators are unanswered", "[services][workflow]")
{
    Fixture f;
    const auto id = f.create(2025);
    REQUIRE_OK(f.ws->assessments().saveResponses(id, {Response {QStringLiteral("A-01"), true, false, {}, false, {}}}));
    auto blockers = f.ws->workflow().blockers(id, QStringLiteral("en"));
    REQUIRE_OK(blockers);
    CHECK(blockers->size() == 5); // A-02, B1-01, B1-02, B2-01, B2-02 (A-03 is N/A here, B2-03 optional)
    auto refused = f.ws->workflow().submit(id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().detail.contains(QStringLiteral("A-02")));
    CHECK(f.status(id) == AssessmentStatus::Draft);

    f.answerAll(id);
    REQUIRE(f.ws->workflow().blockers(id, QStringLiteral("en"))->empty());
    REQUIRE_OK(f.ws->workflow().submit(id));
    CHECK(f.status(id) == AssessmentStatus::Submitted);
    CHECK(f.ws->assessments().find(id)->wasSubmitted());
}

TEST_CASE("A failing photo-required indicator blocks submission without a photo", "[services][workflow]")
{
    Fixture f;
    QByteArray set = testing::readFile(testing::dataPath(QStringLiteral("scoring/mini-set.json")));
    set.replace("\"version\": \"1\"", "\"version\": \"2\"");
    set.replace("\"bottom_line\": true}", "\"bottom_line\": true, \"evidence\": \"photo_required\"}");
    REQUIRE_OK(f.ws->sets().importJson(set, QStringLiteral("v2")));
    auto created =
        f.ws->assessments().create({QStringLiteral("DEMO-001"), QStringLiteral("MINI"), QStringLiteral("2"), {}, {}});
    REQUIRE_OK(created);
    const auto id = created->assessment.id;
    REQUIRE_OK(f.ws->assessments().importResponses(
        id,
        testing::readFile(testing::dataPath(QStringLiteral("scoring/responses-hazard.csv"))),
        QStringLiteral("h.csv")));
    auto blockers = f.ws->workflow().blockers(id, QStringLiteral("en"));
    REQUIRE_OK(blockers);
    REQUIRE(blockers->size() == 1);
    CHECK(blockers->front().kind == cc::SubmitBlocker::Kind::PhotoMissing);
    CHECK(blockers->front().indicatorCode == u"B1-01");
}

TEST_CASE("Returned, approved and reopened checks follow the rules, audited", "[services][workflow]")
{
    Fixture f;
    const auto id = f.create(2025);
    f.answerAll(id);
    REQUIRE_OK(f.ws->workflow().submit(id));

    // read-only once submitted
    auto locked =
        f.ws->assessments().saveResponses(id, {Response {QStringLiteral("A-01"), false, false, {}, false, {}}});
    REQUIRE_FALSE(locked);
    CHECK(locked.error().code == cc::ErrorCode::Locked);

    REQUIRE_FALSE(f.ws->workflow().returnForRevision(id, QStringLiteral("  ")));
    REQUIRE_OK(f.ws->workflow().returnForRevision(id, QStringLiteral("B1-02 需补充照片说明")));
    CHECK(f.status(id) == AssessmentStatus::Returned);
    CHECK(f.ws->assessments().find(id)->reviewComment == u"B1-02 需补充照片说明");

    // after the first submission, every change is audited old → new
    REQUIRE_OK(f.ws->assessments().saveResponses(
        id, {Response {QStringLiteral("B1-02"), QStringLiteral("clear"), false, {}, false, {}}}));
    const auto history = f.ws->assessments().history(id);
    REQUIRE_OK(history);
    const auto& trail = *history;
    const auto edit = std::find_if(trail.begin(), trail.end(), [](const auto& e) { return e.field == u"B1-02"; });
    REQUIRE(edit != trail.end());
    CHECK(edit->oldValue == u"partly (parked cars on the east lane)");
    CHECK(edit->newValue == u"clear");
    CHECK(edit->user == f.ws->userName()); // 王芳 on a file; on a server, the login

    REQUIRE_FALSE(f.ws->workflow().approve(id)); // only a submitted check is approved
    REQUIRE_OK(f.ws->workflow().submit(id));
    REQUIRE_OK(f.ws->workflow().approve(id));
    CHECK(f.status(id) == AssessmentStatus::Approved);
    REQUIRE_FALSE(f.ws->workflow().reopen(id, QString()));
    REQUIRE_OK(f.ws->workflow().reopen(id, QStringLiteral("县局要求复核")));
    CHECK(f.status(id) == AssessmentStatus::Returned);

    const auto statusChanges =
        std::count_if(trail.begin(), trail.end(), [](const auto& e) { return e.field == u"status"; });
    CHECK(statusChanges >= 2);
}

TEST_CASE("A new round can start from the earlier one; carried-over values need confirming", "[services][workflow]")
{
    Fixture f;
    const auto first = f.create(2025);
    f.answerAll(first);
    REQUIRE_OK(f.ws->workflow().submit(first));
    cc::NewAssessment request {
        QStringLiteral("DEMO-001"), QStringLiteral("MINI"), {}, cc::Round {2026, QStringLiteral("复检")}, {}, true};
    auto second = f.ws->assessments().create(request);
    REQUIRE_OK(second);
    CHECK(second->carriedOver == 8);
    const auto id = second->assessment.id;
    auto scored = f.ws->assessments().score(id);
    REQUIRE_OK(scored);
    CHECK(scored->score.result(u"A-02")->carriedOver);
    CHECK(*scored->score.overall > 79.9); // carried values count as answers

    auto blockers = f.ws->workflow().blockers(id, QStringLiteral("en"));
    REQUIRE_OK(blockers);
    CHECK(std::all_of(blockers->begin(), blockers->end(), [](const auto& b) {
        return b.kind == cc::SubmitBlocker::Kind::CarriedOver;
    }));
    CHECK(blockers->size() == 7); // all but A-03, which is N/A for this community type
    REQUIRE_OK(f.ws->workflow().confirmCarriedOver(id, {QStringLiteral("A-01")}));
    CHECK(f.ws->workflow().blockers(id, QStringLiteral("en"))->size() == 6);
    REQUIRE_OK(f.ws->workflow().confirmCarriedOver(id));
    CHECK(f.ws->workflow().blockers(id, QStringLiteral("en"))->empty());
    REQUIRE_OK(f.ws->workflow().submit(id));
}

TEST_CASE("The check's date: today by default, editable with the answers, audited after submission",
          "[services][workflow]")
{
    Fixture f;
    const auto id = f.create(2025);
    CHECK(f.ws->assessments().find(id)->checkDate == QDate::currentDate());

    cc::NewAssessment dated {
        QStringLiteral("DEMO-001"), QStringLiteral("MINI"), {}, cc::Round {2024, QStringLiteral("体检")}, {}};
    dated.checkDate = QDate(2024, 5, 20);
    const auto earlier = testing::valueOf(f.ws->assessments().create(dated));
    CHECK(f.ws->assessments().find(earlier.assessment.id)->checkDate == QDate(2024, 5, 20));
    dated.round = cc::Round {2023, QStringLiteral("体检")};
    dated.checkDate = QDate(1999, 1, 1);
    REQUIRE_ERROR_NAMING(f.ws->assessments().create(dated), QStringLiteral("1999-01-01"));
    CHECK(f.ws->assessments().list()->size() == 2); // nothing stored

    // A draft's date changes quietly; an invalid one is refused.
    REQUIRE_OK(f.ws->assessments().setCheckDate(id, QDate(2025, 4, 2)));
    CHECK(f.ws->assessments().find(id)->checkDate == QDate(2025, 4, 2));
    REQUIRE_FALSE(f.ws->assessments().setCheckDate(id, QDate()));
    CHECK(f.ws->assessments().history(id)->empty());

    f.answerAll(id);
    REQUIRE_OK(f.ws->workflow().submit(id));
    const auto locked = f.ws->assessments().setCheckDate(id, QDate(2025, 4, 3));
    REQUIRE_FALSE(locked);
    CHECK(locked.error().code == cc::ErrorCode::Locked);
    CHECK(f.ws->assessments().find(id)->checkDate == QDate(2025, 4, 2));

    REQUIRE_OK(f.ws->workflow().returnForRevision(id, QStringLiteral("日期有误")));
    REQUIRE_OK(f.ws->assessments().setCheckDate(id, QDate(2025, 4, 3)));
    const auto trail = testing::valueOf(f.ws->assessments().history(id));
    const auto change =
        std::find_if(trail.begin(), trail.end(), [](const auto& e) { return e.field == u"check_date"; });
    REQUIRE(change != trail.end());
    CHECK(change->oldValue == u"2025-04-02");
    CHECK(change->newValue == u"2025-04-03");
    CHECK(change->user == f.ws->userName()); // 王芳 on a file; on a server, the login

    // The deadlines of its 限时解决 problems follow.
    const auto scored = testing::valueOf(f.ws->assessments().score(id));
    for (const auto& p : scored.score.problems)
        CHECK(p.deadline == (p.timeBound ? std::optional<QDate>(QDate(2026, 4, 3)) : std::nullopt));
}
