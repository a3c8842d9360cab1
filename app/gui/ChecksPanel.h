// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/services/AssessmentWorkflow.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace Ui {
class ChecksPanel;
}
namespace cc {
class Workspace;
}
class History;
class AssessmentListModel;
class CheckFilterModel;

// The checks of the database as a reviewer works in them: each with what its score says (from the
// score cache), filters by city, county, street, type, round, state, grade and pilots, search by
// community code or name, every column sorts; the review queue (submitted, oldest first); approve
// or return many checks in one all-or-nothing step. New, open, report and projects are the main
// window's (it hears them as signals). Shows nothing until the first reload().
class ChecksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksPanel)

public:
    ChecksPanel(History& history, const QString& language, QWidget* parent = nullptr);
    ~ChecksPanel() override;

    // The check the list has current, if any; the selected ones in view order.
    const cc::Assessment* current() const;
    std::vector<cc::Assessment> selection() const;
    void select(const cc::AssessmentId& id);
    // The rows the filters leave, of all; the checks they show, in view order.
    int shownCount() const;
    std::vector<cc::Assessment> shown() const;

    // One review step over `checks`, all or none, audited; false (after saying why) when refused.
    // Also for tests: they ask for nothing.
    bool review(const std::vector<cc::Assessment>& checks, cc::ReviewStep step, const QString& comment);

public slots:
    void reload();
    // One check's row again (an answer or a photo changed it): its score and last change.
    void refreshCheck(const cc::AssessmentId& id);
    void retranslate(const QString& language);

signals:
    void newCheckRequested();
    void openRequested();
    void reportRequested();
    void generateProjectsRequested();

private slots:
    void applyFilters();
    void onApproveClicked();
    void onReturnClicked();
    void onSelectionChanged();

private:
    void updateCount(); // "x of N checks"
    void fillFilterCombos();
    // The selected checks that are not waiting for review, named for the user; empty when all are.
    QString notSubmitted(const std::vector<cc::Assessment>& checks) const;

    std::unique_ptr<Ui::ChecksPanel> m_ui;
    History& m_history;
    cc::Workspace& m_workspace;
    QString m_language;
    AssessmentListModel* m_model;
    CheckFilterModel* m_filter;
    bool m_reviewing = false;
};
