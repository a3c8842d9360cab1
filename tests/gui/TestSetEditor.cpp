// SPDX-License-Identifier: GPL-3.0-or-later
// The set editor as a standards editor uses it, keyboard first: fields checked as they are left,
// problems listed with where they are, undo, add and move indicators, save as a new version (the
// stored one unchanged), and the comparison with the checks whose grade would change.
#include "app/commands/History.h"
#include "app/gui/SetDiffDialog.h"
#include "app/gui/SetEditorDialog.h"
#include "core/io/IndicatorSetJson.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

namespace {

template <typename T>
T* child(QWidget& w, const char* name)
{
    T* c = w.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(c);
    return c;
}

// Types into a line edit and leaves it, as Tab does.
void type(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; });
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text); // as an input method gives it
    emit edit->editingFinished();
}

bool mentions(const QStringList& problems, const QString& text)
{
    return std::any_of(problems.begin(), problems.end(), [&](const QString& p) { return p.contains(text); });
}

} // namespace

TEST_CASE("gui: the set editor checks as you type, undoes, and saves a new version only", "[gui][sets]")
{
    testing::Fixture f({.responses = QStringLiteral("scoring/responses.csv")});
    History history(*f.ws);
    SetEditorDialog editor(history, f.setCode, QStringLiteral("1"));
    editor.show();
    CHECK(child<QLineEdit>(editor, "versionLineEdit")->text() == u"1-1");
    CHECK(mentions(editor.problems(), QStringLiteral("No problems")));

    // A-02 (the second indicator of group A): a weight that is no number, then a negative one.
    const cc::io::SetDocument::Node a02 {{0}, 1};
    editor.select(a02);
    CHECK(child<QLineEdit>(editor, "codeLineEdit")->text() == u"A-02");
    type(child<QLineEdit>(editor, "weightLineEdit"), QStringLiteral("abc"));
    CHECK(mentions(editor.problems(), QStringLiteral("\"abc\" is not a number")));
    type(child<QLineEdit>(editor, "weightLineEdit"), QStringLiteral("-2"));
    QTest::qWait(300); // the check runs once typing pauses
    CHECK(mentions(editor.problems(), QStringLiteral("groups[0].indicators[1].weight")));
    CHECK_FALSE(child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Save)->isEnabled());
    // Ctrl+Z takes the step back.
    QTest::keyClick(&editor, Qt::Key_Z, Qt::ControlModifier);
    CHECK(editor.document().node(a02).value(QStringLiteral("weight")).toDouble() == 1);
    type(child<QLineEdit>(editor, "weightLineEdit"), QStringLiteral("３")); // full-width
    CHECK(editor.document().node(a02).value(QStringLiteral("weight")).toDouble() == 3);

    // A new indicator after A-02, moved up past it.
    QTest::mouseClick(child<QPushButton>(editor, "addIndicatorPushButton"), Qt::LeftButton);
    CHECK(editor.document().node({{0}, 2}).value(QStringLiteral("code")).toString() == u"NEW-1");
    type(child<QLineEdit>(editor, "codeLineEdit"), QStringLiteral("A-09"));
    type(child<QLineEdit>(editor, "nameZhLineEdit"), QStringLiteral("夜间照明"));
    QTest::keyClick(&editor, Qt::Key_Up, Qt::ControlModifier);
    CHECK(editor.document().node({{0}, 1}).value(QStringLiteral("code")).toString() == u"A-09");

    // The same version as a stored one cannot be saved.
    type(child<QLineEdit>(editor, "versionLineEdit"), QStringLiteral("1"));
    emit child<QLineEdit>(editor, "versionLineEdit")->textEdited(QStringLiteral("1"));
    QTest::qWait(300);
    CHECK(mentions(editor.problems(), QStringLiteral("already stored")));
    CHECK_FALSE(editor.save());
    emit child<QLineEdit>(editor, "versionLineEdit")->textEdited(QStringLiteral("2"));
    QTest::qWait(300);
    REQUIRE(editor.save());

    auto v1 = f.ws->sets().load(f.setCode, QStringLiteral("1"));
    auto v2 = f.ws->sets().load(f.setCode, QStringLiteral("2"));
    REQUIRE_OK(v1);
    REQUIRE_OK(v2);
    CHECK((*v1)->indicator(u"A-02")->weight == 1); // the stored version is as it was
    CHECK((*v1)->indicator(u"A-09") == nullptr);
    CHECK((*v2)->indicator(u"A-02")->weight == 3);
    CHECK((*v2)->indicator(u"A-09")->name.zh == u"夜间照明");

    SetDiffDialog diff(*f.ws, **v1, **v2, nullptr);
    CHECK(diff.changeCount() >= 3); // version, A-02 weight, A-09 added
}

TEST_CASE("gui: the comparison lists the checks whose grade an edit would change", "[gui][sets]")
{
    testing::Fixture f({.responses = QStringLiteral("scoring/responses.csv")});
    auto v1 = f.ws->sets().load(f.setCode);
    REQUIRE_OK(v1);
    QJsonObject doc = cc::io::indicatorSetToJson(**v1);
    doc[QStringLiteral("version")] = QStringLiteral("2");
    QJsonArray grades = doc[QStringLiteral("grades")].toArray();
    QJsonObject good = grades[1].toObject();
    good[QStringLiteral("min")] = 82; // the check's 80.0 falls from 良 to 中
    grades[1] = good;
    doc[QStringLiteral("grades")] = grades;
    auto edited = cc::io::parseIndicatorSet(doc, QStringLiteral("edited"));
    REQUIRE_OK(edited);
    SetDiffDialog diff(*f.ws, **v1, *edited, nullptr);
    CHECK(diff.gradeChangeCount() == 1);
    auto* table = child<QTableWidget>(diff, "gradesTableWidget");
    CHECK(table->item(0, 4)->text() == u"良");
    CHECK(table->item(0, 5)->text() == u"中");
}
