// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Ledger.h"
#include "core/io/IndicatorSetJson.h"
#include "core/scoring/Scoring.h"
#include "core/services/Workspace.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <functional>

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

TEST_CASE("The default set is JX-HSQ 2025.4 with the plan's six programmes and fifteen tasks", "[defaultset]")
{
    const auto& set = defaultSet();
    CHECK(set.code == u"JX-HSQ");
    CHECK(set.version == u"2025.4");
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
    CHECK(bottomLine >= 9);
    CHECK(defaultSet().grades.size() == 4);
}

namespace {

const cc::Indicator& indicator(const char* code)
{
    const cc::Indicator* ind = defaultSet().indicator(QString::fromLatin1(code));
    REQUIRE(ind);
    return *ind;
}

} // namespace

TEST_CASE("Since 2025.2: every indicator names its own units, the lead first", "[defaultset][review]")
{
    QMap<QString, int> leads;
    for (const cc::Indicator* ind : defaultSet().indicatorsInOrder()) {
        CAPTURE(ind->code);
        REQUIRE_FALSE(ind->responsibleUnits.isEmpty());
        CHECK(ind->responsibleUnits.size() <= 5); // its own units, not its task's whole list
        ++leads[ind->responsibleUnits.first()];
    }
    // The work spreads over the departments: no unit leads most indicators.
    for (auto it = leads.begin(); it != leads.end(); ++it) {
        CAPTURE(it.key());
        CHECK(it.value() * 2 < static_cast<int>(defaultSet().indicatorsInOrder().size()));
    }
    CHECK(indicator("C8-04").responsibleUnits.first() == u"县卫生健康委"); // 托育
    CHECK(indicator("C8-05").responsibleUnits.first() == u"县教育局"); // 幼儿园
    CHECK(indicator("C8-07").responsibleUnits.first() == u"县卫生健康委"); // 卫生服务站
    CHECK(indicator("C8-01").responsibleUnits.first() == u"县民政局"); // 养老
    CHECK(indicator("B6-03").responsibleUnits.first() == u"县消防救援大队"); // 烟感
}

TEST_CASE("Since 2025.2: bottom line as the national list, caps that grow, time-bound water and flooding",
          "[defaultset][review]")
{
    const auto& set = defaultSet();
    for (const char* code : {"B4-01", "B4-03", "B4-04", "B5-01", "B5-08", "B6-01", "B6-02", "B6-03", "B6-07"}) {
        CAPTURE(code);
        CHECK(indicator(code).bottomLine);
    }
    REQUIRE(set.bottomLineCaps.size() == 2);
    CHECK(set.bottomLineCaps[0].failures == 1);
    CHECK(set.bottomLineCaps[0].grade == u"中");
    CHECK(set.bottomLineCaps[1].failures == 3);
    CHECK(set.bottomLineCaps[1].grade == u"差");
    CHECK(set.bottomLineCap.isEmpty());
    for (const char* code : {"B5-03", "B5-06"}) {
        CAPTURE(code);
        CHECK(indicator(code).isTimeBound());
        CHECK_FALSE(indicator(code).bottomLine); // 限时解决 without capping the grade
    }
}

TEST_CASE("Since 2025.2: minor by nature, coverage counted per building, no circular or out-of-reach indicator",
          "[defaultset][review]")
{
    for (const char* code : {"D10-02", "E11-04", "E11-02", "E11-05", "E12-01"}) {
        CAPTURE(code);
        CHECK(indicator(code).severity == u"一般");
    }
    // Coverage the national rule counts building by building: one uncovered building fails.
    for (const char* code : {"B4-06", "B5-08", "B6-03"}) {
        CAPTURE(code);
        CHECK(indicator(code).passScore == 100);
    }
    // The national minimum of six questionnaires passes.
    cc::Community c;
    c.type = QStringLiteral("old_estate");
    const cc::Indicator& survey = indicator("A2-03");
    CHECK(*cc::scoring::indicatorScore(survey, c, 6.0) >= survey.passScore);
    CHECK(*cc::scoring::indicatorScore(survey, c, 5.0) < survey.passScore);
    // What the check itself produces, and what the province or county must do, is not scored.
    for (const char* code : {"A2-04", "A3-02", "A1-04", "E12-04"}) {
        CAPTURE(code);
        CHECK_FALSE(indicator(code).isScored());
    }
    // Counts normalised like the others; community-level targets instead of city-level ones.
    CHECK(indicator("C7-07").normalizeBy == u"buildings");
    CHECK(indicator("C7-11").normalizeBy == u"area_ha");
    CHECK(defaultSet().indicator(u"B6-04") == nullptr);
    CHECK(defaultSet().indicator(u"D9-02") == nullptr);
    CHECK(indicator("B6-08").target == 0.5);
    CHECK(indicator("D9-08").type == cc::IndicatorType::Boolean);
}

