// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI, driven as a user or a script would: usage, init, sets, the register, checks.
#include "core/domain/Ids.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <cmath>

using testing::checkErrorLine;
using testing::CliFixture;
using testing::jsonArray;
using testing::Run;

TEST_CASE("cli: --version and --help succeed; no command is a usage error", "[cli]")
{
    CliFixture f;
    const Run version = f.run({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("communitycheck-cli (CommunityCheck) ")));
    CHECK(version.out.contains(QStringLiteral("GPL-3.0-or-later")));
    // GNU style: -h is --help, before or after a command.
    for (const QStringList& args : {QStringList {QStringLiteral("-h"), QStringLiteral("--lang"), QStringLiteral("en")},
                                    QStringList {QStringLiteral("--lang"),
                                                 QStringLiteral("en"),
                                                 QStringLiteral("ledger"),
                                                 QStringLiteral("list"),
                                                 QStringLiteral("-h")}}) {
        const Run shortHelp = f.run(args);
        CHECK(shortHelp.exitCode == 0);
        CHECK(shortHelp.out.contains(QStringLiteral("-h, --help")));
    }
    const Run help = f.run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("sets import FILE")));
    const Run none = f.run({});
    CHECK(none.exitCode == 2);
    checkErrorLine(none, QString());
    const Run unknown = f.run({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    checkErrorLine(unknown, QStringLiteral("frobnicate"));
    const Run badOption = f.run({QStringLiteral("sets"), QStringLiteral("list"), QStringLiteral("--colour")});
    CHECK(badOption.exitCode == 2);
    checkErrorLine(badOption, QStringLiteral("--colour"));
}

TEST_CASE("cli: init creates the database once and installs the default set", "[cli]")
{
    CliFixture f;
    const Run first = f.init();
    CHECK(first.out.contains(QStringLiteral("JX-HSQ 2025.4")));
    const QString before = testing::dumpDatabase(f.db());
    const Run second = f.init();
    CHECK(testing::dumpDatabase(f.db()) == before);
    const Run list = f.run({QStringLiteral("sets"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray sets = jsonArray(list.out);
    REQUIRE(sets.size() == 1);
    const QJsonObject set = sets.at(0).toObject();
    CHECK(set.value(QStringLiteral("code")).toString() == u"JX-HSQ");
    CHECK(set.value(QStringLiteral("version")).toString() == u"2025.4");
    CHECK(set.value(QStringLiteral("indicators")).toInt() >= 80);
    CHECK_FALSE(set.value(QStringLiteral("name")).toString().isEmpty());
}

TEST_CASE("cli: output is Chinese by default and English on request", "[cli]")
{
    CliFixture f;
    const Run zh = f.run({QStringLiteral("init")});
    CHECK(zh.out.contains(QStringLiteral("数据库")));
    const Run en = f.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("init")});
    CHECK(en.out.contains(QStringLiteral("Database ready")));
    const Run badLang = f.run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("init")});
    CHECK(badLang.exitCode == 2);
}

TEST_CASE("cli: commands other than init refuse a missing or foreign database", "[cli][broken]")
{
    CliFixture f;
    const Run missing = f.run({QStringLiteral("sets"), QStringLiteral("list")});
    CHECK(missing.exitCode == 1);
    checkErrorLine(missing, QStringLiteral("cc.sqlite"));
    CHECK_FALSE(QFileInfo::exists(f.db()));

    testing::writeFile(f.db(), "PK\x03\x04 a zip file, not a database");
    const Run foreign = f.run({QStringLiteral("init")});
    CHECK(foreign.exitCode == 1);
    checkErrorLine(foreign, QStringLiteral("cc.sqlite"));
    CHECK(testing::readFile(f.db()).startsWith("PK"));
}

TEST_CASE("cli: a database from a newer version is refused", "[cli][broken]")
{
    CliFixture f;
    f.init();
    testing::execRaw(f.db(), QStringLiteral("PRAGMA user_version = 999"));
    const Run r =
        f.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("communities"), QStringLiteral("list")});
    CHECK(r.exitCode == 1);
    checkErrorLine(r, QStringLiteral("newer version"));
}

TEST_CASE("cli: sets import refuses broken files with the JSON path and changes nothing", "[cli][broken]")
{
    CliFixture f;
    f.init();
    const QString before = testing::dumpDatabase(f.db());
    const Run r = f.run({QStringLiteral("sets"),
                         QStringLiteral("import"),
                         testing::dataPath(QStringLiteral("sets/BrokenZeroAtLower.json"))});
    CHECK(r.exitCode == 1);
    checkErrorLine(r, QStringLiteral("groups[1].groups[0].indicators[0].zero_at"));
    const Run syntax = f.run({QStringLiteral("sets"),
                              QStringLiteral("import"),
                              testing::dataPath(QStringLiteral("sets/BrokenSyntax.json"))});
    CHECK(syntax.exitCode == 1);
    checkErrorLine(syntax, QStringLiteral("6"));
    const Run missing = f.run({QStringLiteral("sets"), QStringLiteral("import"), f.file(QStringLiteral("nope.json"))});
    CHECK(missing.exitCode == 1);
    checkErrorLine(missing, QStringLiteral("nope.json"));
    CHECK(testing::dumpDatabase(f.db()) == before);
}

