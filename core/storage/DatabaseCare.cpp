// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DatabaseCare.h"

#include "core/storage/Database.h"
#include "core/storage/SqliteFaults.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <filesystem>
#include <functional>

namespace cc::storage {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool writableHere(const QString& path)
{
    return QFileInfo(path).isWritable() && QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

// A URI (connections open with QSQLITE_OPEN_URI) for reading a file: read-only, and immutable where
// nothing may be created beside it.
QString readOnlyUri(const QString& path)
{
    return QStringLiteral("file:")
        + QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/"))
        + (writableHere(path) ? QStringLiteral("?mode=ro") : QStringLiteral("?mode=ro&immutable=1"));
}

Error queryError(const QString& operation, const QSqlQuery& query)
{
    const int code = SqliteFaults::primaryCode(query.lastError().nativeErrorCode());
    const QString fault = SqliteFaults::faultMessage(code, operation, query.lastError().text());
    return makeError(
        SqliteFaults::errorCodeOf(code) == ErrorCode::Database ? ErrorCode::Io : SqliteFaults::errorCodeOf(code),
        fault.isEmpty() ? DatabaseCare::tr("%1 failed: %2").arg(operation, query.lastError().text()) : fault);
}

// A connection of its own to `path`, read-only or not, closed and removed when it goes.
class Connection
{
public:
    Connection(const QString& path, bool readOnly)
        : m_name(QStringLiteral("cc-care-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        // On a read-only folder or medium SQLite could not create its -shm file: immutable there.
        m_db.setDatabaseName(readOnly && !writableHere(path) ? readOnlyUri(path) : path);
        m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")
                                        : QStringLiteral("QSQLITE_OPEN_URI"));
        m_open = m_db.open();
        if (m_open)
            SqliteFaults::installBusyWait(m_db);
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase& db() { return m_db; }
    QString openError() const { return m_db.lastError().text(); }
    sqlite3* handle()
    {
        const QVariant v = m_db.driver()->handle();
        return v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3* const*>(v.constData())
                                                                     : nullptr;
    }
    std::optional<QVariant> value(const QString& sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return std::nullopt;
        return q.value(0);
    }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
};

// A file of ours, not newer than this version: the checks before a backup or a restore.
Result<void> isOurs(Connection& c, const QString& path, int applicationId)
{
    if (!c.isOpen())
        return makeError(ErrorCode::Io, DatabaseCare::tr("Cannot open %1: %2").arg(shown(path), c.openError()));
    const auto appId = c.value(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return makeError(
            ErrorCode::NotADatabase,
            DatabaseCare::tr("%1 cannot be read as a database (%2).").arg(shown(path), c.db().lastError().text()));
    if (appId->toInt() != applicationId)
        return makeError(ErrorCode::NotADatabase,
                         DatabaseCare::tr("%1 is not a CommunityCheck database.").arg(shown(path)));
    return {};
}

Result<void> quickCheck(Connection& c, const QString& path)
{
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return queryError(DatabaseCare::tr("checking %1").arg(shown(path)), q);
    if (q.value(0).toString() != u"ok")
        return makeError(ErrorCode::Corrupt,
                         DatabaseCare::tr("%1 failed its integrity check.").arg(shown(path)),
                         q.value(0).toString());
    return {};
}

// The photo file attached read-only to `c` as schema photostore.
Result<void> attachPhotos(Connection& c, const QString& photos)
{
    QSqlQuery attach(c.db());
    attach.prepare(QStringLiteral("ATTACH DATABASE :path AS photostore"));
    attach.bindValue(QStringLiteral(":path"), readOnlyUri(photos));
    if (!attach.exec())
        return queryError(DatabaseCare::tr("reading %1").arg(shown(photos)), attach);
    return {};
}

// VACUUM INTO a temporary name beside `target`, then the rename: all of it or nothing there.
Result<void> vacuumInto(Connection& c, const QString& schema, const QString& target)
{
    // A name of its own: two backups to the same target (two windows, the automatic one and a reopen)
    // never write into each other's file.
    const QString partial =
        target + u'.' + QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(".partial");
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("VACUUM %1 INTO :target").arg(schema));
    q.bindValue(QStringLiteral(":target"), partial);
    if (!q.exec()) {
        QFile::remove(partial);
        return queryError(DatabaseCare::tr("backing up to %1").arg(shown(target)), q);
    }
    std::error_code renamed; // replaces an older file of that name in one step
    std::filesystem::rename(QFile::encodeName(partial).toStdString(), QFile::encodeName(target).toStdString(), renamed);
    if (renamed) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, DatabaseCare::tr("Cannot write %1.").arg(shown(target)));
    }
    return {};
}

// Copies `from` over `to` with SQLite's backup API (both open), taking `to`'s lock.
Result<void> copyPages(Connection& from, Connection& to, const QString& toPath)
{
    sqlite3* source = from.handle();
    sqlite3* destination = to.handle();
    if (!source || !destination)
        return makeError(ErrorCode::Database, DatabaseCare::tr("The SQLite driver does not expose its handle."));
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return makeError(ErrorCode::Io,
                         DatabaseCare::tr("Cannot restore over %1: %2")
                             .arg(shown(toPath), QString::fromUtf8(sqlite3_errmsg(destination))));
    int rc = SQLITE_OK;
    QElapsedTimer waited; // another program's write lock: waited for as long as a writer waits, no longer
    waited.start();
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (
        rc == SQLITE_OK
        || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited.elapsed() < SqliteFaults::kBusyWaitSeconds * 1000LL));
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const QString fault = SqliteFaults::faultMessage(
            rc & 0xFF, DatabaseCare::tr("restoring %1").arg(shown(toPath)), QString::fromUtf8(sqlite3_errstr(rc)));
        return makeError(ErrorCode::Io,
                         fault.isEmpty() ? DatabaseCare::tr("Cannot restore over %1: %2")
                                               .arg(shown(toPath), QString::fromUtf8(sqlite3_errstr(rc)))
                                         : fault);
    }
    return {};
}

} // namespace

