// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's lists, project library and annual plan.
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

TEST_CASE("cli: projects generate, list, decide, export; plan build --json keeps total_cost within the budget",
          "[cli][projects]")
{
    CliFixture f;
    REQUIRE(f.run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const QJsonArray checks =
        jsonArray(f.run({QStringLiteral("assessments"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    QStringList ids;
    for (const auto& c : checks)
        ids << c.toObject().value(QStringLiteral("id")).toString();
    for (const QString& id : ids)
        REQUIRE(f.run({QStringLiteral("projects"), QStringLiteral("generate"), id}).exitCode == 0);
    Run again = f.run({QStringLiteral("projects"), QStringLiteral("generate"), ids.first(), QStringLiteral("--json")});
    REQUIRE(again.exitCode == 0);
    CHECK(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("added")).toInt() == 0);

    QJsonArray projects =
        jsonArray(f.run({QStringLiteral("projects"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    REQUIRE(projects.size() > 5);
    const QString county = projects.first().toObject().value(QStringLiteral("county")).toString();
    // a county price for every template, then generate again so the costs follow
    QSet<QString> templates;
    for (const auto& p : projects)
        templates.insert(p.toObject().value(QStringLiteral("template")).toString());
    templates.remove(QString());
    int price = 3;
    for (const QString& t : templates) {
        REQUIRE(f.run({QStringLiteral("prices"),
                       QStringLiteral("set"),
                       t,
                       QString::number(price++ % 9 + 1),
                       QStringLiteral("--county"),
                       county})
                    .exitCode
                == 0);
    }
    for (const QString& id : ids)
        REQUIRE(f.run({QStringLiteral("projects"), QStringLiteral("generate"), id}).exitCode == 0);
    projects = jsonArray(f.run({QStringLiteral("projects"),
                                QStringLiteral("list"),
                                QStringLiteral("--county"),
                                county,
                                QStringLiteral("--json")})
                             .out);
    double total = 0;
    int accepted = 0;
    for (const auto& value : projects) {
        const QJsonObject p = value.toObject();
        if (p.value(QStringLiteral("cost")).isDouble()) {
            REQUIRE(
                f.run({QStringLiteral("projects"), QStringLiteral("accept"), p.value(QStringLiteral("id")).toString()})
                    .exitCode
                == 0);
            total += p.value(QStringLiteral("cost")).toDouble();
            ++accepted;
        }
    }
    REQUIRE(accepted > 3);
    const QString firstId = projects.first().toObject().value(QStringLiteral("id")).toString();
    CHECK(f.run({QStringLiteral("projects"), QStringLiteral("reject"), firstId}).exitCode == 2); // needs a reason

    const double budget = std::floor(total / 3);
    const QString xlsx = f.file(QStringLiteral("plan.xlsx"));
    Run plan = f.run({QStringLiteral("plan"),
                      QStringLiteral("build"),
                      QStringLiteral("--county"),
                      county,
                      QStringLiteral("--year"),
                      QStringLiteral("2027"),
                      QStringLiteral("--budget"),
                      QString::number(budget),
                      QStringLiteral("--json"),
                      QStringLiteral("-o"),
                      xlsx});
    CAPTURE(plan.err);
    REQUIRE(plan.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(plan.out.toUtf8()).object();
    CHECK(result.value(QStringLiteral("budget")).toDouble() == budget);
    CHECK(result.value(QStringLiteral("total_cost")).toDouble() <= budget);
    const QJsonArray selected = result.value(QStringLiteral("selected")).toArray();
    const QJsonArray deferred = result.value(QStringLiteral("deferred")).toArray();
    CHECK_FALSE(selected.isEmpty());
    CHECK_FALSE(deferred.isEmpty());
    double sum = 0;
    for (const auto& s : selected)
        sum += s.toObject().value(QStringLiteral("cost")).toDouble();
    CHECK(std::abs(sum - result.value(QStringLiteral("total_cost")).toDouble()) < 0.01);
    const double left = budget - sum;
    for (const auto& d : deferred) {
        const QJsonObject o = d.toObject();
        CHECK_FALSE(o.value(QStringLiteral("reason")).toString().isEmpty());
        if (o.value(QStringLiteral("cost")).isDouble())
            CHECK(o.value(QStringLiteral("cost")).toDouble() > left); // no cheaper project that fits is left out
    }
    QFile file(xlsx);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(2) == "PK");

    const QString csv = f.file(QStringLiteral("projects.csv"));
    Run exported = f.run({QStringLiteral("projects"), QStringLiteral("export"), QStringLiteral("-o"), csv});
    REQUIRE(exported.exitCode == 0);
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs to read UTF-8
    const QString text = QString::fromUtf8(bytes);
    for (const auto& p : projects)
        CHECK(text.contains(p.toObject().value(QStringLiteral("id")).toString()));
    CHECK(f.run({QStringLiteral("projects"),
                 QStringLiteral("export"),
                 QStringLiteral("-o"),
                 f.file(QStringLiteral("x.pdf"))})
              .exitCode
          == 2);
    CHECK(f.run({QStringLiteral("plan"),
                 QStringLiteral("build"),
                 QStringLiteral("--county"),
                 county,
                 QStringLiteral("--year"),
                 QStringLiteral("2027"),
                 QStringLiteral("--budget"),
                 QStringLiteral("lots")})
              .exitCode
          == 2);
}

TEST_CASE("cli: demands, resources and tallies go into their lists; bad input changes nothing",
          "[cli][projects][broken]")
{
    CliFixture f;
    REQUIRE(f.run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    Run r = f.run({QStringLiteral("demands"),
                   QStringLiteral("add"),
                   QStringLiteral("--community"),
                   QStringLiteral("NC-DH-001"),
                   QStringLiteral("--text"),
                   QStringLiteral("增设电动自行车充电棚"),
                   QStringLiteral("--task"),
                   QStringLiteral("C7"),
                   QStringLiteral("--source"),
                   QStringLiteral("meeting"),
                   QStringLiteral("--support"),
                   QStringLiteral("120")});
    REQUIRE(r.exitCode == 0);
    CHECK(f.run({QStringLiteral("demands"),
                 QStringLiteral("add"),
                 QStringLiteral("--community"),
                 QStringLiteral("NC-DH-001"),
                 QStringLiteral("--text"),
                 QStringLiteral("x"),
                 QStringLiteral("--source"),
                 QStringLiteral("rumour")})
              .exitCode
          == 2);
    CHECK(f.run({QStringLiteral("demands"),
                 QStringLiteral("add"),
                 QStringLiteral("--community"),
                 QStringLiteral("NOPE"),
                 QStringLiteral("--text"),
                 QStringLiteral("x")})
              .exitCode
          == 1);
    const QJsonArray demands =
        jsonArray(f.run({QStringLiteral("demands"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    REQUIRE(demands.size() == 1);
    CHECK(demands.first().toObject().value(QStringLiteral("support")).toInt() == 120);

    REQUIRE(f.run({QStringLiteral("resources"),
                   QStringLiteral("add"),
                   QStringLiteral("--kind"),
                   QStringLiteral("room"),
                   QStringLiteral("--name"),
                   QStringLiteral("原物业用房 120 平方米"),
                   QStringLiteral("--community"),
                   QStringLiteral("NC-DH-001"),
                   QStringLiteral("--area"),
                   QStringLiteral("120")})
                .exitCode
            == 0);
    REQUIRE(f.run({QStringLiteral("resources"),
                   QStringLiteral("add"),
                   QStringLiteral("--kind"),
                   QStringLiteral("fund"),
                   QStringLiteral("--name"),
                   QStringLiteral("城镇老旧小区改造中央补助"),
                   QStringLiteral("--county"),
                   QStringLiteral("东湖区"),
                   QStringLiteral("--amount"),
                   QStringLiteral("800"),
                   QStringLiteral("--year"),
                   QStringLiteral("2026")})
                .exitCode
            == 0);
    CHECK(f.run({QStringLiteral("resources"),
                 QStringLiteral("add"),
                 QStringLiteral("--kind"),
                 QStringLiteral("gold"),
                 QStringLiteral("--name"),
                 QStringLiteral("x"),
                 QStringLiteral("--county"),
                 QStringLiteral("东湖区")})
              .exitCode
          == 2);
    const QJsonArray resources = jsonArray(f.run({QStringLiteral("resources"),
                                                  QStringLiteral("list"),
                                                  QStringLiteral("--county"),
                                                  QStringLiteral("东湖区"),
                                                  QStringLiteral("--json")})
                                               .out);
    CHECK(resources.size() == 2);

    const QString good = f.file(QStringLiteral("tally.csv"));
    QFile g(good);
    REQUIRE(g.open(QIODevice::WriteOnly));
    g.write(QStringLiteral("item,mean,respondents\n夜间照明,2.8,312\n").toUtf8());
    g.close();
    CHECK(f.run({QStringLiteral("tallies"), QStringLiteral("import"), QStringLiteral("NC-DH-001"), good}).exitCode
          == 0);
    const QString bad = f.file(QStringLiteral("bad.csv"));
    QFile b(bad);
    REQUIRE(b.open(QIODevice::WriteOnly));
    b.write(QStringLiteral("item,mean,respondents\n路面,3.1,100\n绿化,好,80\n").toUtf8());
    b.close();
    r = f.run({QStringLiteral("tallies"), QStringLiteral("import"), QStringLiteral("NC-DH-001"), bad});
    CHECK(r.exitCode == 1);
    checkErrorLine(r, QStringLiteral("bad.csv"));
}
