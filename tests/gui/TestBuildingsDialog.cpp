// SPDX-License-Identifier: GPL-3.0-or-later
// The buildings dialog: a cell typed over is stored at once and undone by Ctrl+Z; Add building
// takes the next number of the 小区; Delete and Import are undoable too; the register's counts.
#include "app/commands/History.h"
#include "app/gui/BuildingsDialog.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/LedgerDialog.h"
#include "app/gui/NationalExportDialog.h"
#include "app/models/BuildingTableModel.h"
#include "app/models/LedgerGridModel.h"
#include "core/services/NationalExport.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUrl>

namespace {

std::vector<cc::Building> stored(testing::Fixture& f)
{
    return testing::valueOf(f.ws->buildings().list(f.community.code));
}

void settle()
{
    QApplication::processEvents(); // the dialog reloads on the change, queued
}

} // namespace

TEST_CASE("gui: buildings are added, typed over, deleted and imported, each stored at once and undoable",
          "[gui][buildings]")
{
    testing::Fixture f;
    History history(*f.ws);
    BuildingsDialog dialog(history, f.community);
    BuildingTableModel& model = dialog.model();
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("buildingsTableView"));
    REQUIRE(table);

    // Add building: a first one, then the next number of its 小区.
    dialog.addBuilding();
    settle();
    dialog.addBuilding();
    settle();
    auto now = stored(f);
    REQUIRE(now.size() == 2);
    CHECK(now[0].number == u"1号楼");
    CHECK(now[1].number == u"2号楼");
    CHECK(now[0].estate == now[1].estate);
    CHECK(table->currentIndex().column() == BuildingTableModel::Number);

    // Typing over a cell stores it; a value that is not a number is refused and nothing changes.
    REQUIRE(model.setData(model.index(1, BuildingTableModel::Storeys), QStringLiteral("１８")));
    settle();
    CHECK(stored(f)[1].storeys == 18);
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(model.setData(model.index(1, BuildingTableModel::Dwellings), QStringLiteral("many")));
    settle(); // the refusal is said once the edit is committed
    CHECK_FALSE(stored(f)[1].dwellings.has_value());
    // Another building's number is refused (the same 小区 and number is one building).
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(model.setData(model.index(1, BuildingTableModel::Number), QStringLiteral("1号楼")));
    settle();
    CHECK(stored(f)[1].number == u"2号楼");

    // Ctrl+Z takes the storeys back, Ctrl+Shift+Z puts them again.
    history.undo();
    settle();
    CHECK_FALSE(stored(f)[1].storeys.has_value());
    history.redo();
    settle();
    CHECK(stored(f)[1].storeys == 18);

    // Del deletes the current row; undo brings the same building back.
    const cc::BuildingId second = stored(f)[1].id;
    table->setCurrentIndex(model.index(1, BuildingTableModel::Estate));
    QTest::keyClick(table, Qt::Key_Delete);
    settle();
    REQUIRE(stored(f).size() == 1);
    history.undo();
    settle();
    REQUIRE(stored(f).size() == 2);
    CHECK(stored(f)[1].id == second);
    CHECK(stored(f)[1].storeys == 18);

    // Import: the rows come in, and one undo takes the whole import back.
    const QString csv = f.file(QStringLiteral("楼栋.csv"));
    testing::writeFile(
        csv, QStringLiteral("小区,楼栋,套数\n%1,1号楼,30\n%1,2号楼,40\n东区,1栋,12\n").arg(now[0].estate).toUtf8());
    dialog.importFile(csv);
    settle();
    REQUIRE(stored(f).size() == 3);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("totalsLabel"))->text().contains(u"82"));
    history.undo();
    settle();
    REQUIRE(stored(f).size() == 2);
    CHECK_FALSE(stored(f)[0].dwellings.has_value());

    // A building added elsewhere (the CLI, a bundle) is not touched by undoing an earlier step here.
    history.redo();
    settle();
    REQUIRE_OK(f.ws->buildings().importCsv(
        f.community.code, "estate,building\n北区,9号楼\n", QStringLiteral("cli.csv"), false));
    history.undo(); // the import above was not a step of this history: this undoes the dialog's import
    settle();
    bool stillThere = false;
    for (const cc::Building& b : stored(f))
        stillThere = stillThere || b.number == u"9号楼";
    CHECK(stillThere);

    // The register's counts from the buildings.
    history.redo();
    settle();
    for (const cc::Building& b : stored(f)) {
        if (b.number == u"9号楼")
            REQUIRE_OK(f.ws->buildings().remove(b)); // out of the count again
    }
    dialog.setRegisterCounts();
    const cc::Community community = testing::valueOf(f.ws->communities().byCode(f.community.code));
    CHECK(community.buildings == 3);
    CHECK(community.households == 82);
}

