// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace cc::storage {

// The users of a server database: login roles that are members of one of the database's group
// roles (DB_assessor, DB_reviewer, DB_planner, DB_admin), and the list of whom `server user add`
// made. Assumes the caller's transaction; throws StorageError.
class ServerUserRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ServerUserRepository)

public:
    explicit ServerUserRepository(QSqlDatabase& db)
        : m_db(db)
    { }

    struct User
    {
        QString name;
        QString role;
        QString county; // null: an existing user keeps theirs
        QString addedAt;
        QString addedBy;
    };

    // Makes `name` a member of the role's group (an admin also may add users). A new login role
    // gets `password` (sent as a SCRAM verifier, never as text); an existing one keeps its own.
    // True when the login role was created.
    bool add(const User& user, const QString& password);
    std::vector<User> list();

private:
    QSqlDatabase& m_db;
};

} // namespace cc::storage
