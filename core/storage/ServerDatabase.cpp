// SPDX-License-Identifier: GPL-3.0-or-later
// The county server's side of Database: connecting to PostgreSQL and keeping its schema current.
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/ServerFaults.h"
#include "core/storage/SqlError.h"
#include "core/storage/TransactionGuard.h"
#include "core/util/Logging.h"
#include "core/util/ServerAddress.h"
#include "core/util/ServerPasswords.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cc::storage {

namespace {

constexpr char kApplicationName[] = "CommunityCheck";

} // namespace

Result<std::unique_ptr<Database>>
Database::openServer(const QString& text, OpenMode mode, const std::vector<Migration>& steps)
{
    auto address = ServerAddress::parse(text);
    if (!address)
        return address.error();
    const QString connectionName = QStringLiteral("cc-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(
        new Database(QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName), address->toString()));
    database->m_engine = Engine::Postgres;
    QSqlDatabase& db = database->m_db;
    if (!db.isValid()) {
        return makeError(ErrorCode::Database,
                         tr("The Qt PostgreSQL driver (QPSQL) is not available; install libqt6sql6-psql."));
    }
    db.setHostName(address->host);
    db.setPort(address->port);
    db.setUserName(address->user);
    db.setDatabaseName(address->database);
    // Never from the command line or settings: a password typed into the app for this session, else
    // libpq's own PGPASSFILE / ~/.pgpass.
    if (const QString password = ServerPasswords::forAddress(address->toString()); !password.isEmpty())
        db.setPassword(password);
    QString options = QStringLiteral("connect_timeout=10;application_name=communitycheck");
    if (!address->sslMode.isEmpty())
        options += QStringLiteral(";sslmode=") + address->sslMode;
    db.setConnectOptions(options);
    if (!db.open())
        return ServerFaults::connectError(*address, db.lastError().text());

    database->m_readOnly = mode == OpenMode::ReadOnly;
    QStringList session {QStringLiteral("SET client_min_messages = warning"), QStringLiteral("LISTEN cc_changed")};
    if (database->m_readOnly)
        session << QStringLiteral("SET default_transaction_read_only = on");
    for (const QString& sql : session) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return sqlError(sql, query);
    }
    const bool allowUpgrade = mode == OpenMode::CreateIfMissing || mode == OpenMode::Upgrade;
    if (auto migrated = database->migrateServer(steps, allowUpgrade); !migrated)
        return migrated.error();
    if (auto access = database->readAccess(); !access)
        return access.error();
    return database;
}

// The user's group roles (DB_assessor …); the owner of the schema and a superuser are admins.
Result<void> Database::readAccess()
{
    m_access.server = true;
    if (m_schemaVersion < 8) // a test's own steps: no roles yet
        return {};
    QSqlQuery q(m_db);
    const QString sql = QStringLiteral(
        "SELECT current_user, cc_has_role('assessor'), cc_has_role('reviewer'), cc_has_role('planner'),"
        " cc_has_role('admin') OR r.rolsuper OR pg_has_role(current_user, t.tableowner, 'MEMBER')"
        " FROM pg_catalog.pg_roles r, pg_catalog.pg_tables t"
        " WHERE r.rolname = current_user AND t.schemaname = current_schema() AND t.tablename = 'cc_schema'");
    if (!q.exec(sql) || !q.next())
        return sqlError(tr("reading your role on the server"), q);
    m_access.user = q.value(0).toString();
    m_access.administer = q.value(4).toBool();
    m_access.assess = q.value(1).toBool() || m_access.administer;
    m_access.review = q.value(2).toBool() || m_access.administer;
    m_access.plan = q.value(3).toBool() || m_access.administer;
    if (!m_access.assess && !m_access.review && !m_access.plan) {
        return makeError(ErrorCode::Denied,
                         tr("%1 has no role in the server database %2. The county's administrator gives one with "
                            "`communitycheck-cli server user add %1 --role …`.")
                             .arg(m_access.user, m_path));
    }
    return {};
}

