// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/DateFields.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QKeyEvent>

void DateFields::install(QApplication& app)
{
    if (app.findChild<DateFields*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app.installEventFilter(new DateFields(&app));
}

bool DateFields::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    auto* date = qobject_cast<QDateTimeEdit*>(watched);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
    const bool backward = key->key() == Qt::Key_Backtab || (key->key() == Qt::Key_Tab && !forward);
    if (!date || (!forward && !backward) || (key->modifiers() & Qt::ControlModifier))
        return false;
    // The next (or previous) field of the same window that takes Tab, past the date's own parts.
    QWidget* next = forward ? date->nextInFocusChain() : date->previousInFocusChain();
    while (next && next != date) {
        const bool takesTab = (next->focusPolicy() & Qt::TabFocus) && next->isVisible() && next->isEnabled()
            && !next->focusProxy() && !date->isAncestorOf(next) && next->window() == date->window();
        if (takesTab)
            break;
        next = forward ? next->nextInFocusChain() : next->previousInFocusChain();
    }
    if (!next || next == date)
        return false;
    next->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}
