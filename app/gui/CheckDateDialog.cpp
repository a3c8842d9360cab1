// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/CheckDateDialog.h"

#include "ui_CheckDateDialog.h"

CheckDateDialog::CheckDateDialog(const QDate& current, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CheckDateDialog>())
{
    m_ui->setupUi(this);
    // The range the service takes: from 2000 to a year ahead (a visit may be prepared for).
    m_ui->dateEdit->setDateRange(QDate(2000, 1, 1), QDate::currentDate().addYears(1));
    m_ui->dateEdit->setDate(current.isValid() ? current : QDate::currentDate());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CheckDateDialog::~CheckDateDialog() = default;

QDate CheckDateDialog::date() const
{
    return m_ui->dateEdit->date();
}
