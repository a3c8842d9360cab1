// SPDX-License-Identifier: GPL-3.0-or-later
// Spreadsheets in through the CLI (spec/cli.md v2): `communities import`, `responses import … FILE.xlsx`,
// `tallies import`, and the demands, resources and prices imports; workbooks saved by LibreOffice Calc.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using testing::checkErrorLine;
using testing::CliFixture;
using testing::jsonArray;
using testing::Run;

namespace {

QString table(const QString& name)
{
    return testing::dataPath(QStringLiteral("tables/") + name);
}

} // namespace

TEST_CASE("cli: communities import from a Calc workbook; again is a no-op; broken is refused", "[cli][xlsx]")
{
    CliFixture f;
    f.init();
    const QStringList en = {QStringLiteral("--lang"), QStringLiteral("en")};
    const Run first =
        f.run(en
              + QStringList {
                  QStringLiteral("communities"), QStringLiteral("import"), table(QStringLiteral("communities.xlsx"))});
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.trimmed() == u"Communities: 3 added, 0 updated, 0 unchanged.");
    const QString before = testing::dumpDatabase(f.db());
    const Run second =
        f.run(en
              + QStringList {
                  QStringLiteral("communities"), QStringLiteral("import"), table(QStringLiteral("communities.xlsx"))});
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.trimmed() == u"Communities: 0 added, 0 updated, 3 unchanged.");
    CHECK(testing::dumpDatabase(f.db()) == before);

    const QJsonArray list =
        jsonArray(f.run({QStringLiteral("communities"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    QJsonObject t002;
    for (const auto& c : list) {
        if (c.toObject().value(QStringLiteral("code")).toString() == u"T-002")
            t002 = c.toObject();
    }
    CHECK(t002.value(QStringLiteral("county")).toString() == u"东湖区");
    CHECK(t002.value(QStringLiteral("households")).toInt() == 1200);
    CHECK(t002.value(QStringLiteral("population")).toInt() == 1250);

    const Run broken = f.run(en
                             + QStringList {QStringLiteral("communities"),
                                            QStringLiteral("import"),
                                            table(QStringLiteral("communities-broken.xlsx"))});
    CHECK(broken.exitCode == 1);
    checkErrorLine(broken, QStringLiteral("communities-broken.xlsx, sheet Sheet1, row 2, column D (households)"));
    CHECK(broken.err.contains(QStringLiteral("row 4, column D (households)")));
    CHECK(testing::dumpDatabase(f.db()) == before);
}

TEST_CASE("cli: responses import FILE.xlsx scores as the CSV does; a broken sheet names the cell", "[cli][xlsx]")
{
    CliFixture f;
    f.init();
    REQUIRE(f.run({QStringLiteral("sets"),
                   QStringLiteral("import"),
                   testing::dataPath(QStringLiteral("scoring/mini-set.json"))})
                .exitCode
            == 0);
    REQUIRE(f.run({QStringLiteral("communities"),
                   QStringLiteral("add"),
                   QStringLiteral("--code"),
                   QStringLiteral("DEMO-001"),
                   QStringLiteral("--name"),
                   QStringLiteral("示例社区"),
                   QStringLiteral("--type"),
                   QStringLiteral("commercial_estate"),
                   QStringLiteral("--households"),
                   QStringLiteral("800"),
                   QStringLiteral("--buildings"),
                   QStringLiteral("12"),
                   QStringLiteral("--population"),
                   QStringLiteral("2400"),
                   QStringLiteral("--area-ha"),
                   QStringLiteral("6.5")})
                .exitCode
            == 0);
    const QString id = f.run({QStringLiteral("assessments"),
                              QStringLiteral("new"),
                              QStringLiteral("--community"),
                              QStringLiteral("DEMO-001"),
                              QStringLiteral("--set"),
                              QStringLiteral("MINI")})
                           .out.trimmed();
    const Run broken = f.run({QStringLiteral("--lang"),
                              QStringLiteral("en"),
                              QStringLiteral("responses"),
                              QStringLiteral("import"),
                              id,
                              table(QStringLiteral("responses-broken.xlsx"))});
    CHECK(broken.exitCode == 1);
    checkErrorLine(broken, QStringLiteral("responses-broken.xlsx, sheet 答案, row 3, column B (取值), A-02"));
    const Run imported =
        f.run({QStringLiteral("responses"), QStringLiteral("import"), id, table(QStringLiteral("responses.xlsx"))});
    REQUIRE(imported.exitCode == 0);
    const Run score = f.run({QStringLiteral("score"), id, QStringLiteral("--json")});
    REQUIRE(score.exitCode == 0);
    const QJsonObject overall =
        QJsonDocument::fromJson(score.out.toUtf8()).object().value(QStringLiteral("overall")).toObject();
    CHECK(std::abs(overall.value(QStringLiteral("score")).toDouble() - 80.0) <= 0.01);
}

TEST_CASE("cli: demands, resources, prices and tallies import; all rows or none", "[cli][xlsx]")
{
    CliFixture f;
    f.init();
    REQUIRE(f.run({QStringLiteral("communities"),
                   QStringLiteral("add"),
                   QStringLiteral("--code"),
                   QStringLiteral("NC-DH-001"),
                   QStringLiteral("--name"),
                   QStringLiteral("丁公路社区"),
                   QStringLiteral("--type"),
                   QStringLiteral("old_estate"),
                   QStringLiteral("--county"),
                   QStringLiteral("东湖区")})
                .exitCode
            == 0);
    const QStringList en = {QStringLiteral("--lang"), QStringLiteral("en")};
    const Run demands = f.run(
        en + QStringList {QStringLiteral("demands"), QStringLiteral("import"), table(QStringLiteral("demands.xlsx"))});
    REQUIRE(demands.exitCode == 0);
    CHECK(demands.out.trimmed() == u"3 demands imported, 0 already stored.");
    const Run again = f.run(
        en + QStringList {QStringLiteral("demands"), QStringLiteral("import"), table(QStringLiteral("demands.xlsx"))});
    CHECK(again.out.trimmed() == u"0 demands imported, 3 already stored.");
    CHECK(jsonArray(f.run({QStringLiteral("demands"), QStringLiteral("list"), QStringLiteral("--json")}).out).size()
          == 3);

    testing::writeFile(f.file(QStringLiteral("r.csv")),
                       QStringLiteral("类型,名称,社区编码,面积\n闲置用房,原粮站,NC-DH-001,120\n").toUtf8());
    const Run resources = f.run(
        en + QStringList {QStringLiteral("resources"), QStringLiteral("import"), f.file(QStringLiteral("r.csv"))});
    REQUIRE(resources.exitCode == 0);
    CHECK(resources.out.trimmed() == u"1 resource imported, 0 already stored.");

    testing::writeFile(f.file(QStringLiteral("p.csv")),
                       QStringLiteral("项目模板,单价（万元）\nP-EBIKE,12.5\nP-LIFT,\n").toUtf8());
    const QString before = testing::dumpDatabase(f.db());
    const Run prices =
        f.run(en + QStringList {QStringLiteral("prices"), QStringLiteral("import"), f.file(QStringLiteral("p.csv"))});
    CHECK(prices.exitCode == 1);
    checkErrorLine(prices, QStringLiteral("p.csv, line 3, column 2 (单价（万元）): the cell is empty"));
    CHECK(testing::dumpDatabase(f.db()) == before);

    testing::writeFile(f.file(QStringLiteral("t.csv")),
                       QStringLiteral("item,mean,respondents\n照明,2.8,312\n").toUtf8());
    const Run tallies = f.run(en
                              + QStringList {QStringLiteral("tallies"),
                                             QStringLiteral("import"),
                                             QStringLiteral("NC-DH-001"),
                                             f.file(QStringLiteral("t.csv"))});
    REQUIRE(tallies.exitCode == 0);
    CHECK(tallies.out.trimmed() == u"1 survey item imported, 0 already stored.");
}