TEST_CASE("cli: sets export then import is a no-op", "[cli]")
{
    CliFixture f;
    f.init();
    const QString out = f.file(QStringLiteral("exported.json"));
    const Run exported =
        f.run({QStringLiteral("sets"), QStringLiteral("export"), QStringLiteral("JX-HSQ"), QStringLiteral("-o"), out});
    REQUIRE(exported.exitCode == 0);
    const QString before = testing::dumpDatabase(f.db());
    const Run imported = f.run({QStringLiteral("sets"), QStringLiteral("import"), out});
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.trimmed() == u"JX-HSQ 2025.4");
    CHECK(testing::dumpDatabase(f.db()) == before);

    const Run noOutput = f.run({QStringLiteral("sets"), QStringLiteral("export"), QStringLiteral("JX-HSQ")});
    CHECK(noOutput.exitCode == 2);
    const Run unknown =
        f.run({QStringLiteral("sets"), QStringLiteral("export"), QStringLiteral("NOPE"), QStringLiteral("-o"), out});
    CHECK(unknown.exitCode == 1);
    checkErrorLine(unknown, QStringLiteral("NOPE"));
}

TEST_CASE("cli: sets export -o FILE.xlsx then import is a no-op; a broken workbook is refused", "[cli]")
{
    CliFixture f;
    f.init();
    const QString out = f.file(QStringLiteral("jx-hsq.xlsx"));
    const Run exported =
        f.run({QStringLiteral("sets"), QStringLiteral("export"), QStringLiteral("JX-HSQ"), QStringLiteral("-o"), out});
    REQUIRE(exported.exitCode == 0);
    REQUIRE(testing::readFile(out).startsWith("PK\x03\x04")); // a workbook, not JSON
    const QString before = testing::dumpDatabase(f.db());
    const Run imported = f.run({QStringLiteral("sets"), QStringLiteral("import"), out});
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.trimmed() == u"JX-HSQ 2025.4");
    CHECK(testing::dumpDatabase(f.db()) == before);

    const Run broken = f.run({QStringLiteral("--lang"),
                              QStringLiteral("en"),
                              QStringLiteral("sets"),
                              QStringLiteral("import"),
                              testing::dataPath(QStringLiteral("sets/xlsx/BrokenErrorCell.xlsx"))});
    CHECK(broken.exitCode == 1);
    checkErrorLine(broken, QStringLiteral("BrokenErrorCell.xlsx, sheet 指标, row 3, column H (权重 weight)"));
    CHECK(testing::dumpDatabase(f.db()) == before);
}

