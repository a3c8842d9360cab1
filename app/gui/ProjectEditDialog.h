// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"

#include <QDialog>

#include <memory>
#include <vector>

namespace Ui {
class ProjectEditDialog;
}

// A planner's edit of one project: name, scope, quantity and unit, unit cost, cost, responsible
// unit, class, 限时/尽力 and planned year. Numbers are checked beside the field; nothing is stored
// here: the caller applies `project()` (as an undoable command).
class ProjectEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectEditDialog)

public:
    // `resources`: those the project may use (its county's and its community's), to link.
    ProjectEditDialog(const cc::Project& project,
                      const std::vector<cc::Resource>& resources,
                      QWidget* parent = nullptr);
    ~ProjectEditDialog() override;

    const cc::Project& project() const { return m_project; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::ProjectEditDialog> m_ui;
    cc::Project m_project;
};
