// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/TransactionGuard.h"

#include "core/storage/Dialect.h"
#include "core/storage/ServerFaults.h"
#include "core/storage/SqlError.h"
#include "core/util/Logging.h"

#include <QHash>
#include <QSqlQuery>

namespace cc::storage {

namespace {

// Open guards per connection. A connection is used by the thread that opened it only, so each
// thread keeps its own (threads opening connections at once never share a map).
QHash<QString, int>& depths()
{
    thread_local QHash<QString, int> map;
    return map;
}

QString savepointName(int depth)
{
    return QStringLiteral("cc_sp_") + QString::number(depth);
}

} // namespace

TransactionGuard::TransactionGuard(QSqlDatabase& db, int depth)
    : m_db(&db)
    , m_depth(depth)
    , m_open(true)
{ }

TransactionGuard::TransactionGuard(TransactionGuard&& other) noexcept
    : m_db(other.m_db)
    , m_depth(other.m_depth)
    , m_open(other.m_open)
{
    other.m_open = false;
}

Result<TransactionGuard> TransactionGuard::begin(QSqlDatabase& db)
{
    const int depth = depths().value(db.connectionName(), 0);
    const Engine engine = Dialect::engineOf(db);
    // A server connection lost since the last transaction (the server restarted, the network came
    // back) is made again first; if the server is still away, BEGIN fails and says so.
    if (depth == 0 && engine == Engine::Postgres)
        ServerFaults::reconnectIfLost(db);
    const QString sql =
        depth == 0 ? Dialect::beginTransaction(engine) : QStringLiteral("SAVEPOINT ") + savepointName(depth);
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(sql, query);
    depths()[db.connectionName()] = depth + 1;
    return TransactionGuard(db, depth);
}

Result<void> TransactionGuard::commit()
{
    const QString sql = m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepointName(m_depth);
    QSqlQuery query(*m_db);
    if (!query.exec(sql))
        return sqlError(sql, query);
    m_open = false;
    depths()[m_db->connectionName()] = m_depth;
    return {};
}

TransactionGuard::~TransactionGuard()
{
    if (!m_open)
        return;
    // SQLite rolls a transaction back itself on some errors (a full disk), a lost server connection
    // takes its transaction with it: nothing is left to undo.
    if (Dialect::inAutocommit(*m_db)) {
        depths()[m_db->connectionName()] = m_depth;
        return;
    }
    QSqlQuery query(*m_db);
    if (m_depth == 0) {
        if (!query.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcStorage) << "rollback failed:" << sqlError(QStringLiteral("ROLLBACK"), query).message;
    } else {
        const QString name = savepointName(m_depth);
        if (!query.exec(QStringLiteral("ROLLBACK TO ") + name) || !query.exec(QStringLiteral("RELEASE ") + name))
            qCWarning(lcStorage) << "rollback to savepoint failed:" << sqlError(name, query).message;
    }
    depths()[m_db->connectionName()] = m_depth;
}

} // namespace cc::storage
