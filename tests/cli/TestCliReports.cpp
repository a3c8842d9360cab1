// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's reports: one check, a round in parallel processes, report settings.
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
