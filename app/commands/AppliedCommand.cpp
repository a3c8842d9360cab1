// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/AppliedCommand.h"

#include "app/commands/History.h"

AppliedCommand::AppliedCommand(History& history, const QString& text)
    : QUndoCommand(text)
    , m_history(history)
{ }

bool AppliedCommand::concerns(const cc::AssessmentId&) const
{
    return false;
}

void AppliedCommand::redo()
{
    if (m_stored) { // stored by the facade before the push
        m_stored = false;
        announce(m_history.changes());
        return;
    }
    apply(false);
}

void AppliedCommand::undo()
{
    apply(true);
}

void AppliedCommand::apply(bool undoing)
{
    const cc::Result<void> applied = undoing ? applyUndo() : applyRedo();
    if (!applied) {
        setObsolete(true); // QUndoStack deletes the command once this returns
        m_history.reportRefusal(text(), undoing, applied.error());
    }
    announce(m_history.changes());
}