TEST_CASE("cli: buildings import and list, with the JSON of cli.md; a broken file is refused", "[cli]")
{
    CliFixture f;
    f.init();
    REQUIRE(f.run({QStringLiteral("communities"),
                   QStringLiteral("add"),
                   QStringLiteral("--code"),
                   QStringLiteral("JX-002"),
                   QStringLiteral("--name"),
                   QStringLiteral("幸福社区"),
                   QStringLiteral("--type"),
                   QStringLiteral("old_estate")})
                .exitCode
            == 0);
    const QString csv = f.file(QStringLiteral("楼栋.csv"));
    testing::writeFile(csv,
                       QStringLiteral("小区,楼栋,层数,套数,建成年份,电梯,结构类型\n幸福小区,1号楼,6,36,1992,否,砖混\n"
                                      "幸福小区,2号楼,18,120,2008,是,钢筋混凝土\n")
                           .toUtf8());
    const Run imported = f.run({QStringLiteral("--lang"),
                                QStringLiteral("en"),
                                QStringLiteral("buildings"),
                                QStringLiteral("import"),
                                QStringLiteral("JX-002"),
                                csv,
                                QStringLiteral("--update-register")});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(u"2 added"));
    CHECK(imported.out.contains(u"2 buildings with 156 dwellings"));
    const Run list = f.run(
        {QStringLiteral("buildings"), QStringLiteral("list"), QStringLiteral("JX-002"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray buildings = jsonArray(list.out);
    REQUIRE(buildings.size() == 2);
    const QJsonObject b = buildings.at(1).toObject();
    for (const char* key :
         {"estate", "building", "address", "storeys", "dwellings", "build_year", "structure", "lift", "note"})
        CHECK(b.contains(QLatin1String(key)));
    CHECK(b.value(QStringLiteral("building")).toString() == u"2号楼");
    CHECK(b.value(QStringLiteral("storeys")).toInt() == 18);
    CHECK(b.value(QStringLiteral("lift")).toBool());
    CHECK(b.value(QStringLiteral("address")).toString().isEmpty());
    const Run register_ = f.run({QStringLiteral("communities"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(jsonArray(register_.out).at(0).toObject().value(QStringLiteral("households")).toInt() == 156);

    testing::writeFile(csv, QByteArray("estate,building,lift\nA,1,maybe\n"));
    const Run broken = f.run({QStringLiteral("--lang"),
                              QStringLiteral("en"),
                              QStringLiteral("buildings"),
                              QStringLiteral("import"),
                              QStringLiteral("JX-002"),
                              csv});
    CHECK(broken.exitCode == 1);
    checkErrorLine(broken, QStringLiteral("line 2, column 3"));
    const Run unchanged = f.run(
        {QStringLiteral("buildings"), QStringLiteral("list"), QStringLiteral("JX-002"), QStringLiteral("--json")});
    CHECK(jsonArray(unchanged.out).size() == 2);

    // The building ledger of a check over those buildings.
    const Run created = f.run({QStringLiteral("assessments"),
                               QStringLiteral("new"),
                               QStringLiteral("--community"),
                               QStringLiteral("JX-002"),
                               QStringLiteral("--set"),
                               QStringLiteral("JX-HSQ")});
    REQUIRE(created.exitCode == 0);
    const QString check = created.out.trimmed();
    const QString ledger = f.file(QStringLiteral("台账.csv"));
    testing::writeFile(ledger, QStringLiteral("小区,楼栋,项目,问题程度\n幸福小区,2号楼,H3.8,一般\n").toUtf8());
    const Run stored = f.run({QStringLiteral("ledger"), QStringLiteral("import"), check, ledger});
    REQUIRE(stored.exitCode == 0);
    const Run entries = f.run({QStringLiteral("ledger"), QStringLiteral("list"), check, QStringLiteral("--json")});
    REQUIRE(entries.exitCode == 0);
    const QJsonArray rows = jsonArray(entries.out);
    REQUIRE(rows.size() == 1);
    const QJsonObject e = rows.at(0).toObject();
    CHECK(e.value(QStringLiteral("estate")).toString() == u"幸福小区");
    CHECK(e.value(QStringLiteral("building")).toString() == u"2号楼");
    CHECK(e.value(QStringLiteral("item")).toString() == u"H3.8");
    CHECK(e.value(QStringLiteral("present")).toBool());
    CHECK(e.value(QStringLiteral("severity")).toString() == u"general");
    CHECK(e.contains(QStringLiteral("note")));
    testing::writeFile(ledger, QStringLiteral("小区,楼栋,项目\n幸福小区,9号楼,H3.8\n").toUtf8());
    const Run stranger = f.run({QStringLiteral("--lang"),
                                QStringLiteral("en"),
                                QStringLiteral("ledger"),
                                QStringLiteral("import"),
                                check,
                                ledger});
    CHECK(stranger.exitCode == 1);
    checkErrorLine(stranger, QStringLiteral("9号楼 is not in the community's register"));
}

TEST_CASE("cli: communities add and list", "[cli]")
{
    CliFixture f;
    f.init();
    const Run added = f.run({QStringLiteral("communities"),
                             QStringLiteral("add"),
                             QStringLiteral("--code"),
                             QStringLiteral("JX-001"),
                             QStringLiteral("--name"),
                             QStringLiteral("滨江社区"),
                             QStringLiteral("--type"),
                             QStringLiteral("old_estate"),
                             QStringLiteral("--households"),
                             QStringLiteral("1200"),
                             QStringLiteral("--area-ha"),
                             QStringLiteral("8.5"),
                             QStringLiteral("--county"),
                             QStringLiteral("东湖区"),
                             QStringLiteral("--pilot")});
    REQUIRE(added.exitCode == 0);
    CHECK_FALSE(cc::CommunityId::fromString(added.out.trimmed()).isNull());
    const Run list = f.run({QStringLiteral("communities"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray communities = jsonArray(list.out);
    REQUIRE(communities.size() == 1);
    const QJsonObject c = communities.at(0).toObject();
    CHECK(c.value(QStringLiteral("code")).toString() == u"JX-001");
    CHECK(c.value(QStringLiteral("name")).toString() == u"滨江社区");
    CHECK(c.value(QStringLiteral("households")).toInt() == 1200);
    CHECK(c.value(QStringLiteral("area_ha")).toDouble() == 8.5);
    CHECK(c.value(QStringLiteral("buildings")).isNull());
    CHECK(c.value(QStringLiteral("pilot")).toBool());
    for (const char* key : {"type", "city", "county", "street", "population"})
        CHECK(c.contains(QString::fromLatin1(key)));

    const QString before = testing::dumpDatabase(f.db());
    const Run duplicate = f.run({QStringLiteral("communities"),
                                 QStringLiteral("add"),
                                 QStringLiteral("--code"),
                                 QStringLiteral("JX-001"),
                                 QStringLiteral("--name"),
                                 QStringLiteral("x"),
                                 QStringLiteral("--type"),
                                 QStringLiteral("old_estate")});
    CHECK(duplicate.exitCode == 1);
    checkErrorLine(duplicate, QStringLiteral("JX-001"));
    const Run badNumber = f.run({QStringLiteral("communities"),
                                 QStringLiteral("add"),
                                 QStringLiteral("--code"),
                                 QStringLiteral("JX-002"),
                                 QStringLiteral("--name"),
                                 QStringLiteral("x"),
                                 QStringLiteral("--type"),
                                 QStringLiteral("old_estate"),
                                 QStringLiteral("--households"),
                                 QStringLiteral("12k")});
    CHECK(badNumber.exitCode == 2);
    checkErrorLine(badNumber, QStringLiteral("12k"));
    const Run missingName = f.run({QStringLiteral("communities"),
                                   QStringLiteral("add"),
                                   QStringLiteral("--code"),
                                   QStringLiteral("JX-003"),
                                   QStringLiteral("--type"),
                                   QStringLiteral("old_estate")});
    CHECK(missingName.exitCode == 2);
    CHECK(testing::dumpDatabase(f.db()) == before);
}

TEST_CASE("cli: assessments new and list", "[cli]")
{
    CliFixture f;
    f.init();
    REQUIRE(f.run({QStringLiteral("communities"),
                   QStringLiteral("add"),
                   QStringLiteral("--code"),
                   QStringLiteral("JX-001"),
                   QStringLiteral("--name"),
                   QStringLiteral("滨江社区"),
                   QStringLiteral("--type"),
                   QStringLiteral("old_estate")})
                .exitCode
            == 0);
    const Run created = f.run({QStringLiteral("assessments"),
                               QStringLiteral("new"),
                               QStringLiteral("--community"),
                               QStringLiteral("JX-001"),
                               QStringLiteral("--set"),
                               QStringLiteral("JX-HSQ"),
                               QStringLiteral("--round"),
                               QStringLiteral("2025 体检")});
    REQUIRE(created.exitCode == 0);
    const QString id = created.out.trimmed();
    CHECK_FALSE(cc::AssessmentId::fromString(id).isNull());
    const Run list = f.run({QStringLiteral("assessments"),
                            QStringLiteral("list"),
                            QStringLiteral("--community"),
                            QStringLiteral("JX-001"),
                            QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray assessments = jsonArray(list.out);
    REQUIRE(assessments.size() == 1);
    const QJsonObject a = assessments.at(0).toObject();
    CHECK(a.value(QStringLiteral("id")).toString() == id);
    CHECK(a.value(QStringLiteral("community")).toString() == u"JX-001");
    CHECK(a.value(QStringLiteral("set")).toObject().value(QStringLiteral("code")).toString() == u"JX-HSQ");
    CHECK(a.value(QStringLiteral("set")).toObject().value(QStringLiteral("version")).toString() == u"2025.4");
    CHECK(a.value(QStringLiteral("round")).toString() == u"2025 体检");
    CHECK(a.value(QStringLiteral("status")).toString() == u"draft");
    CHECK_FALSE(a.value(QStringLiteral("updated_at")).toString().isEmpty());

    const Run badRound = f.run({QStringLiteral("assessments"),
                                QStringLiteral("new"),
                                QStringLiteral("--community"),
                                QStringLiteral("JX-001"),
                                QStringLiteral("--set"),
                                QStringLiteral("JX-HSQ"),
                                QStringLiteral("--round"),
                                QStringLiteral("spring")});
    CHECK(badRound.exitCode == 2);
    const Run noCommunity = f.run({QStringLiteral("assessments"),
                                   QStringLiteral("new"),
                                   QStringLiteral("--community"),
                                   QStringLiteral("XX"),
                                   QStringLiteral("--set"),
                                   QStringLiteral("JX-HSQ")});
    CHECK(noCommunity.exitCode == 1);
    checkErrorLine(noCommunity, QStringLiteral("XX"));
}

TEST_CASE("cli: init --demo gives communities in two counties with checks", "[cli]")
{
    CliFixture f;
    const Run r = f.run({QStringLiteral("init"), QStringLiteral("--demo")});
    REQUIRE(r.exitCode == 0);
    const QJsonArray communities =
        jsonArray(f.run({QStringLiteral("communities"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    CHECK(communities.size() >= 4);
    const QJsonArray assessments =
        jsonArray(f.run({QStringLiteral("assessments"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    CHECK(assessments.size() > communities.size()); // one community has two rounds
}
