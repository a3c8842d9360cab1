// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the built communitycheck-cli as a user or a script would: exit codes, stdout, stderr.
#include "core/domain/Ids.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFileInfo>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <cmath>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CliFixture
{
public:
    CliFixture() { REQUIRE(m_home.isValid()); }

    QString db() const { return m_home.filePath(QStringLiteral("cc.sqlite")); }
    QString file(const QString& name) const { return m_home.filePath(name); }

    // Runs with an isolated HOME so that no saved preference of the machine leaks in.
    Run run(const QStringList& arguments, bool withDb = true) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        process.setProcessEnvironment(env);
        QStringList args;
        if (withDb)
            args << QStringLiteral("--db") << db();
        args << arguments;
        process.start(QStringLiteral(CC_CLI_PATH), args);
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return Run {process.exitCode(),
                    QString::fromUtf8(process.readAllStandardOutput()),
                    QString::fromUtf8(process.readAllStandardError())};
    }

    Run init() const
    {
        Run r = run({QStringLiteral("init")});
        REQUIRE(r.exitCode == 0);
        return r;
    }

private:
    QTemporaryDir m_home;
};

QJsonArray jsonArray(const QString& text)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

// One "error: " line first, as the contract says.
void checkErrorLine(const Run& r, const QString& mustContain)
{
    CAPTURE(r.err);
    REQUIRE(r.err.startsWith(QStringLiteral("error: ")));
    CHECK(r.err.section(u'\n', 0, 0).contains(mustContain));
}

} // namespace

