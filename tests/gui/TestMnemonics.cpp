// SPDX-License-Identifier: GPL-3.0-or-later
// No Alt+letter does two things at once: in every window and dialog, in both languages, the
// mnemonics visible together (menu bar, tab titles, buttons, labels of fields, on each tab page)
// are all different, and so are those within each menu.
#include "app/common/AppEnvironment.h"
#include "app/gui/MainWindow.h"
#include "tests/gui/EveryWindow.h"
#include "tests/support/Fixture.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <QAbstractButton>
#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>

namespace {

// The letter after a single '&' ("体检(&C)" → C), or none.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text[i + 1].toUpper();
    }
    return {};
}

// What each mnemonic of the widgets visible in `window` now belongs to; clashes as "X: a | b".
QStringList clashes(QWidget& window)
{
    QMultiMap<QChar, QString> owners;
    const auto add = [&](const QString& text, const QString& where) {
        if (const QChar c = mnemonicOf(text); !c.isNull())
            owners.insert(c, where + u' ' + text);
    };
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&window) || w->window() != &window)
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(b->text(), w->objectName());
        else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
            add(l->text(), w->objectName());
        else if (auto* g = qobject_cast<QGroupBox*>(w); g && g->isCheckable())
            add(g->title(), w->objectName());
        else if (auto* bar = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < bar->count(); ++i)
                add(bar->tabText(i), QStringLiteral("tab"));
        } else if (auto* menus = qobject_cast<QMenuBar*>(w)) {
            for (QAction* a : menus->actions())
                add(a->text(), QStringLiteral("menu"));
        }
    }
    QStringList out;
    for (const QChar c : owners.uniqueKeys()) {
        if (owners.count(c) > 1)
            out << QStringLiteral("%1: %2").arg(c).arg(owners.values(c).join(QStringLiteral(" | ")));
    }
    return out;
}

QStringList menuClashes(QWidget& window)
{
    QStringList out;
    for (QMenu* menu : window.findChildren<QMenu*>()) {
        QMultiMap<QChar, QString> owners;
        for (QAction* a : menu->actions()) {
            if (const QChar c = mnemonicOf(a->text()); !c.isNull() && a->isVisible())
                owners.insert(c, a->text());
        }
        for (const QChar c : owners.uniqueKeys()) {
            if (owners.count(c) > 1)
                out << QStringLiteral("%1 in %2: %3")
                           .arg(c)
                           .arg(menu->title(), owners.values(c).join(QStringLiteral(" | ")));
        }
    }
    return out;
}

// Every page of every tab widget in turn (and the page that holds it), checked with what is always
// visible.
void checkWindow(QWidget& window, QStringList& found)
{
    const QString name = QString::fromLatin1(window.metaObject()->className());
    const auto note = [&](const QStringList& list) {
        for (const QString& c : list) {
            if (!found.contains(name + QStringLiteral(": ") + c))
                found << name + QStringLiteral(": ") + c;
        }
    };
    note(clashes(window));
    note(menuClashes(window));
    for (QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
        // Show the pages that hold this tab widget.
        for (QWidget* p = tabs->parentWidget(); p && p != &window; p = p->parentWidget()) {
            if (auto* outer =
                    qobject_cast<QTabWidget*>(p->parentWidget() ? p->parentWidget()->parentWidget() : nullptr))
                outer->setCurrentWidget(p);
        }
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            note(clashes(window));
        }
        tabs->setCurrentIndex(0);
    }
}

} // namespace

TEST_CASE("gui: no Alt+letter is used twice in a window, in Chinese or in English", "[gui][mnemonics]")
{
    const QString language = GENERATE(QStringLiteral("zh_CN"), QStringLiteral("en"));
    CAPTURE(language.toStdString());
    appenv::installTranslations(*QCoreApplication::instance(), language);
    testing::Fixture f({.set = testing::FixtureSet::Demo, .fileName = QStringLiteral("keys.sqlite")});
    MainWindow window(std::move(f.ws));
    window.switchLanguage(language);
    QStringList found;
    testing::forEveryWindow(window, [&](QWidget& w) { checkWindow(w, found); });
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}
