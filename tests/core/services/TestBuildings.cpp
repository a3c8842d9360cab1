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
                                         "幸福小区,10号楼,6,24,1995,否\n"
                                         "幸福小区,2号楼,6,36,1992,否\n"
                                         "临时小区一,平房1,1,4,1980,\n");
    const auto first = importText(f, table);
    REQUIRE_OK(first);
    CHECK(first->added == 3);
    CHECK(first->totals.estates == 2);
    CHECK(first->totals.buildings == 3);
    CHECK(first->totals.dwellings == 64);
    const auto listed = testing::valueOf(f.ws->buildings().list(f.community.code));
    REQUIRE(listed.size() == 3);
    // 小区 in their order, numbers in numeric order within one.
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
