// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlValues.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using cc::ErrorCode;
using cc::storage::Database;
using cc::storage::Migration;

namespace {

QString pragma(Database& db, const QString& name)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + name));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("A new database gets the current schema with WAL and foreign keys", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/new.sqlite"));
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    REQUIRE_OK(db);
    CHECK((*db)->schemaVersion() == cc::storage::latestSchemaVersion());
    CHECK(pragma(**db, QStringLiteral("journal_mode")) == u"wal");
    CHECK(pragma(**db, QStringLiteral("foreign_keys")) == u"1");
    CHECK(pragma(**db, QStringLiteral("user_version")).toInt() == cc::storage::latestSchemaVersion());
    CHECK(pragma(**db, QStringLiteral("application_id")).toInt() == Database::kApplicationId);
    CHECK((*db)->lastBackupPath().isEmpty()); // nothing to back up in a new file
    REQUIRE_OK((*db)->integrityCheck());
}

TEST_CASE("Foreign keys are enforced", "[storage]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("fk.sqlite")), Database::OpenMode::CreateIfMissing);
    REQUIRE_OK(db);
    QSqlQuery q((*db)->connection());
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO responses (uuid, assessment_id, indicator_code, updated_at)"
                                      " VALUES ('x', 999, 'A-01', 'now')")));
}

TEST_CASE("Opening a missing file without create mode is refused", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    auto db = Database::open(path, Database::OpenMode::MustExist);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::NotFound);
    CHECK(db.error().message.contains(QStringLiteral("missing.sqlite")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("A file that is not SQLite is refused and left alone", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    const QByteArray text = "this is a shopping list, not a database\n";
    testing::writeFile(path, text);
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::NotADatabase);
    CHECK(db.error().message.contains(QStringLiteral("notes.sqlite")));
    CHECK(testing::readFile(path) == text);
}

TEST_CASE("Another program's SQLite file is refused", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    testing::execRaw(path, QStringLiteral("CREATE TABLE songs (title TEXT)"));
    const QString before = testing::dumpDatabase(path);
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::NotADatabase);
    CHECK(testing::dumpDatabase(path) == before);
}

TEST_CASE("A database from a newer version is refused unchanged", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        REQUIRE_OK(Database::open(path, Database::OpenMode::CreateIfMissing));
    }
    testing::execRaw(path, QStringLiteral("PRAGMA user_version = 99"));
    const QString before = testing::dumpDatabase(path);
    auto db = Database::open(path, Database::OpenMode::MustExist);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::NewerSchema);
    CHECK(db.error().message.contains(QStringLiteral("99")));
    CHECK(testing::dumpDatabase(path) == before);
}

TEST_CASE("A damaged database is refused with a way out", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE_OK(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QByteArray bytes = testing::readFile(path);
    REQUIRE(bytes.size() > 8192);
    // Scribble over the second and third pages (the schema's tables live there).
    for (qsizetype i = 4096 + 16; i < 3 * 4096; ++i)
        bytes[i] = static_cast<char>(0xA5 ^ (i & 0xFF));
    testing::writeFile(path, bytes);
    auto db = Database::open(path, Database::OpenMode::MustExist);
    REQUIRE_FALSE(db);
    CHECK((db.error().code == ErrorCode::Corrupt || db.error().code == ErrorCode::NotADatabase));
    CHECK(db.error().message.contains(QStringLiteral("damaged.sqlite")));
    CHECK(testing::readFile(path) == bytes);
    // The check the GUI runs in the background says the same, and changes nothing either.
    const auto verified = Database::verify(path);
    REQUIRE_FALSE(verified);
    CHECK((verified.error().code == ErrorCode::Corrupt || verified.error().code == ErrorCode::NotADatabase));
    CHECK(verified.error().message.contains(QStringLiteral("damaged.sqlite")));
    CHECK(testing::readFile(path) == bytes);
}

TEST_CASE("Opened to be checked later: the checks run on their own connection beside the open one", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("later.sqlite"));
    REQUIRE_OK(Database::open(path, Database::OpenMode::CreateIfMissing));
    auto db = Database::open(path, Database::OpenMode::CreateIfMissingCheckLater);
    REQUIRE_OK(db);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE"))); // a writer holds the file meanwhile
    CHECK(Database::verify(path));
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
    // A file that is not there is an error, not a new empty database.
    const auto missing = Database::verify(dir.filePath(QStringLiteral("missing.sqlite")));
    CHECK_FALSE(missing);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
}

