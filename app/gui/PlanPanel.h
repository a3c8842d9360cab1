// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/planning/PlanView.h"

#include <QWidget>

#include <array>
#include <memory>
#include <optional>

namespace Ui {
class PlanPanel;
}
namespace cc {
class Workspace;
}
class History;
class QPlainTextEdit;

// 年度实施计划 of a county and year: fills the budget by priority, lists what is in and what is
// deferred and why, holds the five parts as text, exports PDF, CSV or XLSX. Building and saving the
// texts are steps of the database's history.
class PlanPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPanel)

public:
    PlanPanel(History& history, QWidget* parent = nullptr);
    ~PlanPanel() override;

    bool build(const QString& county, int year, double budget);
    bool saveTexts();
    // Saves the five parts when they differ from the stored ones (before another plan is shown, or
    // the window closes): false only when saving failed.
    bool saveTextsIfChanged();
    bool exportTo(const QString& path);
    const std::optional<cc::planning::PlanView>& plan() const { return m_plan; }

public slots:
    void reload();
    void retranslate();

private slots:
    void onBuildClicked();
    void onExportClicked();
    void loadStored();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void show(const cc::planning::PlanView& view);
    std::array<QPlainTextEdit*, 5> textEditors() const;
    cc::Plan typedTexts() const; // the five parts as typed

    std::unique_ptr<Ui::PlanPanel> m_ui;
    History& m_history;
    cc::Workspace& m_workspace;
    std::optional<cc::planning::PlanView> m_plan;
    std::array<QString, 5> m_drafts; // the five parts drafted from the shown plan
    bool m_loaded = false; // the counties and the stored plan are read when first shown
};
