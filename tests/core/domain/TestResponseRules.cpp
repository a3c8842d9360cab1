// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ResponseRules.h"
#include "core/io/IndicatorSetJson.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using cc::Response;
using cc::ResponseRules;

namespace {

const cc::IndicatorSet& miniSet()
{
    static const cc::IndicatorSet set = [] {
        auto parsed = cc::io::parseIndicatorSet(testing::readFile(testing::dataPath(QStringLiteral("sets/Valid.json"))),
                                                QStringLiteral("Valid.json"));
        REQUIRE(parsed);
        return parsed.value();
    }();
    return set;
}

std::optional<Response> parse(const char* code, const QString& text, QString* error)
{
    const cc::Indicator* indicator = miniSet().indicator(QString::fromLatin1(code));
    REQUIRE(indicator);
    return ResponseRules::parse(*indicator, text, QString(), error);
}

} // namespace

TEST_CASE("Boolean answers accept the documented spellings", "[domain][responses]")
{
    QString error;
    for (const char* yes : {"true", "YES", "1", "是", " Yes "})
        CHECK(std::get<bool>(parse("A-01", QString::fromUtf8(yes), &error)->value) == true);
    for (const char* no : {"false", "No", "0", "否"})
        CHECK(std::get<bool>(parse("A-01", QString::fromUtf8(no), &error)->value) == false);
    CHECK_FALSE(parse("A-01", QStringLiteral("maybe"), &error));
    CHECK(error.contains(QStringLiteral("maybe")));
}

TEST_CASE("Numbers follow the strict grammar", "[domain][responses]")
{
    QString error;
    CHECK(std::get<double>(parse("A-02", QStringLiteral("56"), &error)->value) == 56);
    CHECK(std::get<double>(parse("A-02", QStringLiteral(".5"), &error)->value) == 0.5);
    CHECK(std::get<double>(parse("A-02", QStringLiteral("+3.25"), &error)->value) == 3.25);
    for (const char* bad : {"1e3", "1,000", "3,5", "5.", "abc", "--1", "٣"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse("A-02", QString::fromUtf8(bad), &error));
    }
}

TEST_CASE("Ratings must lie on the scale and choices must be options", "[domain][responses]")
{
    QString error;
    CHECK(parse("B2-01", QStringLiteral("3.6"), &error));
    CHECK_FALSE(parse("B2-01", QStringLiteral("6"), &error));
    CHECK(error.contains(QStringLiteral("6")));
    CHECK(parse("B1-02", QStringLiteral("partly"), &error));
    CHECK_FALSE(parse("B1-02", QStringLiteral("closed"), &error));
    CHECK(error.contains(QStringLiteral("closed")));
}

TEST_CASE("Checklists split on semicolons, merge duplicates and refuse unknown items", "[domain][responses]")
{
    QString error;
    auto r = parse("B2-02", QStringLiteral("water; aid;;water"), &error);
    REQUIRE(r);
    CHECK(std::get<QStringList>(r->value) == QStringList {QStringLiteral("water"), QStringLiteral("aid")});
    auto none = parse("B2-02", QStringLiteral(";"), &error);
    REQUIRE(none);
    CHECK(std::get<QStringList>(none->value).isEmpty());
    CHECK(ResponseRules::toText(none->value) == u";");
    CHECK_FALSE(parse("B2-02", QStringLiteral("water;torch"), &error));
    CHECK(error.contains(QStringLiteral("torch")));
}

TEST_CASE("NA and empty values", "[domain][responses]")
{
    QString error;
    auto na = parse("A-02", QStringLiteral("na"), &error);
    REQUIRE(na);
    CHECK(na->notApplicable);
    CHECK(parse("B2-03", QStringLiteral("不适用"), &error)->notApplicable);
    auto empty = parse("A-02", QStringLiteral("  "), &error);
    REQUIRE(empty);
    CHECK_FALSE(empty->hasValue());
    CHECK_FALSE(empty->notApplicable);
}

TEST_CASE("Min and max of a number indicator are enforced", "[domain][responses]")
{
    cc::Indicator percent = *miniSet().indicator(u"A-03");
    percent.min = 0;
    percent.max = 100;
    CHECK(ResponseRules::check(percent, 100.0).isEmpty());
    CHECK_FALSE(ResponseRules::check(percent, 100.5).isEmpty());
    CHECK_FALSE(ResponseRules::check(percent, -1.0).isEmpty());
    CHECK_FALSE(ResponseRules::check(percent, QStringLiteral("x")).isEmpty());
}

TEST_CASE("Every stored answer of a check reads back through the rules as it was", "[domain][responses][storage]")
{
    // toText() is what the audit trail and the CSV exports write; parse() must give the same answer
    // back for every kind of value a check holds (yes/no, numbers, ratings, choices, checklists).
    testing::Fixture f({.responses = QStringLiteral("scoring/responses.csv")});
    const auto scored = testing::valueOf(f.ws->assessments().score(f.check));
    REQUIRE(scored.responses.size() >= 6);
    for (const Response& stored : scored.responses) {
        CAPTURE(stored.indicatorCode);
        const cc::Indicator* indicator = scored.set->indicator(stored.indicatorCode);
        REQUIRE(indicator);
        CHECK(ResponseRules::check(*indicator, stored.value).isEmpty());
        QString error;
        const auto again = ResponseRules::parse(*indicator, ResponseRules::toText(stored.value), stored.note, &error);
        REQUIRE(again);
        CHECK(error.isEmpty());
        CHECK(again->value == stored.value);
        CHECK(again->note == stored.note);
    }
}

TEST_CASE("Plausibility: counts above what the register allows are named, never refused", "[domain][plausibility]")
{
    cc::Community c = testing::exampleCommunity(); // 12 buildings, 800 households, 2400 residents
    const auto indicatorWith = [](const char* unit) {
        cc::Indicator ind;
        ind.code = QStringLiteral("X");
        ind.type = cc::IndicatorType::Number;
        ind.unit = QString::fromUtf8(unit);
        return ind;
    };
    CHECK(ResponseRules::plausibility(indicatorWith("栋"), c, 12.0).isEmpty());
    CHECK(ResponseRules::plausibility(indicatorWith("栋"), c, 13.0).contains(QStringLiteral("12")));
    CHECK(ResponseRules::plausibility(indicatorWith("套"), c, 960.0).isEmpty()); // 1.2 × 800
    CHECK(ResponseRules::plausibility(indicatorWith("套"), c, 961.0).contains(QStringLiteral("800")));
    CHECK_FALSE(ResponseRules::plausibility(indicatorWith("户"), c, 1000.0).isEmpty());
    CHECK_FALSE(ResponseRules::plausibility(indicatorWith("人"), c, 2401.0).isEmpty());
    CHECK(ResponseRules::plausibility(indicatorWith("单元"), c, 96.0).isEmpty()); // 8 per building
    CHECK_FALSE(ResponseRules::plausibility(indicatorWith("单元"), c, 97.0).isEmpty());
    CHECK(ResponseRules::plausibility(indicatorWith("%"), c, 100.0).isEmpty()); // other units: no rule
    c.buildings.reset(); // no figure in the register: nothing to compare with
    CHECK(ResponseRules::plausibility(indicatorWith("栋"), c, 500.0).isEmpty());
    // Allowed all the same: the rule that refuses values does not know of the register.
    CHECK(ResponseRules::check(indicatorWith("栋"), 500.0).isEmpty());
}
