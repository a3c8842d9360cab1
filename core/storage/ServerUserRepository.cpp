// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ServerUserRepository.h"

#include "core/storage/PostgresHandle.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>

namespace cc::storage {

namespace {

QString scalarText(QSqlDatabase& db, const QString& sql, const QString& bound, const QString& operation)
{
    QSqlQuery q = prepareOrThrow(db, sql, operation);
    q.bindValue(QStringLiteral(":v"), bound);
    execOrThrow(q, operation);
    return q.next() ? q.value(0).toString() : QString();
}

void exec(QSqlDatabase& db, const QString& sql, const QString& operation)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw StorageError {sqlError(operation, q)};
}

} // namespace

bool ServerUserRepository::add(const User& user, const QString& password)
{
    const QString op = tr("adding the user %1").arg(user.name);
    const QString ident = scalarText(m_db, QStringLiteral("SELECT quote_ident(:v)"), user.name, op);
    const QString group =
        scalarText(m_db, QStringLiteral("SELECT quote_ident(current_database() || '_' || :v)"), user.role, op);
    const bool exists =
        !scalarText(m_db, QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname = :v"), user.name, op).isEmpty();
    if (!exists) {
        PGconn* handle = postgresHandle(m_db.driver());
        char* verifier = handle
            ? PQencryptPasswordConn(handle, password.toUtf8().constData(), user.name.toUtf8().constData(), nullptr)
            : nullptr;
        if (!verifier)
            throw StorageError {
                makeError(ErrorCode::Database, op + QStringLiteral(": ") + QString::fromUtf8(PQerrorMessage(handle)))};
        const QString literal = QStringLiteral("'") + QString::fromLatin1(verifier) + QStringLiteral("'");
        PQfreemem(verifier);
        exec(m_db, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2").arg(ident, literal), op);
    }
    // A new role replaces the old one.
    QSqlQuery held = prepareOrThrow(m_db,
                                    QStringLiteral("SELECT quote_ident(g.rolname) FROM pg_auth_members m"
                                                   " JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid ="
                                                   " m.member WHERE u.rolname = :user AND g.rolname IN (:a, :r, :p, :d)"
                                                   " AND g.rolname <> current_database() || '_' || :role"),
                                    op);
    held.bindValue(QStringLiteral(":user"), user.name);
    const QString database =
        scalarText(m_db, QStringLiteral("SELECT current_database() || :v"), QStringLiteral(""), op);
    held.bindValue(QStringLiteral(":a"), QString(database + QStringLiteral("_assessor")));
    held.bindValue(QStringLiteral(":r"), QString(database + QStringLiteral("_reviewer")));
    held.bindValue(QStringLiteral(":p"), QString(database + QStringLiteral("_planner")));
    held.bindValue(QStringLiteral(":d"), QString(database + QStringLiteral("_admin")));
    held.bindValue(QStringLiteral(":role"), user.role);
    execOrThrow(held, op);
    QStringList revoked;
    while (held.next())
        revoked << held.value(0).toString();
    for (const QString& other : revoked)
        exec(m_db, QStringLiteral("REVOKE %1 FROM %2").arg(other, ident), op);
    exec(m_db, QStringLiteral("GRANT %1 TO %2").arg(group, ident), op);
    // Only an admin adds users; one who is no longer an admin no longer may.
    exec(m_db,
         QStringLiteral("ALTER ROLE %1 %2")
             .arg(ident, user.role == u"admin" ? QStringLiteral("CREATEROLE") : QStringLiteral("NOCREATEROLE")),
         op);
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("INSERT INTO server_users (name, role, county, added_at, added_by)"
                                                " VALUES (:name, :role, :county, :at, :by) ON CONFLICT (name) DO UPDATE"
                                                " SET role = excluded.role, county = CASE WHEN :keep = 1 THEN"
                                                " server_users.county ELSE excluded.county END,"
                                                " added_at = excluded.added_at, added_by = excluded.added_by"),
                                 op);
    q.bindValue(QStringLiteral(":name"), user.name);
    q.bindValue(QStringLiteral(":role"), user.role);
    q.bindValue(QStringLiteral(":county"), notNull(user.county));
    q.bindValue(QStringLiteral(":keep"), user.county.isNull() ? 1 : 0);
    q.bindValue(QStringLiteral(":at"), user.addedAt);
    q.bindValue(QStringLiteral(":by"), user.addedBy);
    execOrThrow(q, op);
    return !exists;
}

std::vector<ServerUserRepository::User> ServerUserRepository::list()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, role, county, added_at, added_by FROM server_users ORDER BY name")))
        throw StorageError {sqlError(tr("listing the users"), q)};
    std::vector<User> out;
    while (q.next())
        out.push_back({q.value(0).toString(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       q.value(3).toString(),
                       q.value(4).toString()});
    return out;
}

} // namespace cc::storage
