// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ProjectsPanel;
}
namespace cc {
class Workspace;
}
class History;
class ProjectListModel;
class QSortFilterProxyModel;

// 项目清单 and 项目库: every project with its priority and parts, filters by county, status and text;
// accept, reject (with a reason), edit, bundle, export — every change one step of the database's
// history (Ctrl+Z / Ctrl+Y) and audited.
class ProjectsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectsPanel)

public:
    ProjectsPanel(History& history, QWidget* parent = nullptr);
    ~ProjectsPanel() override;

    ProjectListModel* model() const { return m_model; }
    // The selected projects (in view order).
    std::vector<cc::Project> selection() const;
    void select(const cc::ProjectId& id);

    // Actions, also for tests (they ask for nothing: the reason is given).
    bool accept(const std::vector<cc::Project>& projects);
    bool reject(const std::vector<cc::Project>& projects, const QString& reason);
    bool store(const cc::Project& edited);
    bool bundleProjects(const QString& name, const std::vector<cc::ProjectId>& ids);
    bool exportTo(const QString& path);

public slots:
    void reload();
    void retranslate();

private slots:
    void onSelectionChanged();
    void onRejectClicked();
    void onEditClicked();
    void onBundleClicked();
    void onExportClicked();
    void applyFilters();

private:
    bool decide(const std::vector<cc::Project>& projects, bool accept, const QString& reason);

    std::unique_ptr<Ui::ProjectsPanel> m_ui;
    History& m_history;
    cc::Workspace& m_workspace;
    ProjectListModel* m_model;
    QSortFilterProxyModel* m_proxy;
};
