// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ErrorPresenter.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApp, "cc.app")

std::optional<QMessageBox::StandardButton> ErrorPresenter::s_nextAnswer;
QString ErrorPresenter::s_lastMessage;

void ErrorPresenter::show(QWidget* parent, const cc::Error& error, const QString& title)
{
    s_lastMessage = error.message;
    qCWarning(lcApp).noquote() << error.message << error.detail;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        return;
    }
    QMessageBox box(
        QMessageBox::Warning, title.isEmpty() ? tr("CommunityCheck") : title, error.message, QMessageBox::Ok, parent);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

QMessageBox::StandardButton ErrorPresenter::ask(QWidget* parent,
                                                const QString& title,
                                                const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton)
{
    s_lastMessage = text;
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void ErrorPresenter::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString ErrorPresenter::lastMessage()
{
    return s_lastMessage;
}
