// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqlError.h"

#include "core/storage/Dialect.h"
#include "core/storage/ServerFaults.h"
#include "core/storage/SqliteFaults.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace cc::storage {

namespace {
class SqlErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static QString format(const QString& operation, const QString& text)
    {
        return tr("Database error while %1: %2").arg(operation, text);
    }
};
} // namespace

Error sqlError(const QString& operation, const QSqlQuery& query)
{
    const QString text = query.lastError().text();
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        // The connection's own QSqlDatabase is not reachable from the query: its driver is.
        if (auto fault =
                ServerFaults::statementError(query.driver(), query.lastError().nativeErrorCode(), operation, text))
            return *fault;
        return makeError(ErrorCode::Database, SqlErrorText::format(operation, text));
    }
    const int code = SqliteFaults::primaryCode(query.lastError().nativeErrorCode());
    if (const QString fault = SqliteFaults::faultMessage(code, operation, text); !fault.isEmpty())
        return makeError(SqliteFaults::errorCodeOf(code), fault, text);
    return makeError(SqliteFaults::errorCodeOf(code), SqlErrorText::format(operation, text));
}

Result<QVariant> scalarOf(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(sql, query);
    if (!query.next())
        return QVariant();
    return query.value(0);
}

void execOrThrow(QSqlQuery& query, const QString& operation)
{
    if (!query.exec())
        throw StorageError {sqlError(operation, query)};
}

QSqlQuery prepareOrThrow(QSqlDatabase& db, const QString& sql, const QString& operation)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw StorageError {sqlError(operation, query)};
    return query;
}

} // namespace cc::storage
