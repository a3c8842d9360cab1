// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class NationalExportDialog;
}
namespace cc {
class Workspace;
}
class QPushButton;

// File → Export national tables…: a county and a round chosen from those in the database, a folder,
// and the tables of `export national` written there (spec/cli.md) with a progress bar; the files
// written are listed with a link to the folder. Nothing in the database changes.
class NationalExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NationalExportDialog)

public:
    // `county`: the one to offer first (the selected community's), may be empty.
    NationalExportDialog(cc::Workspace& workspace, const QString& county, QWidget* parent = nullptr);
    ~NationalExportDialog() override;

private:
    void exportTables();
    void suggestFolder();

    std::unique_ptr<Ui::NationalExportDialog> m_ui;
    cc::Workspace& m_workspace;
    QPushButton* m_exportButton = nullptr;
    bool m_folderEdited = false;
};
