// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

// Backups, restores and checks of a database and its photo file, each on connections of its own
// (safe beside the app or another command using the same file). `backup`, `restore` and `check`
// in the CLI, Tools → Check database and the automatic backups in the GUI.
namespace cc::backups {

struct Check
{
    bool integrity = false;
    bool foreignKeys = false;
    int photosChecked = 0;
    int photosBad = 0;
    QStringList messages;
    bool ok() const { return integrity && foreignKeys && photosBad == 0; }
};

struct Written
{
    QString database;
    QString photos; // empty when the database had no photo file
};

Result<Written> backup(const QString& databasePath, const QString& target);
Result<Check> check(const QString& databasePath);
// Checks the backup, copies the current files aside (DATABASE.before-restore-TIMESTAMP, returned),
// then restores, the photos first. A backup that fails its checks changes nothing and leaves nothing;
// once copying has begun the files kept aside stay, and an error names them.
Result<Written> restore(const QString& databasePath, const QString& backupPath);

// The desktop app's automatic backups in a folder of the database's own under `folder` (its name and
// a hash of its path): one a day, STEM-YYYY-MM-DD.sqlite (with its
// .photos.sqlite), kept for the last 7 days, and of the days before only the first of each month.
// Writes today's unless it exists and prunes the rest; returns what it wrote (empty: nothing new).
Result<Written> rollingBackup(const QString& databasePath, const QString& folder, const QDate& today);

} // namespace cc::backups
