// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace cc::storage {

// Backups, restores and checks of a database file and its photo file, each over connections of
// its own, so that they run beside the app or another command writing to the same file.
class DatabaseCare final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCare)

public:
    struct CheckReport
    {
        bool integrity = false; // PRAGMA integrity_check of both files said ok
        bool foreignKeys = false; // PRAGMA foreign_key_check found nothing
        int photosChecked = 0;
        int photosBad = 0; // stored bytes whose SHA-256 is not their key, or photos without bytes
        QStringList messages;
        bool ok() const { return integrity && foreignKeys && photosBad == 0; }
    };

    struct BackupReport
    {
        QString database; // the copy of the database
        QString photos; // the copy of the photo file; empty when there was none
    };

    // A consistent copy of both files (VACUUM INTO, a read transaction: writers go on) at `target`
    // and beside it as TARGET.photos.sqlite; written under temporary names and renamed, so a kill
    // or a full disk leaves no partial backup.
    static Result<BackupReport> backup(const QString& databasePath, const QString& target);
    static Result<CheckReport> check(const QString& databasePath);
    // Checks the backup (ours, not newer, quick_check of both files) and copies it over the
    // database with SQLite's backup API, under the database's own lock, so that a program that has
    // it open sees the restored content. A backup that fails a check changes nothing.
    // `beforeCopy` runs once the backup has passed its checks, before anything is copied (the caller
    // keeps the current files aside there); its error stops the restore.
    static Result<void> restore(const QString& databasePath,
                                const QString& backupPath,
                                const std::function<Result<void>()>& beforeCopy = {});
};

} // namespace cc::storage
