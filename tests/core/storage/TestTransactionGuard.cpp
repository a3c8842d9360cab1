// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"
#include "core/storage/TransactionGuard.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using cc::storage::Database;
using cc::storage::TransactionGuard;

namespace {

int settingCount(QSqlDatabase& db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM settings")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

void insertSetting(QSqlDatabase& db, const char* key)
{
    QSqlQuery q(db);
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, 'v')")));
    q.bindValue(QStringLiteral(":k"), QString::fromLatin1(key));
    REQUIRE(q.exec());
}

} // namespace

TEST_CASE("An uncommitted transaction rolls back", "[storage]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("tx.sqlite")), Database::OpenMode::CreateIfMissing);
    REQUIRE_OK(db);
    QSqlDatabase& c = (*db)->connection();
    {
        auto guard = TransactionGuard::begin(c);
        REQUIRE_OK(guard);
        insertSetting(c, "a");
    }
    CHECK(settingCount(c) == 0);
    {
        auto guard = TransactionGuard::begin(c);
        REQUIRE_OK(guard);
        insertSetting(c, "b");
        REQUIRE_OK(guard->commit());
    }
    CHECK(settingCount(c) == 1);
}

TEST_CASE("A nested guard is a savepoint inside the outer transaction", "[storage]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("nested.sqlite")), Database::OpenMode::CreateIfMissing);
    REQUIRE_OK(db);
    QSqlDatabase& c = (*db)->connection();
    {
        auto outer = TransactionGuard::begin(c);
        REQUIRE_OK(outer);
        insertSetting(c, "outer");
        {
            auto inner = TransactionGuard::begin(c);
            REQUIRE_OK(inner);
            insertSetting(c, "inner-dropped");
        } // rolled back to the savepoint
        {
            auto inner = TransactionGuard::begin(c);
            REQUIRE_OK(inner);
            insertSetting(c, "inner-kept");
            REQUIRE_OK(inner->commit());
        }
        CHECK(settingCount(c) == 2);
    } // the outer one is not committed: everything goes
    CHECK(settingCount(c) == 0);
    // The connection is usable for a fresh transaction afterwards.
    auto again = TransactionGuard::begin(c);
    REQUIRE_OK(again);
    insertSetting(c, "later");
    REQUIRE_OK(again->commit());
    CHECK(settingCount(c) == 1);
}
