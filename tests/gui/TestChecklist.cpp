// SPDX-License-Identifier: GPL-3.0-or-later
// The paper checklist: what it prints, in which order (the entry screen's, so that typing it back goes
// line by line), and the main window's action.
#include "app/commands/History.h"
#include "app/common/AppEnvironment.h"
#include "app/gui/AssessmentWindow.h"
#include "app/gui/ChecklistAction.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/MainWindow.h"
#include "app/render/ChecklistPdf.h"
#include "app/render/ReportFonts.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPdfDocument>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTest>

#include <algorithm>

using testing::Fixture;
using testing::FixtureSet;

namespace {

struct Printed
{
    QStringList pages; // the text of each page
    QString all() const { return pages.join(u'\n'); }
};

Printed readPdf(const QString& path)
{
    QPdfDocument pdf;
    REQUIRE(pdf.load(path) == QPdfDocument::Error::None);
    Printed out;
    for (int page = 0; page < pdf.pageCount(); ++page)
        out.pages << pdf.getAllText(page).text();
    return out;
}

// Where an indicator code first appears as a code of its own (not inside a longer one), or -1.
qsizetype firstAt(const QString& text, const QString& code)
{
    const QRegularExpression pattern(
        QStringLiteral("(?<![A-Za-z0-9.-])%1(?![0-9])").arg(QRegularExpression::escape(code)));
    const auto match = pattern.match(text);
    return match.hasMatch() ? match.capturedStart() : -1;
}

// The set's indicator codes in the order the PDF prints them; every code must be there.
QStringList printedOrder(const QString& text, const cc::IndicatorSet& set)
{
    std::vector<std::pair<qsizetype, QString>> found;
    for (const cc::Indicator* ind : set.indicatorsInOrder()) {
        const qsizetype at = firstAt(text, ind->code);
        CAPTURE(ind->code.toStdString());
        CHECK(at >= 0);
        found.emplace_back(at, ind->code);
    }
    std::sort(found.begin(), found.end());
    QStringList codes;
    for (const auto& [at, code] : found)
        codes << code;
    return codes;
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

QStringList setOrder(const cc::IndicatorSet& set)
{
    QStringList codes;
    for (const cc::Indicator* ind : set.indicatorsInOrder())
        codes << ind->code;
    return codes;
}

// The indicators the entry screen brings up one after the other on a check nobody answered yet: what
// Enter does after each stored value (AssessmentWindow::confirmCurrent → goToNextUnanswered).
QStringList entryWalk(AssessmentWindow& window)
{
    QStringList walked {window.currentIndicatorCode()};
    for (int guard = 0; guard < 1000; ++guard) {
        window.goToNextUnanswered();
        if (window.currentIndicatorCode() == walked.front())
            break;
        walked << window.currentIndicatorCode();
    }
    return walked;
}

} // namespace

TEST_CASE("gui: the paper checklist prints the check's facts, every indicator in set order, N/A greyed, the ledger "
          "grid and the closing page",
          "[gui][checklist][pdf]")
{
    appenv::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    Fixture f({.assessors = {QStringLiteral("王芳"), QStringLiteral("李明")}});
    auto sheet = ChecklistPdf::forCheck(*f.ws, f.check, QStringLiteral("en"));
    REQUIRE(sheet);
    const QString path = f.file(QStringLiteral("checklist.pdf"));
    const auto pages = ChecklistPdf::write(*sheet, path);
    REQUIRE(pages);
    // Eight indicators (one page or two), two ledger grids (the national items do not fit one), the
    // closing page.
    CHECK(*pages >= 4);
    CHECK(*pages <= 6);
    const Printed printed = readPdf(path);
    REQUIRE(printed.pages.size() == *pages);
    const QString text = printed.all();
    const QString words = text.simplified(); // a phrase the layout wrapped reads as one line

    CHECK(text.contains(QStringLiteral("DEMO-001")));
    CHECK(text.contains(QStringLiteral("示例社区")));
    CHECK(text.contains(QStringLiteral("2025 体检")));
    CHECK(text.contains(QStringLiteral("王芳")));
    CHECK(text.contains(QStringLiteral("MINI 1")));
    CHECK(printedOrder(text, *sheet->set) == setOrder(*sheet->set));
    // A-03 applies to old estates only; DEMO-001 is a commercial estate.
    const qsizetype excluded = firstAt(text, QStringLiteral("A-03"));
    const QString excludedRow = text.mid(excluded, firstAt(text, QStringLiteral("B1-01")) - excluded);
    CHECK(excludedRow.simplified().contains(QStringLiteral("Not applicable to Commercial estate")));
    CHECK_FALSE(excludedRow.contains(QStringLiteral("N/A"))); // no answer area
    // The bottom-line indicator carries its badge; the answer areas their tick boxes.
    const qsizetype bottom = firstAt(text, QStringLiteral("B1-01"));
    CHECK(text.mid(bottom, 60).simplified().contains(QStringLiteral("Bottom line"))); // wrapped in its badge
    const qsizetype a01 = firstAt(text, QStringLiteral("A-01"));
    const QString first = text.mid(a01, firstAt(text, QStringLiteral("A-02")) - a01);
    CHECK(first.contains(QStringLiteral("Yes")));
    CHECK(first.contains(QStringLiteral("N/A")));
    // Every page says which of how many it is.
    for (int page = 1; page <= *pages; ++page) {
        CAPTURE(page);
        CHECK(printed.pages.at(page - 1).contains(QStringLiteral("Page %1 / %2").arg(page).arg(*pages)));
    }
    // The ledger grid: its header and every national item; no register, so blank rows.
    CHECK(text.contains(QStringLiteral("Building ledger (1 of 2)")));
    CHECK(text.contains(QStringLiteral("Estate")));
    for (const cc::LedgerItem& item : cc::nationalLedgerItems())
        CHECK(text.contains(item.code));
    // The closing page: notes, signatures, the count.
    const QString last = printed.pages.back();
    CHECK(last.contains(QStringLiteral("Signatures")));
    CHECK(last.contains(QStringLiteral("Assessors")));
    CHECK(last.simplified().contains(
        QStringLiteral("lists 8 indicators: 7 to answer on paper, 0 computed by the program, 1 not applicable")));
    CHECK(words.contains(QStringLiteral("type the answers in the order printed here")));

    // The CJK font is embedded (its PostScript name, NotoSansCJKsc-Regular), and the document
    // information says what it is.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString family = ReportFonts::cjkFamily().family;
    REQUIRE_FALSE(family.isEmpty());
    CHECK(bytes.toLower().contains(QString(family).remove(u' ').toLower().toLatin1()));
    CHECK(bytes.contains("/Keywords"));
}

TEST_CASE("gui: the checklist of the built-in set pre-fills the ledger grid with the register's buildings and "
          "lands the landscape grid between portrait pages",
          "[gui][checklist][pdf]")
{
    appenv::installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    Fixture f({.set = FixtureSet::Default});
    REQUIRE_OK(f.ws->buildings().importCsv(f.community.code,
                                           QByteArrayLiteral("estate,building\n锦绣园,1号楼\n锦绣园,2号楼\n"),
                                           QStringLiteral("b.csv"),
                                           false));
    auto sheet = ChecklistPdf::forCheck(*f.ws, f.check, QStringLiteral("zh_CN"));
    REQUIRE(sheet);
    REQUIRE(sheet->buildings.size() == 2);
    const QString path = f.file(QStringLiteral("默认.pdf"));
    const auto pages = ChecklistPdf::write(*sheet, path);
    // What the Chinese checklist says of an indicator that does not apply (不适用 once translated).
    const QString notApplicable =
        withoutSpaces(ChecklistPdf::tr("Not applicable to %1").arg(QStringLiteral("商品房小区")));
    appenv::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    REQUIRE(pages);
    CHECK(*pages >= 10); // 99 indicators with their guidance
    CHECK(*pages <= 40);
    const Printed printed = readPdf(path);
    const QString text = printed.all();
    CHECK(printedOrder(text, *sheet->set) == setOrder(*sheet->set));
    CHECK(text.count(QStringLiteral("锦绣园")) >= 2); // on each grid
    CHECK(text.contains(QStringLiteral("2号楼")));
    // Indicators limited to other community types: not applicable, greyed, no answer area.
    for (const cc::Indicator* ind : sheet->set->indicatorsInOrder()) {
        if (ChecklistPdf::applies(*ind, *sheet))
            continue;
        const qsizetype at = firstAt(text, ind->code);
        CAPTURE(ind->code.toStdString());
        CHECK(withoutSpaces(text.mid(at, 200)).contains(notApplicable));
    }

    QPdfDocument pdf;
    REQUIRE(pdf.load(path) == QPdfDocument::Error::None);
    const QSizeF portrait = pdf.pagePointSize(0);
    CHECK(portrait.height() > portrait.width());
    int landscape = 0;
    for (int page = 0; page < pdf.pageCount(); ++page)
        landscape += pdf.pagePointSize(page).width() > pdf.pagePointSize(page).height() ? 1 : 0;
    CHECK(landscape == 2); // the two grids, two buildings each
    const QSizeF last = pdf.pagePointSize(pdf.pageCount() - 1);
    CHECK(last.height() > last.width()); // the closing page is portrait again
}

TEST_CASE("gui: the ledger grids keep each national indicator's items together, all of them in order",
          "[gui][checklist]")
{
    Fixture f({.set = FixtureSet::Default});
    const auto set = testing::valueOf(f.ws->sets().load(QStringLiteral("JX-HSQ")));
    for (const int columns : {25, 20, 12, 5}) {
        CAPTURE(columns);
        const auto grids = ChecklistPdf::ledgerGrids(*set, columns);
        QStringList codes;
        for (const auto& grid : grids) {
            CHECK(!grid.empty());
            CHECK(static_cast<int>(grid.size()) <= columns);
            for (const cc::LedgerItem& item : grid)
                codes << item.code;
        }
        QStringList expected;
        for (const cc::LedgerItem& item : cc::ledgerItemsOf(*set))
            expected << item.code;
        CHECK(codes == expected);
        if (columns >= 8) { // the largest national indicator has 8 items
            for (size_t g = 1; g < grids.size(); ++g)
                CHECK(grids[g].front().indicator != grids[g - 1].back().indicator);
        }
    }
}

TEST_CASE("gui: a paper checklist is typed back in its own order: the entry screen walks the printed codes",
          "[gui][checklist][entry]")
{
    for (const FixtureSet which : {FixtureSet::Mini, FixtureSet::Default}) {
        Fixture f(
            {.set = which,
             .fileName = which == FixtureSet::Mini ? QStringLiteral("mini.sqlite") : QStringLiteral("default.sqlite")});
        auto sheet = ChecklistPdf::forCheck(*f.ws, f.check, QStringLiteral("zh_CN"));
        REQUIRE(sheet);
        const QString path = f.file(QStringLiteral("paper.pdf"));
        REQUIRE(ChecklistPdf::write(*sheet, path));
        QStringList printed;
        for (const QString& code : printedOrder(readPdf(path).all(), *sheet->set)) {
            // Not walked: the greyed ones (not for this type), and a computed one the program has
            // already marked not applicable (the rate of remediation on a first round).
            if (ChecklistPdf::applies(*sheet->set->indicator(code), *sheet) && !f.stored(code).notApplicable)
                printed << code;
        }

        History history(*f.ws);
        AssessmentWindow window(history, f.check, QStringLiteral("zh_CN"));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.isLoaded());
        CHECK(entryWalk(window) == printed);

        // And really typed: the first line of the paper, then Enter, brings up the second.
        window.showIndicator(printed.front());
        const cc::Indicator* first = sheet->set->indicator(printed.front());
        if (first->type == cc::IndicatorType::Boolean) {
            auto* yes = window.findChild<QRadioButton*>(QStringLiteral("yesRadioButton"));
            REQUIRE(yes);
            yes->setFocus();
            QTest::keyClick(yes, Qt::Key_Y);
            QTest::keyClick(yes, Qt::Key_Return);
            CHECK(window.currentIndicatorCode() == printed.at(1));
        }
    }
}

