// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QAction;
class QObject;
class QStatusBar;
class QWidget;

// The database as a file, in the desktop app: File → Check database, Back up now, Restore from
// backup; Settings → Backup folder; and the automatic daily backups (the last 7 days and one a
// month, cc::backups::rollingBackup) taken in the background once the open database is checked.
class DatabaseCareActions final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCareActions)

public:
    static QString backupFolder();
    // The full checks (integrity, links, photo checksums) in a worker thread behind a busy dialog;
    // the outcome said. True when sound.
    static bool checkDatabase(QWidget* parent, const QString& path);
    static void backupNow(QWidget* parent, const QString& path);
    // Asks for a backup, says what will be lost (everything since the backup was taken) and where
    // the current files are kept, then restores. `closeChecks` closes the open checks first (false:
    // one stayed open, nothing is done). True when restored: the caller reopens the database.
    static bool restore(QWidget* parent, const QString& path, const std::function<bool()>& closeChecks);
    static void chooseBackupFolder(QWidget* parent);
    // A write that waits for another program holding the database says so in `statusBar`, drawn at
    // once (the window's own thread is the one waiting).
    static void showDatabaseWaits(QStatusBar* statusBar);
    // File → Check database and Back up now on the database `path()` names when chosen, and
    // Settings → Backup folder.
    static void connectActions(
        QWidget* parent, QAction* check, QAction* backup, QAction* folder, const std::function<QString()>& path);
    // Today's automatic backup in a thread owned by `owner` (which waits for its QThread children
    // before it goes); `said` hears the outcome in a line for the status bar.
    static void startAutomaticBackup(QObject* owner, const QString& path, std::function<void(const QString&)> said);
};
