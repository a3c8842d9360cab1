// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace cc::storage {

// Moving a county's SQLite database (and its photo file) onto a server database: every row of
// every table, keys kept, in the caller's transaction on the server. Afterwards each table's rows
// are counted and hashed on both sides (SHA-256 over every value, in key order); any difference
// throws. Throws StorageError.
class ServerImport final
{
    Q_DECLARE_TR_FUNCTIONS(ServerImport)

public:
    struct Table
    {
        QString name; // as on the server (photostore.photo_blobs for the photo bytes)
        qint64 rows = 0;
        QByteArray sha256; // of the rows as read back from the server
    };

    // `source`: a connection to the SQLite file with its photo file attached (a Database's);
    // `target`: the server, in an open transaction, with the current schema. The server database
    // must hold nothing but what `server init` puts there (settings and indicator sets, which the
    // file's replace); anything else is refused.
    static std::vector<Table> copy(QSqlDatabase& source,
                                   QSqlDatabase& target,
                                   const std::function<void(const QString& table, qint64 rows)>& progress);
};

} // namespace cc::storage
