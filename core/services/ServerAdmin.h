// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

namespace cc {

namespace storage {
class Database;
}

// The county server's own work (CLI `server …`): its users and roles, and moving a county's SQLite
// file onto it. Only an admin of the server database does any of it; on a file every call says
// that it is for a server.
class ServerAdmin final
{
    Q_DECLARE_TR_FUNCTIONS(ServerAdmin)

public:
    ServerAdmin(storage::Database& db, const QString& userName);

    static QStringList roles(); // assessor, reviewer, planner, admin

    struct User
    {
        QString name;
        QString role;
        QString county;
        QString addedAt;
        QString addedBy;
    };
    struct AddedUser
    {
        User user;
        bool created = false; // a new login role (else an existing one got the role)
        QString password; // the new login role's first password (empty when it existed)
    };
    // Adds `name` with `role`, creating the login role with a random password when there is none. A
    // null `county` leaves an existing user's county as it was.
    Result<AddedUser> addUser(const QString& name, const QString& role, const QString& county);
    Result<std::vector<User>> users();

    struct ImportedTable
    {
        QString table;
        qint64 rows = 0;
        QString sha256;
    };
    // Moves the SQLite file `path` (with its photo file) into this server database, all or nothing;
    // each table verified by count and checksum before the commit. `progress` hears each table.
    Result<std::vector<ImportedTable>> importFile(const QString& path,
                                                  const std::function<void(const QString&, qint64)>& progress);

private:
    Result<void> requireAdmin() const;

    storage::Database& m_db;
    QString m_user;
};

} // namespace cc
