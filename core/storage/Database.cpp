// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/storage/Migrations.h"
#include "core/storage/ServerFaults.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqliteFaults.h"
#include "core/storage/TransactionGuard.h"
#include "core/util/Logging.h"
#include "core/util/ServerAddress.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <unistd.h>

namespace cc::storage {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";

// `PRAGMA quick_check` of the main database of `db`, with what a person needs to know when it fails.
Result<void> quickCheck(QSqlDatabase& db, const QString& path)
{
    QSqlQuery checkQuery(db);
    if (!checkQuery.exec(QStringLiteral("PRAGMA quick_check"))) {
        // SQLite refused the file: SQLITE_NOTADB (26) for a foreign file, otherwise damage.
        const QString text = checkQuery.lastError().text();
        const int code = SqliteFaults::primaryCode(checkQuery.lastError().nativeErrorCode());
        if (SqliteFaults::errorCodeOf(code) == ErrorCode::NotADatabase)
            return makeError(
                ErrorCode::NotADatabase,
                Database::tr("%1 is not a CommunityCheck database (%2).").arg(QDir::toNativeSeparators(path), text));
        // A full disk, a read-only or vanished drive, a lock: said as such; only damage is damage.
        if (const QString fault =
                SqliteFaults::faultMessage(code, Database::tr("checking %1").arg(QDir::toNativeSeparators(path)), text);
            !fault.isEmpty())
            return makeError(ErrorCode::Io, fault, text);
        return makeError(
            ErrorCode::Corrupt,
            Database::tr("%1 is damaged and cannot be read. Open a backup (%2.bak-*) or another database; the "
                         "file was not changed.")
                .arg(QDir::toNativeSeparators(path), QFileInfo(path).fileName()),
            text);
    }
    const std::optional<QVariant> check = checkQuery.next() ? std::optional(checkQuery.value(0)) : std::nullopt;
    if (!check)
        return makeError(ErrorCode::Corrupt,
                         Database::tr("%1 did not answer its integrity check.").arg(QDir::toNativeSeparators(path)));
    if (check->toString() != u"ok") {
        return makeError(
            ErrorCode::Corrupt,
            Database::tr("%1 failed its integrity check. Open a backup (%2.bak-*) or another database; the file was "
                         "not changed.")
                .arg(QDir::toNativeSeparators(path), QFileInfo(path).fileName()),
            check->toString());
    }
    return {};
}

// `PRAGMA photostore.quick_check` of the photo file attached to `db`.
Result<void> quickCheckPhotos(QSqlDatabase& db, const QString& path)
{
    auto checked = scalarOf(db, QStringLiteral("PRAGMA photostore.quick_check"));
    if (!checked || checked->toString() != u"ok") {
        return makeError(
            ErrorCode::Corrupt,
            Database::tr(
                "The photo file %1 failed its integrity check; the records are intact, but photos may not show.")
                .arg(QDir::toNativeSeparators(path)),
            checked ? checked->toString() : checked.error().message);
    }
    return {};
}

// A read-only, immutable URI for a file (QSQLITE_OPEN_URI): nothing is written or created beside it.
QString immutableUri(const QString& path)
{
    return QStringLiteral("file:")
        + QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/"))
        + QStringLiteral("?mode=ro&immutable=1");
}

} // namespace

Database::Database(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_connectionName(m_db.connectionName())
{ }

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    return open(path, mode, migrations());
}

