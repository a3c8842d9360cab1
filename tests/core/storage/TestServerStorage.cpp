// SPDX-License-Identifier: GPL-3.0-or-later
// The storage layer on a county server (PostgreSQL): the schema and its migrations, the version kept
// in cc_schema, two apps starting at once, the bulk read. Runs only against the test cluster
// ([server]); the same behaviour on files is tested in TestDatabase.cpp.
#include "core/storage/BulkReader.h"
#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Migrations.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestServer.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QSqlQuery>

#include <thread>

using cc::storage::Database;
using cc::storage::Migration;

TEST_CASE("Server schema: created by the built-in steps, its version in cc_schema, reopened as is", "[server][storage]")
{
    testing::ServerScratch scratch;
    {
        auto db = testing::valueOf(Database::open(scratch.address, Database::OpenMode::CreateIfMissing));
        CHECK(db->isServer());
        CHECK(db->engine() == cc::storage::Engine::Postgres);
        CHECK(db->schemaVersion() == cc::storage::latestSchemaVersion());
        CHECK(db->access().administer); // the one who made it owns it
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT version FROM cc_schema")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == cc::storage::latestSchemaVersion());
        // The photo bytes' schema is there, and text sorts by code point as on a file.
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM photostore.photo_blobs")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('b', '1'), ('B', '2'), ('é', '3')")));
        REQUIRE(q.exec(QStringLiteral("SELECT string_agg(key, '' ORDER BY key) FROM settings")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("Bbé"));
    }
    const QString before = testing::dumpDatabase(scratch.address);
    auto again = testing::valueOf(Database::open(scratch.address, Database::OpenMode::MustExist));
    CHECK(testing::dumpDatabase(scratch.address) == before);
}

TEST_CASE("Server schema: an older one is upgraded only when asked, a failed step changes nothing",
          "[server][storage][migration]")
{
    testing::ServerScratch scratch;
    const std::vector<Migration> v1 {{1, {"CREATE TABLE t1 (id INTEGER PRIMARY KEY, name TEXT, amount REAL)"}}};
    {
        auto db = testing::valueOf(Database::open(scratch.address, Database::OpenMode::CreateIfMissing, v1));
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO t1 (name, amount) VALUES ('kept', 0.1) RETURNING id")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1); // an identity column, as SQLite's INTEGER PRIMARY KEY
    }
    const QString before = testing::dumpDatabase(scratch.address);
    std::vector<Migration> broken = v1;
    broken.push_back({2, {"CREATE TABLE t2 (id INTEGER)", "ALTER TABLE no_such_table ADD COLUMN x TEXT"}});
    auto refused = Database::open(scratch.address, Database::OpenMode::MustExist, broken);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == cc::ErrorCode::OlderSchema);
    CHECK(refused.error().message.contains(QStringLiteral("upgrade")));
    auto failed = Database::open(scratch.address, Database::OpenMode::Upgrade, broken);
    REQUIRE_FALSE(failed);
    CHECK(testing::dumpDatabase(scratch.address) == before); // t2 rolled back, still version 1

    std::vector<Migration> fixed = v1;
    fixed.push_back({2, {"CREATE TABLE t2 (id INTEGER PRIMARY KEY, at TEXT)"}});
    CHECK(testing::valueOf(Database::open(scratch.address, Database::OpenMode::Upgrade, fixed))->schemaVersion() == 2);
    // An app that knows only schema 1 refuses the upgraded server, saying so.
    auto older = Database::open(scratch.address, Database::OpenMode::MustExist, v1);
    REQUIRE_FALSE(older);
    CHECK(older.error().code == cc::ErrorCode::NewerSchema);
}

TEST_CASE("Server schema: a database with other tables is refused, an empty one only `server init` fills",
          "[server][storage]")
{
    testing::ServerScratch scratch;
    auto empty = Database::open(scratch.address, Database::OpenMode::MustExist);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message.contains(QStringLiteral("server init")));
    testing::execOnServer(QStringLiteral("CREATE TABLE payroll (id integer)"), scratch.name);
    auto foreign = Database::open(scratch.address, Database::OpenMode::CreateIfMissing);
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().code == cc::ErrorCode::NotADatabase);
}

TEST_CASE("Server schema: four apps starting at once on a new server database make the schema once",
          "[server][storage][concurrency]")
{
    testing::ServerScratch scratch;
    std::vector<std::thread> apps;
    std::vector<QString> errors(4);
    for (int i = 0; i < 4; ++i) {
        apps.emplace_back([&, i] {
            auto db = Database::open(scratch.address, Database::OpenMode::CreateIfMissing);
            if (!db)
                errors[i] = db.error().message + QStringLiteral(" / ") + db.error().detail;
            else if ((*db)->schemaVersion() != cc::storage::latestSchemaVersion())
                errors[i] = QStringLiteral("schema %1").arg((*db)->schemaVersion());
        });
    }
    for (std::thread& app : apps)
        app.join();
    for (const QString& error : errors) {
        INFO(error.toStdString());
        CHECK(error.isEmpty());
    }
}

TEST_CASE("Server bulk read: a cursor reads every answer, as a file's statement does; COPY is the floor",
          "[server][storage]")
{
    testing::Fixture f({.set = testing::FixtureSet::Demo});
    auto db = testing::valueOf(Database::open(f.path, Database::OpenMode::MustExist));
    cc::storage::BulkReader reader(db->connection());
    QSqlQuery count(db->connection());
    REQUIRE(count.exec(QStringLiteral("SELECT count(*), sum(coalesce(value_num, 0)) FROM responses")));
    REQUIRE(count.next());
    double sum = 0;
    const qint64 rows = reader.forEachResponse([&](const auto& row) { sum += row.number.value_or(0); });
    CHECK(rows == count.value(0).toLongLong());
    CHECK(sum == count.value(1).toDouble());
    CHECK(reader.readAllResponsesPlain() == rows);
    CHECK(reader.assessments().size() == 6);
}
