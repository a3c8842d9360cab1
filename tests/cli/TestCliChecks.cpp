// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI on a check: responses, score and problems by the contract, synthetic provinces, photos.
#include "core/domain/Ids.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_approx.hpp>
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
    // The earlier built-in version, kept for the checks made with it, next to this build's 2025.4.
    REQUIRE(f.run({QStringLiteral("sets"),
                   QStringLiteral("import"),
                   testing::sourcePath(QStringLiteral("resources/indicators/jx-hsq-2025.1.json"))})
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
    const QJsonArray checks =
        jsonArray(f.run({QStringLiteral("assessments"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    REQUIRE(checks.size() == 1);
    CHECK(checks.at(0).toObject().value(QStringLiteral("set")).toObject().value(QStringLiteral("version")).toString()
          == u"2025.1");
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

TEST_CASE("cli: score and problems read a check stored through the services", "[cli][scoring]")
{
    // The services and the CLI over one file: what the GUI stores, a script reads the same way.
    testing::Fixture stored({.responses = QStringLiteral("scoring/responses-hazard.csv")});
    const auto scored = testing::valueOf(stored.ws->assessments().score(stored.check));
    CliFixture f;
    const Run score = f.run({QStringLiteral("--db"),
                             stored.path,
                             QStringLiteral("score"),
                             stored.check.toString(),
                             QStringLiteral("--json")},
                            false);
    REQUIRE(score.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(score.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("overall")).toObject().value(QStringLiteral("score")).toDouble()
          == Catch::Approx(*scored.score.overall));
    CHECK(json.value(QStringLiteral("assessment")).toString() == stored.check.toString());
    const Run problems = f.run(
        {QStringLiteral("--db"), stored.path, QStringLiteral("problems"), stored.check.toString().left(8)}, false);
    REQUIRE(problems.exitCode == 0);
    CHECK(static_cast<size_t>(problems.out.count(u'\n')) >= scored.score.problems.size());
}

TEST_CASE("cli: the check's date: --date on new and edit, date in list, deadlines in problems", "[cli][scoring]")
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
                   QStringLiteral("D-1"),
                   QStringLiteral("--name"),
                   QStringLiteral("示例社区"),
                   QStringLiteral("--type"),
                   QStringLiteral("old_estate"),
                   QStringLiteral("--buildings"),
                   QStringLiteral("12")})
                .exitCode
            == 0);
    const QStringList create {QStringLiteral("assessments"),
                              QStringLiteral("new"),
                              QStringLiteral("--community"),
                              QStringLiteral("D-1"),
                              QStringLiteral("--set"),
                              QStringLiteral("MINI"),
                              QStringLiteral("--date")};
    // Not YYYY-MM-DD: a usage error; implausible: refused; neither creates a check.
    checkErrorLine(f.run(create + QStringList {QStringLiteral("2025/6/18")}), QStringLiteral("2025/6/18"));
    CHECK(f.run(create + QStringList {QStringLiteral("2025/6/18")}).exitCode == 2);
    const Run implausible = f.run(create + QStringList {QStringLiteral("1999-12-31")});
    CHECK(implausible.exitCode == 1);
    checkErrorLine(implausible, QStringLiteral("1999-12-31"));
    CHECK(jsonArray(f.run({QStringLiteral("assessments"), QStringLiteral("list"), QStringLiteral("--json")}).out)
              .isEmpty());

    const Run created = f.run(create + QStringList {QStringLiteral("2025-03-31")});
    REQUIRE(created.exitCode == 0);
    const QString id = created.out.trimmed();
    const auto listedDate = [&] {
        const QJsonArray list =
            jsonArray(f.run({QStringLiteral("assessments"), QStringLiteral("list"), QStringLiteral("--json")}).out);
        REQUIRE(list.size() == 1);
        return list.at(0).toObject().value(QStringLiteral("date")).toString();
    };
    CHECK(listedDate() == u"2025-03-31");

    const QString csv = f.file(QStringLiteral("answers.csv"));
    testing::writeFile(csv, "indicator,value\nB1-01,2\nA-01,no\n");
    REQUIRE(f.run({QStringLiteral("responses"), QStringLiteral("import"), id, csv}).exitCode == 0);
    // More buildings with a hazard than the register has: imported, and said.
    const QString more = f.file(QStringLiteral("more.csv"));
    testing::writeFile(more, "indicator,value\nB1-01,30\n");
    const Run doubtful = f.run({QStringLiteral("responses"), QStringLiteral("import"), id, more});
    CHECK(doubtful.exitCode == 0);
    CHECK(doubtful.err.startsWith(QStringLiteral("warning: B1-01")));
    CHECK(doubtful.err.contains(QStringLiteral("12")));
    REQUIRE(f.run({QStringLiteral("responses"), QStringLiteral("import"), id, csv}).exitCode == 0);
    const auto deadlines = [&] {
        QStringList out;
        for (const QJsonValue& p : jsonArray(f.run({QStringLiteral("problems"), id, QStringLiteral("--json")}).out)) {
            const QJsonObject o = p.toObject();
            out << o.value(QStringLiteral("code")).toString() + u'='
                    + (o.value(QStringLiteral("deadline")).isNull() ? QStringLiteral("null")
                                                                    : o.value(QStringLiteral("deadline")).toString());
        }
        return out;
    };
    CHECK(deadlines() == QStringList {QStringLiteral("B1-01=2026-03-31"), QStringLiteral("A-01=null")});

    const QStringList edit {
        QStringLiteral("assessments"), QStringLiteral("edit"), id.left(8), QStringLiteral("--date")};
    REQUIRE(f.run(edit + QStringList {QStringLiteral("2024-02-29")}).exitCode == 0);
    CHECK(listedDate() == u"2024-02-29");
    CHECK(deadlines() == QStringList {QStringLiteral("B1-01=2025-02-28"), QStringLiteral("A-01=null")});
    const Run human = f.run({QStringLiteral("problems"), id});
    CHECK(human.out.contains(QStringLiteral("2025-02-28")));
    CHECK(f.run({QStringLiteral("assessments"), QStringLiteral("edit"), id}).exitCode == 2); // --date is required
    CHECK(f.run(edit + QStringList {QStringLiteral("2024-02-30")}).exitCode == 2);
    CHECK(listedDate() == u"2024-02-29");
}

TEST_CASE("cli: export national writes the county's tables; a missing option or an empty round is refused",
          "[cli][national]")
{
    CliFixture f;
    REQUIRE(f.run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const QString dir = f.file(QStringLiteral("东湖区 2025"));
    const Run r = f.run({QStringLiteral("export"),
                         QStringLiteral("national"),
                         QStringLiteral("--county"),
                         QStringLiteral("东湖区"),
                         QStringLiteral("--round"),
                         QStringLiteral("2025 体检"),
                         QStringLiteral("-o"),
                         dir});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList written = QDir(dir).entryList(QDir::Files, QDir::Name);
    CHECK(written.size() == 7);
    for (const char* name : {"指标调查表.xlsx",
                             "指标调查表.csv",
                             "附件四-问题清单.xlsx",
                             "附件五-整治建议清单.xlsx",
                             "楼栋台账.xlsx",
                             "附件四-问题清单.pdf",
                             "附件五-整治建议清单.pdf"})
        CHECK(written.contains(QString::fromUtf8(name)));
    CHECK(r.out.contains(QStringLiteral("3")));

    const Run noCounty = f.run({QStringLiteral("export"),
                                QStringLiteral("national"),
                                QStringLiteral("--round"),
                                QStringLiteral("2025"),
                                QStringLiteral("-o"),
                                dir});
    CHECK(noCounty.exitCode == 2);
    const Run empty = f.run({QStringLiteral("export"),
                             QStringLiteral("national"),
                             QStringLiteral("--county"),
                             QStringLiteral("东湖区"),
                             QStringLiteral("--round"),
                             QStringLiteral("2030"),
                             QStringLiteral("-o"),
                             f.file(QStringLiteral("empty"))});
    CHECK(empty.exitCode == 1);
    checkErrorLine(empty, QStringLiteral("2030"));
    CHECK_FALSE(QDir(f.file(QStringLiteral("empty"))).exists());
}

TEST_CASE("cli: photos add ESTATE/BUILDING/ITEM attaches a photo to a building's ledger item", "[cli][photos][ledger]")
{
    CliFixture f;
    REQUIRE(f.run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const Run created = f.run({QStringLiteral("assessments"),
                               QStringLiteral("new"),
                               QStringLiteral("--community"),
                               QStringLiteral("NC-DH-002"),
                               QStringLiteral("--set"),
                               QStringLiteral("JX-HSQ"),
                               QStringLiteral("--round"),
                               QStringLiteral("2026 复检")});
    REQUIRE(created.exitCode == 0);
    const QString id = created.out.trimmed();
    const QString photo = testing::dataPath(QStringLiteral("photos/Plain.jpg"));
    const Run added =
        f.run({QStringLiteral("photos"), QStringLiteral("add"), id, QStringLiteral("青湖苑一期/3号楼/h3.5"), photo});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonArray listed =
        jsonArray(f.run({QStringLiteral("photos"), QStringLiteral("list"), id, QStringLiteral("--json")}).out);
    REQUIRE(listed.size() == 1);
    CHECK(listed.at(0).toObject().value(QStringLiteral("indicator")).toString().endsWith(u"/H3.5"));
    const Run stranger =
        f.run({QStringLiteral("photos"), QStringLiteral("add"), id, QStringLiteral("青湖苑一期/99号楼/H3.5"), photo});
    CHECK(stranger.exitCode == 1);
    checkErrorLine(stranger, QStringLiteral("99号楼"));
}

TEST_CASE("cli: a file name holding a newline or a tab is echoed on one line", "[cli][broken]")
{
    CliFixture f;
    REQUIRE(f.run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const QString id =
        jsonArray(f.run({QStringLiteral("assessments"), QStringLiteral("list"), QStringLiteral("--json")}).out)
            .at(0)
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    // A PDF with such a name is refused (a line break in a file name breaks every list of files);
    // a table export is written, and its name echoed on one line.
    const QString odd = f.file(QStringLiteral("报告\n第二行\t.pdf"));
    const Run pdf = f.run(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"), id, QStringLiteral("-o"), odd});
    CHECK(pdf.exitCode == 1);
    CHECK(pdf.err.count(u'\n') <= 2);
    CHECK(pdf.err.section(u'\n', 0, 0).contains(QStringLiteral("报告\\n第二行\\t.pdf")));
    CHECK(pdf.err.contains(QStringLiteral("line break")));
    CHECK_FALSE(QFileInfo::exists(odd));
    const QString oddCsv = f.file(QStringLiteral("排名\n第二行\t.csv"));
    const Run written = f.run({QStringLiteral("--lang"),
                               QStringLiteral("en"),
                               QStringLiteral("scores"),
                               QStringLiteral("--round"),
                               QStringLiteral("2025 体检"),
                               QStringLiteral("-o"),
                               oddCsv});
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.count(u'\n') == 1);
    CHECK(written.out.contains(QStringLiteral("排名\\n第二行\\t.csv")));
    const Run refused = f.run({QStringLiteral("--lang"),
                               QStringLiteral("en"),
                               QStringLiteral("report"),
                               id,
                               QStringLiteral("-o"),
                               f.file(QStringLiteral("no\nsuch/x.pdf"))});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.startsWith(QStringLiteral("error: ")));
    CHECK(refused.err.section(u'\n', 0, 0).contains(QStringLiteral("no\\nsuch")));
}
