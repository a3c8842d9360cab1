// SPDX-License-Identifier: GPL-3.0-or-later
// `checklist`: the blank paper checklist of a check, or of a community and a set.
#include "tests/cli/CliRunner.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>

using testing::checkErrorLine;
using testing::CliFixture;
using testing::jsonArray;
using testing::Run;

namespace {

bool isPdf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

} // namespace

TEST_CASE("cli: checklist writes the paper checklist of a check or of a community and a set", "[cli][checklist]")
{
    CliFixture f;
    REQUIRE(f.run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const QJsonObject check =
        jsonArray(f.run({QStringLiteral("assessments"), QStringLiteral("list"), QStringLiteral("--json")}).out)
            .first()
            .toObject();
    const QString id = check.value(QStringLiteral("id")).toString();
    const QString community = check.value(QStringLiteral("community")).toString();
    const QJsonObject set = check.value(QStringLiteral("set")).toObject();

    const QString pdf = f.file(QStringLiteral("paper.pdf"));
    Run r = f.run({QStringLiteral("--lang"),
                   QStringLiteral("en"),
                   QStringLiteral("checklist"),
                   id.left(8),
                   QStringLiteral("-o"),
                   pdf});
    CAPTURE(r.out, r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    const QRegularExpression written(QStringLiteral(R"(^Checklist written: .*paper\.pdf \((\d+) page)"));
    const auto match = written.match(r.out);
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1).toInt() >= 10);
    CHECK(isPdf(pdf));

    // By community and set, with or without the version; Chinese by default.
    const QString blank = f.file(QStringLiteral("blank.pdf"));
    r = f.run({QStringLiteral("checklist"),
               QStringLiteral("--community"),
               community,
               QStringLiteral("--set"),
               set.value(QStringLiteral("code")).toString(),
               QStringLiteral("-o"),
               blank});
    REQUIRE(r.exitCode == 0);
    CHECK(isPdf(blank));
    r = f.run({QStringLiteral("checklist"),
               QStringLiteral("--community"),
               community,
               QStringLiteral("--set"),
               set.value(QStringLiteral("code")).toString(),
               QStringLiteral("--version"),
               set.value(QStringLiteral("version")).toString(),
               QStringLiteral("-o"),
               blank});
    CHECK(r.exitCode == 0);
}

TEST_CASE("cli: checklist refuses an unknown community, set or check and a bad file name, writing nothing",
          "[cli][checklist][broken]")
{
    CliFixture f;
    REQUIRE(f.run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const QJsonObject check =
        jsonArray(f.run({QStringLiteral("assessments"), QStringLiteral("list"), QStringLiteral("--json")}).out)
            .first()
            .toObject();
    const QString id = check.value(QStringLiteral("id")).toString();
    const QString community = check.value(QStringLiteral("community")).toString();
    const QString out = f.file(QStringLiteral("out.pdf"));

    Run r = f.run({QStringLiteral("checklist"),
                   QStringLiteral("--community"),
                   QStringLiteral("NO-SUCH"),
                   QStringLiteral("--set"),
                   QStringLiteral("JX-HSQ"),
                   QStringLiteral("-o"),
                   out});
    CHECK(r.exitCode == 1);
    checkErrorLine(r, QStringLiteral("NO-SUCH"));
    r = f.run({QStringLiteral("checklist"),
               QStringLiteral("--community"),
               community,
               QStringLiteral("--set"),
               QStringLiteral("NOSET"),
               QStringLiteral("-o"),
               out});
    CHECK(r.exitCode == 1);
    checkErrorLine(r, QStringLiteral("NOSET"));
    r = f.run({QStringLiteral("checklist"),
               QStringLiteral("--community"),
               community,
               QStringLiteral("--set"),
               QStringLiteral("JX-HSQ"),
               QStringLiteral("--version"),
               QStringLiteral("1999.1"),
               QStringLiteral("-o"),
               out});
    CHECK(r.exitCode == 1);
    CHECK(f.run({QStringLiteral("checklist"), QStringLiteral("00000000"), QStringLiteral("-o"), out}).exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(out));

    // Bad names, as `report -o` refuses them: a missing folder, a control character, a name too long.
    const QString nowhere = f.file(QStringLiteral("no/such/dir/x.pdf"));
    r = f.run({QStringLiteral("checklist"), id, QStringLiteral("-o"), nowhere});
    CHECK(r.exitCode == 1);
    checkErrorLine(r, QStringLiteral("x.pdf"));
    CHECK_FALSE(QFileInfo::exists(nowhere));
    const QString broken = f.file(QStringLiteral("two\nlines.pdf"));
    r = f.run({QStringLiteral("checklist"), id, QStringLiteral("-o"), broken});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(broken));
    const QString tooLong = f.file(QString(300, u'x') + QStringLiteral(".pdf"));
    CHECK(f.run({QStringLiteral("checklist"), id, QStringLiteral("-o"), tooLong}).exitCode == 1);

    // Usage errors: no output, not a PDF, both forms, half of the second form.
    CHECK(f.run({QStringLiteral("checklist"), id}).exitCode == 2);
    CHECK(f.run({QStringLiteral("checklist"), id, QStringLiteral("-o"), f.file(QStringLiteral("x.txt"))}).exitCode
          == 2);
    CHECK(f.run({QStringLiteral("checklist"),
                 id,
                 QStringLiteral("--community"),
                 community,
                 QStringLiteral("--set"),
                 QStringLiteral("JX-HSQ"),
                 QStringLiteral("-o"),
                 out})
              .exitCode
          == 2);
    CHECK(f.run({QStringLiteral("checklist"), QStringLiteral("--community"), community, QStringLiteral("-o"), out})
              .exitCode
          == 2);
    CHECK(f.run({QStringLiteral("checklist"),
                 id,
                 QStringLiteral("--version"),
                 QStringLiteral("1"),
                 QStringLiteral("-o"),
                 out})
              .exitCode
          == 2);
    CHECK(f.run({QStringLiteral("checklist"), QStringLiteral("-o"), out}).exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(QDir(f.file(QString())).entryList({QStringLiteral("*.pdf")}, QDir::Files).isEmpty());
}
