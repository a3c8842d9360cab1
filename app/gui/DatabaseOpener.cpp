// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/DatabaseOpener.h"

#include "app/gui/ErrorPresenter.h"
#include "app/gui/ServerConnectDialog.h"
#include "core/util/ServerAddress.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSortFilterProxyModel>
#include <QStatusBar>

namespace {

// The database files of a folder, without the photo files beside them (NAME.photos.sqlite).
class DatabaseFilesOnly final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QString name = sourceModel()->index(row, 0, parent).data().toString();
        return !name.endsWith(QStringLiteral(".photos.sqlite"), Qt::CaseInsensitive);
    }
};

} // namespace

cc::Result<std::unique_ptr<cc::Workspace>>
DatabaseOpener::open(QWidget* parent, const QString& path, const QString& user, bool checkLater)
{
    using Mode = cc::Workspace::OpenMode;
    auto workspace = cc::Workspace::open(path, Mode::CreateIfMissingCheckLater, user);
    // A county server that wants a password this run does not have (or was refused): asked for, then
    // tried again, until it is right or the user gives up.
    while (!workspace && workspace.error().code == cc::ErrorCode::Password) {
        if (!ServerConnectDialog::askPassword(parent, path, workspace.error().message))
            return workspace.error();
        workspace = cc::Workspace::open(path, Mode::CreateIfMissingCheckLater, user);
    }
    if (!workspace && workspace.error().code == cc::ErrorCode::OlderSchema) {
        // A server gets no copy from the app: its administrator takes a pg_dump first.
        const QString question = cc::ServerAddress::isServerAddress(path)
            ? tr("The county server's database %1 was made by an older version of CommunityCheck. Upgrade it "
                 "now? Take a pg_dump backup first (docs/server.md); once upgraded, every computer that uses it "
                 "needs this version.")
                  .arg(path)
            : tr("%1 was made by an older version of CommunityCheck. Upgrade it now? A complete backup is "
                 "made first; once upgraded, older versions cannot open it.")
                  .arg(QDir::toNativeSeparators(path));
        const auto answer = ErrorPresenter::ask(
            parent, tr("Upgrade database"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return workspace.error();
        // CreateIfMissing checks the file first (a damaged file is never upgraded), then upgrades.
        workspace = cc::Workspace::open(path, Mode::CreateIfMissing, user);
        if (workspace && !(*workspace)->facts().lastBackupPath.isEmpty())
            ErrorPresenter::ask(parent,
                                tr("Upgrade database"),
                                tr("Upgraded. The database as it was is kept as %1.")
                                    .arg(QDir::toNativeSeparators((*workspace)->facts().lastBackupPath)),
                                QMessageBox::Ok,
                                QMessageBox::Ok);
        return workspace;
    }
    if (!workspace && workspace.error().code == cc::ErrorCode::ReadOnly) {
        const auto answer = ErrorPresenter::ask(
            parent,
            tr("Read-only database"),
            workspace.error().message + QStringLiteral("\n\n")
                + tr("Open it read-only, to look at it, print reports and copy data out? Nothing can be changed "
                     "in it."),
            QMessageBox::Open | QMessageBox::Cancel,
            QMessageBox::Open);
        if (answer != QMessageBox::Open)
            return workspace.error();
        return cc::Workspace::open(path, Mode::ReadOnly, user);
    }
    if (workspace && !checkLater) {
        if (auto verified = cc::verifyDatabase(path); !verified)
            return verified.error();
    }
    return workspace;
}

QString DatabaseOpener::askForFile(QWidget* parent, const QString& current, QStatusBar* statusBar)
{
    // An Open dialog (its button says Open) that also takes a new name: a new database is created.
    QFileDialog dialog(parent, tr("Open or create a database"), QFileInfo(current).absolutePath());
    dialog.setOption(QFileDialog::DontUseNativeDialog); // the proxy below needs Qt's own dialog
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters({tr("CommunityCheck databases (*.sqlite)"), tr("All files (*)")});
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    dialog.setLabelText(QFileDialog::Accept, tr("&Open"));
    dialog.setProxyModel(new DatabaseFilesOnly(&dialog));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    QString path = dialog.selectedFiles().constFirst();
    if (path.endsWith(QStringLiteral(".photos.sqlite"), Qt::CaseInsensitive)) {
        // The photos of a database, not a database: open the one they belong to.
        path.chop(QStringLiteral(".photos.sqlite").size());
        path += QStringLiteral(".sqlite");
        statusBar->showMessage(tr("That file holds the photos of %1: opening it.").arg(QFileInfo(path).fileName()),
                               8000);
    }
    return path;
}
