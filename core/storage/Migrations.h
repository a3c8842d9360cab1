// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace cc::storage {

// One schema step: the statements that take the database from version - 1 to `version`.
// One statement per entry (QSQLITE runs only the first statement of a string).
struct Migration
{
    int version;
    std::vector<const char*> statements;
};

// The built-in steps, in order; the last one's version is the current schema.
const std::vector<Migration>& migrations();
int latestSchemaVersion();

} // namespace cc::storage
