// SPDX-License-Identifier: GPL-3.0-or-later
// A community's 小区 and 楼栋: imported all or nothing, updated in place, counted into the register.
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

namespace {

cc::Result<cc::BuildingsImported> importText(testing::Fixture& f, const QString& text, bool updateRegister = false)
{
    return f.ws->buildings().importCsv(
        f.community.code, text.toUtf8(), QStringLiteral("buildings.csv"), updateRegister);
}

} // namespace

TEST_CASE("Buildings: imported, listed in numeric order, re-imported as no change, updated in place", "[buildings]")
{
    testing::Fixture f;
    const QString table = QStringLiteral("estate,building,storeys,dwellings,build_year,lift\n"
                                         "临时小区一,平房1,1,4,1980,\n"
                                         "幸福小区,10号楼,6,24,1995,否\n"
                                         "幸福小区,2号楼,6,36,1992,否\n");
    const auto first = importText(f, table);
    REQUIRE_OK(first);
    CHECK(first->added == 3);
    CHECK(first->totals.estates == 2);
    CHECK(first->totals.buildings == 3);
    CHECK(first->totals.dwellings == 64);
    const auto listed = testing::valueOf(f.ws->buildings().list(f.community.code));
    REQUIRE(listed.size() == 3);
    // 小区 in the order first entered, numbers in numeric order within one.
    CHECK(listed[1].label() == u"幸福小区 2号楼");
    CHECK(listed[2].label() == u"幸福小区 10号楼");

    const auto again = testing::valueOf(importText(f, table));
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 3);

    const auto changed = testing::valueOf(importText(f, QStringLiteral("小区,楼栋,套数\n幸福小区,2号楼,40\n")));
    CHECK(changed.updated == 1);
    const auto after = testing::valueOf(f.ws->buildings().list(f.community.code));
    REQUIRE(after.size() == 3);
    CHECK(after[1].dwellings == 40);
    CHECK(after[1].id == listed[1].id); // the same building, not a second one
    CHECK(after[1].storeys == 6); // a column the file lacks leaves the stored value
    CHECK(after[1].buildYear == 1992);
    // An empty cell in a column the file has clears the value.
    REQUIRE_OK(importText(f, QStringLiteral("小区,楼栋,层数\n幸福小区,2号楼,\n")));
    CHECK_FALSE(testing::valueOf(f.ws->buildings().list(f.community.code))[1].storeys.has_value());
}

TEST_CASE("Buildings: the register's counts from the buildings; a broken file changes nothing", "[buildings]")
{
    testing::Fixture f;
    const auto imported = testing::valueOf(importText(
        f, QStringLiteral("estate,building,dwellings\nA区,1,30\nA区,2,20\nB区,1,10\n"), /*updateRegister*/ true));
    CHECK(imported.registerBuildingsSet);
    CHECK(imported.registerHouseholdsSet);
    const cc::Community community = testing::valueOf(f.ws->communities().byCode(f.community.code));
    CHECK(community.buildings == 3);
    CHECK(community.households == 60);

    // A building without a dwelling count: the buildings count follows, households stay as they were.
    const auto partial = testing::valueOf(importText(f, QStringLiteral("estate,building\nB区,2\n"), true));
    CHECK(partial.registerBuildingsSet);
    CHECK_FALSE(partial.registerHouseholdsSet);
    const cc::Community partly = testing::valueOf(f.ws->communities().byCode(f.community.code));
    CHECK(partly.buildings == 4);
    CHECK(partly.households == 60);

    const QString before = testing::dumpDatabase(f.path);
    const auto broken = importText(f, QStringLiteral("estate,building,storeys\nC区,1,6\nC区,2,many\n"), true);
    REQUIRE_FALSE(broken);
    CHECK(broken.error().message.contains(u"buildings.csv, line 3, column 3 (storeys)"));
    CHECK(testing::dumpDatabase(f.path) == before);
    CHECK_FALSE(f.ws->buildings().importCsv(
        QStringLiteral("NO-SUCH"), "estate,building\nA,1\n", QStringLiteral("x.csv"), false));
}

TEST_CASE("Ledger: a check's building ledger imported all or nothing, over the register's buildings",
          "[buildings][ledger]")
{
    testing::Fixture f;
    REQUIRE_OK(importText(f, QStringLiteral("estate,building,dwellings\n幸福小区,1号楼,24\n幸福小区,3号楼,36\n")));
    const auto ledger = [&](const QString& text) {
        return f.ws->buildings().importLedgerCsv(f.check, text.toUtf8(), QStringLiteral("台账.csv"));
    };
    const auto stored = testing::valueOf(ledger(QStringLiteral("小区,楼栋,项目,是否存在,问题程度,备注\n"
                                                               "幸福小区,3号楼,H3.5,是,一般,二单元无灭火器\n"
                                                               "幸福小区,1号楼,h2.1,,严重,\n"
                                                               "幸福小区,1号楼,H3.5,否,,\n")));
    CHECK(stored == 3);
    const auto entries = testing::valueOf(f.ws->buildings().ledger(f.check));
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].number == u"1号楼");
    CHECK(entries[0].item == u"H2.1"); // the code as the catalogue spells it
    CHECK(entries[0].present); // an empty "present": the row names a problem found
    CHECK(entries[0].severity == cc::LedgerSeverity::kSerious);
    CHECK_FALSE(entries[1].present);
    CHECK(entries[2].note == u"二单元无灭火器");
    CHECK(entries[2].updatedBy == f.ws->userName());

    // Broken tables: each problem named with its place; nothing stored.
    const QString before = testing::dumpDatabase(f.path);
    const auto refused = ledger(QStringLiteral("estate,building,item,present,severity\n"
                                               "幸福小区,1号楼,H3.9,是,\n"
                                               "幸福小区,1号楼,H3.1,是,很严重\n"
                                               "幸福小区,1号楼,H3.2,否,一般\n"
                                               "幸福小区,1号楼,H3.3,是,\n"
                                               "幸福小区,1号楼,H3.3,是,\n"));
    REQUIRE_FALSE(refused);
    const QString all = refused.error().message + u'\n' + refused.error().detail;
    CHECK(all.contains(u"台账.csv, line 2, column 3 (item): \"H3.9\" is not an item"));
    CHECK(all.contains(u"line 3, column 5 (severity): \"很严重\""));
    CHECK(all.contains(u"line 4, column 5 (severity): a degree is given for a problem marked absent"));
    CHECK(all.contains(u"台账.csv, line 6: 幸福小区 1号楼 H3.3 is also on 台账.csv, line 5"));
    const auto stranger = ledger(QStringLiteral("estate,building,item\n幸福小区,9号楼,H1.1\n"));
    REQUIRE_FALSE(stranger);
    CHECK(stranger.error().message.contains(
        u"台账.csv, line 2: the building 幸福小区 9号楼 is not in the community's register"));
    CHECK(testing::dumpDatabase(f.path) == before);

    // A building with ledger entries is not deleted.
    const auto buildings = testing::valueOf(f.ws->buildings().list(f.community.code));
    const auto removed = f.ws->buildings().remove(buildings[0]);
    REQUIRE_FALSE(removed);
    CHECK(removed.error().message.contains(u"幸福小区 1号楼"));
    CHECK(testing::valueOf(f.ws->buildings().list(f.community.code)).size() == 2);
}
