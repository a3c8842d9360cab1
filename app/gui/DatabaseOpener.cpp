// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/DatabaseOpener.h"

#include "app/gui/ErrorPresenter.h"

#include <QDir>

cc::Result<std::unique_ptr<cc::Workspace>>
DatabaseOpener::open(QWidget* parent, const QString& path, const QString& user, bool checkLater)
{
    using Mode = cc::Workspace::OpenMode;
    auto workspace = cc::Workspace::open(path, Mode::CreateIfMissingCheckLater, user);
    if (!workspace && workspace.error().code == cc::ErrorCode::OlderSchema) {
        const auto answer = ErrorPresenter::ask(
            parent,
            tr("Upgrade database"),
            tr("%1 was made by an older version of CommunityCheck. Upgrade it now? A complete backup is "
               "made first; once upgraded, older versions cannot open it.")
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return workspace.error();
        // CreateIfMissing checks the file first (a damaged file is never upgraded), then upgrades.
        workspace = cc::Workspace::open(path, Mode::CreateIfMissing, user);
        if (workspace && !(*workspace)->lastBackupPath().isEmpty())
            ErrorPresenter::ask(parent,
                                tr("Upgrade database"),
                                tr("Upgraded. The database as it was is kept as %1.")
                                    .arg(QDir::toNativeSeparators((*workspace)->lastBackupPath())),
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
