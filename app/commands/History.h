// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/ChangeHub.h"
#include "core/util/Result.h"

#include <QObject>
#include <QUndoStack>

namespace cc {
class Workspace;
}
class AppliedCommand;
class QAbstractButton;

// The one undo history of an open database. Every undoable change, whichever window made it (the
// entry screen, the lists, the projects, the plan), is one command on one QUndoStack, so Ctrl+Z
// anywhere takes back the last change to this database, and the Edit menu says which. Made anew
// with each database; the views get it from the main window and reach the services through it.
// docs/architecture.md ("Undo") has the rules.
class History final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(History)

public:
    explicit History(cc::Workspace& workspace, QObject* parent = nullptr);

    cc::Workspace& workspace() { return m_workspace; }
    ChangeHub& changes() { return m_changes; }
    QUndoStack& stack() { return m_stack; }

    // Puts a command whose change is already stored on the stack (its first redo does nothing) and
    // says what changed.
    void push(AppliedCommand* command);
    void undo() { m_stack.undo(); }
    void redo() { m_stack.redo(); }
    // A milestone after which nothing before it can be undone (a check's submission): the audit
    // trail keeps what happened.
    void clear() { m_stack.clear(); }
    // Undo and Redo buttons of a view: they act on this history, are enabled when there is something
    // to undo or redo, and their tooltips say what.
    void connectButtons(QAbstractButton* undo, QAbstractButton* redo);

    // Called by a command whose undo or redo the database refused: the command has marked itself
    // obsolete (QUndoStack drops it) and the user is told what failed, that the change stays, and
    // why.
    void reportRefusal(const QString& commandText, bool undoing, const cc::Error& error);

signals:
    // After a refusal was reported (tests and the status bar follow it).
    void refused(const cc::Error& error);

private:
    cc::Workspace& m_workspace;
    ChangeHub m_changes;
    QUndoStack m_stack;
};
