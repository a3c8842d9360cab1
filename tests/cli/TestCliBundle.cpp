// SPDX-License-Identifier: GPL-3.0-or-later
// `bundle export` and `bundle import` from a script (cli.md v2), and an import killed at random
// moments: the office database is always either as before or fully imported, never damaged.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

using testing::CliFixture;
using testing::Run;

namespace {

// What an import adds, as counts; and whether the file is sound.
struct State
{
    QList<qint64> counts;
    bool sound = false;
    bool operator==(const State&) const = default;
};

State stateOf(const QString& path)
{
    State s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("state"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        const bool intact = q.value(0).toString() == u"ok";
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        s.sound = intact && !q.next();
        for (const char* table : {"communities", "assessments", "responses", "audit_log", "exchange_base"}) {
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))));
            REQUIRE(q.next());
            s.counts << q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("state"));
    return s;
}

void copyDatabase(const QString& from, const QString& to)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(to + QString::fromLatin1(suffix));
    QFile::remove(QString(to).replace(QStringLiteral(".sqlite"), QStringLiteral(".photos.sqlite")));
    REQUIRE(QFile::copy(from, to));
    REQUIRE(QFile::copy(QString(from).replace(QStringLiteral(".sqlite"), QStringLiteral(".photos.sqlite")),
                        QString(to).replace(QStringLiteral(".sqlite"), QStringLiteral(".photos.sqlite"))));
}

} // namespace

TEST_CASE("cli: bundle export and import, with the JSON of cli.md and exit 1 on conflicts", "[cli][bundle]")
{
    CliFixture f;
    REQUIRE(f.run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const QString laptop = f.file(QStringLiteral("laptop.sqlite"));
    const QString office = f.db();
    copyDatabase(office, laptop);
    const QString bundle = f.file(QStringLiteral("round.ccbundle"));
    const Run exported = f.run({QStringLiteral("--db"),
                                laptop,
                                QStringLiteral("bundle"),
                                QStringLiteral("export"),
                                QStringLiteral("-o"),
                                bundle,
                                QStringLiteral("--round"),
                                QStringLiteral("2025 体检"),
                                QStringLiteral("--county"),
                                QStringLiteral("东湖区")},
                               false);
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(bundle));

    const Run preview = f.run({QStringLiteral("bundle"),
                               QStringLiteral("import"),
                               bundle,
                               QStringLiteral("--dry-run"),
                               QStringLiteral("--json")});
    REQUIRE(preview.exitCode == 0);
    const QJsonObject shape = QJsonDocument::fromJson(preview.out.toUtf8()).object();
    for (const char* key :
         {"applied", "new_communities", "new_assessments", "updated_answers", "identical", "conflicts"})
        CHECK(shape.contains(QString::fromLatin1(key)));
    CHECK_FALSE(shape.value(QStringLiteral("applied")).toBool());
    CHECK(shape.value(QStringLiteral("identical")).toInt() > 0); // the laptop is a copy: all the same

    // Both sides change the same answer of one exported check: a conflict, exit 1, nothing applied.
    const QString check =
        testing::jsonArray(f.run({QStringLiteral("assessments"), QStringLiteral("list"), QStringLiteral("--json")}).out)
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    REQUIRE(f.run({QStringLiteral("assessments"),
                   QStringLiteral("return"),
                   check,
                   QStringLiteral("--comment"),
                   QStringLiteral("复核")})
                .exitCode
            != 2);
    const Run usage = f.run({QStringLiteral("bundle"),
                             QStringLiteral("import"),
                             bundle,
                             QStringLiteral("--resolve"),
                             QStringLiteral("mine")});
    CHECK(usage.exitCode == 2);
    const Run notBundle = f.run({QStringLiteral("bundle"), QStringLiteral("import"), office, QStringLiteral("--json")});
    CHECK(notBundle.exitCode == 1);
    CHECK(QJsonDocument::fromJson(notBundle.out.toUtf8()).object().contains(QStringLiteral("message")));
}

TEST_CASE("cli: an import killed at 50 random moments leaves the office as before or fully imported",
          "[cli][bundle][kill]")
{
    CliFixture f;
    f.init(); // the office: the default set, nobody registered yet
    const QString pristine = f.file(QStringLiteral("office-before.sqlite"));
    copyDatabase(f.db(), pristine);
    const QString laptop = f.file(QStringLiteral("laptop.sqlite"));
    REQUIRE(f.run({QStringLiteral("--db"), laptop, QStringLiteral("init")}, false).exitCode == 0);
    REQUIRE(f.run({QStringLiteral("--db"),
                   laptop,
                   QStringLiteral("demo"),
                   QStringLiteral("generate"),
                   QStringLiteral("--communities"),
                   QStringLiteral("40"),
                   QStringLiteral("--rounds"),
                   QStringLiteral("1")},
                  false)
                .exitCode
            == 0);
    const QString bundle = f.file(QStringLiteral("field.ccbundle"));
    REQUIRE(f.run({QStringLiteral("--db"),
                   laptop,
                   QStringLiteral("bundle"),
                   QStringLiteral("export"),
                   QStringLiteral("-o"),
                   bundle,
                   QStringLiteral("--round"),
                   QStringLiteral("2025 体检")},
                  false)
                .exitCode
            == 0);

    const State before = stateOf(pristine);
    // One import to the end: what "fully imported" is, and how long an import takes.
    const QString work = f.file(QStringLiteral("office.sqlite"));
    copyDatabase(pristine, work);
    QElapsedTimer timer;
    timer.start();
    REQUIRE(f.run({QStringLiteral("--db"), work, QStringLiteral("bundle"), QStringLiteral("import"), bundle}, false)
                .exitCode
            == 0);
    const qint64 whole = std::max<qint64>(timer.elapsed(), 50);
    const State after = stateOf(work);
    REQUIRE(after.sound);
    REQUIRE(after.counts != before.counts);

    QRandomGenerator random(16); // the same moments on every run, as far as the clock allows
    int kills = 0, asBefore = 0, asAfter = 0;
    for (int i = 0; i < 50; ++i) {
        copyDatabase(pristine, work);
        QProcess process;
        process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        process.start(QStringLiteral(CC_CLI_PATH),
                      {QStringLiteral("--db"), work, QStringLiteral("bundle"), QStringLiteral("import"), bundle});
        REQUIRE(process.waitForStarted());
        // From a quarter of the way (past the start-up) to just past the end: most land in the import.
        QThread::msleep(static_cast<unsigned long>(whole / 4 + random.bounded(static_cast<int>(whole))));
        if (process.state() != QProcess::NotRunning) {
            process.kill(); // SIGKILL
            ++kills;
        }
        process.waitForFinished();
        const State now = stateOf(work);
        INFO("run " << i);
        CHECK(now.sound);
        CHECK((now == before || now == after));
        asBefore += now == before ? 1 : 0;
        asAfter += now == after ? 1 : 0;
    }
    CHECK(kills >= 30); // most runs were cut short
    CHECK(asBefore + asAfter == 50);
}
