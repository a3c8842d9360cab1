// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing lost: a child process edits answers through the entry screen's path and is killed with
// SIGKILL; every edit it acknowledged must be in the database, which must pass integrity_check.
#include "core/services/Workspace.h"
#include "core/storage/Database.h"
#include "tests/support/Fixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QProcess>
#include <QSqlQuery>

TEST_CASE("gui: a check killed with SIGKILL keeps every acknowledged edit", "[gui][crash]")
{
    testing::Fixture f({.user = QStringLiteral("setup"), .fileName = QStringLiteral("crash.sqlite")});
    const QString path = f.path;
    const cc::AssessmentId id = f.check;
    f.ws.reset(); // the child process writes; this one only reads afterwards

    for (int round = 0; round < 3; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(CC_CRASH_WRITER), {path, id.toString()});
        REQUIRE(writer.waitForStarted(10000));
        int acknowledged = 0;
        const int target = 20 + round * 17; // kill at different moments
        while (acknowledged < target && writer.waitForReadyRead(20000)) {
            while (writer.canReadLine()) {
                const QList<QByteArray> parts = writer.readLine().trimmed().split(' ');
                if (parts.size() == 3 && parts[0] == "ack")
                    acknowledged = parts[2].toInt();
            }
        }
        REQUIRE(acknowledged >= target);
        writer.kill(); // SIGKILL, mid-stream
        REQUIRE(writer.waitForFinished(10000));
        while (writer.canReadLine()) { // acks printed before the kill landed
            const QList<QByteArray> parts = writer.readLine().trimmed().split(' ');
            if (parts.size() == 3 && parts[0] == "ack")
                acknowledged = parts[2].toInt();
        }

        {
            // The full integrity check, on a connection of the test's own.
            auto db = cc::storage::Database::open(path, cc::storage::Database::OpenMode::MustExist);
            REQUIRE(db); // opens: quick_check passed
            REQUIRE((*db)->integrityCheck());
        }
        auto ws = cc::Workspace::open(path, cc::Workspace::OpenMode::MustExist, QStringLiteral("check"));
        REQUIRE(ws);
        auto responses = (*ws)->assessments().responses(id);
        REQUIRE(responses);
        REQUIRE(responses->size() == 1);
        // The last acknowledged value is there (a later, unacknowledged one may be too).
        CHECK(std::get<double>(responses->front().value) >= acknowledged);
    }
}
