// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/planning/PlanView.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class PlanPanel;
}
namespace cc {
class Workspace;
}
class QUndoStack;

// 年度实施计划 of a county and year: fills the budget by priority, lists what is in and what is
// deferred and why, holds the five parts as text, exports CSV or XLSX.
class PlanPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPanel)

public:
    PlanPanel(cc::Workspace& workspace, QWidget* parent = nullptr);
    ~PlanPanel() override;

    bool build(const QString& county, int year, double budget);
    bool saveTexts();
    bool exportTo(const QString& path);
    const std::optional<cc::planning::PlanView>& plan() const { return m_plan; }
    QUndoStack* undoStack() const { return m_undo; }

public slots:
    void reload();
    void retranslate();

signals:
    // The plan was built or its build undone: project states changed.
    void planChanged();

private slots:
    void onBuildClicked();
    void onExportClicked();
    void loadStored();

private:
    void show(const cc::planning::PlanView& view);

    std::unique_ptr<Ui::PlanPanel> m_ui;
    cc::Workspace& m_workspace;
    std::optional<cc::planning::PlanView> m_plan;
    QUndoStack* m_undo;
};