TEST_CASE("A failed migration step rolls back and keeps the backup", "[storage][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("upgrade.sqlite"));
    const std::vector<Migration> v1 {{1, {"CREATE TABLE t1 (id INTEGER PRIMARY KEY, name TEXT)"}}};
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing, v1);
        REQUIRE_OK(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO t1 (name) VALUES ('kept')")));
    }
    const QString before = testing::dumpDatabase(path);

    std::vector<Migration> broken = v1;
    broken.push_back({2, {"CREATE TABLE t2 (id INTEGER)", "ALTER TABLE no_such_table ADD COLUMN x TEXT"}});
    // Only an explicit upgrade upgrades: any other open refuses, naming `upgrade`, and writes nothing.
    for (const auto mode : {Database::OpenMode::MustExist, Database::OpenMode::CreateIfMissingCheckLater}) {
        auto refused = Database::open(path, mode, broken);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == cc::ErrorCode::OlderSchema);
        CHECK(refused.error().message.contains(QStringLiteral("upgrade")));
        CHECK(testing::dumpDatabase(path) == before);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".bak-v1")));
    }
    auto db = Database::open(path, Database::OpenMode::Upgrade, broken);
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(QStringLiteral("2")));
    CHECK(testing::dumpDatabase(path) == before); // t2 rolled back, user_version still 1
    CHECK(QFileInfo::exists(path + QStringLiteral(".bak-v1")));
    CHECK(testing::dumpDatabase(path + QStringLiteral(".bak-v1")) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".bak-v1.partial"))); // written aside, then renamed

    std::vector<Migration> fixed = v1;
    fixed.push_back({2, {"CREATE TABLE t2 (id INTEGER)"}});
    auto upgraded = Database::open(path, Database::OpenMode::Upgrade, fixed);
    REQUIRE_OK(upgraded);
    CHECK((*upgraded)->schemaVersion() == 2);
    // The first backup is not overwritten by the second attempt.
    CHECK((*upgraded)->lastBackupPath().startsWith(path + QStringLiteral(".bak-v1-")));
}

TEST_CASE("Migration v1→v2 upgrades the checked-in v1 fixture, keeping every row and a backup", "[storage][migration]")
{
    // tests/data/db/schema-v1.sqlite was written by the first release (init --demo).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    REQUIRE(QFile::copy(testing::dataPath(QStringLiteral("db/schema-v1.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QString before = testing::dumpDatabase(path);
    REQUIRE(before.contains(QStringLiteral("豫章里社区")));
    REQUIRE(before.startsWith(QStringLiteral("user_version=1")));
    auto db = Database::open(path, Database::OpenMode::Upgrade);
    REQUIRE_OK(db);
    CHECK((*db)->schemaVersion() == cc::storage::latestSchemaVersion());
    const QString backup = (*db)->lastBackupPath();
    CHECK(backup.startsWith(path + QStringLiteral(".bak-v1")));
    db.value().reset();
    const QString after = testing::dumpDatabase(path);
    CHECK(after.startsWith(QStringLiteral("user_version=%1").arg(cc::storage::latestSchemaVersion())));
    for (const QString& line : before.split(u'\n')) {
        if (!line.startsWith(QStringLiteral("user_version=")))
            CHECK(after.contains(line)); // every v1 table and row is still there
    }
    for (const char* table : {"[demands]",
                              "[resources]",
                              "[projects]",
                              "[price_table]",
                              "[plans]",
                              "[plan_items]",
                              "[exchange_base]",
                              "[exchange_peers]",
                              "[estates]",
                              "[buildings]"})
        CHECK(after.contains(QString::fromLatin1(table)));
    CHECK(testing::dumpDatabase(backup) == before); // the backup is the v1 file as it was
}

