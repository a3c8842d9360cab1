// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app's automatic backups: one a day, the last 7 days and the first of each month kept.
#include "core/services/Backups.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

TEST_CASE("Automatic backups keep the last 7 days and the first of each earlier month", "[backup][sqlite-only]")
{
    testing::Fixture f;
    QTemporaryDir folder;
    const QString stem = QFileInfo(f.path).completeBaseName();
    // Sixty days of backups, one a day: each day writes its own and prunes.
    const QDate first(2026, 9, 20);
    auto firstWritten = cc::backups::rollingBackup(f.path, folder.path(), first);
    REQUIRE_OK(firstWritten);
    // In a folder of this database's own, under the chosen one.
    const QString own = QFileInfo(firstWritten->database).absolutePath();
    CHECK(QFileInfo(own).dir().absolutePath() == QDir(folder.path()).absolutePath());
    CHECK(QFileInfo(own).fileName().startsWith(stem + u'-'));
    const auto named = [&](const QDate& day) {
        return QDir(own).filePath(stem + u'-' + day.toString(Qt::ISODate) + QStringLiteral(".sqlite"));
    };
    CHECK(firstWritten->database == named(first));
    for (int d = 1; d < 60; ++d) {
        auto written = cc::backups::rollingBackup(f.path, folder.path(), first.addDays(d));
        REQUIRE_OK(written);
        CHECK(written->database == named(first.addDays(d)));
    }
    const QDate today = first.addDays(59); // 2026-11-18
    QStringList kept = QDir(own).entryList({stem + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name);
    kept.removeIf([](const QString& name) { return name.endsWith(QStringLiteral(".photos.sqlite")); });
    QStringList expected;
    for (const QDate& day : {QDate(2026, 9, 20), QDate(2026, 10, 1), QDate(2026, 11, 1)})
        expected << QFileInfo(named(day)).fileName();
    for (int d = 6; d >= 0; --d)
        expected << QFileInfo(named(today.addDays(-d))).fileName();
    CHECK(kept == expected);
    // Again the same day: nothing new, nothing lost.
    auto again = cc::backups::rollingBackup(f.path, folder.path(), today);
    REQUIRE_OK(again);
    CHECK(again->database.isEmpty());
    auto checked = cc::backups::check(named(today));
    REQUIRE_OK(checked);
    CHECK(checked->ok());
}
