// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using cc::Workspace;

namespace {

// A register over the Valid.json set (whose types include old_estate).
struct Fixture : testing::Fixture
{
    Fixture()
        : testing::Fixture({.set = testing::FixtureSet::None})
    {
        REQUIRE_OK(ws->sets().importFile(testing::dataPath(QStringLiteral("sets/Valid.json"))));
    }

    cc::Community community(const char* code, const char* type = "old_estate")
    {
        cc::Community c;
        c.code = QString::fromLatin1(code);
        c.name = QStringLiteral("测试社区");
        c.type = QString::fromLatin1(type);
        c.county = QStringLiteral("东湖区");
        c.households = 800;
        return c;
    }
};

} // namespace

TEST_CASE("Communities are added once per code and validated", "[services][communities]")
{
    Fixture f;
    auto added = f.ws->communities().add(f.community("C-1"));
    REQUIRE_OK(added);
    CHECK_FALSE(added->community.id.isNull());
    CHECK(added->warnings.isEmpty());
    const QString before = testing::dumpDatabase(f.path);

    auto duplicate = f.ws->communities().add(f.community("C-1"));
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().code == cc::ErrorCode::Conflict);

    cc::Community negative = f.community("C-2");
    negative.households = -5;
    REQUIRE_FALSE(f.ws->communities().add(negative));
    cc::Community unnamed = f.community("C-3");
    unnamed.name.clear();
    REQUIRE_FALSE(f.ws->communities().add(unnamed));
    CHECK(testing::dumpDatabase(f.path) == before);

    auto unknownType = f.ws->communities().add(f.community("C-4", "villa"));
    REQUIRE_OK(unknownType);
    CHECK(unknownType->warnings.size() == 1);
    CHECK(unknownType->warnings.first().contains(QStringLiteral("villa")));

    auto list = f.ws->communities().list();
    REQUIRE_OK(list);
    CHECK(list->size() == 2);
    auto found = f.ws->communities().byCode(QStringLiteral("C-1"));
    REQUIRE_OK(found);
    CHECK(found->households == 800);
    CHECK_FALSE(found->buildings.has_value());
}

TEST_CASE("An assessment links the community's earlier round", "[services][assessments]")
{
    Fixture f;
    REQUIRE_OK(f.ws->communities().add(f.community("C-1")));
    cc::NewAssessment request {QStringLiteral("C-1"),
                               QStringLiteral("MINI"),
                               {},
                               cc::Round {2025, QStringLiteral("体检")},
                               {QStringLiteral("李明")}};
    auto first = f.ws->assessments().create(request);
    REQUIRE_OK(first);
    CHECK_FALSE(first->previous.has_value());
    CHECK(first->assessment.setVersion == u"1");
    CHECK(first->assessment.status == cc::AssessmentStatus::Draft);

    request.round = cc::Round {2026, QStringLiteral("复检")};
    auto second = f.ws->assessments().create(request);
    REQUIRE_OK(second);
    REQUIRE(second->previous.has_value());
    CHECK(*second->previous == first->assessment.id);

    auto listed = f.ws->assessments().list(QStringLiteral("C-1"));
    REQUIRE_OK(listed);
    REQUIRE(listed->size() == 2);
    CHECK(listed->front().round.year == 2026); // newest first

    auto byPrefix = f.ws->assessments().resolve(first->assessment.id.toString().left(8));
    REQUIRE_OK(byPrefix);
    CHECK(byPrefix->id == first->assessment.id);
}

