// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ServerConnectDialog.h"

#include "app/common/Settings.h"
#include "core/util/ServerAddress.h"
#include "core/util/ServerPasswords.h"
#include "ui_ServerConnectDialog.h"

#include <QInputDialog>
#include <QPushButton>

ServerConnectDialog::ServerConnectDialog(QWidget* parent, std::function<cc::Result<void>(const QString& address)> open)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerConnectDialog>())
    , m_connect(std::move(open))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_ui->errorLabel->hide();
    // The last server's address, without its password.
    if (auto last = cc::ServerAddress::parse(settings::lastServer.value())) {
        m_ui->hostLineEdit->setText(last->host);
        m_ui->portSpinBox->setValue(last->port);
        m_ui->databaseLineEdit->setText(last->database);
        m_ui->userLineEdit->setText(last->user);
        m_ui->passwordLineEdit->setFocus();
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ServerConnectDialog::reject);
}

ServerConnectDialog::~ServerConnectDialog() = default;

bool ServerConnectDialog::run(QWidget* parent, std::function<cc::Result<void>(const QString& address)> open)
{
    ServerConnectDialog dialog(parent, std::move(open));
    return dialog.exec() == QDialog::Accepted;
}

void ServerConnectDialog::accept()
{
    cc::ServerAddress address;
    address.host = m_ui->hostLineEdit->text().trimmed();
    address.port = m_ui->portSpinBox->value();
    address.database = m_ui->databaseLineEdit->text().trimmed();
    address.user = m_ui->userLineEdit->text().trimmed();
    const auto checked = cc::ServerAddress::parse(address.toString());
    cc::Result<void> connected = checked ? cc::Result<void>() : cc::Result<void>(checked.error());
    if (checked) {
        const QString text = checked->toString();
        if (!m_ui->passwordLineEdit->text().isEmpty())
            cc::ServerPasswords::remember(text, m_ui->passwordLineEdit->text());
        connected = m_connect(text);
        if (connected)
            settings::lastServer.setValue(text);
        else
            cc::ServerPasswords::forget(text);
    }
    if (!connected) {
        m_ui->errorLabel->setText(connected.error().message);
        m_ui->errorLabel->show();
        m_ui->passwordLineEdit->selectAll();
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    QDialog::accept();
}

bool ServerConnectDialog::askPassword(QWidget* parent, const QString& address, const QString& why)
{
    bool ok = false;
    const auto parsed = cc::ServerAddress::parse(address);
    const QString password = QInputDialog::getText(
        parent,
        tr("Connect to the county server"),
        why + QStringLiteral("\n\n")
            + tr("Password of %1 at %2:").arg(parsed ? parsed->user : QString(), parsed ? parsed->host : address),
        QLineEdit::Password,
        QString(),
        &ok);
    if (!ok)
        return false;
    cc::ServerPasswords::remember(address, password);
    return true;
}
