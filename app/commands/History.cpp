// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/History.h"

#include "app/commands/AppliedCommand.h"
#include "app/gui/ErrorPresenter.h"
#include "core/services/Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcApp) // defined beside ErrorPresenter

History::History(cc::Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_watch(new QTimer(this))
{
    connect(&m_stack, &QUndoStack::indexChanged, this, &History::stateChanged);
    QCoreApplication::instance()->installEventFilter(this);
    // Two windows (or two programs) on one file: each sees the other's changes within a second.
    (void)m_workspace.changedElsewhere(); // takes note of where the file stands
    m_watch->setInterval(1000);
    connect(m_watch, &QTimer::timeout, this, &History::catchUp);
    m_watch->start();
}

bool History::catchUp()
{
    auto changed = m_workspace.changedElsewhere();
    if (!changed) {
        qCWarning(lcApp) << "cannot tell whether the database changed elsewhere:" << changed.error().message;
        return false;
    }
    if (!*changed)
        return false;
    announceEverything();
    return true;
}

void History::announceEverything()
{
    emit m_changes.registerChanged();
    emit m_changes.setsChanged();
    emit m_changes.assessmentsChanged();
    emit m_changes.listsChanged();
    emit m_changes.projectsChanged();
    emit m_changes.plansChanged();
    emit m_changes.changedElsewhere();
}

History::~History() = default;

void History::push(AppliedCommand* command)
{
    m_stack.push(command); // its first redo() only says what changed
}

bool History::isRetired(int index) const
{
    return m_stack.command(index)->isObsolete();
}

int History::undoIndex() const
{
    for (int i = m_stack.index() - 1; i >= 0; --i) {
        if (!isRetired(i))
            return i;
    }
    return -1;
}

int History::redoIndex() const
{
    for (int i = m_stack.index(); i < m_stack.count(); ++i) {
        if (!isRetired(i))
            return i;
    }
    return -1;
}

bool History::canUndo() const
{
    return undoIndex() >= 0;
}

bool History::canRedo() const
{
    return redoIndex() >= 0;
}

QString History::undoText() const
{
    const int i = undoIndex();
    return i < 0 ? QString() : m_stack.text(i);
}

QString History::redoText() const
{
    const int i = redoIndex();
    return i < 0 ? QString() : m_stack.text(i);
}

void History::undo()
{
    // Retired steps on the way leave without a press of their own: QUndoStack deletes an obsolete
    // command instead of undoing it.
    while (m_stack.canUndo() && isRetired(m_stack.index() - 1))
        m_stack.undo();
    if (m_stack.canUndo())
        m_stack.undo();
    emit stateChanged(); // a refused step left without the stack saying so
}

void History::redo()
{
    while (m_stack.canRedo() && isRetired(m_stack.index()))
        m_stack.redo();
    if (m_stack.canRedo())
        m_stack.redo();
    emit stateChanged();
}

void History::retire(const cc::AssessmentId& assessment)
{
    for (int i = 0; i < m_stack.count(); ++i) {
        // The stack hands out its commands as const; they are ours (made non-const by the facade),
        // and marking one obsolete is how QUndoStack is told to drop it.
        auto* command = dynamic_cast<AppliedCommand*>(const_cast<QUndoCommand*>(m_stack.command(i)));
        if (command && command->concerns(assessment))
            command->setObsolete(true);
    }
    emit stateChanged();
}

void History::clear()
{
    m_stack.clear();
    emit stateChanged();
}

QAction* History::createUndoAction(QObject* parent)
{
    auto* action = new QAction(parent);
    action->setShortcuts(QKeySequence::Undo);
    connect(action, &QAction::triggered, this, &History::undo);
    const auto update = [this, action] {
        action->setEnabled(canUndo());
        action->setText(canUndo() ? tr("&Undo %1").arg(undoText()) : tr("&Undo"));
    };
    connect(this, &History::stateChanged, action, update);
    update();
    return action;
}

QAction* History::createRedoAction(QObject* parent)
{
    auto* action = new QAction(parent);
    action->setShortcuts(QKeySequence::Redo);
    connect(action, &QAction::triggered, this, &History::redo);
    const auto update = [this, action] {
        action->setEnabled(canRedo());
        action->setText(canRedo() ? tr("&Redo %1").arg(redoText()) : tr("&Redo"));
    };
    connect(this, &History::stateChanged, action, update);
    update();
    return action;
}

void History::connectButtons(QAbstractButton* undo, QAbstractButton* redo)
{
    connect(undo, &QAbstractButton::clicked, this, &History::undo);
    connect(redo, &QAbstractButton::clicked, this, &History::redo);
    const auto update = [this, undo, redo] {
        undo->setEnabled(canUndo());
        redo->setEnabled(canRedo());
        undo->setToolTip(canUndo() ? tr("Undo %1 (Ctrl+Z)").arg(undoText()) : QString());
        redo->setToolTip(canRedo() ? tr("Redo %1 (Ctrl+Y)").arg(redoText()) : QString());
    };
    connect(this, &History::stateChanged, undo, update);
    update();
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

bool History::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        emit stateChanged(); // the actions' and buttons' words
    return QObject::eventFilter(watched, event);
}

qint64 History::answerVersion(const cc::AssessmentId& assessment, const QString& indicatorCode) const
{
    return m_answerVersions.value(assessment.toString() + u'/' + indicatorCode, -1);
}

void History::setAnswerVersion(const cc::AssessmentId& assessment, const QString& indicatorCode, qint64 version)
{
    m_answerVersions.insert(assessment.toString() + u'/' + indicatorCode, version);
}