TEST_CASE("Creating an assessment for unknown records changes nothing", "[services][assessments][broken]")
{
    Fixture f;
    REQUIRE_OK(f.ws->communities().add(f.community("C-1")));
    const QString before = testing::dumpDatabase(f.path);
    auto noCommunity = f.ws->assessments().create({QStringLiteral("NOPE"), QStringLiteral("MINI"), {}, {}, {}});
    REQUIRE_FALSE(noCommunity);
    CHECK(noCommunity.error().message.contains(QStringLiteral("NOPE")));
    auto noSet = f.ws->assessments().create({QStringLiteral("C-1"), QStringLiteral("NOPE"), {}, {}, {}});
    REQUIRE_FALSE(noSet);
    auto noVersion =
        f.ws->assessments().create({QStringLiteral("C-1"), QStringLiteral("MINI"), QStringLiteral("9"), {}, {}});
    REQUIRE_FALSE(noVersion);
    CHECK(testing::dumpDatabase(f.path) == before);
}

TEST_CASE("A type the set does not declare is allowed with a warning", "[services][assessments]")
{
    Fixture f;
    REQUIRE_OK(f.ws->communities().add(f.community("C-9", "urban_village")));
    auto created = f.ws->assessments().create({QStringLiteral("C-9"), QStringLiteral("MINI"), {}, {}, {}});
    REQUIRE_OK(created);
    REQUIRE(created->warnings.size() == 1);
    CHECK(created->warnings.first().contains(QStringLiteral("urban_village")));
}

TEST_CASE("Answers are checked and stored all or none", "[services][assessments][broken]")
{
    Fixture f;
    REQUIRE_OK(f.ws->communities().add(f.community("C-1")));
    auto created = f.ws->assessments().create({QStringLiteral("C-1"), QStringLiteral("MINI"), {}, {}, {}});
    REQUIRE_OK(created);
    const cc::AssessmentId id = created->assessment.id;

    cc::Response good {QStringLiteral("A-02"), 56.0, false, QStringLiteral("counted at night"), false, {}};
    cc::Response checklist {QStringLiteral("B2-02"), QStringList {QStringLiteral("water")}, false, {}, false, {}};
    cc::Response badRating {QStringLiteral("B2-01"), 9.0, false, {}, false, {}};
    const QString before = testing::dumpDatabase(f.path);
    auto refused = f.ws->assessments().saveResponses(id, {good, badRating});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("B2-01")));
    CHECK(testing::dumpDatabase(f.path) == before);

    REQUIRE_OK(f.ws->assessments().saveResponses(id, {good, checklist}));
    auto stored = f.ws->assessments().responses(id);
    REQUIRE_OK(stored);
    REQUIRE(stored->size() == 2);
    CHECK(std::get<double>(stored->at(0).value) == 56.0);
    CHECK(stored->at(0).note == u"counted at night");
    CHECK(std::get<QStringList>(stored->at(1).value) == QStringList {QStringLiteral("water")});

    // Replacing an answer keeps one row per indicator.
    good.value = 60.0;
    REQUIRE_OK(f.ws->assessments().saveResponses(id, {good}));
    stored = f.ws->assessments().responses(id);
    REQUIRE(stored->size() == 2);
    CHECK(std::get<double>(stored->at(0).value) == 60.0);

    // A submitted check takes no more answers.
    REQUIRE_OK(f.ws->assessments().setStatus(id, cc::AssessmentStatus::Submitted, QStringLiteral("test")));
    auto locked = f.ws->assessments().saveResponses(id, {good});
    REQUIRE_FALSE(locked);
    CHECK(locked.error().code == cc::ErrorCode::Locked);
}

TEST_CASE("A second check of the same community and round is refused", "[services][assessments][broken]")
{
    Fixture f;
    REQUIRE_OK(f.ws->communities().add(f.community("C-1")));
    const cc::NewAssessment request {
        QStringLiteral("C-1"), QStringLiteral("MINI"), {}, cc::Round {2025, QStringLiteral("体检")}, {}};
    REQUIRE_OK(f.ws->assessments().create(request));
    const QString before = testing::dumpDatabase(f.path);
    auto again = f.ws->assessments().create(request);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == cc::ErrorCode::Conflict);
    CHECK(again.error().message.contains(QStringLiteral("2025 体检")));
    CHECK(testing::dumpDatabase(f.path) == before);
}
