// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestServer.h"

#include "core/util/ServerAddress.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <ostream>

std::ostream& operator<<(std::ostream& os, const QString& text);

namespace testing {

QString testServer()
{
    static const QString address = [] {
        const QString dir = qEnvironmentVariable("CC_TEST_CLUSTER");
        if (dir.isEmpty())
            return QString();
        QFile file(dir + QStringLiteral("/address"));
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        qputenv("PGPASSFILE", QFile::encodeName(dir + QStringLiteral("/pgpass")));
        return QString::fromUtf8(file.readAll()).trimmed();
    }();
    return address;
}

void execOnServer(const QString& sql, const QString& database)
{
    auto address = cc::ServerAddress::parse(testServer());
    REQUIRE(address.has_value());
    const QString name = QStringLiteral("test-admin-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address->host);
        db.setPort(address->port);
        db.setUserName(address->user);
        db.setDatabaseName(database.isEmpty() ? address->database : database);
        if (!db.open())
            FAIL("cannot connect to the test server " << testServer() << ": " << db.lastError().text());
        QSqlQuery q(db);
        if (!q.exec(sql))
            FAIL("cannot run " << sql << " on the test server: " << q.lastError().text());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

ServerScratch::ServerScratch()
{
    auto server = cc::ServerAddress::parse(testServer());
    REQUIRE(server.has_value());
    name = QStringLiteral("cc_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    execOnServer(QStringLiteral("CREATE DATABASE %1").arg(name));
    server->database = name;
    address = server->toString();
}

ServerScratch::~ServerScratch()
{
    execOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    // Roles are the cluster's: the database's group roles, and the users a test named after it.
    execOnServer(QStringLiteral("DO $body$ DECLARE r record; BEGIN FOR r IN SELECT rolname FROM pg_roles WHERE"
                                " strpos(rolname, '%1') > 0 LOOP EXECUTE format('DROP ROLE %I', r.rolname);"
                                " END LOOP; END $body$")
                     .arg(name.right(8)));
}

} // namespace testing
