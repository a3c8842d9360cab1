// SPDX-License-Identifier: GPL-3.0-or-later
// The register and the lists imported from tables (spec/cli.md v2): all rows or none, a second import
// of the same file changes nothing, a broken file leaves the database exactly as it was.
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

namespace {

struct Fixture : testing::Fixture
{
    QString write(const QString& name, const QString& text)
    {
        testing::writeFile(file(name), text.toUtf8());
        return file(name);
    }
};

} // namespace

TEST_CASE("Communities import adds, updates the columns given, and a re-import is a no-op", "[services][tables]")
{
    Fixture f;
    auto added = f.ws->communities().importFile(testing::dataPath(QStringLiteral("tables/communities.xlsx")));
    REQUIRE_OK(added);
    CHECK(added->added == 3);
    CHECK(added->updated == 0);
    auto again = f.ws->communities().importFile(testing::dataPath(QStringLiteral("tables/communities.xlsx")));
    REQUIRE_OK(again);
    CHECK(again->added == 0);
    CHECK(again->updated == 0);
    CHECK(again->unchanged == 3);
    // A table with fewer columns changes only those: T-001 keeps its county and households.
    auto updated = f.ws->communities().importFile(f.write(
        QStringLiteral("u.csv"), QStringLiteral("社区编码,社区名称,类型,人口\nT-001,丁公路社区,old_estate,3700\n")));
    REQUIRE_OK(updated);
    CHECK(updated->updated == 1);
    auto t001 = f.ws->communities().byCode(QStringLiteral("T-001"));
    REQUIRE_OK(t001);
    CHECK(t001->population == 3700);
    CHECK(t001->households == 1200);
    CHECK(t001->county == u"东湖区");
    // An empty cell keeps what the register holds; a filled one changes it.
    auto blanks = f.ws->communities().importFile(f.write(
        QStringLiteral("b.csv"), QStringLiteral("code,name,type,households,pilot\nT-001,丁公路社区,old_estate,,\n")));
    REQUIRE_OK(blanks);
    CHECK(blanks->unchanged == 1);
    t001 = f.ws->communities().byCode(QStringLiteral("T-001"));
    CHECK(t001->households == 1200);
    CHECK(t001->pilot);
    // A type no stored set declares is kept, with a warning.
    auto odd = f.ws->communities().importFile(
        f.write(QStringLiteral("odd.csv"), QStringLiteral("code,name,type\nT-009,新社区,mystery\n")));
    REQUIRE_OK(odd);
    CHECK(odd->warnings.join(u' ').contains(QStringLiteral("mystery")));
}

TEST_CASE("A broken register changes nothing", "[services][tables][broken]")
{
    Fixture f;
    const QString before = testing::dumpDatabase(f.path);
    auto refused = f.ws->communities().importFile(testing::dataPath(QStringLiteral("tables/communities-broken.xlsx")));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("sheet Sheet1, row 2, column D")));
    // One good row and one bad: neither is stored.
    auto half = f.ws->communities().importFile(
        f.write(QStringLiteral("half.csv"),
                QStringLiteral("code,name,type,households\nH-1,甲,old_estate,10\nH-2,乙,old_estate,-1\n")));
    REQUIRE_FALSE(half);
    CHECK(half.error().message.contains(QStringLiteral("half.csv, line 3, column 4 (households)")));
    CHECK(testing::dumpDatabase(f.path) == before);
}

TEST_CASE("Demands, resources and prices import; unknown communities refuse the file", "[services][tables]")
{
    Fixture f;
    const QString code = f.community.code;
    auto demands = f.ws->lists().importDemands(f.write(
        QStringLiteral("d.csv"),
        QStringLiteral("社区编码,需求内容,来源,支持人数\n%1,增设充电棚,问卷调查,120\n%1,楼道照明,热线,8\n").arg(code)));
    REQUIRE_OK(demands);
    CHECK(demands->added.size() == 2);
    auto again = f.ws->lists().importDemands(f.file(QStringLiteral("d.csv")));
    // Two equal rows of one new file are two demands (residents asked twice); only stored ones are skipped.
    auto twiceAsked = f.ws->lists().importDemands(f.write(
        QStringLiteral("dd.csv"), QStringLiteral("community,text,indicator\n%1,修路,A;B\n%1,修路,A;B\n").arg(code)));
    REQUIRE_OK(twiceAsked);
    CHECK(twiceAsked->added.size() == 2);
    auto reordered = f.ws->lists().importDemands(
        f.write(QStringLiteral("dr.csv"), QStringLiteral("community,text,indicator\n%1,修路,B;A\n").arg(code)));
    REQUIRE_OK(reordered);
    CHECK(reordered->skipped == 1); // the same indicators in another order
    REQUIRE_OK(f.ws->lists().removeDemands(twiceAsked->added));
    REQUIRE_OK(again);
    CHECK(again->added.empty());
    CHECK(again->skipped == 2);
    // The undo of an import takes its rows away in one step, and the redo puts them back.
    REQUIRE_OK(f.ws->lists().removeDemands(demands->added));
    CHECK(f.ws->lists().demands(code)->empty());
    REQUIRE_OK(f.ws->lists().restoreDemands(demands->added));
    CHECK(f.ws->lists().demands(code)->size() == 2);

    const QString before = testing::dumpDatabase(f.path);
    auto stranger = f.ws->lists().importDemands(
        f.write(QStringLiteral("s.csv"), QStringLiteral("community,text\n%1,甲\nNOPE-1,乙\n").arg(code)));
    REQUIRE_FALSE(stranger);
    CHECK(stranger.error().message.contains(QStringLiteral("NOPE-1")));
    auto resources = f.ws->lists().importResources(
        f.write(QStringLiteral("r.csv"), QStringLiteral("kind,name,community\nroom,原粮站,NOPE-2\n")));
    REQUIRE_FALSE(resources);
    CHECK(resources.error().message.contains(QStringLiteral("NOPE-2")));
    auto twice = f.ws->lists().importPrices(f.write(
        QStringLiteral("p2.csv"), QStringLiteral("template,unit_cost,county\nP-EBIKE,12,东湖区\nP-EBIKE,13,东湖区\n")));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("p2.csv, line 3: the template P-EBIKE is priced for 东湖区")));
    CHECK(testing::dumpDatabase(f.path) == before);

    auto room = f.ws->lists().importResources(
        f.write(QStringLiteral("r2.csv"),
                QStringLiteral("类型,名称,社区编码,面积\n闲置用房,原粮站,%1,120\n资金,改造资金,,\n").arg(code)));
    REQUIRE_FALSE(room); // the fund names neither a community nor a county
    CHECK(room.error().message.contains(QStringLiteral("r2.csv, line 3")));
    auto rooms = f.ws->lists().importResources(f.write(
        QStringLiteral("r3.csv"), QStringLiteral("类型,名称,社区编码,面积\n闲置用房,原粮站,%1,120\n").arg(code)));
    REQUIRE_OK(rooms);
    REQUIRE(rooms->added.size() == 1);
    CHECK(rooms->added.front().county == f.community.county); // from the register

    auto prices = f.ws->lists().importPrices(f.write(
        QStringLiteral("p.csv"), QStringLiteral("项目模板,单价（万元）,区县\nP-EBIKE,12.5,东湖区\nP-EBIKE,11,\n")));
    REQUIRE_OK(prices);
    CHECK(*prices == 2);
    auto stored = f.ws->lists().prices();
    REQUIRE_OK(stored);
    CHECK(stored->size() == 2);
}
