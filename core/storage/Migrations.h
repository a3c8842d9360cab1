// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace cc::storage {

// One statement of a schema step, written in SQLite's words (Dialect::schemaStatements() turns it
// into PostgreSQL's); `only` keeps a statement to one engine (what only one of them needs or has).
struct MigrationStatement
{
    enum class Only {
        Both,
        Sqlite,
        Postgres,
    };
    MigrationStatement(const char* statement) // NOLINT(google-explicit-constructor): a list of strings
        : sql(statement)
    { }
    MigrationStatement(Only engine, const char* statement)
        : only(engine)
        , sql(statement)
    { }
    Only only = Only::Both;
    const char* sql;
};

// One schema step: the statements that take the database from version - 1 to `version`.
// One statement per entry (QSQLITE runs only the first statement of a string).
struct Migration
{
    int version;
    std::vector<MigrationStatement> statements;
};

// The built-in steps, in order; the last one's version is the current schema.
const std::vector<Migration>& migrations();
int latestSchemaVersion();

} // namespace cc::storage
