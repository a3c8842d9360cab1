// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QSqlQuery>

namespace cc::storage {

// Thrown inside core/storage only; every public entry point turns it into an Error.
struct StorageError
{
    Error error;
};

// The error for a failed prepare/exec: the operation plus SQLite's own text.
Error sqlError(const QString& operation, const QSqlQuery& query);

// Runs one statement that returns one value (a PRAGMA, a count): NULL when it returns no row.
Result<QVariant> scalarOf(QSqlDatabase& db, const QString& sql);

// Prepare and execute, or throw StorageError naming `operation`.
void execOrThrow(QSqlQuery& query, const QString& operation);
QSqlQuery prepareOrThrow(QSqlDatabase& db, const QString& sql, const QString& operation);

} // namespace cc::storage
