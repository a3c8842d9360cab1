// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The storage and service tests run twice: on SQLite files, and on a PostgreSQL test cluster
// (tests/server/test-cluster.sh) when CC_TEST_CLUSTER names the cluster's folder (its superuser's
// address is in DIR/address, the password in DIR/pgpass, which becomes PGPASSFILE). A test that
// is about files only (backups, the photo file, read-only media) is tagged [sqlite-only] and left out
// of the server run.
namespace testing {

// The test cluster's superuser address; empty when the tests run on SQLite only.
QString testServer();
inline bool onServer()
{
    return !testServer().isEmpty();
}

// A new, empty database on the test server, dropped again when this goes, with the roles named
// after it (its group roles, and users whose names end with the last 8 characters of its name).
class ServerScratch
{
public:
    ServerScratch();
    ~ServerScratch();
    ServerScratch(const ServerScratch&) = delete;
    ServerScratch& operator=(const ServerScratch&) = delete;

    QString name; // the database's name
    QString address; // postgresql://cc_test@HOST:PORT/NAME
};

// Runs one statement as the superuser on the test server's database `database` (default: postgres).
void execOnServer(const QString& sql, const QString& database = {});

} // namespace testing
