// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/AppEnvironment.h"
#include "app/gui/AssessmentWindow.h"
#include "app/gui/DatabaseCareActions.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/MainWindow.h"
#include "app/models/AssessmentListModel.h"
#include "app/models/CommunityFilterModel.h"
#include "app/models/CommunityListModel.h"
#include "app/models/SetListModel.h"
#include "app/models/SetTreeModel.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using testing::Fixture;
using testing::FixtureSet;

TEST_CASE("gui: models pass the model tester", "[gui][models]")
{
    Fixture f({.set = FixtureSet::Demo});
    cc::Workspace* ws = f.ws.get();

    CommunityListModel communities;
    QAbstractItemModelTester t1(&communities, QAbstractItemModelTester::FailureReportingMode::Fatal);
    communities.setCommunities(ws->communities().list().value(), {});
    CHECK(communities.rowCount() >= 4);

    CommunityFilterModel filter;
    filter.setSourceModel(&communities);
    QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSearchText(QStringLiteral("豫章"));
    CHECK(filter.rowCount() == 1);
    filter.setSearchText(QString());
    filter.setCounty(QStringLiteral("章贡区"));
    CHECK(filter.rowCount() == 2);
    filter.setCounty(QString());
    filter.setPilotsOnly(true);
    CHECK(filter.rowCount() < communities.rowCount());
    filter.sort(CommunityListModel::Households);

    SetListModel sets;
    QAbstractItemModelTester t3(&sets, QAbstractItemModelTester::FailureReportingMode::Fatal);
    sets.setSets(ws->sets().list().value(), QStringLiteral("zh_CN"));
    CHECK(sets.rowCount() == 1);

    SetTreeModel tree;
    QAbstractItemModelTester t4(&tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tree.setIndicatorSet(ws->sets().load(QStringLiteral("JX-HSQ")).value(), QStringLiteral("zh_CN"));
    CHECK(tree.rowCount() == 6);
    const QModelIndex programme = tree.index(1, 0);
    CHECK(tree.rowCount(programme) == 3);
    const QModelIndex task = tree.index(0, 0, programme);
    const QModelIndex indicator = tree.index(0, 0, task);
    REQUIRE(tree.indicator(indicator));
    CHECK(tree.parent(indicator) == task);
    tree.retranslate(QStringLiteral("en"));
}

TEST_CASE("gui: the main window shows the register in Chinese and switches to English", "[gui]")
{
    Fixture f({.set = FixtureSet::Demo, .fileName = QStringLiteral("window.sqlite")});
    appenv::installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    MainWindow window(std::move(f.ws));
    window.switchLanguage(QStringLiteral("zh_CN"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle().contains(QStringLiteral("社区体检")));

    auto* table = window.findChild<QTableView*>(QStringLiteral("communitiesTableView"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() >= 4);
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    REQUIRE(search);
    QTest::keyClicks(search, QStringLiteral("NC-DH"));
    CHECK(table->model()->rowCount() == 3);
    search->clear();

    auto* tree = window.findChild<QTreeView*>(QStringLiteral("setTreeView"));
    REQUIRE(tree);
    CHECK(tree->model()->rowCount() == 6);

    auto* edit = window.findChild<QMenu*>(QStringLiteral("editMenu"));
    REQUIRE(edit);
    REQUIRE_FALSE(edit->actions().isEmpty());
    CHECK(edit->actions().front()->text().contains(QStringLiteral("撤销")));
    window.switchLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(window.windowTitle().contains(QStringLiteral("CommunityCheck")));
    CHECK(window.findChild<QTabWidget*>(QStringLiteral("mainTabWidget"))
              ->tabText(0)
              .remove(u'&')
              .contains(QStringLiteral("Communities")));
    CHECK(edit->actions().front()->text() == u"&Undo"); // the history's actions follow the language
    window.switchLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    CHECK(window.windowTitle().contains(QStringLiteral("社区体检")));
    CHECK(edit->actions().front()->text().contains(QStringLiteral("撤销")));
}

TEST_CASE("gui: a broken set file is refused with its JSON path", "[gui][broken]")
{
    Fixture f({.set = FixtureSet::Demo, .fileName = QStringLiteral("import.sqlite")});
    MainWindow window(std::move(f.ws));
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(window.importSet(QStringLiteral(CC_TEST_DATA "/sets/BrokenNegativeWeight.json")));
    CHECK(ErrorPresenter::lastMessage().contains(QStringLiteral("groups[1].groups[1].weight")));
    CHECK(window.importSet(QStringLiteral(CC_TEST_DATA "/sets/Valid.json")));
    CHECK(window.workspace().sets().list().value().size() == 2);
}

TEST_CASE("gui: opening a file that is not a database keeps the current one", "[gui][broken]")
{
    Fixture f({.set = FixtureSet::Demo, .fileName = QStringLiteral("current.sqlite")});
    MainWindow window(std::move(f.ws));
    const QString bogus = f.file(QStringLiteral("bogus.sqlite"));
    {
        QFile f(bogus);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a database");
    }
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(window.openDatabase(bogus));
    CHECK(window.workspace().path().endsWith(QStringLiteral("current.sqlite")));
    CHECK(window.openDatabase(f.file(QStringLiteral("fresh.sqlite"))));
    CHECK(window.workspace().sets().list().value().size() == 1); // the default set was installed
}

TEST_CASE("gui: opening another database closes the open checks first", "[gui][review]")
{
    Fixture f({.set = FixtureSet::Demo, .fileName = QStringLiteral("first.sqlite")});
    MainWindow window(std::move(f.ws));
    const auto checks = window.workspace().assessments().list();
    REQUIRE(checks);
    QPointer<AssessmentWindow> check = window.openAssessment(checks->front().id);
    REQUIRE(check);
    // A file that is no database: refused, and the open check stays open on its database.
    const QString notADatabase = f.file(QStringLiteral("notes.sqlite"));
    {
        QFile file(notADatabase);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("这不是数据库，只是一些笔记。\n");
    }
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(window.openDatabase(notADatabase));
    CHECK_FALSE(ErrorPresenter::lastMessage().isEmpty());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(check.isNull());
    REQUIRE(window.openDatabase(f.file(QStringLiteral("second.sqlite"))));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(check.isNull()); // no window is left pointing at the closed database
}

TEST_CASE("gui: Ctrl+Q in either window quits: the entry windows close with the main window", "[gui][keys]")
{
    Fixture f({.set = FixtureSet::Demo, .fileName = QStringLiteral("quit.sqlite")});
    MainWindow window(std::move(f.ws));
    window.show();
    const auto checks = window.workspace().assessments().list();
    REQUIRE(checks);
    QPointer<AssessmentWindow> check = window.openAssessment(checks->front().id);
    REQUIRE(check);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(window.isVisible());
    CHECK(check.isNull()); // no entry window left running without its main window

    // From the entry window: its File menu has Quit too, and it closes every window.
    window.show();
    check = window.openAssessment(checks->front().id);
    REQUIRE(check);
    check->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(check));
    QTest::keyClick(check, Qt::Key_Q, Qt::ControlModifier);
    QTest::qWait(0); // Quit is queued, so the entry window's own shortcut returns first
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(check.isNull());
    CHECK_FALSE(window.isVisible());
}

TEST_CASE("gui: the checks list shows each check's score, sorts on it and finds a community", "[gui][checks]")
{
    Fixture f({.set = FixtureSet::Demo, .fileName = QStringLiteral("checks.sqlite")});
    MainWindow window(std::move(f.ws));
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("assessmentsTableView"));
    REQUIRE(table);
    QAbstractItemModel* model = table->model();
    REQUIRE(model->rowCount() == 6); // the demo's checks
    // Scores as the scoring engine gives them, from the cache.
    int withScore = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!model->index(row, AssessmentListModel::Score).data().toString().isEmpty())
            ++withScore;
    }
    CHECK(withScore == 6);
    // Sorted by score, best first.
    table->sortByColumn(AssessmentListModel::Score, Qt::DescendingOrder);
    double previous = 101;
    for (int row = 0; row < model->rowCount(); ++row) {
        const double score =
            model->index(row, AssessmentListModel::Score).data(AssessmentListModel::SortRole).toDouble();
        CHECK(score <= previous);
        previous = score;
    }
    // The search keeps one community's checks.
    window.findChild<QLineEdit*>(QStringLiteral("assessmentSearchLineEdit"))->setText(QStringLiteral("豫章里"));
    CHECK(model->rowCount() == 2);
}

TEST_CASE("gui: the database's integrity checks run beside the open window", "[gui][mainwindow]")
{
    testing::Fixture f({.set = testing::FixtureSet::Demo, .fileName = QStringLiteral("verify.sqlite")});
    MainWindow window(std::move(f.ws));
    window.show();
    std::optional<bool> outcome;
    window.verifyDatabaseInBackground([&](bool ok) { outcome = ok; });
    QElapsedTimer waited;
    waited.start();
    while (!outcome && waited.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    REQUIRE(outcome);
    CHECK(*outcome);
    CHECK(window.isVisible()); // a sound file keeps the window open
}

TEST_CASE("gui: File → Check database runs the full checks and says a sound database is sound", "[gui][backup]")
{
    Fixture f;
    MainWindow window(std::move(f.ws));
    auto* action = window.findChild<QAction*>(QStringLiteral("checkDatabaseAction"));
    REQUIRE(action);
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    CHECK(DatabaseCareActions::checkDatabase(&window, window.workspace().path()));
    CHECK(ErrorPresenter::lastMessage().contains(QStringLiteral("sound")));
    CHECK(window.findChild<QMenu*>(QStringLiteral("fileMenu"))->actions().contains(action));
}
