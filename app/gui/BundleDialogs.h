// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/ExchangeService.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

namespace cc {
class Workspace;
}
namespace Ui {
class BundleImportDialog;
}

// File → Import bundle: what the bundle will do (new communities and checks, answers taken,
// identical, photos, checks it may not change) and, side by side, every conflict (this database's
// value and the bundle's, who and when), each decided here or all at once. Importing applies it in
// one step; nothing changes before, and nothing at all while a conflict is undecided.
class BundleImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleImportDialog)

public:
    using Resolve = cc::ExchangeService::Resolve;

    BundleImportDialog(cc::Workspace& workspace, QString path, cc::ImportReport preview, QWidget* parent = nullptr);
    ~BundleImportDialog() override;

    // Every conflict decided the same way (the buttons), or one (the table's choice column).
    void decideAll(Resolve choice);
    void decide(int conflict, Resolve choice);
    QHash<QString, Resolve> decisions() const;
    // Imports with the decisions taken; the outcome, or none after saying why.
    std::optional<cc::ImportReport> apply();

    // The whole of File → Import bundle: asks for the file (unless `path` is given), previews, asks,
    // imports. The outcome when something was imported.
    static std::optional<cc::ImportReport>
    importWithDialog(QWidget* parent, cc::Workspace& workspace, QString path = {});
    // File → Export bundle: asks where, writes `checks`; false when cancelled or refused (said).
    static bool exportWithDialog(QWidget* parent, cc::Workspace& workspace, const std::vector<cc::Assessment>& checks);

private:
    void updateButtons();

    std::unique_ptr<Ui::BundleImportDialog> m_ui;
    cc::Workspace& m_workspace;
    QString m_path;
    cc::ImportReport m_preview;
    std::vector<Resolve> m_choices; // per conflict
    std::optional<cc::ImportReport> m_applied; // what apply() did
};
