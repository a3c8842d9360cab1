// SPDX-License-Identifier: GPL-3.0-or-later
// `scores` (cli.md v2: ranking and roll-ups of a round) and the review workflow from a script.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using testing::CliFixture;
using testing::Run;

namespace {

QStringList idsOf(const CliFixture& f, const char* round, const char* status)
{
    QStringList ids;
    for (const auto& v : testing::jsonArray(
             f.run({QStringLiteral("assessments"), QStringLiteral("list"), QStringLiteral("--json")}).out)) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("round")).toString() == QString::fromUtf8(round)
            && a.value(QStringLiteral("status")).toString() == QString::fromLatin1(status))
            ids << a.value(QStringLiteral("id")).toString();
    }
    return ids;
}

} // namespace

TEST_CASE("cli: scores ranks a round's reviewed checks and rolls them up by street and county", "[cli][scores]")
{
    CliFixture f;
    REQUIRE(f.run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const Run ranking = f.run(
        {QStringLiteral("scores"), QStringLiteral("--round"), QStringLiteral("2025 体检"), QStringLiteral("--json")});
    REQUIRE(ranking.exitCode == 0);
    const QJsonArray ranked = testing::jsonArray(ranking.out);
    REQUIRE(ranked.size() == 5); // the demo's five communities, each with an approved 2025 check
    double previous = 101;
    for (const auto& v : ranked) {
        const QJsonObject r = v.toObject();
        for (const char* key : {"rank",
                                "community",
                                "name",
                                "county",
                                "street",
                                "assessment",
                                "score",
                                "grade",
                                "coverage",
                                "bottom_line_failures",
                                "open_time_bound"})
            CHECK(r.contains(QString::fromLatin1(key)));
        const double score = r.value(QStringLiteral("score")).toDouble();
        CHECK(score <= previous); // best first
        previous = score;
    }
    CHECK(ranked.first().toObject().value(QStringLiteral("rank")).toInt() == 1);

    const Run byCounty = f.run({QStringLiteral("scores"),
                                QStringLiteral("--round"),
                                QStringLiteral("2025 体检"),
                                QStringLiteral("--by"),
                                QStringLiteral("county"),
                                QStringLiteral("--json")});
    REQUIRE(byCounty.exitCode == 0);
    const QJsonArray counties = testing::jsonArray(byCounty.out);
    REQUIRE(counties.size() == 2);
    int checked = 0;
    for (const auto& v : counties) {
        const QJsonObject c = v.toObject();
        checked += c.value(QStringLiteral("checked")).toInt();
        const QJsonObject grades = c.value(QStringLiteral("grades")).toObject();
        CHECK(grades.keys().size() == 4); // every label of the set, 0 where none
        int graded = 0;
        for (const QString& label : grades.keys())
            graded += grades.value(label).toInt();
        CHECK(graded == c.value(QStringLiteral("checked")).toInt());
        // The county's mean is the mean of its communities' one-decimal scores in the ranking.
        double sum = 0;
        int n = 0;
        for (const auto& r : ranked) {
            if (r.toObject().value(QStringLiteral("county")) == c.value(QStringLiteral("key"))) {
                sum += r.toObject().value(QStringLiteral("score")).toDouble();
                ++n;
            }
        }
        CHECK(std::abs(c.value(QStringLiteral("mean")).toDouble() - sum / n) < 0.051);
    }
    CHECK(checked == 5);
    const Run csv = f.run({QStringLiteral("scores"),
                           QStringLiteral("--round"),
                           QStringLiteral("2025 体检"),
                           QStringLiteral("--by"),
                           QStringLiteral("street"),
                           QStringLiteral("-o"),
                           f.file(QStringLiteral("streets.csv"))});
    REQUIRE(csv.exitCode == 0);
    QFile file(f.file(QStringLiteral("streets.csv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).count(u'\n') == 6); // header + five streets

    // The round summary for the county leader: a PDF with its pages counted, and the editable ODT.
    for (const char* name : {"summary.pdf", "summary.odt"}) {
        const QString path = f.file(QString::fromLatin1(name));
        const Run summary = f.run({QStringLiteral("scores"),
                                   QStringLiteral("--round"),
                                   QStringLiteral("2025 体检"),
                                   QStringLiteral("--county"),
                                   QStringLiteral("东湖区"),
                                   QStringLiteral("-o"),
                                   path});
        REQUIRE(summary.exitCode == 0);
        CHECK(summary.out.contains(path));
        QFile written(path);
        REQUIRE(written.open(QIODevice::ReadOnly));
        CHECK(written.read(4) == (path.endsWith(u"pdf") ? QByteArray("%PDF") : QByteArray("PK\x03\x04")));
    }
    const Run txt = f.run({QStringLiteral("scores"),
                           QStringLiteral("--round"),
                           QStringLiteral("2025 体检"),
                           QStringLiteral("-o"),
                           f.file(QStringLiteral("summary.txt"))});
    CHECK(txt.exitCode == 2);
    CHECK_FALSE(QFile::exists(f.file(QStringLiteral("summary.txt"))));

    // Bad input: the usage is refused (2), an unknown round is a failure naming it (1).
    CHECK(f.run({QStringLiteral("scores")}).exitCode == 2);
    CHECK(f.run({QStringLiteral("scores"),
                 QStringLiteral("--round"),
                 QStringLiteral("2025 体检"),
                 QStringLiteral("--by"),
                 QStringLiteral("planet")})
              .exitCode
          == 2);
    const Run unknown = f.run({QStringLiteral("scores"), QStringLiteral("--round"), QStringLiteral("2031 体检")});
    CHECK(unknown.exitCode == 1);
    testing::checkErrorLine(unknown, QStringLiteral("2031"));
}

TEST_CASE("cli: approving or returning several checks is one step, all or nothing, audited", "[cli][review]")
{
    CliFixture f;
    REQUIRE(f.run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const QStringList submitted = idsOf(f, "2026 复检", "submitted");
    const QStringList approved = idsOf(f, "2025 体检", "approved");
    REQUIRE_FALSE(submitted.isEmpty());
    REQUIRE_FALSE(approved.isEmpty());
    const QString before = testing::dumpDatabase(f.db());
    // An approved check among them: refused, naming it, and the submitted one is not approved either.
    const Run refused =
        f.run({QStringLiteral("assessments"), QStringLiteral("approve"), submitted.first(), approved.first()});
    CHECK(refused.exitCode == 1);
    testing::checkErrorLine(refused, approved.first().left(8));
    CHECK(testing::dumpDatabase(f.db()) == before);
    // Returning needs a comment.
    CHECK(f.run({QStringLiteral("assessments"), QStringLiteral("return"), submitted.first()}).exitCode == 2);
    // Approved with a comment, which the history keeps.
    const Run ok = f.run({QStringLiteral("assessments"),
                          QStringLiteral("approve"),
                          submitted.first(),
                          QStringLiteral("--comment"),
                          QStringLiteral("核对无误")});
    REQUIRE(ok.exitCode == 0);
    CHECK(idsOf(f, "2026 复检", "approved").contains(submitted.first()));
    CHECK(f.run({QStringLiteral("assessments"), QStringLiteral("submit"), approved.first()}).exitCode
          == 1); // not a draft
}