Result<std::unique_ptr<Database>>
Database::open(const QString& path, OpenMode mode, const std::vector<Migration>& steps)
{
    if (ServerAddress::isServerAddress(path))
        return openServer(path, mode, steps);
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (!existed && mode != OpenMode::CreateIfMissing && mode != OpenMode::CreateIfMissingCheckLater) {
        return makeError(ErrorCode::NotFound,
                         tr("The database %1 does not exist (create it with `communitycheck-cli init`).")
                             .arg(QDir::toNativeSeparators(path)));
    }
    if (existed) {
        if (info.isDir())
            return makeError(ErrorCode::NotADatabase,
                             tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io,
                             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && !header.startsWith(QByteArray(kSqliteMagic))) {
            return makeError(ErrorCode::NotADatabase,
                             tr("%1 is not a CommunityCheck database (it is not an SQLite file).")
                                 .arg(QDir::toNativeSeparators(path)));
        }
        // SQLite writes its log beside the file (-wal, -shm): a read-only file, folder or drive is
        // said before anything is created there, not found out later as "cannot open".
        if (mode != OpenMode::ReadOnly && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
            return makeError(ErrorCode::ReadOnly,
                             tr("%1 is read-only (the file, its folder or the drive): CommunityCheck writes every "
                                "change at once and cannot work on it. Copy it to a folder you can write to.")
                                 .arg(QDir::toNativeSeparators(path)));
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        return makeError(ErrorCode::Io,
                         tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    const QString connectionName = QStringLiteral("cc-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // No other QSqlDatabase handle may outlive the Database, or removeDatabase() complains.
    std::unique_ptr<Database> database(
        new Database(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName), path));
    if (!database->m_db.isValid()) {
        return makeError(ErrorCode::Database,
                         tr("The Qt SQLite driver (QSQLITE) is not available; install libqt6sql6-sqlite."));
    }
    database->m_readOnly = mode == OpenMode::ReadOnly;
    // Immutable reading ignores a write-ahead log: one with content holds work not yet in the file, which
    // a read-only view would silently leave out.
    if (database->m_readOnly && QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return makeError(ErrorCode::ReadOnly,
                         tr("%1 has changes not yet written into it (%2-wal) and cannot be shown read-only: open "
                            "it once where it can be written, or copy it with its -wal file to such a folder.")
                             .arg(QDir::toNativeSeparators(path), QFileInfo(path).fileName()));
    // Read-only: immutable, so that SQLite neither writes nor creates anything beside the file (a
    // write-ahead log cannot be read on a read-only medium otherwise).
    database->m_db.setDatabaseName(database->m_readOnly ? immutableUri(path) : path);
    // URI file names (only names that begin with "file:") so that a bundle is attached read-only.
    database->m_db.setConnectOptions(database->m_readOnly ? QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY")
                                                          : QStringLiteral("QSQLITE_OPEN_URI"));
    if (!database->m_db.open()) {
        return makeError(
            ErrorCode::Database,
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), database->m_db.lastError().text()));
    }
    // A writer that finds the file locked by another program waits (and says so) instead of failing
    // after a few seconds with "database is locked".
    SqliteFaults::installBusyWait(database->m_db);

    // The GUI checks the file in the background once its window is up (verify()), unless an upgrade
    // is due: a damaged file is never upgraded.
    const bool allowUpgrade = mode == OpenMode::CreateIfMissing || mode == OpenMode::Upgrade;
    bool checkNow = existed && mode != OpenMode::MustExistChecked && mode != OpenMode::ReadOnly;
    if (checkNow && mode == OpenMode::CreateIfMissingCheckLater)
        checkNow = false; // an older schema is refused below, before anything is written
    if (checkNow) {
        if (auto checked = quickCheck(database->m_db, path); !checked)
            return checked.error();
    }

    if (auto configured = database->configure(); !configured)
        return configured.error();
    if (auto migrated = database->migrate(steps, allowUpgrade); !migrated)
        return migrated.error();
    if (auto attached = database->attachPhotoStore(checkNow || !existed); !attached)
        return attached.error();
    return database;
}

Result<void> Database::configure()
{
    // foreign_keys is per connection and ignored inside a transaction, so it comes first. A 32 MB page
    // cache (SQLite's default is 2 MB) keeps a large transaction (a province's demo, a bundle, a ledger
    // of thousands of entries) from spilling pages to the WAL before it commits.
    for (const auto* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL", "PRAGMA cache_size = -32768"}) {
        QSqlQuery query(m_db);
        if (!query.exec(QString::fromLatin1(pragma)))
            return sqlError(QString::fromLatin1(pragma), query);
    }
    if (m_readOnly)
        return {}; // the journal mode is the file's; nothing may be written
    auto mode = scalarOf(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (mode->toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        return makeError(ErrorCode::Database,
                         tr("Cannot switch %1 to write-ahead logging (journal mode is \"%2\").")
                             .arg(QDir::toNativeSeparators(m_path), mode->toString()));
    }
    return {};
}

Result<void> Database::migrate(const std::vector<Migration>& steps, bool allowUpgrade)
{
    auto appId = scalarOf(m_db, QStringLiteral("PRAGMA application_id"));
    auto version = scalarOf(m_db, QStringLiteral("PRAGMA user_version"));
    auto tables = scalarOf(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!appId)
        return appId.error();
    if (!version)
        return version.error();
    if (!tables)
        return tables.error();
    m_schemaVersion = version->toInt();
    const bool empty = appId->toInt() == 0 && m_schemaVersion == 0 && tables->toInt() == 0;
    if (!empty && appId->toInt() != kApplicationId) {
        return makeError(
            ErrorCode::NotADatabase,
            tr("%1 is an SQLite file but not a CommunityCheck database.").arg(QDir::toNativeSeparators(m_path)));
    }
    const int latest = steps.empty() ? 0 : steps.back().version;
    if (m_schemaVersion > latest) {
        return makeError(ErrorCode::NewerSchema,
                         tr("%1 was created by a newer version of CommunityCheck (schema %2; this version knows up to "
                            "%3). Install the newer version to open it.")
                             .arg(QDir::toNativeSeparators(m_path))
                             .arg(m_schemaVersion)
                             .arg(latest));
    }
    if (m_schemaVersion == latest)
        return {};
    if (!empty && !allowUpgrade) {
        return makeError(ErrorCode::OlderSchema,
                         tr("%1 was made by an older version of CommunityCheck (schema %2; this version uses %3). "
                            "Upgrade it first with `communitycheck-cli upgrade` (a complete backup is made "
                            "first); nothing was changed.")
                             .arg(QDir::toNativeSeparators(m_path))
                             .arg(m_schemaVersion)
                             .arg(latest));
    }

    if (m_schemaVersion > 0) {
        QString backup = m_path + QStringLiteral(".bak-v") + QString::number(m_schemaVersion);
        if (QFileInfo::exists(backup))
            backup += u'-' + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        if (auto copied = backupBeforeUpgrade(backup); !copied)
            return copied.error();
        m_backupPath = backup;
        qCInfo(lcStorage) << "backed up schema" << m_schemaVersion << "to" << backup;
    }

    for (const Migration& step : steps) {
        if (step.version <= m_schemaVersion)
            continue;
        auto guard = TransactionGuard::begin(m_db);
        if (!guard)
            return guard.error();
        if (auto ran = runStep(step); !ran)
            return ran.error(); // the guard rolls the whole step back
        // Both pragmas write the file header inside the transaction: they commit or roll back with the step.
        for (const QString& pragma : {QStringLiteral("PRAGMA user_version = %1").arg(step.version),
                                      QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)}) {
            QSqlQuery query(m_db);
            if (!query.exec(pragma))
                return sqlError(pragma, query);
        }
        if (auto committed = guard->commit(); !committed)
            return committed.error();
        m_schemaVersion = step.version;
        qCInfo(lcStorage) << "schema upgraded to" << step.version;
    }
    return {};
}

Result<void> Database::runStep(const Migration& step)
{
    const auto skipped =
        m_engine == Engine::Sqlite ? MigrationStatement::Only::Postgres : MigrationStatement::Only::Sqlite;
    for (const MigrationStatement& statement : step.statements) {
        if (statement.only == skipped)
            continue;
        for (const QString& sql : Dialect::schemaStatements(m_engine, QString::fromUtf8(statement.sql))) {
            QSqlQuery query(m_db);
            if (!query.exec(sql)) {
                Error error = sqlError(tr("upgrading the schema to version %1").arg(step.version), query);
                error.detail = sql;
                return error;
            }
        }
    }
    return {};
}

QString Database::photoStorePath() const
{
    return photoStorePathOf(m_path);
}

QString Database::photoStorePathOf(const QString& path)
{
    QString base = path;
    if (base.endsWith(QStringLiteral(".sqlite")))
        base.chop(7);
    return base + QStringLiteral(".photos.sqlite");
}

Result<void> Database::attachPhotoStore(bool check)
{
    const QString path = photoStorePath();
    if (m_readOnly) {
        // The photo file as it is, or an empty store in memory when there is none.
        const bool present = QFileInfo(path).size() > 0;
        QSqlQuery attach(m_db);
        attach.prepare(QStringLiteral("ATTACH DATABASE :path AS photostore"));
        attach.bindValue(QStringLiteral(":path"), present ? immutableUri(path) : QStringLiteral(":memory:"));
        if (!attach.exec())
            return makeError(
                ErrorCode::Database,
                tr("Cannot open the photo file %1: %2").arg(QDir::toNativeSeparators(path), attach.lastError().text()));
        if (present)
            return {};
        QSqlQuery create(m_db);
        if (!create.exec(QStringLiteral("CREATE TABLE photostore.photo_blobs (sha256 TEXT PRIMARY KEY, image BLOB "
                                        "NOT NULL, thumbnail BLOB NOT NULL, created_at TEXT NOT NULL)")))
            return sqlError(QStringLiteral("CREATE TABLE photostore.photo_blobs"), create);
        return {};
    }
    // An empty file is a photo store nobody finished creating (a process killed during the very first
    // open): it holds nothing, so it is made now like a missing one instead of refusing every open.
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !file.read(16).startsWith(QByteArray(kSqliteMagic))) {
            return makeError(ErrorCode::NotADatabase,
                             tr("The photo file %1 next to the database is not a CommunityCheck photo store.")
                                 .arg(QDir::toNativeSeparators(path)));
        }
    }
    QSqlQuery attach(m_db);
    if (!attach.prepare(QStringLiteral("ATTACH DATABASE :path AS photostore")))
        return sqlError(QStringLiteral("ATTACH"), attach);
    attach.bindValue(QStringLiteral(":path"), path);
    if (!attach.exec())
        return makeError(
            ErrorCode::Database,
            tr("Cannot open the photo file %1: %2").arg(QDir::toNativeSeparators(path), attach.lastError().text()));
    if (check) {
        if (auto checked = quickCheckPhotos(m_db, path); !checked)
            return checked.error();
    }
    auto mode = scalarOf(m_db, QStringLiteral("PRAGMA photostore.journal_mode = WAL"));
    if (!mode)
        return mode.error();
    auto appId = scalarOf(m_db, QStringLiteral("PRAGMA photostore.application_id"));
    auto version = scalarOf(m_db, QStringLiteral("PRAGMA photostore.user_version"));
    if (!appId)
        return appId.error();
    if (!version)
        return version.error();
    if (version->toInt() > 1)
        return makeError(ErrorCode::NewerSchema,
                         tr("The photo file %1 was created by a newer version of CommunityCheck.")
                             .arg(QDir::toNativeSeparators(path)));
    if (version->toInt() == 1) {
        if (appId->toInt() != kPhotoStoreApplicationId)
            return makeError(ErrorCode::NotADatabase,
                             tr("The photo file %1 next to the database is not a CommunityCheck photo store.")
                                 .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    // A new photo store: one table of content-addressed bytes.
    auto guard = TransactionGuard::begin(m_db);
    if (!guard)
        return guard.error();
    for (const QString& sql : {QStringLiteral("CREATE TABLE photostore.photo_blobs ("
                                              " sha256 TEXT PRIMARY KEY,"
                                              " image BLOB NOT NULL,"
                                              " thumbnail BLOB NOT NULL,"
                                              " created_at TEXT NOT NULL)"),
                               QStringLiteral("PRAGMA photostore.user_version = 1"),
                               QStringLiteral("PRAGMA photostore.application_id = %1").arg(kPhotoStoreApplicationId)}) {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return sqlError(sql, q);
    }
    return guard->commit();
}

Result<qint64> Database::dataVersion()
{
    if (m_engine == Engine::Postgres) {
        // Other connections' commits arrive as notifications (LISTEN cc_changed, sent by statement
        // triggers). A lost connection is tried again at most every 30 s from here (this is asked every
        // second by the window, which must not wait on a network each time); a new session may have
        // missed notifications, so it counts as a change.
        if (!ServerFaults::isConnected(m_db)) {
            if (m_reconnectClock.isValid() && m_reconnectClock.elapsed() < 30000)
                return ServerFaults::connectError(*ServerAddress::parse(m_path), m_db.lastError().text());
            m_reconnectClock.start();
            if (!ServerFaults::reconnectIfLost(m_db))
                return ServerFaults::connectError(*ServerAddress::parse(m_path), m_db.lastError().text());
        }
        if (const int session = ServerFaults::sessionId(m_db); session != m_session) {
            if (m_session != 0)
                ++m_foreignChanges;
            m_session = session;
        }
        m_foreignChanges += ServerFaults::takeForeignChanges(m_db);
        return m_foreignChanges;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return sqlError(QStringLiteral("PRAGMA data_version"), query);
    return query.value(0).toLongLong();
}

Result<void> Database::verify(const QString& path)
{
    const QString connectionName = QStringLiteral("cc-verify-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        // On a read-only folder or medium, immutable: SQLite could not create its -shm file there.
        const bool writable = QFileInfo(path).isWritable() && QFileInfo(QFileInfo(path).absolutePath()).isWritable();
        db.setDatabaseName(writable ? path : immutableUri(path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result = makeError(ErrorCode::Database,
                               tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text()));
        } else {
            result = quickCheck(db, path);
            const QString photos = photoStorePathOf(path);
            if (result && QFileInfo::exists(photos)) {
                QSqlQuery attach(db);
                attach.prepare(QStringLiteral("ATTACH DATABASE :path AS photostore"));
                attach.bindValue(QStringLiteral(":path"), writable ? photos : immutableUri(photos));
                if (!attach.exec())
                    result = makeError(ErrorCode::Database,
                                       tr("Cannot open the photo file %1: %2")
                                           .arg(QDir::toNativeSeparators(photos), attach.lastError().text()));
                else
                    result = quickCheckPhotos(db, photos);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return result;
}

Result<void> Database::integrityCheck()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(QStringLiteral("PRAGMA integrity_check"), query);
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    if (problems == QStringList {QStringLiteral("ok")})
        return {};
    return makeError(ErrorCode::Corrupt,
                     tr("%1 failed its integrity check.").arg(QDir::toNativeSeparators(m_path)),
                     problems.join(u'\n'));
}

int Database::latestSchemaVersion()
{
    const auto& steps = migrations();
    return steps.empty() ? 0 : steps.back().version;
}

Result<void> Database::backupBeforeUpgrade(const QString& target)
{
    // Leftovers of an upgrade killed while it copied: never a backup, so removed.
    const QString partial = target + QStringLiteral(".partial");
    for (const QString& stale : {partial, QString(partial + QStringLiteral("-journal"))})
        QFile::remove(stale);
    if (auto copied = backupTo(partial); !copied) {
        QFile::remove(partial);
        return copied.error();
    }
    QFile file(partial);
    const bool flushed = file.open(QIODevice::ReadWrite) && file.flush() && ::fsync(file.handle()) == 0;
    file.close(); // before the rename (Windows renames no open file)
    if (!flushed || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io,
                         tr("Cannot back up the database to %1 before upgrading it; nothing was changed.")
                             .arg(QDir::toNativeSeparators(target)));
    }
    return {};
}

Result<void> Database::backupTo(const QString& targetPath)
{
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("VACUUM INTO :target")))
        return sqlError(QStringLiteral("VACUUM INTO"), query);
    query.bindValue(QStringLiteral(":target"), targetPath);
    if (!query.exec()) {
        const int code = SqliteFaults::primaryCode(query.lastError().nativeErrorCode());
        const QString fault = SqliteFaults::faultMessage(
            code, tr("backing up to %1").arg(QDir::toNativeSeparators(targetPath)), query.lastError().text());
        return makeError(ErrorCode::Io,
                         fault.isEmpty() ? tr("Cannot back up the database to %1: %2")
                                               .arg(QDir::toNativeSeparators(targetPath), query.lastError().text())
                                         : fault);
    }
    return {};
}

} // namespace cc::storage
