// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Ledger.h"
#include "core/io/IndicatorSetJson.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using cc::io::parseIndicatorSet;

namespace {

cc::Result<cc::IndicatorSet> parseFixture(const QString& name)
{
    return parseIndicatorSet(testing::readFile(testing::dataPath(QStringLiteral("sets/") + name)), name);
}

} // namespace

TEST_CASE("The valid fixture parses with defaults applied", "[io]")
{
    auto set = parseFixture(QStringLiteral("Valid.json"));
    REQUIRE_OK(set);
    CHECK(set->code == u"MINI");
    CHECK(set->indicatorCount() == 8);
    const auto* b101 = set->indicator(u"B1-01");
    REQUIRE(b101);
    CHECK(b101->bottomLine);
    CHECK(b101->passScore == 100); // bottom-line default
    const auto* a02 = set->indicator(u"A-02");
    REQUIRE(a02);
    CHECK(a02->passScore == 60);
    CHECK(a02->zeroAt == 0.0);
    CHECK(a02->per == 100);
    const auto* b201 = set->indicator(u"B2-01");
    REQUIRE(b201);
    CHECK(b201->scaleMin == 1);
    CHECK(b201->scaleMax == 5);
    CHECK_FALSE(set->indicator(u"B2-03")->isScored()); // text is never scored
    // set order: a group's sub-groups before its own indicators
    const auto order = set->indicatorsInOrder();
    CHECK(order.front()->code == u"A-01");
    CHECK(order.back()->code == u"B2-03");
}

TEST_CASE("Export keeps unknown fields and round-trips to the same content", "[io]")
{
    auto set = parseFixture(QStringLiteral("Valid.json"));
    REQUIRE_OK(set);
    const QByteArray exported = cc::io::writeIndicatorSet(*set);
    const QJsonObject root = QJsonDocument::fromJson(exported).object();
    CHECK(root.value(QStringLiteral("x_publisher")).toObject().value(QStringLiteral("unit")).toString()
          == u"示例县住建局");
    CHECK(exported.contains("x_field_hint"));
    auto again = parseIndicatorSet(exported, QStringLiteral("exported.json"));
    REQUIRE_OK(again);
    CHECK(cc::io::canonicalBytes(*again) == cc::io::canonicalBytes(*set));
    CHECK(cc::io::contentHash(*again) == cc::io::contentHash(*set));
}

TEST_CASE("Explicit defaults give the same content as omitted ones", "[io]")
{
    QByteArray bytes = testing::readFile(testing::dataPath(QStringLiteral("sets/Valid.json")));
    auto plain = parseIndicatorSet(bytes, QStringLiteral("a.json"));
    bytes.replace("\"type\": \"boolean\"",
                  "\"type\": \"boolean\", \"weight\": 1, \"pass_value\": true, \"required\": true");
    auto explicitDefaults = parseIndicatorSet(bytes, QStringLiteral("b.json"));
    REQUIRE_OK(plain);
    REQUIRE_OK(explicitDefaults);
    CHECK(cc::io::contentHash(*plain) == cc::io::contentHash(*explicitDefaults));
}