TEST_CASE("Since 2025.2: reinforcing and rebuilding hazardous buildings are alternatives", "[defaultset][review]")
{
    const cc::Indicator& hazard = indicator("B4-01");
    REQUIRE(hazard.projects.size() == 2);
    const cc::ProjectTemplate& reinforce = *hazard.projects[0].inlineTemplate;
    const cc::ProjectTemplate& rebuild = *hazard.projects[1].inlineTemplate;
    CHECK(reinforce.alternatives == QStringList {rebuild.code});
    CHECK(rebuild.alternatives == QStringList {reinforce.code}); // symmetric after reading
    CHECK_FALSE(indicator("B5-01").projects.front().inlineTemplate->implementer.isEmpty()); // 燃气经营企业
}

TEST_CASE("The 2025.1 set is kept, and its stored copy in an existing database is unchanged", "[defaultset]")
{
    auto old = cc::io::parseIndicatorSet(
        testing::readFile(testing::sourcePath(QStringLiteral("resources/indicators/jx-hsq-2025.1.json"))),
        QStringLiteral("jx-hsq-2025.1.json"));
    REQUIRE_OK(old);
    CHECK(old->version == u"2025.1");
    // A database of schema 2 holds the 2025.1 set as the first release stored it: importing the kept
    // file again is a no-op, so no check made with it changes.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    REQUIRE(QFile::copy(testing::dataPath(QStringLiteral("db/schema-v2.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto ws = testing::valueOf(cc::Workspace::open(path, cc::Workspace::OpenMode::Upgrade, QStringLiteral("t")));
    const auto imported = testing::valueOf(ws->sets().importJson(
        testing::readFile(testing::sourcePath(QStringLiteral("resources/indicators/jx-hsq-2025.1.json"))),
        QStringLiteral("jx-hsq-2025.1.json")));
    CHECK_FALSE(imported.created);
    // …and the new version goes in beside it.
    const auto added = testing::valueOf(ws->sets().installBuiltin(
        testing::readFile(testing::sourcePath(QStringLiteral("resources/indicators/default.json")))));
    CHECK(added.created);
    CHECK(added.version == u"2025.4");
    CHECK(testing::valueOf(ws->sets().list()).size() == 2);
}

TEST_CASE("2025.3: sources and guidance read as plain language, the indicators themselves as in 2025.2",
          "[defaultset][review]")
{
    // The research file's reference tags ([M25], [P]) and notes to developers were shown to
    // assessors beside each indicator.
    const QRegularExpression tag(QStringLiteral("\\[[A-Z][A-Z0-9-]*\\]"));
    for (const cc::Indicator* ind : defaultSet().indicatorsInOrder()) {
        CAPTURE(ind->code.toStdString());
        for (const QString& text : {ind->source, ind->guidance.zh, ind->guidance.en}) {
            CHECK_FALSE(text.contains(tag));
            CHECK_FALSE(text.contains(QStringLiteral("indicators.md")));
            CHECK_FALSE(text.contains(QStringLiteral("local proposal")));
            CHECK_FALSE(text.contains(QStringLiteral("target 仅为")));
        }
    }
    auto previous = cc::io::parseIndicatorSet(
        testing::readFile(testing::sourcePath(QStringLiteral("resources/indicators/jx-hsq-2025.2.json"))),
        QStringLiteral("jx-hsq-2025.2.json"));
    REQUIRE_OK(previous);
    CHECK(previous->version == u"2025.2");
    const auto now = defaultSet().indicatorsInOrder();
    const auto before = previous->indicatorsInOrder();
    REQUIRE(now.size() == before.size());
    for (size_t i = 0; i < now.size(); ++i) {
        CAPTURE(now[i]->code.toStdString());
        CHECK(now[i]->code == before[i]->code);
        CHECK(now[i]->type == before[i]->type);
        CHECK(now[i]->weight == before[i]->weight);
        CHECK(now[i]->target == before[i]->target);
        CHECK(now[i]->zeroAt == before[i]->zeroAt);
        CHECK(now[i]->bottomLine == before[i]->bottomLine);
        CHECK(now[i]->isTimeBound() == before[i]->isTimeBound());
    }
}

