// SPDX-License-Identifier: GPL-3.0-or-later
// The planner's view from storage: the score cache is never stale.
#include "core/scoring/Scoring.h"
#include "core/services/Workspace.h"
#include "core/storage/Database.h"
#include "core/storage/ScoreCacheRepository.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <QSqlDatabase>

using Catch::Approx;

namespace {

// The cache as stored, read on a connection of its own (what another program would see).
QHash<QString, cc::ScoreSummary> cacheOf(const QString& path)
{
    auto db = cc::storage::Database::open(path, cc::storage::Database::OpenMode::MustExist);
    REQUIRE(db);
    return cc::storage::ScoreCacheRepository((*db)->connection()).all(cc::scoring::kEngineRevision);
}

double overallNow(cc::Workspace& ws, const cc::AssessmentId& id)
{
    return *testing::valueOf(ws.assessments().score(id)).score.overall;
}

} // namespace

TEST_CASE("The score cache follows every change a score depends on, in the same transaction", "[scoreboard][cache]")
{
    testing::Fixture f({.responses = QStringLiteral("scoring/responses.csv")});
    cc::Workspace& ws = f.workspace();
    const QString id = f.check.toString();
    CHECK_FALSE(cacheOf(f.path).contains(id)); // nothing scored yet

    auto first = testing::valueOf(ws.scores().summaries({id}));
    REQUIRE(first.contains(id));
    CHECK(*first.value(id).overall == Approx(overallNow(ws, f.check)));
    CHECK(cacheOf(f.path).contains(id)); // cached

    // An answer changes: the row goes with it, and the next read scores afresh.
    cc::Response changed {QStringLiteral("A-02"), 0.0, false, {}, false, {}};
    REQUIRE_OK(ws.assessments().saveResponses(f.check, {changed}));
    CHECK_FALSE(cacheOf(f.path).contains(id));
    auto second = testing::valueOf(ws.scores().summaries({id}));
    CHECK(*second.value(id).overall == Approx(overallNow(ws, f.check)));
    CHECK(*second.value(id).overall != Approx(*first.value(id).overall));

    // The community's figures change (scores normalised by households move): the row goes too.
    cc::Community community = f.community;
    community.households = *community.households * 2;
    REQUIRE_OK(ws.communities().update(community));
    CHECK_FALSE(cacheOf(f.path).contains(id));
    auto third = testing::valueOf(ws.scores().summaries({id}));
    CHECK(*third.value(id).overall == Approx(overallNow(ws, f.check)));

    // A row written by another revision of the scoring rules is never shown.
    {
        auto db = cc::storage::Database::open(f.path, cc::storage::Database::OpenMode::MustExist);
        REQUIRE(db);
        cc::ScoreSummary stale;
        stale.overall = 1.0;
        cc::storage::ScoreCacheRepository((*db)->connection()).put(f.check, cc::scoring::kEngineRevision - 1, stale);
    }
    auto fourth = testing::valueOf(ws.scores().summaries({id}));
    CHECK(*fourth.value(id).overall == Approx(overallNow(ws, f.check)));

    // One check's summary (what the checks list reads after an answer): from the cache when it has
    // a row, scored and cached when the answer took the row away.
    CHECK(*testing::valueOf(ws.scores().summary(f.check)).overall == Approx(overallNow(ws, f.check)));
    cc::Response again {QStringLiteral("A-02"), 5.0, false, {}, false, {}};
    REQUIRE_OK(ws.assessments().saveResponses(f.check, {again}));
    CHECK_FALSE(cacheOf(f.path).contains(id));
    CHECK(*testing::valueOf(ws.scores().summary(f.check)).overall == Approx(overallNow(ws, f.check)));
    CHECK(cacheOf(f.path).contains(id));
}

TEST_CASE("The board ranks a round from the cache as from a fresh scoring", "[scoreboard]")
{
    testing::Fixture f({.set = testing::FixtureSet::Demo});
    cc::Workspace& ws = f.workspace();
    const auto cold = testing::valueOf(ws.scores().round({QStringLiteral("2025 体检"), {}, {}}));
    const auto warm = testing::valueOf(ws.scores().round({QStringLiteral("2025 体检"), {}, {}}));
    REQUIRE(cold.checks.size() == 5);
    REQUIRE(warm.checks.size() == cold.checks.size());
    for (size_t i = 0; i < cold.checks.size(); ++i) {
        CHECK(warm.checks[i].assessment == cold.checks[i].assessment);
        CHECK(warm.checks[i].score == cold.checks[i].score);
        CHECK(warm.checks[i].grade == cold.checks[i].grade);
        CHECK(*warm.checks[i].score
              == Approx(cc::scoring::round1(overallNow(ws, warm.checks[i].assessment))).margin(1e-9));
    }
    CHECK(cold.gradeLabels
          == QStringList {QStringLiteral("优"), QStringLiteral("良"), QStringLiteral("中"), QStringLiteral("差")});
    const auto county =
        testing::valueOf(ws.scores().round({QStringLiteral("2025 体检"), QStringLiteral("章贡区"), {}}));
    CHECK(county.checks.size() == 2);
    CHECK(county.registered.size() == 2);
    CHECK_FALSE(ws.scores().round({QStringLiteral("not a round"), {}, {}}));
}

TEST_CASE("Scoring some checks in one pass scores those and no other, as one by one does", "[scoreboard]")
{
    testing::Fixture f({.set = testing::FixtureSet::Demo});
    cc::Workspace& ws = f.workspace();
    const auto all = testing::valueOf(ws.assessments().list());
    REQUIRE(all.size() >= 3);
    const QSet<QString> only {all[0].id.toString(), all[2].id.toString()};
    QHash<QString, double> seen;
    const auto summary = testing::valueOf(ws.assessments().scoreAll(
        [&](const cc::AssessmentId& id, const cc::Community&, const cc::IndicatorSet&, const cc::scoring::Score& s) {
            seen.insert(id.toString(), s.overall.value_or(-1));
        },
        only));
    CHECK(summary.assessments == 2);
    REQUIRE(seen.size() == 2);
    for (const QString& id : only)
        CHECK(seen.value(id) == Approx(overallNow(ws, cc::AssessmentId::fromString(id))).margin(1e-9));
}
