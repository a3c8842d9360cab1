// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cc::storage {

// The database engine behind a connection: an SQLite file (a laptop) or a PostgreSQL server (a county
// office). Everything that differs between the two is decided here or in the few places that ask
// engineOf(): the rest of core/storage writes one SQL for both.
//
// What is written once for both: standard types (TEXT, INTEGER, REAL, BLOB in the schema), upserts
// as `INSERT … ON CONFLICT … DO UPDATE/NOTHING`, new integer keys with `RETURNING id`, no rowid, no
// SQLite functions (date(), printf()), no `::` casts (Qt would take them for placeholders).
enum class Engine {
    Sqlite,
    Postgres,
};

class Dialect final
{
public:
    static Engine engineOf(const QSqlDatabase& db);

    // How a write transaction begins: SQLite takes the write lock at once (BEGIN IMMEDIATE), so that
    // two writers wait for each other instead of failing at their first write.
    static QString beginTransaction(Engine engine);

    // A schema statement of a migration, written in SQLite's words, as `engine` takes it: on
    // PostgreSQL REAL is DOUBLE PRECISION, BLOB is BYTEA, text compares by code point as in SQLite
    // (COLLATE "C"), an `id INTEGER PRIMARY KEY` is an identity column, and a trigger becomes its
    // function and the trigger calling it (two statements).
    static QStringList schemaStatements(Engine engine, const QString& sqliteStatement);

    // True when the connection has no open transaction (the engine ended it itself, as SQLite does on
    // a full disk and PostgreSQL when the connection was lost), so that a ROLLBACK would only fail.
    static bool inAutocommit(QSqlDatabase& db);
};

} // namespace cc::storage
