// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/ChangeHub.h"
#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

namespace cc {
class Workspace;
}
class AppliedCommand;
class QAbstractButton;
class QTimer;
class QAction;

// The one undo history of an open database. Every undoable change, whichever window made it (the
// entry screen, the lists, the projects, the plan), is one command on one QUndoStack, so Ctrl+Z
// anywhere takes back the last change to this database, and the Edit menus say which. Made anew
// with each database; the views get it from the main window and reach the services through it.
// Undo and redo go through this class (its actions and buttons), never the stack directly: it skips
// the steps that were retired and keeps every control true after a refusal.
// docs/architecture.md ("Undo") has the rules.
class History final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(History)

public:
    explicit History(cc::Workspace& workspace, QObject* parent = nullptr);
    ~History() override;

    cc::Workspace& workspace() { return m_workspace; }
    ChangeHub& changes() { return m_changes; }
    // For reading (tests, counts); undo and redo through undo() and redo().
    const QUndoStack& stack() const { return m_stack; }

    // Puts a command whose change is already stored on the stack; its first redo only says what
    // changed.
    void push(AppliedCommand* command);
    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;
    // The steps of one check leave the history when it is submitted: it is read-only, so they could
    // no longer be applied. Their changes stay (and are in the audit trail); every other step stays.
    void retire(const cc::AssessmentId& assessment);

    // The row version this history's own last write left on an answer, or -1 when it wrote none:
    // undo and redo write an answer only over that version, so a change another user made since is
    // a conflict, never overwritten (the answer commands keep it).
    qint64 answerVersion(const cc::AssessmentId& assessment, const QString& indicatorCode) const;
    void setAnswerVersion(const cc::AssessmentId& assessment, const QString& indicatorCode, qint64 version);
    // Forgets every step (a long-running writer that only wants its changes stored).
    void clear();

    // The Edit menu's Undo and Redo (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y), their text saying which step.
    QAction* createUndoAction(QObject* parent);
    QAction* createRedoAction(QObject* parent);
    // Undo and Redo buttons of a view: enabled when there is something to undo or redo, with the
    // step in their tooltips.
    void connectButtons(QAbstractButton* undo, QAbstractButton* redo);

    // Called by a command whose undo or redo the database refused: the command has marked itself
    // obsolete (QUndoStack drops it) and the user is told what failed, that the change stays, and
    // why.
    void reportRefusal(const QString& commandText, bool undoing, const cc::Error& error);

    // Every view reads again (the database changed in a way no single command says: another program,
    // a bundle import).
    void announceEverything();
    // Looks whether another program changed the database (SQLite's data_version) and, if so, says
    // so through changes() so that every view re-reads. Runs every second by itself; call it before
    // writing over something shown. True when something had changed.
    bool catchUp();

public slots:
    void undo();
    void redo();

signals:
    // What can be undone or redone changed: the actions and buttons follow it.
    void stateChanged();
    // After a refusal was reported (tests and the status bar follow it).
    void refused(const cc::Error& error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override; // the language switch

private:
    bool isRetired(int index) const;
    int undoIndex() const; // the step Ctrl+Z would take back, or -1
    int redoIndex() const;

    cc::Workspace& m_workspace;
    ChangeHub m_changes;
    QUndoStack m_stack;
    QTimer* m_watch; // catchUp() every second
    QHash<QString, qint64> m_answerVersions; // "assessment/indicator" → version
};
