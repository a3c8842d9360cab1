// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/TransactionGuard.h"
#include "core/util/Result.h"

#include <type_traits>

// How a service runs storage work: the one place that turns a StorageError into an Error and that
// begins, commits and rolls back. A service method is `return storage::inTransaction(m_db, [&] { … });`
// for writes and `return storage::reading([&] { … });` for reads.
namespace cc::storage {

namespace detail {

template <typename R>
struct ResultOf
{
    using type = Result<R>;
};
template <typename T>
struct ResultOf<Result<T>>
{
    using type = Result<T>;
};
template <>
struct ResultOf<void>
{
    using type = Result<void>;
};

template <typename R>
inline constexpr bool isResult = false;
template <typename T>
inline constexpr bool isResult<Result<T>> = true;

} // namespace detail

// What a body returning T, Result<T> or nothing becomes.
template <typename F>
using ResultFor = typename detail::ResultOf<std::invoke_result_t<F&>>::type;

// Runs `body` (reads, no transaction); a StorageError it throws becomes the returned Error.
template <typename F>
ResultFor<F> reading(F&& body)
{
    try {
        if constexpr (std::is_void_v<std::invoke_result_t<F&>>) {
            body();
            return {};
        } else {
            return body();
        }
    } catch (const StorageError& e) {
        return e.error;
    }
}

// Runs `body` in one write transaction (a savepoint inside an open one). It is committed when the
// body returns a value (or a Result holding one) and rolled back, leaving the database as it was,
// when the body returns an Error or throws StorageError; a failed commit is an Error too.
template <typename F>
ResultFor<F> inTransaction(QSqlDatabase& db, F&& body)
{
    using Returned = std::invoke_result_t<F&>;
    try {
        auto guard = TransactionGuard::begin(db);
        if (!guard)
            return guard.error();
        if constexpr (std::is_void_v<Returned>) {
            body();
            return guard->commit();
        } else {
            ResultFor<F> result = body();
            if constexpr (detail::isResult<Returned>) {
                if (!result)
                    return result; // the guard rolls back
            }
            if (auto committed = guard->commit(); !committed)
                return committed.error();
            return result;
        }
    } catch (const StorageError& e) {
        return e.error;
    }
}

template <typename F>
ResultFor<F> inTransaction(Database& db, F&& body)
{
    return inTransaction(db.connection(), std::forward<F>(body));
}

} // namespace cc::storage