// The schema version lives in cc_schema (one row); each step runs in one transaction under an advisory
// lock, so that two apps starting at once upgrade the server once.
Result<void> Database::migrateServer(const std::vector<Migration>& steps, bool allowUpgrade)
{
    auto readVersion = [this]() -> Result<std::optional<int>> {
        auto present = scalarOf(m_db, QStringLiteral("SELECT to_regclass('cc_schema') IS NOT NULL"));
        if (!present)
            return present.error();
        if (!present->toBool())
            return std::optional<int>();
        auto version = scalarOf(m_db,
                                QStringLiteral("SELECT version FROM cc_schema WHERE application = '%1'")
                                    .arg(QLatin1String(kApplicationName)));
        if (!version)
            return version.error();
        return std::optional<int>(version->isNull() ? 0 : version->toInt());
    };
    auto known = readVersion();
    if (!known)
        return known.error();
    const int latest = steps.empty() ? 0 : steps.back().version;
    const QString shown = m_path;
    // A database without cc_schema must be empty to become ours (checked again under the lock below:
    // another app may be making the schema right now).
    auto foreignTables = [&]() -> Result<void> {
        auto tables = scalarOf(m_db,
                               QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname NOT IN "
                                              "('pg_catalog', 'information_schema')"));
        if (!tables)
            return tables.error();
        if (tables->toInt() > 0) {
            return makeError(ErrorCode::NotADatabase,
                             tr("The server database %1 holds other tables: it is not a CommunityCheck database. "
                                "Nothing was changed.")
                                 .arg(shown));
        }
        return {};
    };
    if (!*known) {
        if (!allowUpgrade) {
            if (auto foreign = foreignTables(); !foreign)
                return foreign.error();
            return makeError(ErrorCode::NotFound,
                             tr("The server database %1 is empty. Create its schema first with "
                                "`communitycheck-cli --db %1 server init`.")
                                 .arg(shown));
        }
    }
    m_schemaVersion = known->value_or(0);
    if (m_schemaVersion > latest) {
        return makeError(ErrorCode::NewerSchema,
                         tr("The server database %1 was upgraded by a newer version of CommunityCheck (schema %2; "
                            "this version knows up to %3). Install the newer version on this computer to use it.")
                             .arg(shown)
                             .arg(m_schemaVersion)
                             .arg(latest));
    }
    if (m_schemaVersion == latest)
        return {};
    if (*known && !allowUpgrade) {
        return makeError(ErrorCode::OlderSchema,
                         tr("The server database %1 was made by an older version of CommunityCheck (schema %2; this "
                            "version uses %3). Upgrade it first with `communitycheck-cli --db %1 upgrade` after a "
                            "pg_dump backup (docs/server.md); nothing was changed.")
                             .arg(shown)
                             .arg(m_schemaVersion)
                             .arg(latest));
    }
    for (const Migration& step : steps) {
        if (step.version <= m_schemaVersion)
            continue;
        // The lock is the session's, taken before the transaction begins: a transaction that began
        // while another app was making the schema would not see its tables by name (PostgreSQL reads
        // other sessions' catalogue changes when a transaction begins).
        QSqlQuery lock(m_db);
        if (!lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kApplicationId)))
            return sqlError(tr("upgrading the schema to version %1").arg(step.version), lock);
        const std::unique_ptr<QSqlDatabase, void (*)(QSqlDatabase*)> unlock(&m_db, [](QSqlDatabase* db) {
            QSqlQuery release(*db);
            // A lost connection releases the lock with its session; anything else is worth a line.
            if (!release.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kApplicationId)))
                qCWarning(lcStorage) << "schema lock not released:" << release.lastError().text();
        });
        auto guard = TransactionGuard::begin(m_db);
        if (!guard)
            return guard.error();
        // Another app may have upgraded while this one waited for the lock: read the version again.
        auto current = readVersion();
        if (!current)
            return current.error();
        if (!*current) {
            if (auto foreign = foreignTables(); !foreign)
                return foreign.error();
            QSqlQuery create(m_db);
            if (!create.exec(QStringLiteral("CREATE TABLE cc_schema (application TEXT PRIMARY KEY, version INTEGER NOT "
                                            "NULL)")))
                return sqlError(tr("upgrading the schema to version %1").arg(step.version), create);
        }
        if (current->value_or(0) >= step.version) {
            m_schemaVersion = current->value_or(0);
            continue; // the guard ends the empty transaction, the lock goes
        }
        if (auto ran = runStep(step); !ran)
            return ran.error();
        QSqlQuery record(m_db);
        record.prepare(QStringLiteral("INSERT INTO cc_schema (application, version) VALUES (:a, :v) ON CONFLICT "
                                      "(application) DO UPDATE SET version = excluded.version"));
        record.bindValue(QStringLiteral(":a"), QString::fromLatin1(kApplicationName));
        record.bindValue(QStringLiteral(":v"), step.version);
        if (!record.exec())
            return sqlError(tr("upgrading the schema to version %1").arg(step.version), record);
        if (auto committed = guard->commit(); !committed)
            return committed.error();
        m_schemaVersion = step.version;
        qCInfo(lcStorage) << "server schema upgraded to" << step.version;
    }
    return {};
}

} // namespace cc::storage
