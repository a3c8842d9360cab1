// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cc {

// The passwords typed into the app for county servers, kept in memory for this run only (never in
// settings or on disk), so that a reconnect or a worker's own connection needs no second prompt.
class ServerPasswords final
{
public:
    static void remember(const QString& address, const QString& password);
    static void forget(const QString& address);
    // Empty when none was typed: libpq then reads PGPASSFILE or ~/.pgpass.
    static QString forAddress(const QString& address);
};

} // namespace cc
