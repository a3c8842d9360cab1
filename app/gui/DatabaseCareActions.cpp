// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/DatabaseCareActions.h"

#include "app/common/AppEnvironment.h"
#include "app/common/Settings.h"
#include "app/gui/ErrorPresenter.h"
#include "core/services/Backups.h"
#include "core/services/Workspace.h"
#include "core/util/ServerAddress.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>

#include <atomic>
#include <memory>

namespace {

// Runs `work` in a thread while a busy dialog (no cancel: SQLite's checks cannot stop halfway) says
// what is happening.
void runBusy(QWidget* parent, const QString& label, const std::function<void()>& work)
{
    QProgressDialog busy(label, QString(), 0, 0, parent);
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(300);
    busy.setValue(0); // starts the dialog's clock; being window-modal, it blocks the window once shown
    QEventLoop loop;
    QThread* thread = QThread::create(work);
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
}

QString when(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QString DatabaseCareActions::backupFolder()
{
    const QString chosen = settings::backupFolder.value();
    return chosen.isEmpty() ? appenv::defaultBackupFolder() : chosen;
}

bool DatabaseCareActions::checkDatabase(QWidget* parent, const QString& path)
{
    auto outcome = std::make_shared<cc::Result<cc::backups::Check>>(cc::backups::Check {});
    runBusy(
        parent, tr("Checking %1…").arg(QDir::toNativeSeparators(path)), [&] { *outcome = cc::backups::check(path); });
    if (!*outcome) {
        ErrorPresenter::show(parent, outcome->error(), tr("Check database"));
        return false;
    }
    const cc::backups::Check& c = **outcome;
    QString text = c.ok()
        ? tr("%1 is sound: its integrity check passed, every record's links hold and all %n "
             "photo(s) match their checksums.",
             nullptr,
             c.photosChecked)
              .arg(QDir::toNativeSeparators(path))
        : tr("%1 has problems:").arg(QDir::toNativeSeparators(path)) + u'\n' + c.messages.mid(0, 10).join(u'\n');
    if (!c.ok())
        text += u'\n'
            + tr("Restore a backup (File → Restore from backup) or keep working and send the file to "
                 "your IT staff; nothing was changed.");
    ErrorPresenter::ask(parent, tr("Check database"), text, QMessageBox::Ok, QMessageBox::Ok);
    return c.ok();
}

void DatabaseCareActions::backupNow(QWidget* parent, const QString& path)
{
    const QString suggested = QDir(backupFolder())
                                  .filePath(QFileInfo(path).completeBaseName() + u'-'
                                            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))
                                            + QStringLiteral(".sqlite"));
    QDir().mkpath(backupFolder());
    const QString target = QFileDialog::getSaveFileName(
        parent, tr("Back up the database"), suggested, tr("CommunityCheck databases (*.sqlite)"));
    if (target.isEmpty())
        return;
    auto outcome = std::make_shared<cc::Result<cc::backups::Written>>(cc::backups::Written {});
    runBusy(parent, tr("Backing up to %1…").arg(QDir::toNativeSeparators(target)), [&] {
        *outcome = cc::backups::backup(path, target);
    });
    if (!*outcome) {
        ErrorPresenter::show(parent, outcome->error(), tr("Back up the database"));
        return;
    }
    ErrorPresenter::ask(parent,
                        tr("Back up the database"),
                        tr("Backed up to %1.").arg(QDir::toNativeSeparators((*outcome)->database)),
                        QMessageBox::Ok,
                        QMessageBox::Ok);
}

bool DatabaseCareActions::restore(QWidget* parent, const QString& path, const std::function<bool()>& closeChecks)
{
    const QString backup = QFileDialog::getOpenFileName(
        parent, tr("Restore from backup"), backupFolder(), tr("CommunityCheck databases (*.sqlite);;All files (*)"));
    if (backup.isEmpty())
        return false;
    const QDateTime taken = QFileInfo(backup).lastModified();
    const QDateTime changed = QFileInfo(path).lastModified();
    const QDateTime wal = QFileInfo(path + QStringLiteral("-wal")).lastModified();
    const QDateTime lastChange = wal.isValid() && wal > changed ? wal : changed;
    const auto answer = ErrorPresenter::ask(
        parent,
        tr("Restore from backup"),
        tr("Replace %1 with the backup %2, taken %3?\n\nEverything entered since then is lost: every change "
           "between %3 and the database's last change, %4. The current files are kept aside first "
           "(%5.before-restore-…), so this can be undone by restoring them.")
            .arg(QDir::toNativeSeparators(path),
                 QDir::toNativeSeparators(backup),
                 when(taken),
                 when(lastChange),
                 QFileInfo(path).fileName()),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes || !closeChecks())
        return false;
    auto outcome = std::make_shared<cc::Result<cc::backups::Written>>(cc::backups::Written {});
    runBusy(parent, tr("Restoring %1…").arg(QDir::toNativeSeparators(path)), [&] {
        *outcome = cc::backups::restore(path, backup);
    });
    if (!*outcome) {
        ErrorPresenter::show(parent, outcome->error(), tr("Restore from backup"));
        return false;
    }
    return true;
}

void DatabaseCareActions::showDatabaseWaits(QStatusBar* statusBar)
{
    // A write that waits for another program holding the database says so in the status bar, drawn
    // at once (the window's own thread is the one waiting).
    cc::setDatabaseWaitNotice([bar = QPointer<QStatusBar>(statusBar)](const QString& line) {
        if (!bar)
            return;
        if (QThread::currentThread() == bar->thread()) {
            bar->showMessage(line, 10000);
            bar->repaint();
        } else {
            QMetaObject::invokeMethod(
                bar,
                [bar, line] {
                    if (bar)
                        bar->showMessage(line, 10000);
                },
                Qt::QueuedConnection);
        }
    });
}

void DatabaseCareActions::connectActions(
    QWidget* parent, QAction* check, QAction* backup, QAction* folder, const std::function<QString()>& path)
{
    QObject::connect(check, &QAction::triggered, parent, [parent, path] { checkDatabase(parent, path()); });
    QObject::connect(backup, &QAction::triggered, parent, [parent, path] { backupNow(parent, path()); });
    QObject::connect(folder, &QAction::triggered, parent, [parent] { chooseBackupFolder(parent); });
}

void DatabaseCareActions::chooseBackupFolder(QWidget* parent)
{
    const QString folder = QFileDialog::getExistingDirectory(
        parent, tr("Backup folder (now %1)").arg(QDir::toNativeSeparators(backupFolder())), backupFolder());
    if (folder.isEmpty())
        return;
    settings::backupFolder.setValue(folder);
}

void DatabaseCareActions::startAutomaticBackup(QObject* owner,
                                               const QString& path,
                                               std::function<void(const QString&)> said)
{
    if (cc::ServerAddress::isServerAddress(path))
        return; // a county server is backed up on the server (docs/server.md)
    auto outcome = std::make_shared<cc::Result<cc::backups::Written>>(cc::backups::Written {});
    const QString folder = backupFolder();
    QThread* thread = QThread::create(
        [outcome, path, folder] { *outcome = cc::backups::rollingBackup(path, folder, QDate::currentDate()); });
    thread->setParent(owner);
    QObject::connect(thread, &QThread::finished, owner, [thread, outcome, said = std::move(said)] {
        thread->deleteLater();
        if (!*outcome)
            said(tr("The automatic backup failed: %1").arg(outcome->error().message));
        else if (!(*outcome)->database.isEmpty())
            said(tr("Backed up automatically to %1").arg(QDir::toNativeSeparators((*outcome)->database)));
    });
    thread->start(QThread::LowPriority);
}
