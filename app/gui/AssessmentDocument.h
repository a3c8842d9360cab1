// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/services/AssessmentService.h"
#include "core/util/Result.h"

#include <QObject>

#include <memory>

namespace cc {
class Workspace;
}
class History;

// One open assessment and its latest score, recomputed from storage whenever the change hub says
// the check changed (the scoring engine is the only formula). Edits go through the database's one
// History (commands::setResponse) and are committed to SQLite before they return: there is no Save.
// The workflow steps (submit, return, approve, reopen, confirm carried-over values) go through here
// too, so every window on the check hears of them.
class AssessmentDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentDocument)

public:
    AssessmentDocument(History& history, const cc::AssessmentId& id, QObject* parent = nullptr);

    // Loads (or reloads) the assessment and its score; the error when it cannot.
    cc::Result<void> reload();
    // Re-reads at once when another program changed the database (History::catchUp): call it before
    // writing over what is shown. True when something had changed.
    bool catchUp();

    const cc::AssessmentId& id() const { return m_id; }
    const cc::ScoredAssessment& scored() const { return *m_scored; }
    bool isLoaded() const { return m_scored != nullptr; }
    // Takes answers: a draft or returned check that this person may change (on a county server, one
    // they are an assessor of).
    bool isEditable() const;
    History& history() { return m_history; }
    cc::Workspace& workspace();

    // The stored answer for an indicator: no value and not N/A when unanswered.
    cc::Response response(const QString& code) const;

    // Stores one answer (a response with neither value nor N/A clears it) as one step of the
    // history. What the store would refuse is refused before, so a refused value never costs the
    // redo history.
    cc::Result<void> setResponse(const cc::Response& response);

    // The workflow. A submission retires the check's steps from the undo history (a submitted check
    // is read-only; the audit trail keeps every change); the other steps stay.
    cc::Result<void> submit();
    cc::Result<void> returnForRevision(const QString& comment);
    cc::Result<void> approve();
    cc::Result<void> reopen(const QString& reason);
    cc::Result<void> confirmCarriedOver();
    // The day of the site visit, as one step of the history.
    cc::Result<void> setCheckDate(const QDate& date);

signals:
    void changed(); // answers, score or state changed
    void photosUpdated();
    void saved(const QString& indicatorCode);
    // A reload after a change failed: the document shows what it last read.
    void reloadFailed(const cc::Error& error);

private:
    void reloadOrReport();
    cc::Result<void> afterWorkflowStep(const cc::Result<void>& step);

    History& m_history;
    cc::AssessmentId m_id;
    std::unique_ptr<cc::ScoredAssessment> m_scored;
};
