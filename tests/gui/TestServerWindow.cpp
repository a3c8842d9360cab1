// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on a county server: what a role cannot do is not offered (the server refuses it
// anyway: tests/core/services/TestServer.cpp). Runs only against the test cluster ([server]).
#include "app/gui/MainWindow.h"
#include "core/services/Workspace.h"
#include "core/util/ServerAddress.h"
#include "core/util/ServerPasswords.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractButton>
#include <QAction>

namespace {

bool offered(MainWindow& window, const char* name)
{
    const QString objectName = QString::fromLatin1(name);
    if (auto* action = window.findChild<QAction*>(objectName))
        return action->isVisible();
    auto* button = window.findChild<QAbstractButton*>(objectName);
    REQUIRE(button);
    return !button->isHidden();
}

} // namespace

TEST_CASE("gui: on a server, each role sees what it may do and not what it may not", "[gui][server]")
{
    testing::Fixture f({.set = testing::FixtureSet::Demo});
    const QString name = QStringLiteral("gui_") + f.server->name.right(8);
    auto added = testing::valueOf(f.ws->server().addUser(name, QStringLiteral("assessor"), {}));
    auto address = cc::ServerAddress::parse(f.path);
    address->user = name;
    cc::ServerPasswords::remember(address->toString(), added.password);

    {
        // The database's owner is its admin: everything but a file's own care.
        MainWindow window(std::move(f.ws));
        CHECK(offered(window, "importSetAction"));
        CHECK(offered(window, "approveChecksPushButton"));
        CHECK(offered(window, "generateProjectsPushButton"));
        CHECK(offered(window, "buildPushButton"));
        CHECK_FALSE(offered(window, "backupNowAction"));
        CHECK_FALSE(offered(window, "importBundleAction"));
        CHECK(window.windowTitle().contains(f.server->name));
    }
    auto assessor = testing::valueOf(
        cc::Workspace::open(address->toString(), cc::Workspace::OpenMode::MustExist, QStringLiteral("ignored")));
    MainWindow window(std::move(assessor));
    CHECK(offered(window, "newAssessmentPushButton"));
    CHECK_FALSE(offered(window, "importSetAction"));
    CHECK_FALSE(offered(window, "editSetPushButton"));
    CHECK_FALSE(offered(window, "approveChecksPushButton"));
    CHECK_FALSE(offered(window, "returnChecksPushButton"));
    CHECK_FALSE(offered(window, "generateProjectsPushButton"));
    CHECK_FALSE(offered(window, "newCommunityPushButton"));
    CHECK_FALSE(offered(window, "acceptPushButton"));
    CHECK_FALSE(offered(window, "buildPushButton"));
    CHECK_FALSE(offered(window, "addDemandPushButton"));
    CHECK(window.windowTitle().contains(name));
}
