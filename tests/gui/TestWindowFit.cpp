// SPDX-License-Identifier: GPL-3.0-or-later
// Every window and dialog fits the laptop's screen. The "[geometry]" cases are hidden from the
// plain run and run by ctest on offscreen screens of a given size and scaling
// (tests/data/screens/*.json, see tests/CMakeLists.txt).
#include "app/commands/History.h"
#include "app/gui/AssessmentWindow.h"
#include "app/gui/MainWindow.h"
#include "app/gui/WindowFit.h"
#include "core/services/Workspace.h"
#include "tests/gui/EveryWindow.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QTest>

namespace {

using testing::Fixture;
using testing::FixtureSet;

QString describe(const QRect& r)
{
    return QStringLiteral("%1,%2 %3×%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// Shown, the widget lies inside the screen's free area and has at least the room its layout needs.
void checkFits(QWidget& w)
{
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const QRect available = w.screen()->availableGeometry();
    CAPTURE(w.metaObject()->className(), describe(available), describe(w.frameGeometry()));
    CAPTURE(w.minimumSizeHint().width(), w.minimumSizeHint().height());
    CHECK(available.contains(w.frameGeometry()));
    CHECK(w.width() >= w.minimumSizeHint().width());
    CHECK(w.height() >= w.minimumSizeHint().height());
    w.hide();
}

} // namespace

TEST_CASE("gui: a window is made no larger than the screen's free area, and moved onto it", "[gui][geometry-rule]")
{
    const QRect screen(0, 0, 1366, 728); // 1366×768 less a 40-pixel panel
    // The main window at 150 % on that laptop: 1650×1050 becomes the whole free area less the frame.
    const QRect main = WindowFit::fitted(QRect(100, 100, 1650, 1050), QSize(16, 40), screen);
    CHECK(main == QRect(8, 32, 1350, 688));
    // A small dialog stays as it is, where it is.
    CHECK(WindowFit::fitted(QRect(300, 200, 400, 300), QSize(16, 40), screen) == QRect(300, 200, 400, 300));
    // Off the bottom right: moved back on.
    CHECK(WindowFit::fitted(QRect(1200, 600, 400, 300), QSize(16, 40), screen) == QRect(958, 420, 400, 300));
    // A second screen to the left (negative coordinates) counts as well.
    CHECK(WindowFit::fitted(QRect(-500, 10, 300, 200), QSize(0, 0), QRect(-1280, 0, 1280, 720))
          == QRect(-500, 10, 300, 200));
}

TEST_CASE("gui: every window and dialog fits the screen, and keeps its size for that screen", "[.][geometry]")
{
    WindowFit::install(*qobject_cast<QApplication*>(QCoreApplication::instance()));
    QSettings().remove(QStringLiteral("windows"));
    Fixture f({.set = FixtureSet::Demo, .fileName = QStringLiteral("fit.sqlite")});
    MainWindow window(std::move(f.ws));
    int visited = 0;
    testing::forEveryWindow(window, [&](QWidget& w) {
        checkFits(w);
        ++visited;
    });
    CHECK(visited >= 12);

    // A size the assessor chose comes back for the next check opened on this screen.
    window.show();
    const auto checks = testing::valueOf(window.workspace().assessments().list());
    QPointer<AssessmentWindow> entry = window.openAssessment(checks.front().id);
    REQUIRE(entry);
    entry->show();
    REQUIRE(QTest::qWaitForWindowExposed(entry));
    const QSize chosen = entry->minimumSizeHint() + QSize(10, 10);
    entry->resize(chosen);
    entry->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    REQUIRE(entry.isNull());
    entry = window.openAssessment(checks.front().id);
    REQUIRE(entry);
    entry->show();
    REQUIRE(QTest::qWaitForWindowExposed(entry));
    CHECK(entry->size() == chosen);
}