TEST_CASE("gui: the building ledger is filled by keys on a building × item grid, each key stored and undoable",
          "[gui][ledger]")
{
    testing::Fixture f;
    REQUIRE_OK(f.ws->buildings().importCsv(
        f.community.code, "estate,building\n幸福小区,1号楼\n幸福小区,2号楼\n", QStringLiteral("b.csv"), false));
    History history(*f.ws);
    const cc::Assessment check = testing::valueOf(f.ws->assessments().find(f.check));
    LedgerDialog dialog(history, check, QStringLiteral("en"));
    auto* grid = dialog.findChild<QTableView*>(QStringLiteral("ledgerTableView"));
    REQUIRE(grid);
    REQUIRE(dialog.model().rowCount() == 2);
    REQUIRE(dialog.model().columnCount() == static_cast<int>(cc::nationalLedgerItems().size()));
    const auto ledger = [&] { return testing::valueOf(f.ws->buildings().ledger(f.check)); };

    // 2 on the first cell: 1号楼 H1.0 found, 较严重; the cursor moves on to H1.1, where 0 says not found.
    grid->setCurrentIndex(dialog.model().index(0, 0));
    QTest::keyClick(grid, Qt::Key_2);
    settle();
    CHECK(grid->currentIndex().column() == 1);
    QTest::keyClick(grid, Qt::Key_0);
    settle();
    auto entries = ledger();
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].item == u"H1.0");
    CHECK(entries[0].present);
    CHECK(entries[0].severity == cc::LedgerSeverity::kFairlySerious);
    CHECK(entries[1].item == u"H1.1");
    CHECK_FALSE(entries[1].present);
    CHECK(dialog.model().data(dialog.model().index(0, 0)).toString() == u"fairly serious");

    // Enter moves on without a change; at the row's end the cursor goes to the next building.
    grid->setCurrentIndex(dialog.model().index(0, dialog.model().columnCount() - 1));
    QTest::keyClick(grid, Qt::Key_Return);
    CHECK(grid->currentIndex().row() == 1);
    CHECK(grid->currentIndex().column() == 0);

    // Delete clears; undo brings it back.
    grid->setCurrentIndex(dialog.model().index(0, 0));
    QTest::keyClick(grid, Qt::Key_Delete);
    settle();
    CHECK(ledger().size() == 1);
    history.undo();
    settle();
    REQUIRE(ledger().size() == 2);
    CHECK(ledger()[0].severity == cc::LedgerSeverity::kFairlySerious);

    // A submitted check's ledger does not change: the key is refused and said.
    REQUIRE_OK(f.ws->buildings().setLedgerEntry(
        f.check, {ledger()[0].building, {}, {}, QStringLiteral("H9.3"), true, {}, {}, {}, {}}));
    REQUIRE_OK(f.ws->assessments().setStatus(f.check, cc::AssessmentStatus::Submitted, {}));
    const auto before = ledger();
    grid->setCurrentIndex(dialog.model().index(1, 0));
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(grid, Qt::Key_3);
    settle();
    CHECK(ledger().size() == before.size());
}

TEST_CASE("gui: the national tables of a county's round are written from the dialog, with a link to the folder",
          "[gui][national]")
{
    testing::Fixture f({.set = testing::FixtureSet::Demo, .check = false});
    NationalExportDialog dialog(*f.ws, QStringLiteral("东湖区"));
    auto* county = dialog.findChild<QComboBox*>(QStringLiteral("countyComboBox"));
    auto* round = dialog.findChild<QComboBox*>(QStringLiteral("roundComboBox"));
    auto* folder = dialog.findChild<QLineEdit*>(QStringLiteral("folderLineEdit"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("statusLabel"));
    REQUIRE(county);
    CHECK(county->currentText() == u"东湖区");
    CHECK(round->currentText() == u"2026 复检"); // newest first
    CHECK(folder->text().contains(u"东湖区"));
    round->setCurrentIndex(round->findText(QStringLiteral("2025 体检")));
    const QString target = f.file(QStringLiteral("国家报表"));
    folder->setText(target);
    QPushButton* exportButton = nullptr;
    for (QPushButton* b : dialog.findChildren<QPushButton*>())
        if (b->text().contains(u"Export"))
            exportButton = b;
    REQUIRE(exportButton);
    exportButton->click();
    for (const QString& name : cc::NationalExport::fileNames())
        CHECK(QFile::exists(QDir(target).filePath(name)));
    CHECK(QFile::exists(QDir(target).filePath(QStringLiteral("附件四-问题清单.pdf"))));
    CHECK(status->text().contains(u"楼栋台账.xlsx"));
    CHECK(status->text().contains(QUrl::fromLocalFile(target).toString()));
}
