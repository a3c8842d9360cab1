// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): the checks list of a database as a reviewer uses it. Times reading it
// (checks, score summaries, register) and each filter a reviewer applies: a search, a county, a
// round, the review queue, a grade, and back to all. Figures go into docs/benchmarks.md.
//
//   bench_checks_list --db FILE [--runs 5]
//
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
#include "app/gui/ChecksPanel.h"
#include "app/gui/MainWindow.h"
#include "core/services/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <string_view>
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
    QString path;
    int runs = 5;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--db")
            path = args[i + 1];
        else if (args[i] == u"--runs")
            runs = std::max(1, args[i + 1].toInt());
    }
    if (path.isEmpty()) {
        out << "usage: bench_checks_list --db FILE [--runs 5]\n";
        return 2;
    }
    auto workspace = cc::Workspace::open(path, cc::Workspace::OpenMode::MustExist, QStringLiteral("bench"));
    if (!workspace) {
        out << workspace.error().message << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    MainWindow window(std::move(workspace).value());
    const double construct = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    ChecksPanel& panel = *window.checksPanel();
    auto* label = panel.findChild<QLabel*>(QStringLiteral("checkCountLabel"));
    const auto combo = [&](const char* name) { return panel.findChild<QComboBox*>(QString::fromLatin1(name)); };
    // Picks the entry at `index` (1: the first value after "All"), or "All" for 0.
    const auto pick = [&](const char* name, int index) {
        QComboBox* box = combo(name);
        box->setCurrentIndex(std::min(index, box->count() - 1));
    };
    QLineEdit* search = panel.findChild<QLineEdit*>(QStringLiteral("assessmentSearchLineEdit"));
    QCheckBox* queue = panel.findChild<QCheckBox*>(QStringLiteral("reviewQueueCheckBox"));
    const auto clearAll = [&] {
        search->clear();
        queue->setChecked(false);
        for (const char* name : {"gradeComboBox", "assessmentRoundComboBox", "checkCountyComboBox"})
            pick(name, 0);
    };
    const auto nothing = [] {};
    struct Step
    {
        const char* name;
        std::function<void()> prepare; // not timed
        std::function<void()> act; // timed
    };
    const std::vector<Step> steps {
        {"reload (checks, scores, register)", nothing, [&] { panel.reload(); }},
        {"search \"SYN-01\"", clearAll, [&] { search->setText(QStringLiteral("SYN-01")); }},
        {"clear the search", [&] { search->setText(QStringLiteral("SYN-01")); }, [&] { search->clear(); }},
        {"a county", clearAll, [&] { pick("checkCountyComboBox", 1); }},
        {"a round", clearAll, [&] { pick("assessmentRoundComboBox", 1); }},
        {"review queue on", clearAll, [&] { queue->setChecked(true); }},
        {"review queue off", [&] { queue->setChecked(true); }, [&] { queue->setChecked(false); }},
        {"a grade", clearAll, [&] { pick("gradeComboBox", 1); }},
    };
    out << "main window with the checks list: " << QString::number(construct, 'f', 1) << " ms\n";
    for (const Step& step : steps) {
        std::vector<double> times;
        QString shown;
        for (int run = 0; run < runs; ++run) {
            step.prepare();
            timer.restart();
            step.act();
            times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            shown = label->text();
        }
        out << step.name << ": median " << QString::number(median(times), 'f', 1) << " ms of " << runs << " runs ("
            << shown << ")\n";
    }
    return 0;
}