TEST_CASE("cli: --version and --help succeed; no command is a usage error", "[cli]")
{
    CliFixture f;
    const Run version = f.run({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("communitycheck-cli ")));
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
    CHECK(first.out.contains(QStringLiteral("JX-HSQ 2025.1")));
    const QString before = testing::dumpDatabase(f.db());
    const Run second = f.init();
    CHECK(testing::dumpDatabase(f.db()) == before);
    const Run list = f.run({QStringLiteral("sets"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray sets = jsonArray(list.out);
    REQUIRE(sets.size() == 1);
    const QJsonObject set = sets.at(0).toObject();
    CHECK(set.value(QStringLiteral("code")).toString() == u"JX-HSQ");
    CHECK(set.value(QStringLiteral("version")).toString() == u"2025.1");
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
    testing::execRaw(f.db(), QStringLiteral("PRAGMA user_version = 7"));
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
    CHECK(imported.out.trimmed() == u"JX-HSQ 2025.1");
    CHECK(testing::dumpDatabase(f.db()) == before);

    const Run noOutput = f.run({QStringLiteral("sets"), QStringLiteral("export"), QStringLiteral("JX-HSQ")});
    CHECK(noOutput.exitCode == 2);
    const Run unknown =
        f.run({QStringLiteral("sets"), QStringLiteral("export"), QStringLiteral("NOPE"), QStringLiteral("-o"), out});
    CHECK(unknown.exitCode == 1);
    checkErrorLine(unknown, QStringLiteral("NOPE"));
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
    CHECK(a.value(QStringLiteral("set")).toObject().value(QStringLiteral("version")).toString() == u"2025.1");
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

TEST_CASE("cli: responses import, score --json and problems follow the contract", "[cli][scoring]")
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
    const Run imported = f.run({QStringLiteral("responses"),
                                QStringLiteral("import"),
                                id.left(8),
                                testing::dataPath(QStringLiteral("responses/ExcelGb18030.csv"))});
    REQUIRE(imported.exitCode == 0);

    const Run score = f.run({QStringLiteral("score"), id, QStringLiteral("--json")});
    REQUIRE(score.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(score.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("assessment")).toString() == id);
    CHECK(json.value(QStringLiteral("community")).toObject().value(QStringLiteral("name")).toString() == u"示例社区");
    CHECK(json.value(QStringLiteral("set")).toObject().value(QStringLiteral("code")).toString() == u"MINI");
    const QJsonObject overall = json.value(QStringLiteral("overall")).toObject();
    CHECK(std::abs(overall.value(QStringLiteral("score")).toDouble() - 80.0) <= 0.01);
    CHECK(overall.value(QStringLiteral("grade")).toString() == u"良");
    CHECK(overall.value(QStringLiteral("coverage")).toDouble() == 1.0);
    CHECK(json.value(QStringLiteral("bottom_line_failures")).toArray().isEmpty());
    const QJsonArray indicators = json.value(QStringLiteral("indicators")).toArray();
    REQUIRE(indicators.size() == 8);
    const QJsonObject a02 = indicators.at(1).toObject();
    CHECK(a02.value(QStringLiteral("value")).toDouble() == 56);
    const QJsonObject a03 = indicators.at(2).toObject();
    CHECK(a03.value(QStringLiteral("status")).toString() == u"na");
    CHECK(a03.value(QStringLiteral("score")).isNull());
    CHECK(indicators.at(6).toObject().value(QStringLiteral("value")).toArray().size() == 2); // checklist codes
    CHECK(indicators.at(7).toObject().value(QStringLiteral("status")).toString() == u"info");
    CHECK(
        json.value(QStringLiteral("groups")).toArray().at(1).toObject().value(QStringLiteral("groups")).toArray().size()
        == 2);

    const Run human = f.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("score"), id});
    REQUIRE(human.exitCode == 0);
    CHECK(human.out.contains(QStringLiteral("80.0")));
    CHECK(human.out.contains(QStringLiteral("B1-02")));

    const Run problems = f.run({QStringLiteral("problems"), id, QStringLiteral("--json")});
    REQUIRE(problems.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(problems.out.toUtf8()).array();
    REQUIRE(list.size() == 1);
    const QJsonObject p = list.at(0).toObject();
    CHECK(p.value(QStringLiteral("code")).toString() == u"B1-02");
    CHECK(p.value(QStringLiteral("category")).toString() == u"尽力解决");
    CHECK(p.value(QStringLiteral("severity")).toString() == u"较严重");
    CHECK(p.value(QStringLiteral("value")).toString() == u"partly");
    for (const char* key : {"name", "unit", "score", "responsible_units", "projects"})
        CHECK(p.contains(QString::fromLatin1(key)));
}

TEST_CASE("cli: a bad responses file names line and code and stores nothing", "[cli][scoring][broken]")
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
                   QStringLiteral("C1"),
                   QStringLiteral("--name"),
                   QStringLiteral("x"),
                   QStringLiteral("--type"),
                   QStringLiteral("old_estate")})
                .exitCode
            == 0);
    const QString id = f.run({QStringLiteral("assessments"),
                              QStringLiteral("new"),
                              QStringLiteral("--community"),
                              QStringLiteral("C1"),
                              QStringLiteral("--set"),
                              QStringLiteral("MINI")})
                           .out.trimmed();
    const QString before = testing::dumpDatabase(f.db());
    const Run r = f.run({QStringLiteral("--lang"),
                         QStringLiteral("en"),
                         QStringLiteral("responses"),
                         QStringLiteral("import"),
                         id,
                         testing::dataPath(QStringLiteral("responses/BrokenWrongType.csv"))});
    CHECK(r.exitCode == 1);
    checkErrorLine(r, QStringLiteral("BrokenWrongType.csv, line 3, A-02"));
    CHECK(r.err.contains(QStringLiteral("line 4, B2-01")));
    const Run unknown = f.run({QStringLiteral("score"), QStringLiteral("00000000-0000-0000-0000-000000000001")});
    CHECK(unknown.exitCode == 1);
    const Run missingFile =
        f.run({QStringLiteral("responses"), QStringLiteral("import"), id, f.file(QStringLiteral("nope.csv"))});
    CHECK(missingFile.exitCode == 1);
    checkErrorLine(missingFile, QStringLiteral("nope.csv"));
    CHECK(testing::dumpDatabase(f.db()) == before);
}

