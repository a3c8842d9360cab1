// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/services/AssessmentService.h"
#include "core/util/Result.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace cc {
class Workspace;
}

// One open assessment: its undo stack and the latest score, recomputed from storage after every
// change (the scoring engine is the only formula). Every edit goes through a command on the stack
// and is committed to SQLite before the command returns: there is no Save.
class AssessmentDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentDocument)

public:
    AssessmentDocument(cc::Workspace& workspace, const cc::AssessmentId& id, QObject* parent = nullptr);

    // Loads (or reloads) the assessment and its score; false with the error when it cannot.
    cc::Result<void> reload();

    const cc::AssessmentId& id() const { return m_id; }
    const cc::ScoredAssessment& scored() const { return *m_scored; }
    bool isLoaded() const { return m_scored != nullptr; }
    bool isEditable() const { return m_scored && m_scored->assessment.isEditable(); }
    cc::Workspace& workspace() { return m_workspace; }
    QUndoStack& undoStack() { return m_undoStack; }

    // The stored answer for an indicator: no value and not N/A when unanswered.
    cc::Response response(const QString& code) const;

    // Stores one answer (a response with neither value nor N/A clears it) and, once it is stored,
    // pushes the undoable step. Returns the error when the store refused it; the stack is untouched.
    cc::Result<void> setResponse(const cc::Response& response);

    // Used by the commands: stores without touching the stack, then reloads.
    cc::Result<void> store(const cc::Response& response);

    // Called by the photo commands after a change; reloads (the photo rule of submission depends on it).
    void photosChanged();

signals:
    void changed(); // answers, score or state changed
    void photosUpdated();
    void saved(const QString& indicatorCode);

private:
    cc::Workspace& m_workspace;
    cc::AssessmentId m_id;
    QUndoStack m_undoStack;
    std::unique_ptr<cc::ScoredAssessment> m_scored;
};
