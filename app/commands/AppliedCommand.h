// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QUndoCommand>

class ChangeHub;
class History;

// The base of every command in app/commands/. A command is built after its change was stored (the
// facade in Commands.h stores first, so a refused change never reaches the history): its first
// redo() only announces the change. A later undo() or redo() applies through the services; when
// the database refuses, the command marks itself obsolete, so QUndoStack drops it and the history
// never claims a change the database did not make, and the History tells the user.
class AppliedCommand : public QUndoCommand
{
public:
    AppliedCommand(History& history, const QString& text);

    void redo() final;
    void undo() final;
    // True for the steps of this check's entry screen (answers, photos): they retire with its
    // submission (History::retire).
    virtual bool concerns(const cc::AssessmentId& assessment) const;

protected:
    virtual cc::Result<void> applyUndo() = 0;
    virtual cc::Result<void> applyRedo() = 0;
    // Says on the hub what the views must re-read: after the push, and after every undo or redo
    // (a refused one too, so the views show what the database holds).
    virtual void announce(ChangeHub& changes) const = 0;

    History& history() { return m_history; }

private:
    void apply(bool undoing);

    History& m_history;
    bool m_stored = true; // the change was stored before the push
};
