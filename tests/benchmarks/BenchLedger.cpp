// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): the building ledger of a large community. Makes a database with one
// community of N buildings (default 200) and a check whose ledger records every building on every
// national item (N × 35 entries: the worst case), then times opening the ledger grid
// (the dialog built, shown and painted), one key in the grid (an entry stored, the computed answers
// counted again) and the check's score. Figures go into docs/benchmarks.md.
//
//   bench_ledger [--buildings 200] [--runs 5]
//
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
#include "app/commands/History.h"
#include "app/gui/LedgerDialog.h"
#include "core/domain/Ledger.h"
#include "core/services/DemoLedger.h"
#include "core/services/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    int buildings = 200;
    int runs = 5;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--buildings")
            buildings = std::max(1, args[i + 1].toInt());
        else if (args[i] == u"--runs")
            runs = std::max(1, args[i + 1].toInt());
    }
    const auto fail = [&](const cc::Error& e) {
        out << e.message << '\n';
        return 1;
    };
    QTemporaryDir dir;
    auto ws = cc::Workspace::open(dir.filePath(QStringLiteral("ledger.sqlite")),
                                  cc::Workspace::OpenMode::CreateIfMissing,
                                  QStringLiteral("bench"));
    if (!ws)
        return fail(ws.error());
    QFile setFile(QStringLiteral(CC_SOURCE_DIR "/resources/indicators/default.json"));
    if (!setFile.open(QIODevice::ReadOnly))
        return 1;
    if (auto set = (*ws)->sets().installBuiltin(setFile.readAll()); !set)
        return fail(set.error());
    cc::Community c;
    c.code = QStringLiteral("BIG-001");
    c.name = QStringLiteral("大型社区");
    c.type = QStringLiteral("old_estate");
    c.county = QStringLiteral("合成县");
    c.buildings = buildings;
    c.households = buildings * 40;
    c.population = buildings * 100;
    c.buildYear = 1995;
    auto added = (*ws)->communities().add(c);
    if (!added)
        return fail(added.error());
    const auto register_ = cc::DemoLedger::buildings(added->community, buildings, 1);
    if (auto stored = (*ws)->buildings().importBuildings(
            added->community, register_, cc::DemoLedger::buildingColumns(), QStringLiteral("bench"), false);
        !stored)
        return fail(stored.error());
    cc::NewAssessment request;
    request.communityCode = c.code;
    request.setCode = QStringLiteral("JX-HSQ");
    auto check = (*ws)->assessments().create(request);
    if (!check)
        return fail(check.error());
    const cc::AssessmentId id = check->assessment.id;
    std::vector<cc::io::LedgerTable::Row> rows;
    for (const cc::Building& b : register_) {
        for (const cc::LedgerItem& item : cc::nationalLedgerItems()) {
            cc::io::LedgerTable::Row row;
            row.entry.estate = b.estate;
            row.entry.number = b.number;
            row.entry.item = item.code;
            row.entry.present = (b.number.size() + item.code.size()) % 7 == 0;
            row.where = QStringLiteral("bench");
            rows.push_back(std::move(row));
        }
    }
    QElapsedTimer timer;
    timer.start();
    auto imported = (*ws)->buildings().importLedgerRows(id, rows, QStringLiteral("bench"));
    if (!imported)
        return fail(imported.error());
    out << "community of " << buildings << " buildings, ledger of " << *imported << " entries imported in "
        << timer.elapsed() << " ms\n";

    History history(**ws);
    const auto assessment = (*ws)->assessments().find(id);
    std::vector<double> open;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        LedgerDialog dialog(history, *assessment, QStringLiteral("zh_CN"));
        dialog.show();
        QApplication::processEvents(); // laid out and painted
        open.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    out << "open the ledger grid (built, shown, painted): median " << median(open) << " ms of " << runs << " runs\n";

    std::vector<double> key;
    const cc::Building& first = register_.front();
    const auto stored = (*ws)->buildings().list(c.code);
    for (int run = 0; run < runs; ++run) {
        cc::LedgerEntry e;
        e.building = stored->front().id;
        e.item = QStringLiteral("H3.5");
        e.present = run % 2 == 0;
        timer.restart();
        if (auto set = (*ws)->buildings().setLedgerEntry(id, e); !set)
            return fail(set.error());
        key.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    out << "one key in the grid (" << first.number << " H3.5 stored, computed answers counted again): median "
        << median(key) << " ms\n";

    std::vector<double> score;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        if (auto s = (*ws)->assessments().score(id); !s)
            return fail(s.error());
        score.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    out << "score the check: median " << median(score) << " ms\n";
    out.flush();
    return 0;
}
