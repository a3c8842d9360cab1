// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade, backup, restore, check: the database as a file, from the command line.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using testing::checkErrorLine;
using testing::CliFixture;
using testing::Run;

TEST_CASE("cli: an older database is refused by every command but upgrade, which backs it up first", "[cli][upgrade]")
{
    CliFixture f;
    REQUIRE(QFile::copy(testing::dataPath(QStringLiteral("db/schema-v1.sqlite")), f.db()));
    QFile::setPermissions(f.db(), QFile::ReadOwner | QFile::WriteOwner);
    const QString before = testing::dumpDatabase(f.db());
    const Run refused =
        f.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("communities"), QStringLiteral("list")});
    CHECK(refused.exitCode == 1);
    checkErrorLine(refused, QStringLiteral("communitycheck-cli upgrade"));
    CHECK(testing::dumpDatabase(f.db()) == before); // not silently upgraded
    CHECK_FALSE(QFileInfo::exists(f.db() + QStringLiteral(".bak-v1")));

    const Run upgraded = f.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("upgrade")});
    CHECK(upgraded.exitCode == 0);
    CHECK(upgraded.out.contains(QStringLiteral("Database upgraded")));
    CHECK(upgraded.out.contains(QStringLiteral(".bak-v1")));
    CHECK(testing::dumpDatabase(f.db() + QStringLiteral(".bak-v1")) == before);
    CHECK(f.run({QStringLiteral("communities"), QStringLiteral("list")}).exitCode == 0);
    const Run again = f.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("upgrade")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("already up to date")));
}

TEST_CASE("cli: backup, check --json and restore, keeping the current files aside", "[cli][backup]")
{
    CliFixture f;
    f.init();
    const QString copy = f.file(QStringLiteral("copy.sqlite"));
    const Run backup =
        f.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("backup"), QStringLiteral("-o"), copy});
    REQUIRE(backup.exitCode == 0);
    CHECK(backup.out.contains(QStringLiteral("Backup written")));
    CHECK(QFileInfo::exists(copy));

    const Run check = f.run({QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(check.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(check.out.toUtf8()).object();
    for (const char* key : {"ok", "integrity", "foreign_keys", "photos_checked", "photos_bad", "messages"})
        CHECK(o.contains(QString::fromLatin1(key)));
    CHECK(o.value(QStringLiteral("ok")).toBool());

    REQUIRE(f.run({QStringLiteral("communities"),
                   QStringLiteral("add"),
                   QStringLiteral("--code"),
                   QStringLiteral("LATER-1"),
                   QStringLiteral("--name"),
                   QStringLiteral("后加社区"),
                   QStringLiteral("--type"),
                   QStringLiteral("商品房小区")})
                .exitCode
            == 0);
    const Run restore = f.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("restore"), copy});
    REQUIRE(restore.exitCode == 0);
    CHECK(restore.out.contains(QStringLiteral(".before-restore-")));
    CHECK_FALSE(f.run({QStringLiteral("communities"), QStringLiteral("list")}).out.contains(QStringLiteral("LATER-1")));

    // A file that is not a backup of ours: refused, nothing changes, nothing left behind.
    QFile junk(f.file(QStringLiteral("junk.sqlite")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a database");
    junk.close();
    const QString dump = testing::dumpDatabase(f.db());
    const Run refused =
        f.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("restore"), junk.fileName()});
    CHECK(refused.exitCode == 1);
    CHECK(testing::dumpDatabase(f.db()) == dump);
    const Run noTarget = f.run({QStringLiteral("backup")});
    CHECK(noTarget.exitCode == 2);
}

TEST_CASE("cli: COMMAND --help shows that command's entries and the options", "[cli]")
{
    CliFixture f;
    for (const QStringList& args :
         {QStringList {
              QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("backup"), QStringLiteral("--help")},
          QStringList {
              QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("help"), QStringLiteral("backup")}}) {
        const Run r = f.run(args, false);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("backup -o FILE")));
        CHECK_FALSE(r.out.contains(QStringLiteral("sets import")));
        CHECK(r.out.contains(QStringLiteral("--db FILE")));
        CHECK(r.out.contains(QStringLiteral("~/"))); // the default database as a person types it
    }
    const Run group = f.run(
        {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("ledger"), QStringLiteral("-h")}, false);
    CHECK(group.out.contains(QStringLiteral("ledger import")));
    CHECK(group.out.contains(QStringLiteral("ledger list")));
    CHECK_FALSE(group.out.contains(QStringLiteral("sets import")));
    CHECK(group.out.contains(QStringLiteral("--db FILE")));
}
