// SPDX-License-Identifier: GPL-3.0-or-later
// Faults said as what they are (full disk, read-only, another program's lock), never as damage;
// backups, restores and checks of both files.
#include "core/storage/Database.h"
#include "core/storage/DatabaseCare.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqliteFaults.h"
#include "core/storage/TransactionGuard.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

#include <unistd.h>

using cc::ErrorCode;
using cc::storage::Database;
using cc::storage::DatabaseCare;
using cc::storage::SqliteFaults;
using cc::storage::TransactionGuard;

namespace {

std::unique_ptr<Database> created(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    REQUIRE_OK(db);
    return std::move(db).value();
}

bool exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

int count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("A full disk is said as such, rolls back and is never called damage", "[storage][faults]")
{
    QTemporaryDir dir;
    auto db = created(dir.filePath(QStringLiteral("full.sqlite")));
    const int before = count(*db, QStringLiteral("SELECT count(*) FROM settings"));
    // SQLite's page limit gives the same SQLITE_FULL a full disk does.
    REQUIRE(exec(
        *db, QStringLiteral("PRAGMA max_page_count = %1").arg(count(*db, QStringLiteral("PRAGMA page_count")) + 2)));
    cc::Error error;
    {
        auto guard = TransactionGuard::begin(db->connection());
        REQUIRE_OK(guard);
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)"));
        for (int i = 0; i < 200; ++i) {
            q.bindValue(QStringLiteral(":k"), QStringLiteral("filler-%1").arg(i));
            q.bindValue(QStringLiteral(":v"), QString(2000, u'x'));
            if (!q.exec()) {
                error = cc::storage::sqlError(QStringLiteral("importing"), q);
                break;
            }
        }
    } // the guard rolls back (or finds SQLite already did) without a warning
    CHECK(error.code == ErrorCode::Io);
    CHECK(error.message.contains(QStringLiteral("disk is full")));
    CHECK_FALSE(error.message.contains(QStringLiteral("damaged")));
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM settings")) == before);
    CHECK_OK(db->integrityCheck());
}

