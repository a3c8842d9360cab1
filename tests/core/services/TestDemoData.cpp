// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ResponseRules.h"
#include "core/io/IndicatorSetJson.h"
#include "core/services/DemoData.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QSet>

using cc::Workspace;

namespace {

// A bottom-line indicator's answer that is certainly a failure (the scoring engine decides in
// general; these are the plain cases the demo produces).
bool failsBottomLine(const cc::Indicator& ind, const cc::Response& r)
{
    if (const bool* b = std::get_if<bool>(&r.value))
        return *b != ind.passValue;
    if (const double* d = std::get_if<double>(&r.value))
        return ind.type == cc::IndicatorType::Number && ind.direction == cc::Direction::LowerBetter && ind.target == 0
            && *d > 0;
    return false;
}

} // namespace

TEST_CASE("The demo data has varied, complete checks with a bottom-line failure", "[services][demo]")
{
    testing::Fixture f({.set = testing::FixtureSet::Default, .check = false});
    const QString path = f.path;
    Workspace& ws = f.workspace();
    auto summary = cc::DemoData::install(ws, QStringLiteral("JX-HSQ"));
    REQUIRE_OK(summary);
    CHECK(summary->communitiesAdded >= 4);

    auto communities = ws.communities().list();
    REQUIRE_OK(communities);
    QSet<QString> counties;
    QSet<QString> types;
    for (const auto& c : *communities) {
        counties.insert(c.county);
        types.insert(c.type);
    }
    CHECK(counties.size() >= 2);
    CHECK(types.size() >= 4);

    auto set = ws.sets().load(QStringLiteral("JX-HSQ"));
    REQUIRE_OK(set);
    bool twoRounds = false;
    int bottomLineFailures = 0;
    for (const auto& c : *communities) {
        auto assessments = ws.assessments().list(c.code);
        REQUIRE_OK(assessments);
        // Its 小区 and 楼栋 are in the register, as many as the register counts.
        CHECK(static_cast<qint64>(testing::valueOf(ws.buildings().list(c.code)).size()) == c.buildings.value_or(-1));
        REQUIRE_FALSE(assessments->empty());
        twoRounds =
            twoRounds || (assessments->size() >= 2 && assessments->at(0).round.year != assessments->at(1).round.year);
        for (const auto& a : *assessments) {
            auto responses = ws.assessments().responses(a.id);
            REQUIRE_OK(responses);
            QSet<QString> answered;
            for (const auto& r : *responses) {
                answered.insert(r.indicatorCode);
                const cc::Indicator* ind = (*set)->indicator(r.indicatorCode);
                REQUIRE(ind);
                // The housing indicators come from the demo's building ledger, the buildings named.
                if (ind->sourceLedger && !r.notApplicable && std::get<double>(r.value) > 0)
                    CHECK(r.note.contains(QStringLiteral("号楼")));
                if (ind->bottomLine && failsBottomLine(*ind, r))
                    ++bottomLineFailures;
            }
            // complete: every required indicator that applies to the community has an answer
            for (const cc::Indicator* ind : (*set)->indicatorsInOrder()) {
                const bool applies = !ind->appliesTo || ind->appliesTo->contains(c.type);
                if (ind->required && applies) {
                    CAPTURE(c.code, ind->code);
                    CHECK(answered.contains(ind->code));
                }
            }
        }
    }
    CHECK(twoRounds);
    CHECK(bottomLineFailures >= 1);

    // Installing again adds nothing.
    const QString before = testing::dumpDatabase(path);
    auto again = cc::DemoData::install(ws, QStringLiteral("JX-HSQ"));
    REQUIRE_OK(again);
    CHECK(again->communitiesAdded == 0);
    CHECK(testing::dumpDatabase(path) == before);
}

TEST_CASE("Synthesised answers are deterministic for a seed", "[services][demo]")
{
    auto parsed = cc::io::parseIndicatorSet(
        testing::readFile(testing::sourcePath(QStringLiteral("resources/indicators/default.json"))),
        QStringLiteral("default.json"));
    REQUIRE_OK(parsed);
    const cc::Community c = cc::DemoData::sampleCommunities().front();
    const auto a = cc::DemoData::synthesize(*parsed, c, 42, 0.7, false);
    const auto b = cc::DemoData::synthesize(*parsed, c, 42, 0.7, false);
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i)
        CHECK(cc::ResponseRules::toText(a[i].value) == cc::ResponseRules::toText(b[i].value));
}
