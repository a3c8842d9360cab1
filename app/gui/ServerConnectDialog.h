// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ServerConnectDialog;
}

// File → Connect to server…: the county server's address and the user's password. The password is
// remembered for this run only (ServerPasswords), never saved; the address is (settings). The dialog
// stays open with the reason when the connection fails, so that a mistyped password is typed again.
class ServerConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    // `open` opens the address (postgresql://USER@HOST:PORT/DB) and says why not.
    ServerConnectDialog(QWidget* parent, std::function<cc::Result<void>(const QString& address)> open);
    ~ServerConnectDialog() override;

    // Shows the dialog; true when connected.
    static bool run(QWidget* parent, std::function<cc::Result<void>(const QString& address)> open);

    // For a server address the app was told to open (--db, the last one used) whose password it does
    // not have: asks for it and remembers it for this run. False when the user cancelled.
    static bool askPassword(QWidget* parent, const QString& address, const QString& why);

    void accept() override;

private:
    std::unique_ptr<Ui::ServerConnectDialog> m_ui;
    std::function<cc::Result<void>(const QString&)> m_connect;
};
