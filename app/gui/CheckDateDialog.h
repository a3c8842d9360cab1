// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui {
class CheckDateDialog;
}

// Asks for the day of a check's site visit (a draft or returned check's date can be corrected);
// nothing is stored here: the caller applies `date()` as an undoable step.
class CheckDateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckDateDialog)

public:
    CheckDateDialog(const QDate& current, QWidget* parent = nullptr);
    ~CheckDateDialog() override;

    QDate date() const;

private:
    std::unique_ptr<Ui::CheckDateDialog> m_ui;
};
