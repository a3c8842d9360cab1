// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Access.h"
#include "core/storage/Dialect.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

namespace cc::storage {

struct Migration;

// Owns one connection: to an SQLite file, or to a county server's PostgreSQL database when the
// path is a server address (postgresql://USER@HOST:PORT/DB, see ServerAddress). Opening a file
// checks that it is ours, runs `PRAGMA quick_check`, turns on foreign keys, a busy timeout and WAL,
// and brings the schema up to date (backing the file up first); opening a server checks its schema
// version (kept in the table cc_schema) the same way. One connection per thread: a worker opens its
// own Database.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Only CreateIfMissing and Upgrade upgrade an older schema; the others refuse it with
    // ErrorCode::OlderSchema, changing nothing.
    enum class OpenMode {
        CreateIfMissing, // `init`, and the GUI once the user agreed to upgrade
        Upgrade, // `upgrade`: an existing file, upgraded (a complete backup first)
        MustExist, // every other CLI command
        // A helper process of a command that has just opened and checked the same file (the report
        // batch's workers): like MustExist without the integrity checks, which on a large photo
        // store would cost a full scan per worker.
        MustExistChecked,
        // The GUI: like CreateIfMissing, but the integrity checks are left to verify(), which the
        // window runs in the background once it is up (they scan the whole file); an older schema is
        // refused so that the GUI can ask before upgrading.
        CreateIfMissingCheckLater,
        // A file on a read-only folder or medium, opened to look at: nothing beside it is created
        // (SQLite's immutable mode), every write is refused as read-only, an older schema refused.
        ReadOnly,
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode);
    // For tests of the migration framework: upgrade with the given steps instead of the built-in ones.
    static Result<std::unique_ptr<Database>>
    open(const QString& path, OpenMode mode, const std::vector<Migration>& migrations);

    QSqlDatabase& connection() { return m_db; }
    // The file's path, or the server's address (without a password).
    const QString& path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::Postgres; }
    // What the connected user may do (everything on a file), as the server's roles grant it.
    const Access& access() const { return m_access; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_readOnly; }
    // Where the backup before the last upgrade went (empty when none was needed).
    const QString& lastBackupPath() const { return m_backupPath; }

    // The companion file that holds photo bytes, attached as schema `photostore`:
    // "x.sqlite" → "x.photos.sqlite".
    QString photoStorePath() const;
    static QString photoStorePathOf(const QString& databasePath);

    // The quick integrity checks of the database file and its photo file, over a read-only
    // connection of its own: what open() does unless told to check later. Safe to call from another
    // thread than the one that opened the database.
    static Result<void> verify(const QString& path);

    // `PRAGMA data_version`: changes whenever another connection (another program, or another
    // window's own connection) commits to the file; this connection's own commits leave it as it is.
    // On a server: the count of other connections' commits notified so far.
    Result<qint64> dataVersion();

    // `PRAGMA integrity_check`: the full check (slow on big files; quick_check runs on open).
    Result<void> integrityCheck();
    // A consistent copy of the open database (VACUUM INTO), e.g. before a migration.
    Result<void> backupTo(const QString& targetPath);

    static constexpr int kApplicationId = 0x43434B31; // "CCK1"
    static constexpr int kPhotoStoreApplicationId = 0x43434B50; // "CCKP"

    // The schema version of a database file without opening it for writing (0 for a new file).
    static int latestSchemaVersion();

private:
    Database(QSqlDatabase db, QString path);
    Result<void> configure();
    Result<void> migrate(const std::vector<Migration>& migrations, bool allowUpgrade);
    // A complete copy at `target`, or nothing there: written under a temporary name, flushed and
    // renamed, so that a kill leaves no empty or partial backup.
    Result<void> backupBeforeUpgrade(const QString& target);
    Result<void> attachPhotoStore(bool check);
    // The server's side of open(), configure() and migrate() (ServerDatabase.cpp).
    static Result<std::unique_ptr<Database>>
    openServer(const QString& address, OpenMode mode, const std::vector<Migration>& steps);
    Result<void> migrateServer(const std::vector<Migration>& steps, bool allowUpgrade);
    Result<void> runStep(const Migration& step);
    Result<void> readAccess();

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    Engine m_engine = Engine::Sqlite;
    Access m_access;
    qint64 m_foreignChanges = 0; // on a server: other connections' commits seen so far
    int m_session = 0; // on a server: the backend's process ID when dataVersion() last looked
    QElapsedTimer m_reconnectClock; // on a server: since dataVersion() last tried to reconnect
};

} // namespace cc::storage
