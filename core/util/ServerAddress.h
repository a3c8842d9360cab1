// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/util/Result.h"

namespace cc {

// Where a county server's database is: `postgresql://USER@HOST:PORT/DBNAME` (PORT defaults to 5432).
// A password is never part of it: libpq reads it from PGPASSFILE or ~/.pgpass, the GUI asks for it.
// Only `sslmode` may follow as a query (`?sslmode=require`).
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QString sslMode; // empty: libpq's default

    // True for what is meant as a server address (it starts with postgresql:// or postgres://),
    // whether or not it is a valid one: such a text is never taken for a file name.
    static bool isServerAddress(const QString& text);
    // The address, or an error that says what is wrong with the text (a password in it included).
    static Result<ServerAddress> parse(const QString& text);
    // The canonical form: postgresql://USER@HOST:PORT/DBNAME[?sslmode=…].
    QString toString() const;
};

} // namespace cc
