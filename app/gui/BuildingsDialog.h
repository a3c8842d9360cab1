// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Community.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BuildingsDialog;
}
class BuildingTableModel;
class History;

// A community's 小区 and 楼栋 (issue 17): a table edited in place, each value stored the moment it
// is confirmed and undoable; Add building (the next number of the current 小区, the cursor on it),
// Delete, Import a CSV or XLSX table, and the register's building and household counts set from
// the buildings. Keyboard first: type over a cell, Enter confirms, Del deletes the row.
class BuildingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildingsDialog)

public:
    BuildingsDialog(History& history, const cc::Community& community, QWidget* parent = nullptr);
    ~BuildingsDialog() override;

    // For tests: the table's model, and importing without the file dialog.
    BuildingTableModel& model() { return *m_model; }
    void importFile(const QString& path);

public slots:
    void addBuilding();
    void deleteBuilding();
    void setRegisterCounts();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void say(const QString& message);

    std::unique_ptr<Ui::BuildingsDialog> m_ui;
    History& m_history;
    cc::Community m_community;
    BuildingTableModel* m_model;
};
