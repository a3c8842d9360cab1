// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/IndicatorSetJson.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QSet>

namespace {

const cc::IndicatorSet& defaultSet()
{
    static const cc::IndicatorSet set = [] {
        auto parsed = cc::io::parseIndicatorSet(
            testing::readFile(testing::sourcePath(QStringLiteral("resources/indicators/default.json"))),
            QStringLiteral("default.json"));
        if (!parsed)
            FAIL(parsed.error().message << "\n" << parsed.error().detail);
        return parsed.value();
    }();
    return set;
}

} // namespace

TEST_CASE("The default set is JX-HSQ 2025.1 with the plan's six programmes and fifteen tasks", "[defaultset]")
{
    const auto& set = defaultSet();
    CHECK(set.code == u"JX-HSQ");
    CHECK(set.version == u"2025.1");
    REQUIRE(set.groups.size() == 6);
    QStringList programmes;
    QStringList tasks;
    for (const cc::Group& programme : set.groups) {
        programmes << programme.code;
        for (const cc::Group& task : programme.groups) {
            tasks << task.code;
            CHECK_FALSE(task.responsibleUnits.isEmpty());
            CHECK_FALSE(task.indicators.empty());
        }
    }
    CHECK(programmes.join(u',') == u"A,B,C,D,E,F");
    CHECK(tasks.join(u',') == u"A1,A2,A3,B4,B5,B6,C7,C8,D9,D10,E11,E12,F13,F14,F15");
}

TEST_CASE("The default set has at least 80 documented indicators", "[defaultset]")
{
    const auto indicators = defaultSet().indicatorsInOrder();
    CHECK(indicators.size() >= 80);
    for (const cc::Indicator* ind : indicators) {
        CAPTURE(ind->code);
        CHECK_FALSE(ind->name.zh.isEmpty());
        CHECK_FALSE(ind->name.en.isEmpty());
        CHECK_FALSE(ind->guidance.zh.isEmpty());
        CHECK_FALSE(ind->guidance.en.isEmpty());
        CHECK_FALSE(ind->source.isEmpty());
    }
}

TEST_CASE("All 21 national housing and community basic indicators are in the default set", "[defaultset]")
{
    QSet<QString> refs;
    for (const cc::Indicator* ind : defaultSet().indicatorsInOrder()) {
        if (!ind->nationalRef.isEmpty())
            refs.insert(ind->nationalRef);
    }
    for (int n = 1; n <= 21; ++n) {
        const QString ref = QStringLiteral("MOHURD-2025-%1").arg(n, 2, 10, QLatin1Char('0'));
        CAPTURE(ref);
        CHECK(refs.contains(ref));
    }
}

TEST_CASE("Safety indicators are bottom-line, need a photo and suggest projects", "[defaultset]")
{
    int bottomLine = 0;
    for (const cc::Indicator* ind : defaultSet().indicatorsInOrder()) {
        if (!ind->bottomLine)
            continue;
        CAPTURE(ind->code);
        ++bottomLine;
        CHECK(ind->evidence == cc::Evidence::PhotoRequired);
        CHECK(ind->passScore == 100);
        CHECK_FALSE(ind->projects.empty());
    }
    CHECK(bottomLine >= 7);
    CHECK(defaultSet().bottomLineCap == u"中");
    CHECK(defaultSet().grades.size() == 4);
}
