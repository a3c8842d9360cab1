// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFileInfo>

using cc::Workspace;

namespace {

QString fixture(const char* name)
{
    return testing::dataPath(QStringLiteral("sets/") + QString::fromLatin1(name));
}

} // namespace

TEST_CASE("Importing a set stores it once; the same content again is a no-op", "[services][sets]")
{
    testing::Fixture f({.set = testing::FixtureSet::None});
    const QString path = f.path;
    auto& ws = f.ws;
    auto first = ws->sets().importFile(fixture("Valid.json"));
    REQUIRE_OK(first);
    CHECK(first->created);
    CHECK(first->code == u"MINI");
    const QString before = testing::dumpDatabase(path);
    auto second = ws->sets().importFile(fixture("Valid.json"));
    REQUIRE_OK(second);
    CHECK_FALSE(second->created);
    CHECK(second->id == first->id);
    CHECK(testing::dumpDatabase(path) == before);
}

TEST_CASE("Every broken set leaves the database exactly as it was", "[services][sets][broken]")
{
    testing::Fixture f({.set = testing::FixtureSet::None});
    const QString path = f.path;
    auto& ws = f.ws;
    REQUIRE_OK(ws->sets().importFile(fixture("Valid.json")));
    const QString before = testing::dumpDatabase(path);
    const QStringList broken = QDir(testing::dataPath(QStringLiteral("sets")))
                                   .entryList({QStringLiteral("Broken*.json"), QStringLiteral("Conflicting*.json")});
    REQUIRE(broken.size() >= 24);
    for (const QString& name : broken) {
        CAPTURE(name);
        auto result = ws->sets().importFile(testing::dataPath(QStringLiteral("sets/") + name));
        REQUIRE_FALSE(result);
        CHECK(result.error().message.contains(name));
        CHECK(testing::dumpDatabase(path) == before);
    }
}

TEST_CASE("Same code and version with other content is a conflict", "[services][sets][broken]")
{
    testing::Fixture f({.set = testing::FixtureSet::None});
    auto& ws = f.ws;
    REQUIRE_OK(ws->sets().importFile(fixture("Valid.json")));
    auto conflict = ws->sets().importFile(fixture("ConflictingVersion.json"));
    REQUIRE_FALSE(conflict);
    CHECK(conflict.error().code == cc::ErrorCode::Conflict);
    CHECK(conflict.error().message.contains(QStringLiteral("MINI")));
}

TEST_CASE("Export then import of a stored set is a no-op", "[services][sets]")
{
    testing::Fixture f({.set = testing::FixtureSet::None});
    const QString path = f.path;
    auto& ws = f.ws;
    REQUIRE_OK(ws->sets().importFile(fixture("Valid.json")));
    const QString exported = f.file(QStringLiteral("out/MINI-1.json"));
    QDir().mkpath(f.file(QStringLiteral("out")));
    REQUIRE_OK(ws->sets().exportToFile(QStringLiteral("MINI"), QStringLiteral("1"), exported));
    const QString before = testing::dumpDatabase(path);
    auto again = ws->sets().importFile(exported);
    REQUIRE_OK(again);
    CHECK_FALSE(again->created);
    CHECK(testing::dumpDatabase(path) == before);

    // into a fresh database the export imports as a set of identical content
    testing::Fixture second({.set = testing::FixtureSet::None});
    auto& other = second.ws;
    auto imported = other->sets().importFile(exported);
    REQUIRE_OK(imported);
    CHECK(imported->created);
    auto a = ws->sets().find(QStringLiteral("MINI"), QStringLiteral("1"));
    auto b = other->sets().find(QStringLiteral("MINI"), QStringLiteral("1"));
    REQUIRE_OK(a);
    REQUIRE_OK(b);
    CHECK(a->contentSha256 == b->contentSha256);
}

TEST_CASE("Export to an unwritable place fails cleanly", "[services][sets][broken]")
{
    testing::Fixture f({.set = testing::FixtureSet::None});
    auto& ws = f.ws;
    REQUIRE_OK(ws->sets().importFile(fixture("Valid.json")));
    const QString target = f.file(QStringLiteral("no/such/folder/set.json"));
    auto written = ws->sets().exportToFile(QStringLiteral("MINI"), QStringLiteral("1"), target);
    REQUIRE_FALSE(written);
    CHECK(written.error().message.contains(QStringLiteral("set.json")));
    CHECK_FALSE(QFileInfo::exists(target));
}

TEST_CASE("The newest version is chosen by version number", "[services][sets]")
{
    testing::Fixture f({.set = testing::FixtureSet::None});
    auto& ws = f.ws;
    QByteArray bytes = testing::readFile(fixture("Valid.json"));
    for (const char* version : {"2025.10", "2025.2", "2025.9"}) {
        QByteArray copy = bytes;
        copy.replace("\"version\": \"1\"", QByteArray("\"version\": \"").append(version).append("\""));
        REQUIRE_OK(ws->sets().importJson(copy, QString::fromLatin1(version)));
    }
    auto newest = ws->sets().find(QStringLiteral("MINI"));
    REQUIRE_OK(newest);
    CHECK(newest->version == u"2025.10");
    auto missing = ws->sets().find(QStringLiteral("NOPE"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == cc::ErrorCode::NotFound);
}
