// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QMessageBox>

#include <optional>

class QWidget;

// The one place where an Error becomes a message box (and a log line). Tests answer through
// setNextAnswer() instead of a real dialog.
class ErrorPresenter final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorPresenter)

public:
    static void show(QWidget* parent, const cc::Error& error, const QString& title = {});
    // Asks a question with the given buttons; returns the one chosen.
    static QMessageBox::StandardButton ask(QWidget* parent,
                                           const QString& title,
                                           const QString& text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);

    // Test seam: the next show()/ask() returns `answer` without opening a dialog.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last message presented (for tests and the log).
    static QString lastMessage();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastMessage;
};