TEST_CASE("Migration v2→v4: every check gets the day it was created as its date, plans their year costs",
          "[storage][migration]")
{
    // tests/data/db/schema-v2.sqlite was written by the release of schema 2 (init --demo, projects
    // generated, a plan built).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    REQUIRE(QFile::copy(testing::dataPath(QStringLiteral("db/schema-v2.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QString before = testing::dumpDatabase(path);
    REQUIRE(before.startsWith(QStringLiteral("user_version=2")));
    REQUIRE(before.contains(QStringLiteral("[plan_items]")));
    auto db = Database::open(path, Database::OpenMode::Upgrade);
    REQUIRE_OK(db);
    CHECK((*db)->schemaVersion() == cc::storage::latestSchemaVersion());
    const QString backup = (*db)->lastBackupPath();
    CHECK(backup.startsWith(path + QStringLiteral(".bak-v2")));
    db.value().reset();
    const QString after = testing::dumpDatabase(path);
    for (const QString& line : before.split(u'\n')) {
        if (!line.startsWith(QStringLiteral("user_version=")))
            CHECK(after.contains(line)); // every v2 row is still there (assessments gained a last column)
    }
    CHECK(testing::dumpDatabase(backup) == before);

    auto ws = testing::valueOf(cc::Workspace::open(path, cc::Workspace::OpenMode::MustExist, QStringLiteral("tester")));
    const auto checks = testing::valueOf(ws->assessments().list());
    REQUIRE(checks.size() == 6);
    for (const cc::Assessment& a : checks) {
        CHECK(a.checkDate.isValid());
        CHECK(a.checkDate == a.createdAt.toLocalTime().date()); // the local day it was created
    }
    // Schema 4: a plan built before years existed counted each project's whole cost in its year.
    const auto plan = testing::valueOf(ws->plans().plan(QStringLiteral("东湖区"), 2027));
    REQUIRE(plan);
    REQUIRE_FALSE(plan->plan.lines.empty());
    for (const cc::PlanLine& line : plan->plan.lines)
        CHECK(line.yearCost == line.cost);
    CHECK(plan->plan.shortfall == 0);
    for (const auto& project : testing::valueOf(ws->projects().list()))
        CHECK(project.funding.empty());
}

TEST_CASE("The backup of a database in use is a complete copy that passes the integrity check",
          "[storage][backup][sqlite-only]")
{
    // A workspace with a set, a community and an answered check, still open while the copy is made.
    testing::Fixture f({.responses = QStringLiteral("scoring/responses.csv")});
    auto db = testing::valueOf(Database::open(f.path, Database::OpenMode::MustExist));
    const QString copy = f.file(QStringLiteral("copy.sqlite"));
    REQUIRE_OK(db->backupTo(copy));
    REQUIRE_FALSE(db->backupTo(copy)); // never over an existing file
    auto opened = testing::valueOf(Database::open(copy, Database::OpenMode::MustExist));
    REQUIRE_OK(opened->integrityCheck());
    opened.reset();
    CHECK(testing::dumpDatabase(copy) == testing::dumpDatabase(f.path));
}

TEST_CASE("Stored timestamps read back as written, the fast path as the general parser", "[storage]")
{
    const QDateTime moments[] = {QDateTime(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC),
                                 QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                                 QDateTime(QDate(2024, 2, 29), QTime(0, 0, 0, 1), Qt::UTC)};
    for (const QDateTime& at : moments) {
        const QString text = cc::storage::timestamp(at);
        REQUIRE(text.size() == 24);
        const QDateTime read = cc::storage::toDateTime(text);
        CHECK(read == at);
        CHECK(read == QDateTime::fromString(text, Qt::ISODateWithMs));
        CHECK(read.timeSpec() == Qt::UTC);
        CHECK(cc::storage::timestamp(read) == text);
    }
    // Other shapes go to the general parser: without milliseconds, with an offset; nonsense is invalid.
    CHECK(cc::storage::toDateTime(QStringLiteral("2025-03-01T08:00:00Z"))
          == QDateTime(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC));
    CHECK(cc::storage::toDateTime(QStringLiteral("2025-03-01T16:00:00.000+08:00"))
          == QDateTime(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC));
    CHECK_FALSE(cc::storage::toDateTime(QStringLiteral("2025-13-01T08:00:00.000Z")).isValid());
    CHECK_FALSE(cc::storage::toDateTime(QStringLiteral("2025-0x-01T08:00:00.000Z")).isValid());
    CHECK_FALSE(cc::storage::toDateTime(QVariant()).isValid());
}

TEST_CASE("An empty photo file left by a kill during the first open is made a photo store, not refused", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.sqlite"));
    REQUIRE_OK(Database::open(path, Database::OpenMode::CreateIfMissing));
    const QString photos = Database::photoStorePathOf(path);
    QFile truncated(photos);
    REQUIRE(truncated.open(QIODevice::WriteOnly | QIODevice::Truncate)); // what the kill left
    truncated.close();
    REQUIRE(QFileInfo(photos).size() == 0);
    auto db = Database::open(path, Database::OpenMode::MustExist);
    REQUIRE_OK(db);
    CHECK(QFileInfo(photos).size() > 0);
    REQUIRE_OK((*db)->integrityCheck());
    // A file that is not empty and not SQLite is still refused.
    db->reset();
    QFile garbage(photos);
    REQUIRE(garbage.open(QIODevice::WriteOnly | QIODevice::Truncate));
    garbage.write("not a database at all");
    garbage.close();
    CHECK_FALSE(Database::open(path, Database::OpenMode::MustExist));
}
