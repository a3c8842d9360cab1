// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ServerFaults.h"

#include "core/storage/PostgresHandle.h"

#include <QSqlQuery>

namespace cc::storage {

namespace {

QString where(const ServerAddress& address)
{
    return QStringLiteral("%1:%2").arg(address.host).arg(address.port);
}

} // namespace

Error ServerFaults::connectError(const ServerAddress& a, const QString& text)
{
    const auto has = [&](const char* words) { return text.contains(QLatin1String(words), Qt::CaseInsensitive); };
    if (has("password authentication failed") || has("authentication failed")) {
        return makeError(ErrorCode::Password,
                         tr("The server at %1 refused the password of %2. Check the password (in ~/.pgpass, or "
                            "the one typed) and try again.")
                             .arg(where(a), a.user),
                         text);
    }
    if (has("no password supplied") || has("fe_sendauth")) {
        return makeError(ErrorCode::Password,
                         tr("The server at %1 needs the password of %2: put it in ~/.pgpass (see docs/server.md) or "
                            "connect from the app, which asks for it.")
                             .arg(where(a), a.user),
                         text);
    }
    if (has("does not exist") && has("database")) {
        return makeError(ErrorCode::NotFound,
                         tr("The server at %1 has no database %2. The county's administrator creates it "
                            "(docs/server.md).")
                             .arg(where(a), a.database),
                         text);
    }
    if (has("role") && has("does not exist")) {
        return makeError(ErrorCode::Denied,
                         tr("The server at %1 has no user %2. The county's administrator adds users with "
                            "`communitycheck-cli server user add`.")
                             .arg(where(a), a.user),
                         text);
    }
    if (has("no pg_hba.conf entry") || has("permission denied for database")) {
        return makeError(ErrorCode::Denied,
                         tr("The server at %1 does not let %2 connect to %3 from this computer. The county's "
                            "administrator can allow it (docs/server.md).")
                             .arg(where(a), a.user, a.database),
                         text);
    }
    return makeError(ErrorCode::Unreachable,
                     tr("Cannot reach the server at %1: it may be stopped, or the address or the network may be "
                        "wrong. Nothing was changed; try again when it is back.")
                         .arg(where(a)),
                     text);
}

std::optional<Error> ServerFaults::statementError(const QSqlDriver* driver,
                                                  const QString& state,
                                                  const QString& operation,
                                                  const QString& text)
{
    PGconn* handle = postgresHandle(driver);
    if (!handle || PQstatus(handle) != CONNECTION_OK || state.startsWith(QStringLiteral("08"))
        || state.startsWith(QStringLiteral("57P"))) {
        // Made again at once if the server can be reached (a cut connection, a restarted server), so
        // that the next step works; this one stays failed.
        if (handle && PQstatus(handle) != CONNECTION_OK) {
            PQreset(handle);
            if (PQstatus(handle) == CONNECTION_OK)
                PQclear(PQexec(handle, "SET client_min_messages = warning; LISTEN cc_changed"));
        }
        return makeError(ErrorCode::Unreachable,
                         tr("The connection to the server was lost (while %1); what was being saved was not saved. "
                            "The app connects again by itself when the server can be reached.")
                             .arg(operation),
                         text);
    }
    if (state == u"42501") {
        return makeError(ErrorCode::Denied,
                         tr("Your role on the server does not allow this (while %1); nothing was changed. Ask the "
                            "county's administrator if you need it.")
                             .arg(operation),
                         text);
    }
    if (state == u"40001" || state == u"40P01" || state == u"55P03") {
        return makeError(ErrorCode::Conflict,
                         tr("Another user was changing the same records at the same moment (while %1); nothing was "
                            "changed. Try again.")
                             .arg(operation),
                         text);
    }
    if (state == u"53100") {
        return makeError(ErrorCode::Io,
                         tr("The server's disk is full (while %1); nothing was changed. Tell the county's "
                            "administrator.")
                             .arg(operation),
                         text);
    }
    if (state == u"25006") {
        return makeError(
            ErrorCode::ReadOnly,
            tr("The server database is open for reading only (while %1); nothing was changed.").arg(operation),
            text);
    }
    return std::nullopt;
}

bool ServerFaults::reconnectIfLost(QSqlDatabase& db)
{
    PGconn* handle = postgresHandle(db.driver());
    if (!handle)
        return false;
    if (PQstatus(handle) == CONNECTION_OK)
        return true;
    PQreset(handle);
    if (PQstatus(handle) != CONNECTION_OK)
        return false;
    // A new session: what the old one was told is told again.
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SET client_min_messages = warning"))
        && query.exec(QStringLiteral("LISTEN cc_changed"));
}

bool ServerFaults::isConnected(QSqlDatabase& db)
{
    PGconn* handle = postgresHandle(db.driver());
    return handle && PQstatus(handle) == CONNECTION_OK;
}

int ServerFaults::sessionId(QSqlDatabase& db)
{
    PGconn* handle = postgresHandle(db.driver());
    return handle && PQstatus(handle) == CONNECTION_OK ? PQbackendPID(handle) : 0;
}

bool ServerFaults::inTransaction(QSqlDatabase& db)
{
    PGconn* handle = postgresHandle(db.driver());
    return handle && PQstatus(handle) == CONNECTION_OK && PQtransactionStatus(handle) != PQTRANS_IDLE;
}

int ServerFaults::takeForeignChanges(QSqlDatabase& db)
{
    PGconn* handle = postgresHandle(db.driver());
    if (!handle || PQconsumeInput(handle) == 0)
        return 0;
    int changes = 0;
    const int self = PQbackendPID(handle);
    while (PGnotify* notice = PQnotifies(handle)) {
        if (notice->be_pid != self)
            ++changes;
        PQfreemem(notice);
    }
    return changes;
}

} // namespace cc::storage
