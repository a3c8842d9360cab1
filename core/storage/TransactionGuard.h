// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QSqlDatabase>

namespace cc::storage {

// RAII write transaction. The outermost guard on a connection begins with BEGIN IMMEDIATE (so a
// read-then-write transaction never fails with SQLITE_BUSY_SNAPSHOT when another process wrote
// meanwhile); a guard opened inside it becomes a SAVEPOINT, so a service method can run inside a
// larger all-or-nothing operation. Anything not committed is rolled back by the destructor.
class TransactionGuard final
{
public:
    static Result<TransactionGuard> begin(QSqlDatabase& db);
    TransactionGuard(TransactionGuard&& other) noexcept;
    TransactionGuard& operator=(TransactionGuard&&) = delete;
    TransactionGuard(const TransactionGuard&) = delete;
    ~TransactionGuard();

    Result<void> commit();

private:
    TransactionGuard(QSqlDatabase& db, int depth);
    QSqlDatabase* m_db;
    int m_depth; // 0: the transaction itself; n > 0: savepoint n
    bool m_open;
};

} // namespace cc::storage
