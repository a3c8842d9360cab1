// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ServerAdmin.h"

#include "core/storage/Database.h"
#include "core/storage/ServerImport.h"
#include "core/storage/ServerUserRepository.h"
#include "core/storage/SqlValues.h"
#include "core/storage/Transaction.h"
#include "core/util/ServerAddress.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace cc {

namespace {

// 16 letters and digits without look-alikes (0/O, 1/l/I): read out over the phone without doubt.
QString newPassword()
{
    static const QString alphabet = QStringLiteral("abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY23456789");
    QString out;
    for (int i = 0; i < 16; ++i)
        out += alphabet.at(static_cast<int>(QRandomGenerator::system()->bounded(alphabet.size())));
    return out;
}

} // namespace

ServerAdmin::ServerAdmin(storage::Database& db, const QString& userName)
    : m_db(db)
    , m_user(userName)
{ }

QStringList ServerAdmin::roles()
{
    return {QStringLiteral("assessor"), QStringLiteral("reviewer"), QStringLiteral("planner"), QStringLiteral("admin")};
}

Result<void> ServerAdmin::requireAdmin() const
{
    if (!m_db.isServer())
        return makeError(ErrorCode::InvalidInput,
                         tr("This is for a county server (--db postgresql://USER@HOST:PORT/DATABASE), not a file."));
    if (!m_db.access().administer)
        return makeError(ErrorCode::Denied,
                         tr("Only an admin of the server database does this; %1 is %2.")
                             .arg(m_db.access().user, m_db.access().roleName()));
    return {};
}

Result<ServerAdmin::AddedUser> ServerAdmin::addUser(const QString& name, const QString& role, const QString& county)
{
    if (auto allowed = requireAdmin(); !allowed)
        return allowed.error();
    if (!roles().contains(role))
        return makeError(ErrorCode::InvalidInput,
                         tr("Unknown role \"%1\": use %2.").arg(role, roles().join(QStringLiteral(", "))));
    // Letters (also Chinese), digits, _ . - ; the server's reserved pg_ names and the group roles excluded.
    static const QRegularExpression valid(QStringLiteral(R"(^[\p{L}_][\p{L}\p{N}_.\-]*$)"));
    const QString database = ServerAddress::parse(m_db.path())->database;
    if (!valid.match(name).hasMatch() || name.toUtf8().size() > 63 || name.startsWith(QStringLiteral("pg_"))
        || name.startsWith(database + u'_')) {
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" cannot be a user name: use letters, digits, _ . or - (starting with a letter, at "
                            "most 63 bytes), not beginning with pg_ or %2_.")
                             .arg(name, database));
    }
    AddedUser added;
    added.user = {name, role, county.isNull() ? QString() : county.trimmed(), storage::now(), m_user};
    const QString password = newPassword();
    auto created = storage::inTransaction(m_db.connection(), [&] {
        return storage::ServerUserRepository(m_db.connection())
            .add({name, role, added.user.county, added.user.addedAt, added.user.addedBy}, password);
    });
    if (!created)
        return created.error();
    added.created = *created;
    if (added.created)
        added.password = password;
    return added;
}

Result<std::vector<ServerAdmin::User>> ServerAdmin::users()
{
    if (!m_db.isServer())
        return makeError(ErrorCode::InvalidInput,
                         tr("This is for a county server (--db postgresql://USER@HOST:PORT/DATABASE), not a file."));
    return storage::reading([&] {
        std::vector<User> out;
        for (const auto& u : storage::ServerUserRepository(m_db.connection()).list())
            out.push_back({u.name, u.role, u.county, u.addedAt, u.addedBy});
        return out;
    });
}

Result<std::vector<ServerAdmin::ImportedTable>>
ServerAdmin::importFile(const QString& path, const std::function<void(const QString&, qint64)>& progress)
{
    if (auto allowed = requireAdmin(); !allowed)
        return allowed.error();
    // The file as it is, checked; one of an older schema is upgraded first, on the laptop.
    auto source = storage::Database::open(path, storage::Database::OpenMode::MustExist);
    if (!source)
        return source.error();
    if ((*source)->isServer())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is a server; `server import` takes an SQLite file.").arg((*source)->path()));
    return storage::inTransaction(m_db.connection(), [&] {
        std::vector<ImportedTable> out;
        for (const auto& table : storage::ServerImport::copy((*source)->connection(), m_db.connection(), progress))
            out.push_back({table.name, table.rows, QString::fromLatin1(table.sha256.toHex())});
        return out;
    });
}

} // namespace cc