TEST_CASE("Every validation rule refuses its broken fixture and names the place", "[io][broken]")
{
    struct Case
    {
        const char* file;
        const char* where; // the JSON path (or line) the message must name
        const char* what; // a word of the reason
    };
    const Case c = GENERATE(values<Case>({
        {"BrokenSyntax.json", "line 6, column", "malformed JSON"},
        {"BrokenTruncated.json", "line ", "malformed JSON"},
        {"BrokenNotObject.json", "BrokenNotObject.json", "one JSON object"},
        {"BrokenFormat.json", "format:", "communitycheck.indicator-set"},
        {"BrokenFormatMissing.json", "format:", "required"},
        {"BrokenFormatVersion.json", "format_version:", "2"},
        {"BrokenDuplicateCode.json", "groups[1].groups[0].indicators[1].code", "duplicate"},
        {"BrokenDuplicateGroupCode.json", "groups[0].indicators[0].code", "duplicate"},
        {"BrokenDuplicateTemplate.json", "project_templates[1].code", "duplicate"},
        {"BrokenEmptyCode.json", "groups[0].indicators[1].code", "empty"},
        {"BrokenProjectRef.json", "groups[0].indicators[0].projects[0]", "P-MISSING"},
        {"BrokenMissingType.json", "groups[0].indicators[0].type", "required"},
        {"BrokenUnknownType.json", "groups[0].indicators[0].type", "slider"},
        {"BrokenNoDirection.json", "groups[0].indicators[2].direction", "direction"},
        {"BrokenNoTarget.json", "groups[0].indicators[2].target", "target"},
        {"BrokenZeroAtHigher.json", "groups[0].indicators[1].zero_at", "below"},
        {"BrokenZeroAtLower.json", "groups[1].groups[0].indicators[0].zero_at", "above"},
        {"BrokenChoiceNoOptions.json", "groups[1].groups[0].indicators[1].options", "option"},
        {"BrokenChecklistZero.json", "groups[1].groups[1].indicators[1].items", "0"},
        {"BrokenOptionScore.json", "groups[1].groups[0].indicators[1].options[1].score", "120"},
        {"BrokenScale.json", "groups[1].groups[1].indicators[0].scale_max", "scale_min"},
        {"BrokenNegativeWeight.json", "groups[1].groups[1].weight", "negative"},
        {"BrokenAppliesTo.json", "groups[0].indicators[2].applies_to[0]", "villa"},
        {"BrokenCap.json", "bottom_line_cap", "极好"},
        {"BrokenBadNumber.json", "groups[0].indicators[1].target", "number"},
        {"BrokenCapsNoGrade.json", "bottom_line_caps[1].grade", "极差"},
        {"BrokenCapsEmptyGrade.json", "bottom_line_caps[1].grade", "names no grade"},
        {"BrokenCapsBoth.json", "bottom_line_caps", "not both"},
        {"BrokenCapsFailures.json", "bottom_line_caps[0].failures", "1"},
        {"BrokenCapsRepeated.json", "bottom_line_caps[1].failures", "twice"},
        {"BrokenSeverity.json", "groups[0].indicators[0].severity", "微小"},
        {"BrokenTimeBoundMonths.json", "time_bound_months", "at least 1"},
        {"BrokenProvisional.json", "provisional_below", "from 0 to 1"},
        {"BrokenTimeBoundType.json", "groups[1].groups[0].indicators[1].time_bound", "true or false"},
        {"BrokenAlternativeUndefined.json", "project_templates[0].alternatives[0]", "P-NONE"},
        {"BrokenAlternativeOtherProblem.json", "project_templates[0].alternatives[0]", "another problem"},
    }));
    CAPTURE(c.file);
    auto result = parseFixture(QString::fromLatin1(c.file));
    REQUIRE_FALSE(result);
    const QString message = result.error().message;
    CAPTURE(message);
    CHECK(result.error().code == cc::ErrorCode::InvalidInput);
    CHECK(message.startsWith(QString::fromLatin1(c.file) + u':'));
    CHECK(message.contains(QString::fromUtf8(c.where)));
    CHECK(message.contains(QString::fromUtf8(c.what)));
}

TEST_CASE("Several problems are all reported, the first in the message", "[io][broken]")
{
    QByteArray bytes = testing::readFile(testing::dataPath(QStringLiteral("sets/Valid.json")));
    bytes.replace("\"weight\": 2", "\"weight\": -2");
    bytes.replace("\"target\": 50", "\"target\": \"fifty\"");
    auto result = parseIndicatorSet(bytes, QStringLiteral("two.json"));
    REQUIRE_FALSE(result);
    CHECK(result.error().message.contains(QStringLiteral("groups[0].weight")));
    CHECK(result.error().detail.contains(QStringLiteral("groups[0].indicators[2].target")));
}

TEST_CASE("A set code with a trailing newline or a reused template code is refused", "[io][broken]")
{
    QByteArray bytes = testing::readFile(testing::dataPath(QStringLiteral("sets/Valid.json")));
    QByteArray newline = bytes;
    newline.replace("\"code\": \"MINI\"", "\"code\": \"MINI\\n\"");
    auto result = parseIndicatorSet(newline, QStringLiteral("nl.json"));
    REQUIRE_FALSE(result);
    CHECK(result.error().message.contains(QStringLiteral("code")));

    // groups[1].groups[0].indicators[1] refers to P-SHARED; define it inline as well
    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QJsonArray groups = root[QStringLiteral("groups")].toArray();
    QJsonObject b = groups[1].toObject();
    QJsonArray sub = b[QStringLiteral("groups")].toArray();
    QJsonObject b1 = sub[0].toObject();
    QJsonArray indicators = b1[QStringLiteral("indicators")].toArray();
    QJsonObject ind = indicators[1].toObject();
    ind[QStringLiteral("projects")] = QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("P-SHARED")},
                                                               {QStringLiteral("name"), QStringLiteral("共享模板")},
                                                               {QStringLiteral("class"), QStringLiteral("管理")},
                                                               {QStringLiteral("quantity"), QStringLiteral("one")}}};
    indicators[1] = ind;
    b1[QStringLiteral("indicators")] = indicators;
    sub[0] = b1;
    b[QStringLiteral("groups")] = sub;
    groups[1] = b;
    root[QStringLiteral("groups")] = groups;
    const QByteArray reused = QJsonDocument(root).toJson();
    result = parseIndicatorSet(reused, QStringLiteral("reused.json"));
    REQUIRE_FALSE(result);
    CHECK(result.error().message.contains(QStringLiteral("groups[1].groups[0].indicators[1].projects[0].code")));
}

