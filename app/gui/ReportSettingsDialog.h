// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ReportSettingsDialog;
}
namespace cc {
class Workspace;
}

// The report settings of the open database: title, issuing unit, signature lines and logo. A logo
// that is not a readable image is refused here, before any report needs it.
class ReportSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportSettingsDialog)

public:
    ReportSettingsDialog(cc::Workspace& workspace, const QString& language, QWidget* parent = nullptr);
    ~ReportSettingsDialog() override;

public slots:
    void accept() override;

private slots:
    void onBrowseLogoClicked();

private:
    std::unique_ptr<Ui::ReportSettingsDialog> m_ui;
    cc::Workspace& m_workspace;
    QString m_language;
};
