// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace cc::storage {

// libpq's connection behind a QPSQL connection, for what Qt does not offer (its transaction state,
// notifications without an event loop, cursors and COPY); nullptr for another driver.
inline PGconn* postgresHandle(const QSqlDriver* driver)
{
    if (!driver)
        return nullptr;
    const QVariant v = driver->handle();
    // Qt names the type after libpq's struct (pg_conn*), or after its typedef.
    if (!v.isValid() || (qstrcmp(v.typeName(), "pg_conn*") != 0 && qstrcmp(v.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(v.constData());
}

} // namespace cc::storage