TEST_CASE("A stored set exports to the same content it was imported from", "[io][storage]")
{
    testing::Fixture f({.check = false});
    const QString exported = f.file(QStringLiteral("MINI-1.json"));
    REQUIRE_OK(f.ws->sets().exportToFile(f.setCode, QStringLiteral("1"), exported));
    auto original = parseIndicatorSet(testing::readFile(testing::dataPath(QStringLiteral("scoring/mini-set.json"))),
                                      QStringLiteral("mini-set.json"));
    auto written = parseIndicatorSet(testing::readFile(exported), QStringLiteral("MINI-1.json"));
    REQUIRE_OK(original);
    REQUIRE_OK(written);
    CHECK(cc::io::canonicalBytes(*written) == cc::io::canonicalBytes(*original));
    CHECK(cc::io::contentHash(*written) == testing::valueOf(f.ws->sets().find(f.setCode)).contentSha256);
}

namespace {

QByteArray withExtra(const char* replacements)
{
    // Valid.json with its bottom_line_cap replaced by `replacements` (top-level fields).
    QByteArray bytes = testing::readFile(testing::dataPath(QStringLiteral("sets/Valid.json")));
    bytes.replace("\"bottom_line_cap\": \"中\",", replacements);
    return bytes;
}

} // namespace

TEST_CASE("The 2025.2 fields are read, kept on export and round-trip", "[io]")
{
    QByteArray bytes =
        withExtra(R"("bottom_line_caps": [{"failures": 1, "grade": "中"}, {"failures": 3, "grade": "差"}],
        "time_bound_months": 6, "provisional_below": 0.6,)");
    bytes.replace("\"bottom_line\": true", "\"bottom_line\": true, \"time_bound\": false");
    bytes.replace("\"x_field_hint\": \"check the ground floor\"",
                  "\"x_field_hint\": \"check the ground floor\", \"severity\": \"一般\", \"time_bound\": true");
    auto set = parseIndicatorSet(bytes, QStringLiteral("new.json"));
    REQUIRE_OK(set);
    REQUIRE(set->bottomLineCaps.size() == 2);
    CHECK(set->bottomLineCaps[1].failures == 3);
    CHECK(set->bottomLineCaps[1].grade == u"差");
    CHECK(set->deadlineMonths() == 6);
    CHECK(set->provisionalThreshold() == 0.6);
    CHECK_FALSE(set->indicator(u"B1-01")->isTimeBound());
    CHECK(set->indicator(u"A-01")->isTimeBound());
    CHECK(set->indicator(u"A-01")->severity == u"一般");

    const QByteArray exported = cc::io::writeIndicatorSet(*set);
    auto again = parseIndicatorSet(exported, QStringLiteral("exported.json"));
    REQUIRE_OK(again);
    CHECK(cc::io::canonicalBytes(*again) == cc::io::canonicalBytes(*set));
    CHECK(again->bottomLineCaps.size() == 2);
    CHECK(again->provisionalThreshold() == 0.6);
    CHECK(again->indicator(u"A-01")->severity == u"一般");
}

TEST_CASE("New fields at their defaults are the same content as none", "[io]")
{
    auto plain = parseFixture(QStringLiteral("Valid.json"));
    QByteArray bytes = testing::readFile(testing::dataPath(QStringLiteral("sets/Valid.json")));
    bytes.replace("\"bottom_line\": true", "\"bottom_line\": true, \"time_bound\": true");
    bytes.replace("\"type\": \"rating\"", "\"type\": \"rating\", \"time_bound\": false");
    bytes.replace("\"bottom_line_cap\": \"中\",",
                  "\"bottom_line_cap\": \"中\", \"time_bound_months\": 12, \"provisional_below\": 0.8,");
    auto explicitDefaults = parseIndicatorSet(bytes, QStringLiteral("b.json"));
    REQUIRE_OK(plain);
    REQUIRE_OK(explicitDefaults);
    CHECK(cc::io::contentHash(*plain) == cc::io::contentHash(*explicitDefaults));
    // …and a set without them writes none of them, so stored sets keep their hashes.
    const QByteArray exported = cc::io::writeIndicatorSet(*plain);
    for (const char* field : {"bottom_line_caps", "time_bound", "\"severity\"", "alternatives", "provisional_below"})
        CHECK_FALSE(exported.contains(field));
}