TEST_CASE("A read-only database is refused as read-only, not damaged, and nothing is created beside it",
          "[storage][faults]")
{
    if (::geteuid() == 0)
        SKIP("root can write to read-only files");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    created(path).reset();
    for (const char* suffix : {"-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
    QFile::setPermissions(path, QFile::ReadOwner);
    auto db = Database::open(path, Database::OpenMode::MustExist);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::ReadOnly);
    CHECK(db.error().message.contains(QStringLiteral("read-only")));
    CHECK_FALSE(db.error().message.contains(QStringLiteral("damaged")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
    // Opened read-only to look at it: it reads, refuses writes as read-only, leaves nothing beside it.
    auto looked = Database::open(path, Database::OpenMode::ReadOnly);
    REQUIRE_OK(looked);
    CHECK((*looked)->isReadOnly());
    CHECK(count(**looked, QStringLiteral("SELECT count(*) FROM settings")) >= 0);
    QSqlQuery write((*looked)->connection());
    REQUIRE_FALSE(write.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")));
    const cc::Error refused = cc::storage::sqlError(QStringLiteral("saving"), write);
    CHECK(refused.code == ErrorCode::ReadOnly);
    CHECK(refused.message.contains(QStringLiteral("read-only")));
    CHECK_OK(Database::verify(path));
    looked.value().reset();
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
}

TEST_CASE("Each SQLite fault has its own words; only corruption is damage", "[storage][faults]")
{
    const auto said = [](int code) {
        return SqliteFaults::faultMessage(code, QStringLiteral("importing"), QStringLiteral("x"));
    };
    CHECK(said(13).contains(QStringLiteral("disk is full"))); // SQLITE_FULL
    CHECK(said(8).contains(QStringLiteral("read-only"))); // SQLITE_READONLY
    CHECK(said(10).contains(QStringLiteral("removed"))); // SQLITE_IOERR: a vanished drive
    CHECK(said(14).contains(QStringLiteral("could not be opened"))); // SQLITE_CANTOPEN
    CHECK(said(5).contains(QStringLiteral("Another program kept the database locked"))); // SQLITE_BUSY
    for (const int code : {5, 8, 10, 13, 14}) {
        CHECK_FALSE(said(code).contains(QStringLiteral("damaged")));
        CHECK(SqliteFaults::errorCodeOf(code) == (code == 8 ? ErrorCode::ReadOnly : ErrorCode::Io));
    }
    CHECK(SqliteFaults::errorCodeOf(11) == ErrorCode::Corrupt);
    CHECK(SqliteFaults::primaryCode(QStringLiteral("778")) == 10); // SQLITE_IOERR_WRITE
}

TEST_CASE("A writer waits for another program's transaction, says so once, then succeeds", "[storage][faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
    created(path).reset();
    std::atomic<int> notices = 0;
    SqliteFaults::setWaitNotice([&](const QString& line) {
        CHECK(line.contains(QStringLiteral("Waiting")));
        ++notices;
    });
    std::atomic<bool> holding = false;
    QThread* other = QThread::create([&] {
        auto db = Database::open(path, Database::OpenMode::MustExistChecked);
        REQUIRE_OK(db);
        REQUIRE(exec(**db, QStringLiteral("BEGIN IMMEDIATE")));
        REQUIRE(exec(**db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('other', '1')")));
        holding = true;
        QThread::msleep(1800);
        REQUIRE(exec(**db, QStringLiteral("COMMIT")));
    });
    other->start();
    while (!holding)
        QThread::msleep(5);
    auto db = Database::open(path, Database::OpenMode::MustExistChecked);
    REQUIRE_OK(db);
    QElapsedTimer timer;
    timer.start();
    CHECK(exec(**db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('mine', '1')")));
    CHECK(timer.elapsed() >= 1000); // it waited (SQLite's old 5 s timeout would also have, but not said)
    other->wait();
    delete other;
    SqliteFaults::setWaitNotice({});
    CHECK(notices == 1);
    CHECK(count(**db, QStringLiteral("SELECT count(*) FROM settings WHERE key IN ('other', 'mine')")) == 2);
}

TEST_CASE("A backup taken while another connection writes is consistent; check and restore use it", "[storage][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    auto db = created(path);
    REQUIRE(exec(*db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('committed', '1')")));
    REQUIRE(exec(*db,
                 QStringLiteral("INSERT INTO photostore.photo_blobs VALUES "
                                "('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824', "
                                "CAST('hello' AS BLOB), x'00', '2026-01-01')")));
    // A transaction open and uncommitted while the backup runs: the backup has none of it.
    REQUIRE(exec(*db, QStringLiteral("BEGIN IMMEDIATE")));
    REQUIRE(exec(*db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('uncommitted', '1')")));
    const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
    auto written = DatabaseCare::backup(path, target);
    REQUIRE_OK(written);
    REQUIRE(exec(*db, QStringLiteral("COMMIT")));
    CHECK(written->photos == Database::photoStorePathOf(target));
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty());
    {
        auto copy = Database::open(target, Database::OpenMode::MustExist);
        REQUIRE_OK(copy);
        CHECK(count(**copy, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'committed'")) == 1);
        CHECK(count(**copy, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'uncommitted'")) == 0);
        CHECK(count(**copy, QStringLiteral("SELECT count(*) FROM photostore.photo_blobs")) == 1);
    }
    auto checked = DatabaseCare::check(target);
    REQUIRE_OK(checked);
    CHECK(checked->ok());
    CHECK(checked->photosChecked == 1);

    // Restored under the open connection: it sees the backup's content.
    REQUIRE(exec(*db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('later', '1')")));
    REQUIRE_OK(DatabaseCare::restore(path, target));
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM settings WHERE key IN ('later', 'uncommitted')")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'committed'")) == 1);
    CHECK_OK(db->integrityCheck());

    // A photo whose bytes do not match their checksum is found.
    REQUIRE(exec(*db, QStringLiteral("UPDATE photostore.photo_blobs SET image = CAST('bye' AS BLOB)")));
    auto bad = DatabaseCare::check(path);
    REQUIRE_OK(bad);
    CHECK_FALSE(bad->ok());
    CHECK(bad->photosBad == 1);
}

TEST_CASE("A damaged, foreign or missing backup is refused and the database is unchanged", "[storage][backup][broken]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kept.sqlite"));
    auto db = created(path);
    REQUIRE(exec(*db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('kept', '1')")));
    const QString before = testing::dumpDatabase(path);

    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    REQUIRE_OK(DatabaseCare::backup(path, damaged));
    {
        QFile f(damaged);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(4096); // the second page, a b-tree page: the file header still says SQLite, ours
        f.write(QByteArray(3000, '\xA5'));
    }
    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(foreign);
        REQUIRE(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t (x)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));

    auto fromDamaged = DatabaseCare::restore(path, damaged);
    REQUIRE_FALSE(fromDamaged);
    CHECK(fromDamaged.error().message.contains(QStringLiteral("damaged")));
    auto fromForeign = DatabaseCare::restore(path, foreign);
    REQUIRE_FALSE(fromForeign);
    CHECK(fromForeign.error().code == ErrorCode::NotADatabase);
    auto fromMissing = DatabaseCare::restore(path, dir.filePath(QStringLiteral("missing.sqlite")));
    REQUIRE_FALSE(fromMissing);
    CHECK(fromMissing.error().code == ErrorCode::NotFound);
    CHECK_FALSE(DatabaseCare::backup(path, path)); // never over itself
    CHECK(testing::dumpDatabase(path) == before);
}