TEST_CASE("cli: demo generate is deterministic for a seed", "[cli][demo]")
{
    CliFixture a;
    CliFixture b;
    for (const CliFixture* f : {&a, &b}) {
        f->init();
        const Run r = f->run({QStringLiteral("demo"),
                              QStringLiteral("generate"),
                              QStringLiteral("--communities"),
                              QStringLiteral("12"),
                              QStringLiteral("--rounds"),
                              QStringLiteral("2"),
                              QStringLiteral("--seed"),
                              QStringLiteral("7")});
        REQUIRE(r.exitCode == 0);
    }
    const QJsonArray listA =
        jsonArray(a.run({QStringLiteral("communities"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    const QJsonArray listB =
        jsonArray(b.run({QStringLiteral("communities"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    REQUIRE(listA.size() == 12);
    for (qsizetype i = 0; i < listA.size(); ++i) {
        QJsonObject x = listA.at(i).toObject();
        QJsonObject y = listB.at(i).toObject();
        x.remove(QStringLiteral("id"));
        y.remove(QStringLiteral("id"));
        CHECK(x == y);
    }
    const QJsonArray assessments =
        jsonArray(a.run({QStringLiteral("assessments"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    CHECK(assessments.size() == 24);
    const Run again = a.run(
        {QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--communities"), QStringLiteral("3")});
    CHECK(again.exitCode == 1); // not into a database that already has them
}

TEST_CASE("cli: --version V after a command picks a set version", "[cli]")
{
    CliFixture f;
    f.init();
    REQUIRE(f.run({QStringLiteral("communities"),
                   QStringLiteral("add"),
                   QStringLiteral("--code"),
                   QStringLiteral("C1"),
                   QStringLiteral("--name"),
                   QStringLiteral("x"),
                   QStringLiteral("--type"),
                   QStringLiteral("old_estate")})
                .exitCode
            == 0);
    const Run created = f.run({QStringLiteral("assessments"),
                               QStringLiteral("new"),
                               QStringLiteral("--community"),
                               QStringLiteral("C1"),
                               QStringLiteral("--set"),
                               QStringLiteral("JX-HSQ"),
                               QStringLiteral("--version"),
                               QStringLiteral("2025.1")});
    REQUIRE(created.exitCode == 0);
    CHECK_FALSE(cc::AssessmentId::fromString(created.out.trimmed()).isNull());
    const Run exported = f.run({QStringLiteral("sets"),
                                QStringLiteral("export"),
                                QStringLiteral("JX-HSQ"),
                                QStringLiteral("--version"),
                                QStringLiteral("2025.1"),
                                QStringLiteral("-o"),
                                f.file(QStringLiteral("v.json"))});
    CHECK(exported.exitCode == 0);
    CHECK(QFileInfo::exists(f.file(QStringLiteral("v.json"))));
    const Run missing = f.run({QStringLiteral("sets"),
                               QStringLiteral("export"),
                               QStringLiteral("JX-HSQ"),
                               QStringLiteral("--version"),
                               QStringLiteral("1999"),
                               QStringLiteral("-o"),
                               f.file(QStringLiteral("w.json"))});
    CHECK(missing.exitCode == 1);
    checkErrorLine(missing, QStringLiteral("1999"));
}

TEST_CASE("cli: photos add keeps EXIF and refuses a file that is not an image", "[cli][photos]")
{
    CliFixture f;
    f.init();
    REQUIRE(f.run({QStringLiteral("communities"),
                   QStringLiteral("add"),
                   QStringLiteral("--code"),
                   QStringLiteral("C1"),
                   QStringLiteral("--name"),
                   QStringLiteral("x"),
                   QStringLiteral("--type"),
                   QStringLiteral("old_estate")})
                .exitCode
            == 0);
    const QString id = f.run({QStringLiteral("assessments"),
                              QStringLiteral("new"),
                              QStringLiteral("--community"),
                              QStringLiteral("C1"),
                              QStringLiteral("--set"),
                              QStringLiteral("JX-HSQ")})
                           .out.trimmed();
    const QString before = testing::dumpDatabase(f.db());
    const Run bad = f.run({QStringLiteral("photos"),
                           QStringLiteral("add"),
                           id,
                           QStringLiteral("B4-01"),
                           testing::dataPath(QStringLiteral("photos/WithGps.jpg")),
                           testing::dataPath(QStringLiteral("photos/NotAnImage.jpg"))});
    CHECK(bad.exitCode == 1);
    checkErrorLine(bad, QStringLiteral("NotAnImage.jpg"));
    CHECK(testing::dumpDatabase(f.db()) == before); // neither photo was added
    const Run added = f.run({QStringLiteral("photos"),
                             QStringLiteral("add"),
                             id,
                             QStringLiteral("B4-01"),
                             testing::dataPath(QStringLiteral("photos/WithGps.jpg")),
                             QStringLiteral("--caption"),
                             QStringLiteral("外墙空鼓")});
    REQUIRE(added.exitCode == 0);
    const QJsonArray photos =
        jsonArray(f.run({QStringLiteral("photos"), QStringLiteral("list"), id, QStringLiteral("--json")}).out);
    REQUIRE(photos.size() == 1);
    const QJsonObject p = photos.at(0).toObject();
    CHECK(p.value(QStringLiteral("indicator")).toString() == u"B4-01");
    CHECK(p.value(QStringLiteral("caption")).toString() == u"外墙空鼓");
    CHECK(p.value(QStringLiteral("taken_at")).toString() == u"2025-06-18T10:21:33");
    CHECK(std::abs(p.value(QStringLiteral("latitude")).toDouble() - 28.699567) < 1e-5);
    CHECK(p.value(QStringLiteral("original_sha256")).toString().size() == 64);
}

TEST_CASE("cli: report writes one check's PDF or ODT, and refuses bad paths without leaving a file", "[cli][report]")
{
    CliFixture f;
    REQUIRE(f.run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const QJsonArray checks =
        jsonArray(f.run({QStringLiteral("assessments"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    REQUIRE_FALSE(checks.isEmpty());
    const QString id = checks.first().toObject().value(QStringLiteral("id")).toString();

    const QString pdf = f.file(QStringLiteral("one.pdf"));
    Run r = f.run({QStringLiteral("report"), id.left(8), QStringLiteral("-o"), pdf});
    CAPTURE(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.err.contains(QStringLiteral("XDG_RUNTIME_DIR"))); // no platform noise
    CHECK_FALSE(r.err.contains(QStringLiteral("error")));
    CHECK(r.out.contains(QStringLiteral("one.pdf")));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    r = f.run({QStringLiteral("--lang"),
               QStringLiteral("en"),
               QStringLiteral("report"),
               id,
               QStringLiteral("-o"),
               f.file(QStringLiteral("one.odt"))});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("Report written")));

    const QString nowhere = f.file(QStringLiteral("no/such/dir/x.pdf"));
    r = f.run({QStringLiteral("report"), id, QStringLiteral("-o"), nowhere});
    CHECK(r.exitCode == 1);
    checkErrorLine(r, QStringLiteral("x.pdf"));
    CHECK_FALSE(QFileInfo::exists(nowhere));

    CHECK(f.run({QStringLiteral("report"), id, QStringLiteral("-o"), f.file(QStringLiteral("x.txt"))}).exitCode == 2);
    CHECK(f.run({QStringLiteral("report"), id}).exitCode == 2); // no -o
    CHECK(f.run({QStringLiteral("report"), QStringLiteral("-o"), pdf}).exitCode == 2); // no check
    r = f.run(
        {QStringLiteral("report"), QStringLiteral("00000000"), QStringLiteral("-o"), f.file(QStringLiteral("n.pdf"))});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(f.file(QStringLiteral("n.pdf"))));
}

TEST_CASE("cli: report --round writes one PDF per check with a progress line, in parallel processes", "[cli][report]")
{
    CliFixture f;
    REQUIRE(f.run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const QJsonArray checks =
        jsonArray(f.run({QStringLiteral("assessments"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    int in2025 = 0;
    for (const auto& c : checks)
        in2025 += c.toObject().value(QStringLiteral("round_year")).toInt() == 2025 ? 1 : 0;
    REQUIRE(in2025 >= 2);

    const QString out = f.file(QStringLiteral("batch"));
    Run r = f.run({QStringLiteral("--lang"),
                   QStringLiteral("en"),
                   QStringLiteral("report"),
                   QStringLiteral("--round"),
                   QStringLiteral("2025 体检"),
                   QStringLiteral("--jobs"),
                   QStringLiteral("2"),
                   QStringLiteral("-o"),
                   out});
    CAPTURE(r.out, r.err);
    REQUIRE(r.exitCode == 0);
    const QStringList pdfs = QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    CHECK(pdfs.size() == in2025);
    CHECK(r.out.contains(QRegularExpression(QStringLiteral(R"(\[\s*1/%1\])").arg(in2025))));
    CHECK(r.out.contains(QStringLiteral("[%1/%1]").arg(in2025)));
    CHECK(r.out.contains(QStringLiteral("(2 processes)")));

    // one county only
    const QJsonArray communities =
        jsonArray(f.run({QStringLiteral("communities"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    const QString county = communities.first().toObject().value(QStringLiteral("county")).toString();
    const QString outCounty = f.file(QStringLiteral("county"));
    r = f.run({QStringLiteral("report"),
               QStringLiteral("--round"),
               QStringLiteral("2025"),
               QStringLiteral("--county"),
               county,
               QStringLiteral("-o"),
               outCounty});
    REQUIRE(r.exitCode == 0);
    const int countyFiles = static_cast<int>(QDir(outCounty).entryList({QStringLiteral("*.pdf")}, QDir::Files).size());
    CHECK(countyFiles >= 1);
    CHECK(countyFiles < in2025);

    r = f.run({QStringLiteral("report"),
               QStringLiteral("--round"),
               QStringLiteral("1999"),
               QStringLiteral("-o"),
               f.file(QStringLiteral("none"))});
    CHECK(r.exitCode == 1);
    checkErrorLine(r, QStringLiteral("1999"));
    CHECK(
        f.run({QStringLiteral("report"), QStringLiteral("--round"), QStringLiteral("soon"), QStringLiteral("-o"), out})
            .exitCode
        == 2);
    CHECK(f.run({QStringLiteral("report"),
                 QStringLiteral("--round"),
                 QStringLiteral("2025"),
                 QStringLiteral("--jobs"),
                 QStringLiteral("0"),
                 QStringLiteral("-o"),
                 out})
              .exitCode
          == 2);
}

TEST_CASE("cli: report settings shows and changes the database's settings; a bad logo changes nothing", "[cli][report]")
{
    CliFixture f;
    f.init();
    Run r = f.run({QStringLiteral("report"),
                   QStringLiteral("settings"),
                   QStringLiteral("--issuing-unit"),
                   QStringLiteral("东湖区住建局"),
                   QStringLiteral("--signature"),
                   QStringLiteral("体检员"),
                   QStringLiteral("--signature"),
                   QStringLiteral("审核人")});
    REQUIRE(r.exitCode == 0);
    const auto settings = [&] {
        const Run json = f.run({QStringLiteral("report"), QStringLiteral("settings"), QStringLiteral("--json")});
        REQUIRE(json.exitCode == 0);
        return QJsonDocument::fromJson(json.out.toUtf8()).object();
    };
    CHECK(settings().value(QStringLiteral("issuing_unit")).toString() == u"东湖区住建局");
    CHECK(settings().value(QStringLiteral("signature_lines")).toArray().size() == 2);

    const QString notImage = f.file(QStringLiteral("logo.png"));
    QFile file(notImage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a picture");
    file.close();
    r = f.run({QStringLiteral("report"),
               QStringLiteral("settings"),
               QStringLiteral("--logo"),
               notImage,
               QStringLiteral("--issuing-unit"),
               QStringLiteral("别的单位")});
    CHECK(r.exitCode == 1);
    checkErrorLine(r, QStringLiteral("logo.png"));
    CHECK(settings().value(QStringLiteral("issuing_unit")).toString() == u"东湖区住建局"); // unchanged
    CHECK(settings().value(QStringLiteral("logo")).toString().isEmpty());
    CHECK(f.run({QStringLiteral("report"),
                 QStringLiteral("settings"),
                 QStringLiteral("--logo"),
                 notImage,
                 QStringLiteral("--no-logo")})
              .exitCode
          == 2);
}

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