TEST_CASE("Alternatives are symmetric after reading", "[io]")
{
    // B1-02 names P-SHARED; give it a second template that rebuilds instead, listed one way only.
    QByteArray bytes = testing::readFile(testing::dataPath(QStringLiteral("sets/Valid.json")));
    bytes.replace("\"projects\": [\n                \"P-SHARED\"\n              ]",
                  R"("projects": ["P-SHARED", "P-REBUILD"])");
    bytes.replace("\"project_templates\": [",
                  R"("project_templates": [{"code": "P-REBUILD", "name": "重建", "class": "基础", "quantity": "one",
                     "alternatives": ["P-SHARED"]},)");
    auto set = parseIndicatorSet(bytes, QStringLiteral("alt.json"));
    REQUIRE_OK(set);
    CHECK(set->projectTemplate(u"P-REBUILD")->alternatives == QStringList {QStringLiteral("P-SHARED")});
    CHECK(set->projectTemplate(u"P-SHARED")->alternatives == QStringList {QStringLiteral("P-REBUILD")});
    // Written both ways, read again: the same content.
    auto again = parseIndicatorSet(cc::io::writeIndicatorSet(*set), QStringLiteral("again.json"));
    REQUIRE_OK(again);
    CHECK(cc::io::contentHash(*again) == cc::io::contentHash(*set));
}

TEST_CASE("source_ledger and ledger_items are read, kept on export, and a set without them is unchanged",
          "[io][ledger]")
{
    QByteArray bytes = withExtra(R"("bottom_line_cap": "中",
        "ledger_items": [{"code": "JX-3.9", "indicator": 3, "name": {"zh": "通信管线未四网合一", "en": "Cables not merged"}},
                         {"code": "JX-LOCAL", "name": "自建房存在安全隐患", "x_kept": 1}],)");
    bytes.replace("\"unit\": \"个/百户\",",
                  R"("unit": "个/百户", "source_ledger": {"items": ["H3.1", "jx-3.9"], "x_why": "local"},)");
    auto set = parseIndicatorSet(bytes, QStringLiteral("ledger.json"));
    REQUIRE_OK(set);
    REQUIRE(set->ledgerItems.size() == 2);
    CHECK(set->ledgerItems[0].indicator == 3);
    CHECK(set->ledgerItems[0].name.en == u"Cables not merged");
    CHECK(set->ledgerItems[1].indicator == 0);
    const cc::Indicator* computed = set->indicator(u"A-02");
    REQUIRE(computed->isComputed());
    CHECK(computed->sourceLedger->items == QStringList {QStringLiteral("H3.1"), QStringLiteral("jx-3.9")});
    CHECK_FALSE(computed->sourceLedger->countDwellings); // "buildings" by default
    const auto items = cc::ledgerItemsOf(*set);
    CHECK(items.size() == cc::nationalLedgerItems().size() + 2);
    REQUIRE(cc::findLedgerItem(items, QStringLiteral("jx-3.9")));
    CHECK(cc::findLedgerItem(items, QStringLiteral("jx-3.9"))->name == u"通信管线未四网合一");

    // Exported and read again: the same content, unknown fields kept, the default count written out.
    const QByteArray exported = cc::io::writeIndicatorSet(*set);
    CHECK(exported.contains("\"x_why\""));
    CHECK(exported.contains("\"x_kept\""));
    CHECK(exported.contains("\"count\": \"buildings\""));
    auto again = parseIndicatorSet(exported, QStringLiteral("again.json"));
    REQUIRE_OK(again);
    CHECK(cc::io::contentHash(*again) == cc::io::contentHash(*set));
    // A set without them writes neither, so every stored set keeps its hash.
    const QByteArray plain = cc::io::writeIndicatorSet(testing::valueOf(parseFixture(QStringLiteral("Valid.json"))));
    CHECK_FALSE(plain.contains("source_ledger"));
    CHECK_FALSE(plain.contains("ledger_items"));
}