Result<DatabaseCare::BackupReport> DatabaseCare::backup(const QString& databasePath, const QString& target)
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath()
        || QFileInfo(target).absoluteFilePath()
            == QFileInfo(Database::photoStorePathOf(databasePath)).absoluteFilePath())
        return makeError(ErrorCode::InvalidInput, tr("A backup cannot replace the database it copies."));
    if (!QFileInfo(target).absoluteDir().exists())
        return makeError(ErrorCode::Io,
                         tr("Cannot write %1: the folder %2 does not exist.")
                             .arg(shown(target), shown(QFileInfo(target).absolutePath())));
    if (!QFileInfo::exists(databasePath))
        return makeError(ErrorCode::NotFound, tr("The database %1 does not exist.").arg(shown(databasePath)));
    Connection c(databasePath, true);
    if (auto ours = isOurs(c, databasePath, Database::kApplicationId); !ours)
        return ours.error();
    BackupReport report;
    if (auto copied = vacuumInto(c, QStringLiteral("main"), target); !copied)
        return copied.error();
    report.database = target;
    const QString photos = Database::photoStorePathOf(databasePath);
    if (QFileInfo(photos).size() > 0) {
        if (auto attached = attachPhotos(c, photos); !attached) {
            QFile::remove(target);
            return attached.error();
        }
        const QString photoTarget = Database::photoStorePathOf(target);
        if (auto copied = vacuumInto(c, QStringLiteral("photostore"), photoTarget); !copied) {
            QFile::remove(target);
            return copied.error();
        }
        report.photos = photoTarget;
    }
    return report;
}

