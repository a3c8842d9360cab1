// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <QThread>

#include <functional>

#include <memory>

namespace Ui {
class MainWindow;
}
namespace cc {
class Workspace;
struct Assessment;
} // namespace cc
class QSortFilterProxyModel;
class History;
class CommunityListModel;
class CommunityFilterModel;
class SetListModel;
class SetTreeModel;
class AssessmentWindow;
class ReportPreviewDialog;
class ChecksPanel;
class DashboardPanel;
class ProjectsPanel;
class PlanPanel;
class ListsPanel;

// The shell of one open database: the register, the indicator sets, the checks, the lists, the
// projects and the annual plan, and the database's one undo history (the Edit menu). Views refresh
// when the change hub says what changed.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(std::unique_ptr<cc::Workspace> workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    cc::Workspace& workspace() { return *m_workspace; }
    History& history() { return *m_history; }
    QString language() const { return m_language; }

public slots:
    // Re-reads the register, the sets and the checks from the database.
    void reload();
    void switchLanguage(const QString& language);
    // Replaces the open database with the one at `path` (created if missing); false on failure.
    bool openDatabase(const QString& path);
    // Opens `path` (a file or a server address) in place of the current database; the reason when not.
    cc::Result<void> switchDatabase(const QString& path);
    // The integrity checks of a database opened without them (at start-up, so that a big file opens
    // at once), in a worker thread. A damaged file is said and the window closes: nothing more is
    // written to it. `done` (for tests) runs after the check, with its outcome.
    void verifyDatabaseInBackground(std::function<void(bool ok)> done = {});
    // Imports a set file; false (after telling the user why) when refused.
    bool importSet(const QString& path);
    // File → Import bundle with `path` chosen (a bundle given on the command line); asks for a file
    // when `path` is empty.
    void importBundle(const QString& path = {});
    // Opens (or raises) the entry screen of a check.
    AssessmentWindow* openAssessment(const cc::AssessmentId& id);
    // Generates the project candidates of a check and shows them; false (after saying why) on failure.
    bool generateProjects(const cc::AssessmentId& id);
    ChecksPanel* checksPanel() const { return m_checksPanel; }
    DashboardPanel* dashboardPanel() const { return m_dashboardPanel; }
    ProjectsPanel* projectsPanel() const { return m_projectsPanel; }
    PlanPanel* planPanel() const { return m_planPanel; }
    ListsPanel* listsPanel() const { return m_listsPanel; }
    // Opens the report preview of a check; none (after telling the user why) when it cannot be built.
    ReportPreviewDialog* openReport(const cc::AssessmentId& id);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private slots:
    void onOpenDatabaseTriggered();
    void onImportSetTriggered();
    void onExportSetTriggered();
    void onAssessorNameTriggered();
    void onPhotoSizeTriggered();
    void onAboutTriggered();
    void onSetSelectionChanged();
    void onIndicatorSelectionChanged();
    void onFiltersChanged();
    void onNewCommunityTriggered();
    void onEditCommunityTriggered();
    void onBuildingsTriggered();
    void onNewAssessmentTriggered();
    void onOpenAssessmentTriggered();
    void onReportTriggered();
    void onReportSettingsTriggered();
    void onGenerateProjectsTriggered();

private:
    // Closes the open checks (each may ask about a value typed) and saves the plan texts; false when
    // one stays open.
    bool closeChecks();
    // Today's automatic backup of the open database, in the background.
    void startAutomaticBackup();
    // The check the checks list has current (through its sorting and search), if any.
    const cc::Assessment* currentAssessment() const;
    void reloadRegister();
    void reloadSets();
    void retranslate();
    void updateTitle();
    void fillFilterCombos();
    void updateCount();
    // The history, the Edit menu's actions and the planning tabs belong to one database: made anew
    // with each.
    void attachDatabase();
    void detachDatabase();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<cc::Workspace> m_workspace;
    History* m_history = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QString m_language;
    CommunityListModel* m_communityModel;
    CommunityFilterModel* m_communityFilter;
    SetListModel* m_setModel;
    SetTreeModel* m_setTreeModel;
    QMap<QString, QPointer<AssessmentWindow>> m_assessmentWindows; // by assessment UUID
    ChecksPanel* m_checksPanel = nullptr;
    DashboardPanel* m_dashboardPanel = nullptr;
    ProjectsPanel* m_projectsPanel = nullptr;
    PlanPanel* m_planPanel = nullptr;
    ListsPanel* m_listsPanel = nullptr;
    QPointer<QThread> m_verifier; // the background integrity check, while it runs
};
