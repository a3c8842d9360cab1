// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/History.h"

#include "app/commands/AppliedCommand.h"
#include "app/gui/ErrorPresenter.h"

#include <QAbstractButton>
#include <QApplication>

History::History(cc::Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{ }

void History::push(AppliedCommand* command)
{
    m_stack.push(command); // the first redo() only says what changed
}

void History::connectButtons(QAbstractButton* undo, QAbstractButton* redo)
{
    connect(undo, &QAbstractButton::clicked, &m_stack, &QUndoStack::undo);
    connect(redo, &QAbstractButton::clicked, &m_stack, &QUndoStack::redo);
    connect(&m_stack, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(&m_stack, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    connect(&m_stack, &QUndoStack::undoTextChanged, undo, [undo](const QString& text) {
        undo->setToolTip(text.isEmpty() ? QString() : tr("Undo %1 (Ctrl+Z)").arg(text));
    });
    connect(&m_stack, &QUndoStack::redoTextChanged, redo, [redo](const QString& text) {
        redo->setToolTip(text.isEmpty() ? QString() : tr("Redo %1 (Ctrl+Y)").arg(text));
    });
    undo->setEnabled(m_stack.canUndo());
    redo->setEnabled(m_stack.canRedo());
}

void History::reportRefusal(const QString& commandText, bool undoing, const cc::Error& error)
{
    cc::Error shown = error;
    shown.message =
        (undoing ? tr("Cannot undo \"%1\": %2") : tr("Cannot redo \"%1\": %2")).arg(commandText, error.message);
    shown.detail = tr("The database keeps the change as it is, and the step has left the undo history.")
        + (error.detail.isEmpty() ? QString() : u'\n' + error.detail);
    ErrorPresenter::show(QApplication::activeWindow(), shown, undoing ? tr("Undo") : tr("Redo"));
    emit refused(shown);
}