TEST_CASE("A broken source_ledger or ledger_items is refused with its JSON path", "[io][ledger][broken]")
{
    QByteArray bytes = withExtra(R"("bottom_line_cap": "中",
        "ledger_items": [{"code": "H1.1", "name": "national"}, {"code": "X 1", "name": "spaced"},
                         {"code": "X-2", "name": "a"}, {"code": "x-2", "name": "b", "indicator": 12},
                         {"code": "X-3"}],)");
    bytes.replace("\"unit\": \"个/百户\",",
                  R"("unit": "个/百户", "source_ledger": {"items": ["H3.1", "H3.9", "H3.1"], "count": "floors"},)");
    bytes.replace("\"x_field_hint\": \"check the ground floor\"",
                  R"("x_field_hint": "check the ground floor", "source_ledger": {"items": ["H2.1"]})");
    auto set = parseIndicatorSet(bytes, QStringLiteral("broken.json"));
    REQUIRE_FALSE(set);
    const QString all = set.error().message + u'\n' + set.error().detail;
    CAPTURE(all.toStdString());
    CHECK(all.contains(u"ledger_items[0].code: \"H1.1\" is a national item"));
    CHECK(all.contains(u"ledger_items[1].code: must be 1 to 40 characters without spaces"));
    CHECK(all.contains(u"ledger_items[3].code: duplicate item code \"x-2\""));
    CHECK(all.contains(u"ledger_items[3].indicator: must be the number of a national housing indicator"));
    CHECK(all.contains(u"ledger_items[4].name: is required"));
    CHECK(all.contains(u"groups[0].indicators[1].source_ledger.items[2]: \"H3.1\" is listed twice"));
    CHECK(all.contains(u"groups[0].indicators[1].source_ledger.count: must be \"buildings\""));
    CHECK(all.contains(u"groups[0].indicators[1].source_ledger.items[1]: no ledger item has the code \"H3.9\""));
    CHECK(all.contains(
        u"groups[0].indicators[0].source_ledger: only a number indicator can be computed (this one is boolean)"));
    // Not an object at all.
    QByteArray scalar = testing::readFile(testing::dataPath(QStringLiteral("sets/Valid.json")));
    scalar.replace("\"unit\": \"个/百户\",", R"("unit": "个/百户", "source_ledger": "H3.1",)");
    auto refused = parseIndicatorSet(scalar, QStringLiteral("scalar.json"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"groups[0].indicators[1].source_ledger: must be an object"));
    // source_remediation: a boolean, on a number, not with source_ledger.
    QByteArray both = testing::readFile(testing::dataPath(QStringLiteral("sets/Valid.json")));
    both.replace("\"unit\": \"个/百户\",",
                 R"("unit": "个/百户", "source_ledger": {"items": ["H3.1"]}, "source_remediation": true,)");
    both.replace("\"x_field_hint\": \"check the ground floor\"",
                 R"("x_field_hint": "check the ground floor", "source_remediation": "yes")");
    auto twice = parseIndicatorSet(both, QStringLiteral("both.json"));
    REQUIRE_FALSE(twice);
    const QString twiceAll = twice.error().message + u'\n' + twice.error().detail;
    CHECK(twiceAll.contains(u"groups[0].indicators[1].source_ledger: an indicator is computed one way"));
    CHECK(twiceAll.contains(u"groups[0].indicators[0].source_remediation: must be true or false"));
}

TEST_CASE("A weight above 1,000,000 or with more than 6 decimals is refused with its path", "[io][broken]")
{
    for (const auto& [weight, message] : std::vector<std::pair<const char*, const char16_t*>> {
             {"9223372036854775808", u"groups[0].weight: must be at most 1000000"},
             {"1e-320", u"groups[0].weight: must have at most 6 decimals"},
             {"0.1234567", u"groups[0].weight: must have at most 6 decimals"}}) {
        QByteArray bytes = testing::readFile(testing::dataPath(QStringLiteral("sets/Valid.json")));
        bytes.replace("\"weight\": 2,", QByteArray(QByteArray("\"weight\": ") + weight + ","));
        auto set = parseIndicatorSet(bytes, QStringLiteral("w.json"));
        REQUIRE_FALSE(set);
        CHECK(set.error().message.contains(QString::fromUtf16(message)));
    }
    // The limits themselves are fine.
    QByteArray edge = testing::readFile(testing::dataPath(QStringLiteral("sets/Valid.json")));
    edge.replace("\"weight\": 2,", "\"weight\": 1000000,");
    REQUIRE_OK(parseIndicatorSet(edge, QStringLiteral("edge.json")));
    QByteArray fine = testing::readFile(testing::dataPath(QStringLiteral("sets/Valid.json")));
    fine.replace("\"weight\": 2,", "\"weight\": 0.123456,");
    REQUIRE_OK(parseIndicatorSet(fine, QStringLiteral("fine.json")));
}
