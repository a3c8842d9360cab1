// SPDX-License-Identifier: GPL-3.0-or-later
// The entry screen driven by the keyboard, as an assessor uses it.
#include "app/commands/History.h"
#include "app/gui/AssessmentDocument.h"
#include "app/gui/AssessmentWindow.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/SubmitDialog.h"
#include "app/models/AssessmentListModel.h"
#include "app/models/AssessmentTreeModel.h"
#include "core/domain/Ledger.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

namespace {

using testing::Fixture;

// A check of the mini set, opened through the database's one history.
struct Entry
{
    Fixture f {{.user = QStringLiteral("李明")}};
    History history {*f.ws};
};

template <typename T>
T* child(QWidget& window, const char* name)
{
    T* w = window.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

// Shown and active: the window's shortcuts (Alt+letter, Ctrl+W) need it.
void activate(QWidget& window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("gui: an assessor answers by keyboard; Enter saves and moves on", "[gui][entry]")
{
    Entry e;
    Fixture& f = e.f;
    AssessmentWindow window(e.history, f.check, QStringLiteral("zh_CN"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.isLoaded());
    CHECK(window.currentIndicatorCode() == u"A-01");

    // yes/no: Y with the choice focused, Enter confirms
    auto* yes = child<QRadioButton>(window, "yesRadioButton");
    yes->setFocus();
    QTest::keyClick(yes, Qt::Key_Y);
    QTest::keyClick(yes, Qt::Key_Return);
    CHECK(std::get<bool>(f.stored(QStringLiteral("A-01")).value) == true);
    CHECK(window.currentIndicatorCode() == u"A-02");

    // number: typed, Enter; A-03 does not apply to this type and is skipped
    auto* number = child<QLineEdit>(window, "numberLineEdit");
    QTest::keyClicks(number, QStringLiteral("56"));
    QTest::keyClick(number, Qt::Key_Return);
    CHECK(std::get<double>(f.stored(QStringLiteral("A-02")).value) == 56);
    CHECK(window.currentIndicatorCode() == u"B1-01");

    // a letter in a number field: a message beside it, nothing stored, still here
    QTest::keyClicks(number, QStringLiteral("2x"));
    QTest::keyClick(number, Qt::Key_Return);
    CHECK_FALSE(child<QLabel>(window, "errorLabel")->text().isEmpty());
    CHECK_FALSE(f.stored(QStringLiteral("B1-01")).hasValue());
    CHECK(window.currentIndicatorCode() == u"B1-01");
    number->clear();
    QTest::keyClicks(number, QStringLiteral("0"));
    QTest::keyClick(number, Qt::Key_Return);
    CHECK(std::get<double>(f.stored(QStringLiteral("B1-01")).value) == 0);

    // choice: arrow keys pick an option
    CHECK(window.currentIndicatorCode() == u"B1-02");
    auto* choices = child<QListWidget>(window, "choiceListWidget");
    choices->setFocus();
    QTest::keyClick(choices, Qt::Key_Down);
    QTest::keyClick(choices, Qt::Key_Down);
    QTest::keyClick(choices, Qt::Key_Return);
    CHECK(std::get<QString>(f.stored(QStringLiteral("B1-02")).value) == u"partly");

    // rating outside its scale is refused beside the field
    CHECK(window.currentIndicatorCode() == u"B2-01");
    QTest::keyClicks(number, QStringLiteral("7"));
    QTest::keyClick(number, Qt::Key_Return);
    CHECK(child<QLabel>(window, "errorLabel")->text().contains(QStringLiteral("7")));
    CHECK_FALSE(f.stored(QStringLiteral("B2-01")).hasValue());

    // N/A with a reason
    auto* na = child<QCheckBox>(window, "naCheckBox");
    na->setFocus();
    QTest::keyClick(na, Qt::Key_Space);
    auto* reason = child<QLineEdit>(window, "naReasonLineEdit");
    reason->insert(QStringLiteral("本轮未开展问卷")); // as an input method commits it
    QTest::keyClick(reason, Qt::Key_Return);
    const cc::Response b201 = f.stored(QStringLiteral("B2-01"));
    CHECK(b201.notApplicable);
    CHECK(b201.note == u"本轮未开展问卷");

    // checklist: Space toggles, Enter confirms
    CHECK(window.currentIndicatorCode() == u"B2-02");
    auto* items = child<QListWidget>(window, "checklistListWidget");
    items->setFocus();
    QTest::keyClick(items, Qt::Key_Space);
    QTest::keyClick(items, Qt::Key_Return);
    CHECK(std::get<QStringList>(f.stored(QStringLiteral("B2-02")).value) == QStringList {QStringLiteral("water")});

    // the live score comes from the engine
    auto scored = f.ws->assessments().score(f.check);
    REQUIRE(scored);
    CHECK(child<QLabel>(window, "scoreLabel")
              ->text()
              .contains(QLocale().toString(cc::scoring::round1(*scored->score.overall), 'f', 1)));
}

TEST_CASE("gui: undo and redo go through storage", "[gui][entry]")
{
    Entry e;
    Fixture& f = e.f;
    AssessmentWindow window(e.history, f.check, QStringLiteral("en"));
    REQUIRE(window.isLoaded());
    auto& doc = window.document();
    REQUIRE(doc.setResponse({QStringLiteral("A-02"), 10.0, false, {}, false, {}}));
    REQUIRE(doc.setResponse({QStringLiteral("A-02"), 20.0, false, {}, false, {}}));
    CHECK(std::get<double>(f.stored(QStringLiteral("A-02")).value) == 20);
    e.history.undo();
    CHECK(std::get<double>(f.stored(QStringLiteral("A-02")).value) == 10);
    e.history.undo();
    CHECK_FALSE(f.stored(QStringLiteral("A-02")).hasValue()); // back to unanswered
    e.history.redo();
    CHECK(std::get<double>(f.stored(QStringLiteral("A-02")).value) == 10);

    // a value the store refuses never lands on the stack
    const int depth = e.history.stack().count();
    REQUIRE_FALSE(doc.setResponse({QStringLiteral("B2-01"), 9.0, false, {}, false, {}}));
    CHECK(e.history.stack().count() == depth);
}

TEST_CASE("gui: submitting lists what is missing; a submitted check is read-only", "[gui][entry][workflow]")
{
    Entry e;
    Fixture& f = e.f;
    AssessmentWindow window(e.history, f.check, QStringLiteral("en"));
    REQUIRE(window.isLoaded());
    {
        SubmitDialog dialog(window.document(), QStringLiteral("en"));
        CHECK(dialog.blockerCount() == 6);
        CHECK_FALSE(child<QPushButton>(dialog, "submitPushButton")->isEnabled());
    }
    REQUIRE_OK(f.ws->assessments().importResponses(
        f.check,
        testing::readFile(testing::dataPath(QStringLiteral("scoring/responses.csv"))),
        QStringLiteral("responses.csv")));
    REQUIRE_OK(window.document().reload());
    SubmitDialog dialog(window.document(), QStringLiteral("en"));
    CHECK(dialog.blockerCount() == 0);
    auto* submit = child<QPushButton>(dialog, "submitPushButton");
    REQUIRE(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    CHECK(f.ws->assessments().find(f.check)->status == cc::AssessmentStatus::Submitted);
    CHECK_FALSE(window.document().isEditable());
    CHECK_FALSE(child<QWidget>(window, "editorStack")->isEnabled());
    CHECK_FALSE(window.confirmCurrent());
}

TEST_CASE("gui: assessment models pass the model tester", "[gui][models]")
{
    Fixture f;
    auto scored = f.ws->assessments().score(f.check);
    REQUIRE(scored);
    AssessmentTreeModel tree;
    QAbstractItemModelTester t1(&tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tree.setAssessment(scored->set, scored->score, QStringLiteral("zh_CN"));
    CHECK(tree.rowCount() == 2);
    REQUIRE(f.ws->assessments().saveResponses(f.check,
                                              {cc::Response {QStringLiteral("A-01"), true, false, {}, false, {}}}));
    scored = f.ws->assessments().score(f.check);
    tree.setAssessment(scored->set, scored->score, QStringLiteral("zh_CN")); // same set: a refresh
    CHECK(tree.index(0, AssessmentTreeModel::Value).data().toString().contains(QStringLiteral("1")));
    tree.setLanguage(QStringLiteral("en"));

    AssessmentListModel list;
    QAbstractItemModelTester t2(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    list.setAssessments(f.ws->assessments().list().value());
    CHECK(list.rowCount() == 1);
    CHECK(list.rowOf(f.check) == 0);
    CHECK(list.index(0, AssessmentListModel::CheckDate).data().toString()
          == f.ws->assessments().find(f.check)->checkDate.toString(Qt::ISODate));
}

TEST_CASE("gui: Enter never ticks a yes/no by itself; N then Enter records No", "[gui][entry][review]")
{
    Entry e;
    Fixture& f = e.f;
    AssessmentWindow window(e.history, f.check, QStringLiteral("en"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.currentIndicatorCode() == u"A-01");
    auto* yes = child<QRadioButton>(window, "yesRadioButton");
    yes->setFocus();
    QTest::keyClick(yes, Qt::Key_Return);
    CHECK_FALSE(f.stored(QStringLiteral("A-01")).hasValue()); // nothing ticked: a message, nothing stored
    CHECK_FALSE(child<QLabel>(window, "errorLabel")->text().isEmpty());
    QTest::keyClick(yes, Qt::Key_N);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(std::get<bool>(f.stored(QStringLiteral("A-01")).value) == false);
}

TEST_CASE("gui: Ctrl+Z in a number field undoes the last answer; a photo keeps what is typed", "[gui][entry][review]")
{
    Entry e;
    Fixture& f = e.f;
    AssessmentWindow window(e.history, f.check, QStringLiteral("en"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showIndicator(QStringLiteral("A-02"));
    auto* number = child<QLineEdit>(window, "numberLineEdit");
    number->setFocus();
    QTest::keyClicks(number, QStringLiteral("56"));
    QTest::keyClick(number, Qt::Key_Return);
    REQUIRE(std::get<double>(f.stored(QStringLiteral("A-02")).value) == 56);
    // the cursor is now in B1-01's number field
    REQUIRE(window.currentIndicatorCode() == u"B1-01");
    QTest::keyClicks(number, QStringLiteral("2"));
    // adding a photo does not wipe the typed, unconfirmed value
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    REQUIRE(window.addPhotoFiles({QStringLiteral(CC_TEST_DATA "/photos/Plain.jpg")}) == 1);
    CHECK(number->text() == u"2");
    number->clear();
    QTest::keySequence(number, QKeySequence::Undo); // undoes the photo
    CHECK(f.ws->photos().list(f.check)->empty());
    QTest::keySequence(number, QKeySequence::Undo); // undoes A-02
    CHECK_FALSE(f.stored(QStringLiteral("A-02")).hasValue());
}

TEST_CASE("gui: a count larger than the register allows is a warning at entry and in the submit dialog",
          "[gui][entry][workflow]")
{
    Entry e;
    Fixture& f = e.f;
    AssessmentWindow window(e.history, f.check, QStringLiteral("en"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showIndicator(QStringLiteral("B1-01"));
    auto* number = child<QLineEdit>(window, "numberLineEdit");
    auto* doubt = child<QLabel>(window, "plausibilityLabel");
    CHECK(doubt->text().isEmpty());
    // 20 buildings with gas hazards in a community of 12: stored, said, and the assessor stays here.
    QTest::keyClicks(number, QStringLiteral("20"));
    QTest::keyClick(number, Qt::Key_Return);
    CHECK(std::get<double>(f.stored(QStringLiteral("B1-01")).value) == 20);
    CHECK(doubt->text().contains(QStringLiteral("12")));
    CHECK(window.currentIndicatorCode() == u"B1-01");
    // Enter again: the assessor has looked; on to the next unanswered one.
    QTest::keyClick(number, Qt::Key_Return);
    CHECK(window.currentIndicatorCode() == u"B1-02");
    window.showIndicator(QStringLiteral("B1-01")); // coming back shows the warning again
    CHECK_FALSE(doubt->text().isEmpty());

    // Everything else answered: nothing blocks, but submitting needs the assessor's word.
    REQUIRE_OK(f.ws->assessments().importResponses(
        f.check,
        testing::readFile(testing::dataPath(QStringLiteral("scoring/responses.csv"))),
        QStringLiteral("responses.csv")));
    REQUIRE_OK(window.document().reload());
    REQUIRE_OK(window.document().setResponse({QStringLiteral("B1-01"), 20.0, false, {}, false, {}}));
    {
        SubmitDialog dialog(window.document(), QStringLiteral("en"));
        CHECK(dialog.blockerCount() == 0);
        CHECK(dialog.warningCount() == 1);
        CHECK(child<QListWidget>(dialog, "warningsListWidget")->item(0)->text().contains(QStringLiteral("B1-01")));
        auto* submit = child<QPushButton>(dialog, "submitPushButton");
        CHECK_FALSE(submit->isEnabled());
        child<QCheckBox>(dialog, "checkedValuesCheckBox")->setChecked(true);
        CHECK(submit->isEnabled());
    }
    // Corrected to the 2 buildings the team recounted: no warning, nothing to confirm.
    REQUIRE_OK(window.document().setResponse({QStringLiteral("B1-01"), 2.0, false, {}, false, {}}));
    SubmitDialog dialog(window.document(), QStringLiteral("en"));
    CHECK(dialog.warningCount() == 0);
    CHECK(child<QPushButton>(dialog, "submitPushButton")->isEnabled());
}

TEST_CASE("gui: the check's date is changed as one undoable step, and only while the check takes answers",
          "[gui][entry][workflow]")
{
    Entry e;
    Fixture& f = e.f;
    AssessmentWindow window(e.history, f.check, QStringLiteral("en"));
    REQUIRE(window.isLoaded());
    const QDate created = f.ws->assessments().find(f.check)->checkDate;
    REQUIRE_OK(window.document().setCheckDate(QDate(2025, 5, 6)));
    CHECK(f.ws->assessments().find(f.check)->checkDate == QDate(2025, 5, 6));
    CHECK(window.document().scored().assessment.checkDate == QDate(2025, 5, 6));
    CHECK(e.history.stack().undoText().contains(QStringLiteral("2025-05-06")));
    e.history.undo();
    CHECK(f.ws->assessments().find(f.check)->checkDate == created);
    e.history.redo();
    CHECK(f.ws->assessments().find(f.check)->checkDate == QDate(2025, 5, 6));
    const int depth = e.history.stack().count();
    REQUIRE_OK(window.document().setCheckDate(QDate(2025, 5, 6))); // the same day: no step
    CHECK(e.history.stack().count() == depth);
    REQUIRE_FALSE(window.document().setCheckDate(QDate(1990, 1, 1))); // refused, nothing stored
    CHECK(e.history.stack().count() == depth);
    CHECK(f.ws->assessments().find(f.check)->checkDate == QDate(2025, 5, 6));
}

TEST_CASE("gui: Alt+N then Enter at once saves No: what is shown ticked is what is saved", "[gui][entry][keys]")
{
    Entry e;
    Fixture& f = e.f;
    AssessmentWindow window(e.history, f.check, QStringLiteral("en"));
    activate(window);
    REQUIRE(window.currentIndicatorCode() == u"A-01");
    // No delay between the keys: Qt's animated click would tick 100 ms later.
    QTest::keyClick(&window, Qt::Key_N, Qt::AltModifier, 0);
    CHECK(child<QRadioButton>(window, "noRadioButton")->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::NoModifier, 0);
    REQUIRE(f.stored(QStringLiteral("A-01")).hasValue());
    CHECK(std::get<bool>(f.stored(QStringLiteral("A-01")).value) == false);
    CHECK(child<QLabel>(window, "errorLabel")->text().isEmpty());
}

TEST_CASE("gui: Enter in the search box jumps to the indicator found, and confirms nothing", "[gui][entry][keys]")
{
    Entry e;
    Fixture& f = e.f;
    AssessmentWindow window(e.history, f.check, QStringLiteral("en"));
    activate(window);
    REQUIRE(window.currentIndicatorCode() == u"A-01");
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto* find = child<QLineEdit>(window, "findLineEdit");
    REQUIRE(find->hasFocus());
    QTest::keyClicks(find, QStringLiteral("B1-02"));
    QTest::keyClick(find, Qt::Key_Return);
    CHECK(window.currentIndicatorCode() == u"B1-02");
    CHECK(child<QLabel>(window, "errorLabel")->text().isEmpty()); // A-01 was not confirmed empty
    CHECK_FALSE(f.stored(QStringLiteral("A-01")).hasValue());
    CHECK_FALSE(find->hasFocus()); // the editor of B1-02 has it
    // Esc in the search box ends the search; the window stays.
    find->setFocus();
    QTest::keyClick(find, Qt::Key_Escape);
    CHECK(find->text().isEmpty());
    CHECK(window.isVisible());
}

TEST_CASE("gui: Ctrl+W closes the entry window, asking first about a value typed and not confirmed",
          "[gui][entry][keys]")
{
    Entry e;
    Fixture& f = e.f;
    auto* window = new AssessmentWindow(e.history, f.check, QStringLiteral("en"));
    QPointer<AssessmentWindow> alive(window);
    activate(*window);
    QTest::keyClick(window, Qt::Key_Y, Qt::AltModifier, 0); // Yes, not confirmed
    // Asked, the assessor keeps it: the value is confirmed and the window closes.
    ErrorPresenter::setNextAnswer(QMessageBox::Save);
    QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier);
    CHECK(ErrorPresenter::lastMessage().contains(QStringLiteral("A-01")));
    CHECK(std::get<bool>(f.stored(QStringLiteral("A-01")).value) == true);
    QTest::qWait(0); // deleteLater
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(alive.isNull());

    // Nothing pending: Ctrl+W closes at once; Cancel keeps it open.
    auto* second = new AssessmentWindow(e.history, f.check, QStringLiteral("en"));
    activate(*second);
    REQUIRE(second->currentIndicatorCode() == u"A-02"); // a number
    auto* number = child<QLineEdit>(*second, "numberLineEdit");
    QTest::keyClicks(number, QStringLiteral("5"));
    ErrorPresenter::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(second, Qt::Key_W, Qt::ControlModifier);
    CHECK(second->isVisible());
    QTest::keyClick(number, Qt::Key_Return, Qt::NoModifier, 0);
    CHECK(f.stored(QStringLiteral("A-02")).hasValue());
    second->activateWindow(); // the question box had it
    REQUIRE(QTest::qWaitForWindowActive(second));
    QTest::keyClick(second, Qt::Key_W, Qt::ControlModifier);
    CHECK_FALSE(second->isVisible());
}

namespace {

// Another program writes an answer to the same database: the CLI, as a second process.
void answerFromAnotherProgram(const Fixture& f, const QString& indicator, const QString& value)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("answer.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("indicator,value\n%1,%2\n").arg(indicator, value).toUtf8());
    file.close();
    QProcess cli;
    cli.start(QStringLiteral(CC_CLI_BINARY),
              {QStringLiteral("--db"),
               f.ws->path(),
               QStringLiteral("responses"),
               QStringLiteral("import"),
               f.check.toString(),
               csv});
    REQUIRE(cli.waitForFinished(30000));
    CAPTURE(QString::fromUtf8(cli.readAllStandardError()));
    REQUIRE(cli.exitCode() == 0);
}

} // namespace

TEST_CASE("gui: an answer changed by another program shows up, and is not written over unasked",
          "[gui][entry][elsewhere]")
{
    Entry e;
    Fixture& f = e.f;
    AssessmentWindow window(e.history, f.check, QStringLiteral("en"));
    activate(window);
    window.showIndicator(QStringLiteral("A-02")); // a number
    auto* number = child<QLineEdit>(window, "numberLineEdit");

    // Untouched editor: the other program's answer appears by itself (within the second's poll).
    answerFromAnotherProgram(f, QStringLiteral("A-02"), QStringLiteral("5"));
    REQUIRE(QTest::qWaitFor([&] { return number->text() == u"5"; }, 5000));

    // Touched: the assessor types 7; meanwhile the other program stores 6. Enter asks first.
    number->setFocus();
    number->selectAll();
    QTest::keyClicks(number, QStringLiteral("7"));
    answerFromAnotherProgram(f, QStringLiteral("A-02"), QStringLiteral("6"));
    ErrorPresenter::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(number, Qt::Key_Return, Qt::NoModifier, 0);
    CHECK(ErrorPresenter::lastMessage().contains(QStringLiteral("A-02")));
    CHECK(ErrorPresenter::lastMessage().contains(QStringLiteral("6")));
    CHECK(number->text() == u"7"); // still what the assessor typed
    CHECK(std::get<double>(f.stored(QStringLiteral("A-02")).value) == 6.0); // nothing written over
    ErrorPresenter::setNextAnswer(QMessageBox::Save);
    QTest::keyClick(number, Qt::Key_Return, Qt::NoModifier, 0);
    CHECK(std::get<double>(f.stored(QStringLiteral("A-02")).value) == 7.0); // written over, when asked to
    CHECK(window.currentIndicatorCode() != u"A-02"); // and on to the next
}

TEST_CASE("gui: undo while the tree is filtered shows the answer it took back", "[gui][entry][keys]")
{
    Entry e;
    Fixture& f = e.f;
    AssessmentWindow window(e.history, f.check, QStringLiteral("en"));
    activate(window);
    REQUIRE(window.currentIndicatorCode() == u"A-01");
    QTest::keyClick(&window, Qt::Key_Y, Qt::AltModifier, 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::NoModifier, 0);
    REQUIRE(f.stored(QStringLiteral("A-01")).hasValue());
    auto* find = child<QLineEdit>(window, "findLineEdit");
    find->setText(QStringLiteral("B1-02"));
    QTest::keyClick(find, Qt::Key_Return);
    REQUIRE(window.currentIndicatorCode() == u"B1-02");
    e.history.undo(); // takes back A-01, which the search hides
    CHECK_FALSE(f.stored(QStringLiteral("A-01")).hasValue());
    CHECK(window.currentIndicatorCode() == u"A-01");
    CHECK(find->text().isEmpty());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("A-01")));
}

TEST_CASE("gui: an indicator counted from the ledger shows its value read-only and its buildings' photos",
          "[gui][entry][ledger]")
{
    Fixture f({.set = testing::FixtureSet::Default});
    History history(*f.ws);
    REQUIRE_OK(f.ws->buildings().importCsv(
        f.community.code, QByteArray("estate,building\n幸福小区,3号楼\n"), QStringLiteral("b.csv"), false));
    REQUIRE_OK(f.ws->buildings().importLedgerCsv(
        f.check, QByteArray("estate,building,item\n幸福小区,3号楼,H3.5\n"), QStringLiteral("l.csv")));
    const auto building = testing::valueOf(f.ws->buildings().list(f.community.code)).front();
    cc::Photo p;
    p.indicatorCode = cc::ledgerPhotoKey(building.id, QStringLiteral("H3.5"));
    p.originalName = QStringLiteral("楼道.jpg");
    p.originalSize = 3000;
    p.originalSha256 = QString(64, u'b');
    p.width = 640;
    p.height = 480;
    p.caption = QStringLiteral("3号楼");
    REQUIRE_OK(f.ws->photos().add(f.check, {cc::PhotoUpload {p, QByteArray("jpeg"), QByteArray("thumb")}}));

    AssessmentWindow window(history, f.check, QStringLiteral("en"));
    window.showIndicator(QStringLiteral("B6-01"));
    auto* value = child<QLineEdit>(window, "numberLineEdit");
    CHECK(value->text() == u"1");
    CHECK(value->isReadOnly());
    CHECK(child<QLabel>(window, "indicatorTitleLabel")->text().contains(u"Counted from the building ledger"));
    auto* photos = child<QListWidget>(window, "photoListWidget");
    REQUIRE(photos->count() == 1);
    CHECK(photos->item(0)->text() == u"H3.5 3号楼");
    // Another indicator does not show them; a typed one is not read-only.
    window.showIndicator(QStringLiteral("B5-03"));
    CHECK(photos->count() == 0);
    CHECK_FALSE(value->isReadOnly());
}
