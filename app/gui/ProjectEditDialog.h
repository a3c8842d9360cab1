// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"

#include <QDialog>

#include <memory>
#include <vector>

namespace Ui {
class ProjectEditDialog;
}

// A planner's edit of one project, in three tabs: the project (name, content and scale, quantity,
// unit cost, cost, class, 限时/尽力 and deadline, status, sequence, resources); who and where (lead and
// cooperating units, 实施主体, place); years and funding (planned year, start and end year, the amount
// of each year, the split by source, with the sums checked against the cost as they are typed).
// Nothing is stored here: the caller applies `project()` (as an undoable command).
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
    void fillYears(); // one row per year between the start and the end year, keeping typed amounts
    // The project as the fields say; problems with the numbers go into `problems`.
    cc::Project read(QStringList& problems) const;
    void updateMoneyCheck();

    std::unique_ptr<Ui::ProjectEditDialog> m_ui;
    cc::Project m_project;
};