TEST_CASE("gui: Print blank checklist is in the Check menu and writes the selected check's checklist",
          "[gui][checklist]")
{
    Fixture f;
    const cc::Assessment check = testing::valueOf(f.ws->assessments().find(f.check));
    MainWindow window(std::move(f.ws));
    auto* menu = window.findChild<QMenu*>(QStringLiteral("checkMenu"));
    REQUIRE(menu);
    const auto actions = menu->actions();
    const auto found = std::find_if(
        actions.begin(), actions.end(), [](const QAction* a) { return a->objectName() == u"printChecklistAction"; });
    REQUIRE(found != actions.end());
    CHECK((*found)->text().contains(QStringLiteral("checklist")));

    const QString path = f.file(QStringLiteral("from-window.pdf"));
    const int pages = ChecklistAction::write(&window, window.workspace(), check, QStringLiteral("en"), path);
    CHECK(pages >= 4);
    CHECK(QFileInfo(path).size() > 10000);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("from-window.pdf")));

    // A folder that is not there: refused, said, nothing written.
    const QString nowhere = f.file(QStringLiteral("no/such/folder/x.pdf"));
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    CHECK(ChecklistAction::write(&window, window.workspace(), check, QStringLiteral("en"), nowhere) == 0);
    CHECK(ErrorPresenter::lastMessage().contains(QStringLiteral("x.pdf")));
    CHECK_FALSE(QFileInfo::exists(nowhere));
}
