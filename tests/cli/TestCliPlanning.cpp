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

TEST_CASE("cli: projects generate, list, decide, export; plan build --json follows the contract", "[cli][projects]")
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
    const double shortfall = result.value(QStringLiteral("shortfall")).toDouble();
    const double mandatoryCost = result.value(QStringLiteral("mandatory_cost")).toDouble();
    CHECK(std::abs(shortfall - std::max(0.0, mandatoryCost - budget)) < 0.011);
    if (shortfall == 0)
        CHECK(result.value(QStringLiteral("total_cost")).toDouble() <= budget);
    const QJsonArray selected = result.value(QStringLiteral("selected")).toArray();
    const QJsonArray deferred = result.value(QStringLiteral("deferred")).toArray();
    CHECK(result.value(QStringLiteral("measures")).isArray());
    CHECK_FALSE(selected.isEmpty());
    CHECK_FALSE(deferred.isEmpty());
    double sum = 0, mandatory = 0;
    for (const auto& s : selected) {
        const QJsonObject o = s.toObject();
        for (const char* key : {"id",
                                "name",
                                "community",
                                "class",
                                "category",
                                "priority",
                                "quantity",
                                "unit",
                                "cost",
                                "year_cost",
                                "deadline",
                                "lead_unit",
                                "units",
                                "alternatives",
                                "reason"})
            CHECK(o.contains(QString::fromLatin1(key)));
        // The project as `projects list --json` shows it, priority parts included, as before.
        CHECK(o.value(QStringLiteral("priority")).toObject().value(QStringLiteral("total")).isDouble());
        CHECK(o.value(QStringLiteral("rank")).isDouble());
        CHECK(o.value(QStringLiteral("status")).toString() == u"scheduled");
        CHECK(o.contains(QStringLiteral("funding")));
        CHECK(o.value(QStringLiteral("units")).toArray().first().toString()
              == o.value(QStringLiteral("lead_unit")).toString());
        sum += o.value(QStringLiteral("year_cost")).toDouble();
        if (o.value(QStringLiteral("category")).toString() == u"限时解决") {
            mandatory += o.value(QStringLiteral("year_cost")).toDouble();
            CHECK(o.value(QStringLiteral("deadline")).isString()); // 限时解决 has its 完成时限
        }
    }
    CHECK(std::abs(sum - result.value(QStringLiteral("total_cost")).toDouble()) < 0.01);
    CHECK(std::abs(mandatory - mandatoryCost) < 0.01);
    const double left = budget - sum;
    QSet<QString> selectedIds;
    for (const auto& s : selected)
        selectedIds.insert(s.toObject().value(QStringLiteral("id")).toString());
    for (const auto& d : deferred) {
        const QJsonObject o = d.toObject();
        CHECK_FALSE(o.value(QStringLiteral("reason")).toString().isEmpty());
        bool replaced = false; // an alternative for the same problem is in the plan
        for (const auto& a : o.value(QStringLiteral("alternatives")).toArray())
            replaced = replaced || selectedIds.contains(a.toString());
        if (o.value(QStringLiteral("category")).toString() == u"限时解决")
            CHECK(replaced); // an obligation is deferred only when its alternative is selected
        else if (!replaced && shortfall == 0 && o.value(QStringLiteral("year_cost")).isDouble())
            CHECK(o.value(QStringLiteral("year_cost")).toDouble() > left); // no cheaper project that fits is left out
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

TEST_CASE("cli: projects edit sets units, 实施主体, years and funding; plan build says the shortfall in red",
          "[cli][projects][funding]")
{
    CliFixture f;
    REQUIRE(f.run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    for (const auto& c :
         jsonArray(f.run({QStringLiteral("assessments"), QStringLiteral("list"), QStringLiteral("--json")}).out))
        REQUIRE(f.run({QStringLiteral("projects"),
                       QStringLiteral("generate"),
                       c.toObject().value(QStringLiteral("id")).toString()})
                    .exitCode
                == 0);
    const QJsonArray projects =
        jsonArray(f.run({QStringLiteral("projects"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    QJsonObject target, timeBound;
    for (const auto& value : projects) {
        const QJsonObject p = value.toObject();
        if (p.value(QStringLiteral("status")).toString() == u"obsolete")
            continue;
        if (target.isEmpty() && p.value(QStringLiteral("cost")).isDouble()
            && !p.value(QStringLiteral("time_bound")).toBool())
            target = p;
        if (timeBound.isEmpty() && p.value(QStringLiteral("time_bound")).toBool())
            timeBound = p;
    }
    REQUIRE_FALSE(target.isEmpty());
    REQUIRE_FALSE(timeBound.isEmpty());
    const QString id = target.value(QStringLiteral("id")).toString();
    const QString dbBefore = testing::dumpDatabase(f.db());
    const auto edit = [&](const QStringList& options) {
        return f.run(QStringList {QStringLiteral("projects"), QStringLiteral("edit"), id.left(8)} + options);
    };
    // Slips are usage errors; parts that disagree are refused by the rules; neither changes anything.
    CHECK(edit({QStringLiteral("--funding"), QStringLiteral("central:30")}).exitCode == 2);
    CHECK(edit({QStringLiteral("--funding"), QStringLiteral("lottery=30")}).exitCode == 2);
    CHECK(edit({QStringLiteral("--start-year"), QStringLiteral("next")}).exitCode == 2);
    const Run endBefore = edit(
        {QStringLiteral("--start-year"), QStringLiteral("2027"), QStringLiteral("--end-year"), QStringLiteral("2026")});
    CHECK(endBefore.exitCode == 1);
    checkErrorLine(endBefore, QStringLiteral("2026"));
    const Run notSumming = edit({QStringLiteral("--cost"),
                                 QStringLiteral("100"),
                                 QStringLiteral("--funding"),
                                 QStringLiteral("central=60"),
                                 QStringLiteral("--funding"),
                                 QStringLiteral("地方财政=30")});
    CHECK(notSumming.exitCode == 1);
    checkErrorLine(notSumming, QStringLiteral("90.00"));
    CHECK(testing::dumpDatabase(f.db()) == dbBefore);

    const Run saved = edit({QStringLiteral("--cost"),        QStringLiteral("100"),
                            QStringLiteral("--funding"),     QStringLiteral("central=60"),
                            QStringLiteral("--funding"),     QStringLiteral("地方财政=40"),
                            QStringLiteral("--lead"),        QStringLiteral("县住房城乡建设局"),
                            QStringLiteral("--cooperating"), QStringLiteral("县水利局、县消防救援大队"),
                            QStringLiteral("--implementer"), QStringLiteral("县城投公司"),
                            QStringLiteral("--location"),    QStringLiteral("2 栋、4 栋"),
                            QStringLiteral("--start-year"),  QStringLiteral("2027"),
                            QStringLiteral("--end-year"),    QStringLiteral("2028"),
                            QStringLiteral("--reason"),      QStringLiteral("县局核定")});
    CAPTURE(saved.err);
    REQUIRE(saved.exitCode == 0);
    QJsonObject stored;
    for (const auto& value :
         jsonArray(f.run({QStringLiteral("projects"), QStringLiteral("list"), QStringLiteral("--json")}).out)) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            stored = value.toObject();
    }
    CHECK(stored.value(QStringLiteral("units")).toArray()
          == QJsonArray {
              QStringLiteral("县住房城乡建设局"), QStringLiteral("县水利局"), QStringLiteral("县消防救援大队")});
    CHECK(stored.value(QStringLiteral("implementer")).toString() == u"县城投公司");
    CHECK(stored.value(QStringLiteral("funding")).toObject().value(QStringLiteral("local")).toDouble() == 40.0);
    CHECK(stored.value(QStringLiteral("year_amounts")).toObject().value(QStringLiteral("2027")).toDouble() == 50.0);

    // Accept one 限时解决 project and plan with no money: it stays in, and the shortfall is said in red.
    REQUIRE(
        f.run({QStringLiteral("projects"), QStringLiteral("accept"), timeBound.value(QStringLiteral("id")).toString()})
            .exitCode
        == 0);
    const QString county = timeBound.value(QStringLiteral("county")).toString();
    const QStringList build {QStringLiteral("plan"),
                             QStringLiteral("build"),
                             QStringLiteral("--county"),
                             county,
                             QStringLiteral("--year"),
                             QStringLiteral("2027"),
                             QStringLiteral("--budget"),
                             QStringLiteral("0")};
    const Run coloured = f.run(build, true, {QStringLiteral("CLICOLOR_FORCE=1")});
    REQUIRE(coloured.exitCode == 0);
    if (timeBound.value(QStringLiteral("cost")).toDouble() > 0) {
        CHECK(coloured.out.contains(QStringLiteral("\x1b[1;31m")));
        CHECK(coloured.out.contains(QStringLiteral("缺口")));
        const Run plain = f.run(build);
        CHECK_FALSE(plain.out.contains(QStringLiteral("\x1b[")));
    }
    const QJsonObject json =
        QJsonDocument::fromJson(f.run(build + QStringList {QStringLiteral("--json")}).out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("shortfall")).toDouble()
          == json.value(QStringLiteral("mandatory_cost")).toDouble());
    bool found = false;
    for (const auto& s : json.value(QStringLiteral("selected")).toArray())
        found = found || s.toObject().value(QStringLiteral("id")) == timeBound.value(QStringLiteral("id"));
    CHECK(found); // selected whatever the budget
}
