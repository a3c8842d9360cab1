// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class RadarDialog;
}
class QChart;

// A chart in its own window, with Export the chart… (PNG or SVG). The window's view takes `shown`;
// `build` makes the same chart anew for each export.
class RadarDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RadarDialog)

public:
    RadarDialog(QChart* shown, std::function<QChart*()> build, QWidget* parent = nullptr);
    ~RadarDialog() override;

private slots:
    void onExportClicked();

private:
    std::unique_ptr<Ui::RadarDialog> m_ui;
    std::function<QChart*()> m_build;
};
