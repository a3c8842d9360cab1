// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

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
// then restores. A backup that fails its checks changes nothing.
Result<Written> restore(const QString& databasePath, const QString& backupPath);

} // namespace cc::backups
