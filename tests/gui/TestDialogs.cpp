// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/CommunityDialog.h"
#include "app/gui/DateFields.h"
#include "app/gui/ListDialogs.h"
#include "app/gui/NewAssessmentDialog.h"
#include "app/gui/SavePath.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

namespace {

template <typename T>
T* child(QWidget& w, const char* name)
{
    T* c = w.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(c);
    return c;
}

} // namespace

TEST_CASE("gui: the community dialog validates beside the fields and stores nothing bad", "[gui][dialogs]")
{
    testing::Fixture f({.check = false});
    cc::Workspace& ws = f.workspace();
    CommunityDialog dialog(ws, QStringLiteral("en"));
    dialog.open();
    QTest::keyClicks(child<QLineEdit>(dialog, "codeLineEdit"), QStringLiteral("NC-001"));
    child<QLineEdit>(dialog, "nameLineEdit")->insert(QStringLiteral("滨江社区"));
    QTest::keyClicks(child<QLineEdit>(dialog, "householdsLineEdit"), QStringLiteral("12k"));
    dialog.accept();
    CHECK(dialog.isVisible()); // refused: still open
    CHECK(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("12k")));
    CHECK(ws.communities().list()->empty());

    child<QLineEdit>(dialog, "householdsLineEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, "householdsLineEdit"), QStringLiteral("1200"));
    QTest::keyClicks(child<QLineEdit>(dialog, "locationLineEdit"), QStringLiteral("28.68, 115.86"));
    child<QCheckBox>(dialog, "pilotCheckBox")->setChecked(true);
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    auto stored = ws.communities().byCode(QStringLiteral("NC-001"));
    REQUIRE(stored);
    CHECK(stored->households == 1200);
    CHECK_FALSE(stored->buildings.has_value()); // empty stays unknown
    CHECK(stored->pilot);
    CHECK(*stored->latitude == 28.68);
    CHECK(stored->type == u"old_estate"); // the first type the set declares

    CommunityDialog edit(ws, QStringLiteral("en"), &*stored);
    edit.open();
    CHECK(child<QLineEdit>(edit, "householdsLineEdit")->text() == u"1200");
    child<QLineEdit>(edit, "nameLineEdit")->clear();
    edit.accept();
    CHECK(edit.isVisible());
    CHECK_FALSE(child<QLabel>(edit, "errorLabel")->text().isEmpty());
}

TEST_CASE("gui: a new check starts from the previous round when asked", "[gui][dialogs]")
{
    testing::Fixture f({.responses = QStringLiteral("scoring/responses.csv")});
    cc::Workspace& ws = f.workspace();
    NewAssessmentDialog dialog(ws, QStringLiteral("en"), f.community.code);
    dialog.open();
    child<QSpinBox>(dialog, "yearSpinBox")->setValue(2026);
    CHECK(child<QCheckBox>(dialog, "copyPreviousCheckBox")->isEnabled());
    CHECK(child<QCheckBox>(dialog, "copyPreviousCheckBox")->isChecked());
    CHECK(child<QComboBox>(dialog, "labelComboBox")->currentText() == u"复检");
    auto* date = child<QDateEdit>(dialog, "checkDateEdit");
    CHECK(date->date() == QDate::currentDate()); // the day of the visit: today unless set
    date->setDate(QDate(2026, 1, 15));
    dialog.accept();
    REQUIRE(dialog.createdId());
    auto scored = ws.assessments().score(*dialog.createdId());
    REQUIRE(scored);
    CHECK(scored->assessment.round == cc::Round {2026, QStringLiteral("复检")});
    CHECK(scored->assessment.checkDate == QDate(2026, 1, 15));
    CHECK(scored->score.result(u"A-02")->carriedOver);
}

TEST_CASE("gui: OK on an unchanged community writes back exactly what was stored", "[gui][dialogs][review]")
{
    testing::Fixture f({.check = false});
    cc::Workspace& ws = f.workspace();
    cc::Community c;
    c.code = QStringLiteral("C9");
    c.name = QStringLiteral("精度社区");
    c.type = QStringLiteral("old_estate");
    c.latitude = 28.682934;
    c.longitude = 115.857912;
    c.areaHa = 12.3456789;
    REQUIRE_OK(ws.communities().add(c));
    auto stored = ws.communities().byCode(QStringLiteral("C9"));
    REQUIRE_OK(stored);
    CommunityDialog dialog(ws, QStringLiteral("en"), &*stored);
    dialog.open();
    dialog.accept();
    auto after = ws.communities().byCode(QStringLiteral("C9"));
    REQUIRE(after);
    CHECK(*after->latitude == 28.682934);
    CHECK(*after->longitude == 115.857912);
    CHECK(*after->areaHa == 12.3456789);
}

TEST_CASE("gui: the community dialog lists every problem and drops each as it is fixed", "[gui][dialogs]")
{
    testing::Fixture f({.check = false});
    cc::Workspace& ws = f.workspace();
    CommunityDialog dialog(ws, QStringLiteral("en"));
    dialog.open();
    child<QLineEdit>(dialog, "nameLineEdit")->insert(QStringLiteral("滨江社区"));
    QTest::keyClicks(child<QLineEdit>(dialog, "householdsLineEdit"), QStringLiteral("12k"));
    dialog.accept();
    auto* error = child<QLabel>(dialog, "errorLabel");
    CHECK(error->text().contains(QStringLiteral("code"))); // both at once
    CHECK(error->text().contains(QStringLiteral("12k")));
    QTest::keyClicks(child<QLineEdit>(dialog, "codeLineEdit"), QStringLiteral("NC-009"));
    CHECK_FALSE(error->text().contains(QStringLiteral("code"))); // gone as soon as it is fixed
    CHECK(error->text().contains(QStringLiteral("12k")));
    child<QLineEdit>(dialog, "householdsLineEdit")->setText(QStringLiteral("1200"));
    CHECK(error->text().isEmpty());
    CHECK(ws.communities().list()->empty()); // nothing stored until Save
}

TEST_CASE("gui: Tab leaves a date field, so the next figure lands in the next field", "[gui][dialogs][keys]")
{
    DateFields::install(*qobject_cast<QApplication*>(QCoreApplication::instance()));
    testing::Fixture f({.set = testing::FixtureSet::Demo});
    const auto communities = testing::valueOf(f.workspace().communities().list());
    DemandDialog dialog(communities);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* date = child<QDateEdit>(dialog, "dateEdit");
    const QDate before = date->date();
    date->setFocus();
    QTest::keyClick(date, Qt::Key_Tab);
    auto* support = child<QSpinBox>(dialog, "supportSpinBox");
    CHECK(support->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("86"));
    CHECK(date->date() == before);
    CHECK(support->value() == 86);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    CHECK(date->hasFocus()); // and back
}

TEST_CASE("gui: an export's file name typed without a suffix gets the chosen format's", "[gui][export]")
{
    CHECK(SavePath::completed(QStringLiteral("/tmp/排名"), QStringLiteral("CSV (*.csv)"), QStringLiteral("xlsx"))
          == u"/tmp/排名.csv");
    CHECK(SavePath::completed(QStringLiteral("/tmp/rank"), QString(), QStringLiteral("xlsx")) == u"/tmp/rank.xlsx");
    CHECK(SavePath::completed(
              QStringLiteral("/tmp/rank.svg"), QStringLiteral("PNG picture (*.png)"), QStringLiteral("png"))
          == u"/tmp/rank.svg"); // a suffix typed is the user's choice
    CHECK(SavePath::completed(QStringLiteral("/tmp/rank"), QString(), QString()) == u"/tmp/rank");
}