TEST_CASE("2025.4: the nine national housing indicators are counted from the building ledger, the rest as in 2025.3",
          "[defaultset][ledger]")
{
    auto previous = cc::io::parseIndicatorSet(
        testing::readFile(testing::sourcePath(QStringLiteral("resources/indicators/jx-hsq-2025.3.json"))),
        QStringLiteral("jx-hsq-2025.3.json"));
    REQUIRE_OK(previous);
    CHECK(previous->version == u"2025.3");
    QStringList computedRefs;
    const auto now = defaultSet().indicatorsInOrder();
    const auto before = previous->indicatorsInOrder();
    REQUIRE(now.size() == before.size());
    for (size_t i = 0; i < now.size(); ++i) {
        CAPTURE(now[i]->code.toStdString());
        CHECK_FALSE(before[i]->isComputed());
        if (now[i]->sourceRemediation) {
            CHECK(now[i]->nationalRef == u"MOHURD-2025-60"); // 问题整治完成率, from the earlier round
            CHECK(now[i]->code == u"A3-01");
        }
        if (now[i]->sourceLedger) {
            computedRefs << now[i]->nationalRef;
            // Every item named is a national one of the indicator's own number (national-tables.md §2.4).
            const int number = now[i]->nationalRef.right(2).toInt();
            for (const QString& code : now[i]->sourceLedger->items) {
                const cc::LedgerItem* item = cc::nationalLedgerItem(code);
                REQUIRE(item);
                CHECK(item->indicator == number);
            }
            CHECK(now[i]->sourceLedger->countDwellings == (number == 5)); // 非成套住宅 counts 套
            CHECK(now[i]->type == cc::IndicatorType::Number);
        }
    }
    // Scoring unchanged: without source_ledger and source_remediation (and A3-01's guidance, which says
    // how it is computed) the groups are 2025.3's, field for field.
    cc::IndicatorSet stripped = defaultSet();
    const std::function<void(cc::Group&)> strip = [&](cc::Group& g) {
        for (cc::Group& child : g.groups)
            strip(child);
        for (cc::Indicator& ind : g.indicators) {
            ind.sourceLedger.reset();
            ind.sourceRemediation = false;
            if (ind.code == u"A3-01") // its guidance now says it is computed
                ind.guidance = previous->indicator(u"A3-01")->guidance;
        }
    };
    for (cc::Group& g : stripped.groups)
        strip(g);
    CHECK(cc::io::indicatorSetToJson(stripped).value(QStringLiteral("groups"))
          == cc::io::indicatorSetToJson(*previous).value(QStringLiteral("groups")));
    computedRefs.sort();
    CHECK(computedRefs
          == QStringList {QStringLiteral("MOHURD-2025-01"),
                          QStringLiteral("MOHURD-2025-02"),
                          QStringLiteral("MOHURD-2025-03"),
                          QStringLiteral("MOHURD-2025-04"),
                          QStringLiteral("MOHURD-2025-05"),
                          QStringLiteral("MOHURD-2025-06"),
                          QStringLiteral("MOHURD-2025-07"),
                          QStringLiteral("MOHURD-2025-08"),
                          QStringLiteral("MOHURD-2025-09")});
}