Result<DatabaseCare::CheckReport> DatabaseCare::check(const QString& databasePath)
{
    if (!QFileInfo::exists(databasePath))
        return makeError(ErrorCode::NotFound, tr("The database %1 does not exist.").arg(shown(databasePath)));
    Connection c(databasePath, true);
    if (auto ours = isOurs(c, databasePath, Database::kApplicationId); !ours)
        return ours.error();
    CheckReport report;
    const auto integrity = [&](const QString& schema, const QString& path) {
        QSqlQuery q(c.db());
        if (!q.exec(QStringLiteral("PRAGMA %1.integrity_check").arg(schema))) {
            report.messages << queryError(tr("checking %1").arg(shown(path)), q).message;
            return false;
        }
        QStringList problems;
        while (q.next())
            problems << q.value(0).toString();
        if (problems == QStringList {QStringLiteral("ok")})
            return true;
        report.messages << tr("%1 failed its integrity check: %2").arg(shown(path), problems.mid(0, 5).join(u"; "));
        return false;
    };
    report.integrity = integrity(QStringLiteral("main"), databasePath);
    QSqlQuery fk(c.db());
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        int broken = 0;
        while (fk.next())
            ++broken;
        report.foreignKeys = broken == 0;
        if (broken > 0)
            report.messages << tr("%n row(s) point at records that do not exist.", nullptr, broken);
    } else {
        report.messages << queryError(tr("checking %1").arg(shown(databasePath)), fk).message;
    }

    const QString photos = Database::photoStorePathOf(databasePath);
    if (QFileInfo(photos).size() > 0) {
        if (auto attached = attachPhotos(c, photos); !attached) {
            report.integrity = false;
            report.messages << attached.error().message;
            return report;
        }
        report.integrity = integrity(QStringLiteral("photostore"), photos) && report.integrity;
        // Every stored photo's bytes against their SHA-256, and every photo record against its bytes.
        QSqlQuery blobs(c.db());
        blobs.setForwardOnly(true);
        if (!blobs.exec(QStringLiteral("SELECT sha256, image FROM photostore.photo_blobs"))) {
            report.integrity = false;
            report.messages << queryError(tr("reading %1").arg(shown(photos)), blobs).message;
        } else {
            while (blobs.next()) {
                ++report.photosChecked;
                const QByteArray digest =
                    QCryptographicHash::hash(blobs.value(1).toByteArray(), QCryptographicHash::Sha256).toHex();
                if (QString::fromLatin1(digest) != blobs.value(0).toString()) {
                    ++report.photosBad;
                    report.messages
                        << tr("The stored photo %1 does not match its checksum.").arg(blobs.value(0).toString());
                }
            }
        }
        QSqlQuery missing(c.db());
        if (missing.exec(
                QStringLiteral("SELECT p.uuid FROM photos p WHERE NOT EXISTS"
                               " (SELECT 1 FROM photostore.photo_blobs b WHERE b.sha256 = p.stored_sha256)"))) {
            while (missing.next()) {
                ++report.photosBad;
                report.messages << tr("The photo %1 has no stored bytes.").arg(missing.value(0).toString());
            }
        }
    } else {
        QSqlQuery count(c.db());
        if (count.exec(QStringLiteral("SELECT count(*) FROM photos")) && count.next() && count.value(0).toInt() > 0) {
            report.photosBad += count.value(0).toInt();
            report.messages << tr("The photo file %1 is missing: %n photo(s) cannot be shown.",
                                  nullptr,
                                  count.value(0).toInt())
                                   .arg(shown(photos));
        }
    }
    return report;
}

Result<void> DatabaseCare::restore(const QString& databasePath,
                                   const QString& backupPath,
                                   const std::function<Result<void>()>& beforeCopy)
{
    if (!QFileInfo::exists(backupPath))
        return makeError(ErrorCode::NotFound, tr("The backup %1 does not exist.").arg(shown(backupPath)));
    if (!QFileInfo::exists(databasePath))
        return makeError(ErrorCode::NotFound, tr("The database %1 does not exist.").arg(shown(databasePath)));
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath())
        return makeError(ErrorCode::InvalidInput, tr("A database cannot be restored from itself."));
    // The backup first, whole: ours, not newer, intact, and its photo file too.
    Connection from(backupPath, true);
    if (auto ours = isOurs(from, backupPath, Database::kApplicationId); !ours)
        return ours.error();
    const int version = from.value(QStringLiteral("PRAGMA user_version")).value_or(0).toInt();
    if (version > Database::latestSchemaVersion())
        return makeError(ErrorCode::NewerSchema,
                         tr("The backup %1 was made by a newer version of CommunityCheck; nothing was restored.")
                             .arg(shown(backupPath)));
    if (auto checked = quickCheck(from, backupPath); !checked)
        return makeError(ErrorCode::Corrupt,
                         tr("The backup %1 is damaged; nothing was restored.").arg(shown(backupPath)),
                         checked.error().message);
    const QString backupPhotos = Database::photoStorePathOf(backupPath);
    std::unique_ptr<Connection> fromPhotos;
    if (QFileInfo(backupPhotos).size() > 0) {
        fromPhotos = std::make_unique<Connection>(backupPhotos, true);
        if (auto ours = isOurs(*fromPhotos, backupPhotos, Database::kPhotoStoreApplicationId); !ours)
            return ours.error();
        if (auto checked = quickCheck(*fromPhotos, backupPhotos); !checked)
            return makeError(
                ErrorCode::Corrupt,
                tr("The backup's photo file %1 is damaged; nothing was restored.").arg(shown(backupPhotos)),
                checked.error().message);
    }
    Connection to(databasePath, false);
    if (auto ours = isOurs(to, databasePath, Database::kApplicationId); !ours)
        return ours.error();
    if (beforeCopy) {
        if (auto kept = beforeCopy(); !kept)
            return kept.error();
    }
    // The photos first: photo bytes nobody points at do no harm, a record without its photo does.
    if (fromPhotos) {
        const QString photos = Database::photoStorePathOf(databasePath);
        Connection toPhotos(photos, false);
        if (!toPhotos.isOpen())
            return makeError(ErrorCode::Io, tr("Cannot open %1: %2").arg(shown(photos), toPhotos.openError()));
        if (auto copied = copyPages(*fromPhotos, toPhotos, photos); !copied)
            return copied.error();
    }
    return copyPages(from, to, databasePath);
}

} // namespace cc::storage
