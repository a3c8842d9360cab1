// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): a synthetic province, then the time to rescore every assessment next to
// the time of a plain read of the responses table (the floor). Figures go into docs/benchmarks.md.
//
//   bench_rescore [--communities 5000] [--rounds 3] [--seed 2025] [--runs 5] [--keep FILE]
//                 [--db FILE|postgresql://USER@HOST:PORT/DB] [--existing]
//
// --db: the database to fill (a file, or an empty county-server database); --existing: measure the
// province already in it (e.g. one moved onto a server with `server import`) instead of generating.
// On a server the floor is PostgreSQL's own COPY of the table.
#include "core/services/DemoData.h"
#include "core/services/Workspace.h"
#include "core/storage/BulkReader.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
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
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("cc.*.info=false"));
    QTextStream out(stdout);
    int communities = 5000;
    int rounds = 3;
    int runs = 5;
    quint32 seed = 2025;
    QString keep;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--communities")
            communities = args[i + 1].toInt();
        else if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
        else if (args[i] == u"--runs")
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == u"--seed")
            seed = args[i + 1].toUInt();
        else if (args[i] == u"--keep" || args[i] == u"--db")
            keep = args[i + 1];
    }
    const bool existing = args.contains(QStringLiteral("--existing"));
    const bool server = keep.startsWith(QStringLiteral("postgresql://"));
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("province.sqlite")) : keep;
    auto ws = cc::Workspace::open(path, cc::Workspace::OpenMode::CreateIfMissing, QStringLiteral("bench"));
    if (!ws) {
        out << "error: " << ws.error().message << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    cc::DemoData::ProvinceSummary generated;
    if (!existing) {
        QFile setFile(QStringLiteral(CC_SOURCE_DIR "/resources/indicators/default.json"));
        if (!setFile.open(QIODevice::ReadOnly) || !(*ws)->sets().installBuiltin(setFile.readAll())) {
            out << "error: cannot install the default set\n";
            return 1;
        }
        auto made = cc::DemoData::generateProvince(**ws, QStringLiteral("JX-HSQ"), communities, rounds, seed);
        if (!made) {
            out << "error: " << made.error().message << '\n';
            return 1;
        }
        generated = *made;
    }
    const double generation = timer.elapsed() / 1000.0;
    // The floor is read through a connection of its own: the workspace keeps its database inside.
    auto raw = cc::storage::Database::open(path, cc::storage::Database::OpenMode::MustExistChecked);
    if (!raw) {
        out << "error: " << raw.error().message << '\n';
        return 1;
    }
    QSqlDatabase& connection = (*raw)->connection();
    double sizeMb = 0;
    if (server) {
        QSqlQuery size(connection);
        if (size.exec(QStringLiteral("SELECT pg_database_size(current_database())")) && size.next())
            sizeMb = size.value(0).toDouble() / 1048576.0;
    } else {
        QSqlQuery checkpoint(connection);
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            out << "warning: no WAL checkpoint before measuring\n";
        sizeMb = QFileInfo(path).size() / 1048576.0;
    }

    std::vector<double> floor;
    std::vector<double> rescore;
    std::vector<double> decode;
    qint64 rows = 0;
    qint64 scored = 0;
    double checksum = 0;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        rows = cc::storage::BulkReader(connection).readAllResponsesPlain();
        floor.push_back(timer.nsecsElapsed() / 1e9);

        timer.restart();
        cc::storage::BulkReader(connection).forEachResponse([&](const auto& row) {
            checksum += row.number.value_or(0);
        });
        decode.push_back(timer.nsecsElapsed() / 1e9);

        timer.restart();
        checksum = 0;
        auto summary = (*ws)->assessments().scoreAll(
            [&](const cc::AssessmentId&, const cc::Community&, const cc::IndicatorSet&, const cc::scoring::Score& s) {
                checksum += s.overall.value_or(0);
            });
        rescore.push_back(timer.nsecsElapsed() / 1e9);
        if (!summary) {
            out << "error: " << summary.error().message << '\n';
            return 1;
        }
        scored = summary->assessments;
    }
    out << "communities            " << generated.communities << '\n'
        << "assessments            " << generated.assessments << '\n'
        << "responses              " << rows << '\n'
        << "generation             " << QString::number(generation, 'f', 1) << " s\n"
        << "database size          " << QString::number(sizeMb, 'f', 1) << " MB\n"
        << (server ? "COPY TO STDOUT (floor) " : "plain read (floor)     ") << QString::number(median(floor), 'f', 3)
        << " s (median of " << runs << ")\n"
        << "ordered answer read    " << QString::number(median(decode), 'f', 3) << " s (the rescoring query alone)\n"
        << "rescore everything     " << QString::number(median(rescore), 'f', 3) << " s (median of " << runs << ", "
        << scored << " assessments)\n"
        << "ratio                  " << QString::number(median(rescore) / median(floor), 'f', 2) << " x floor\n"
        << "mean overall score     " << QString::number(checksum / std::max<qint64>(1, scored), 'f', 2) << '\n';
    return 0;
}
