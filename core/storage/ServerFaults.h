// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"
#include "core/util/ServerAddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>

#include <optional>

namespace cc::storage {

// What a PostgreSQL server's refusals mean to a person: a wrong or missing password, a server that
// cannot be reached or went away, a role without the right, two users writing the same rows. The
// server's SQLSTATE decides; its own text follows as the detail.
class ServerFaults final
{
    Q_DECLARE_TR_FUNCTIONS(ServerFaults)

public:
    // Why connecting to `address` failed, from libpq's message.
    static Error connectError(const ServerAddress& address, const QString& text);
    // A failed statement of `operation`, when its SQLSTATE (or a lost connection) is one of the faults
    // above; nullopt otherwise (the caller then says "database error").
    static std::optional<Error>
    statementError(const QSqlDriver* driver, const QString& sqlState, const QString& operation, const QString& text);

    // Brings a connection that was lost back (the server restarted, the network came back): libpq
    // reconnects with the same parameters. False when the server is still unreachable.
    static bool reconnectIfLost(QSqlDatabase& db);
    static bool isConnected(QSqlDatabase& db);
    // The server process of the connection's session (another after a reconnect); 0 when none.
    static int sessionId(QSqlDatabase& db);
    // True while the connection has a transaction open (also a failed one, which awaits its ROLLBACK).
    static bool inTransaction(QSqlDatabase& db);
    // The notifications of other connections' commits received since the last call (see
    // Database::dataVersion()); reading them needs no event loop.
    static int takeForeignChanges(QSqlDatabase& db);
};

} // namespace cc::storage
