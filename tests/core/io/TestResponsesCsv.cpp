// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/IndicatorSetJson.h"
#include "core/io/ResponsesCsv.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

namespace {

const cc::IndicatorSet& miniSet()
{
    static const cc::IndicatorSet set = [] {
        auto parsed =
            cc::io::parseIndicatorSet(testing::readFile(testing::dataPath(QStringLiteral("scoring/mini-set.json"))),
                                      QStringLiteral("mini-set.json"));
        REQUIRE(parsed);
        return parsed.value();
    }();
    return set;
}

cc::Result<std::vector<cc::Response>> parse(const char* name)
{
    const QString file = QString::fromLatin1(name);
    return cc::io::parseResponsesCsv(
        testing::readFile(testing::dataPath(QStringLiteral("responses/") + file)), file, miniSet());
}

const cc::Response* find(const std::vector<cc::Response>& rows, const char* code)
{
    for (const auto& r : rows) {
        if (r.indicatorCode == QString::fromLatin1(code))
            return &r;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A GB18030 file saved by Excel and a UTF-8 file with BOM read the same", "[io][csv]")
{
    auto gb = parse("ExcelGb18030.csv");
    auto bom = parse("Utf8Bom.csv");
    REQUIRE_OK(gb);
    REQUIRE_OK(bom);
    REQUIRE(gb->size() == 8);
    REQUIRE(bom->size() == 8);
    for (size_t i = 0; i < gb->size(); ++i) {
        CHECK((*gb)[i].indicatorCode == (*bom)[i].indicatorCode);
        CHECK((*gb)[i].note == (*bom)[i].note);
    }
    CHECK(std::get<bool>(find(*gb, "A-01")->value));
    CHECK(find(*gb, "A-01")->note == u"有站点");
    CHECK(find(*gb, "A-03")->notApplicable);
    CHECK(find(*gb, "A-03")->note == u"仅适用老旧小区"); // the note of an NA row is its reason
    CHECK(find(*gb, "B1-02")->note == u"东侧通道被占用, 需清理");
    CHECK(std::get<QString>(find(*gb, "B2-03")->value) == u"楼道堆物较多");
    auto decoded = cc::io::decodeCsvText(
        testing::readFile(testing::dataPath(QStringLiteral("responses/ExcelGb18030.csv"))), QStringLiteral("x"));
    REQUIRE_OK(decoded);
    CHECK(decoded->encoding == u"GB18030");
}

TEST_CASE("Columns are found by name in any order; quoted fields may span lines", "[io][csv]")
{
    auto rows = parse("ReorderedColumns.csv");
    REQUIRE_OK(rows);
    REQUIRE(rows->size() == 2);
    CHECK(std::get<double>(find(*rows, "A-02")->value) == 7);
    CHECK(find(*rows, "A-02")->note == u"multi\nline note");
    CHECK(std::get<double>(find(*rows, "B2-01")->value) == 3);
}

TEST_CASE("An empty value means unanswered", "[io][csv]")
{
    auto rows = parse("ClearValue.csv");
    REQUIRE_OK(rows);
    REQUIRE(rows->size() == 1);
    CHECK_FALSE(rows->front().hasValue());
    CHECK_FALSE(rows->front().notApplicable);
}

TEST_CASE("Broken response files are refused naming the line and the code", "[io][csv][broken]")
{
    struct Case
    {
        const char* file;
        const char* mustContain;
    };
    const Case c = GENERATE(values<Case>({
        {"BrokenNoHeader.csv", "line 1"},
        {"BrokenWrongType.csv", "line 3, A-02"},
        {"BrokenUnknownCode.csv", "line 3, Z-99"},
        {"BrokenDuplicate.csv", "line 4, A-02"},
        {"BrokenOption.csv", "line 2, B1-02"},
        {"BrokenChecklist.csv", "torch"},
        {"BrokenOpenQuote.csv", "line 2"},
        {"BrokenBinary.csv", "GB18030"},
        {"BrokenEmpty.csv", "BrokenEmpty.csv"},
        {"BrokenExponent.csv", "line 2, A-02"},
    }));
    CAPTURE(c.file);
    auto result = parse(c.file);
    REQUIRE_FALSE(result);
    CAPTURE(result.error().message);
    CHECK(result.error().message.startsWith(QString::fromLatin1(c.file)));
    CHECK(result.error().message.contains(QString::fromUtf8(c.mustContain)));
}

TEST_CASE("All problems of a file are listed, the first in the message", "[io][csv][broken]")
{
    auto result = parse("BrokenWrongType.csv");
    REQUIRE_FALSE(result);
    CHECK(result.error().message.contains(QStringLiteral("A-02")));
    CHECK(result.error().detail.contains(QStringLiteral("line 4, B2-01")));
}

TEST_CASE("Numbers outside an indicator's min and max are refused", "[io][csv][broken]")
{
    auto set = cc::io::parseIndicatorSet(
        testing::readFile(testing::sourcePath(QStringLiteral("resources/indicators/default.json"))),
        QStringLiteral("default.json"));
    REQUIRE_OK(set);
    auto result = cc::io::parseResponsesCsv(
        testing::readFile(testing::dataPath(QStringLiteral("responses/BrokenOutOfRange.csv"))),
        QStringLiteral("BrokenOutOfRange.csv"),
        *set);
    REQUIRE_FALSE(result);
    CHECK(result.error().message.contains(QStringLiteral("line 2, A2-01")));
    CHECK(result.error().message.contains(QStringLiteral("105")));
    CHECK(result.error().detail.contains(QStringLiteral("line 3, B4-01")));
}
