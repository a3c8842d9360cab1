// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard: the ranking and the roll-up of a round as the CLI gives them, its charts in the
// CJK font, and every table and chart exported.
#include "app/gui/AssessmentWindow.h"
#include "app/gui/DashboardPanel.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/MainWindow.h"
#include "app/models/HeatMapModel.h"
#include "app/models/TableModel.h"
#include "app/render/ReportFonts.h"
#include "app/render/RoundCharts.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/Zip.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QDate>
#include <QFile>
#include <QImage>
#include <QPdfDocument>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <memory>

using cc::report::RollupLevel;
using testing::Fixture;
using testing::FixtureSet;

namespace {

int column(const TableModel& model, const QString& header)
{
    return static_cast<int>(model.table().header.indexOf(header));
}

} // namespace

TEST_CASE("gui: the dashboard ranks a round and rolls it up as the CLI does", "[gui][dashboard]")
{
    Fixture f({.set = FixtureSet::Demo, .fileName = QStringLiteral("dashboard.sqlite")});
    MainWindow window(std::move(f.ws));
    window.show();
    DashboardPanel& panel = *window.dashboardPanel();
    panel.setQuery({QStringLiteral("2025 体检"), {}, {}}, RollupLevel::County);
    REQUIRE(panel.scores());
    const TableModel& ranking = *panel.rankingModel();
    const TableModel& rollup = *panel.rollupModel();
    REQUIRE(ranking.rowCount() == 5); // the demo's five approved 2025 checks
    REQUIRE(rollup.rowCount() == 2); // two counties

    // (Tests run untranslated: the headers are the English sources.)
    // Each county's mean, checked count and grade counts, from the ranking's own rows.
    const int county = column(ranking, QStringLiteral("County"));
    const int score = column(ranking, QStringLiteral("Score"));
    const int grade = column(ranking, QStringLiteral("Grade"));
    REQUIRE(county >= 0);
    REQUIRE(score >= 0);
    for (const QVariantList& r : rollup.table().rows) {
        double sum = 0;
        int n = 0;
        QHash<QString, int> grades;
        for (const QVariantList& c : ranking.table().rows) {
            if (c[county] != r[0])
                continue;
            sum += c[score].toDouble();
            ++n;
            grades[c[grade].toString()]++;
        }
        CHECK(r[column(rollup, QStringLiteral("Checked"))].toInt() == n);
        CHECK(std::abs(r[column(rollup, QStringLiteral("Mean"))].toDouble() - std::round(sum / n * 10) / 10) < 0.051);
        for (const QString& label : panel.scores()->gradeLabels)
            CHECK(r[column(rollup, label)].toInt() == grades.value(label));
    }

    // One county by street: only that county's streets.
    panel.setQuery({QStringLiteral("2025 体检"), QStringLiteral("章贡区"), {}}, RollupLevel::Street);
    REQUIRE(panel.scores());
    CHECK(panel.rankingModel()->rowCount() == 2);
    for (const QVariantList& r : panel.rollupModel()->table().rows)
        CHECK(r[1].toString() == u"章贡区");
}

TEST_CASE("gui: the dashboard's tables export as XLSX and CSV, its charts as PNG and SVG in the CJK font",
          "[gui][dashboard]")
{
    Fixture f({.set = FixtureSet::Demo, .fileName = QStringLiteral("dashboard-export.sqlite")});
    MainWindow window(std::move(f.ws));
    window.show();
    DashboardPanel& panel = *window.dashboardPanel();
    panel.setQuery({QStringLiteral("2025 体检"), {}, {}}, RollupLevel::Street);
    QTemporaryDir dir;
    const auto path = [&](const char* name) { return dir.filePath(QString::fromLatin1(name)); };
    REQUIRE(panel.exportTo(DashboardPanel::Part::Ranking, path("ranking.xlsx")));
    REQUIRE(panel.exportTo(DashboardPanel::Part::Rollup, path("rollup.csv")));
    REQUIRE(panel.exportTo(DashboardPanel::Part::RankingChart, path("ranking.png")));
    REQUIRE(panel.exportTo(DashboardPanel::Part::GradesChart, path("grades.svg")));
    CHECK(QFile(path("ranking.xlsx")).size() > 1000);
    QFile csv(path("rollup.csv"));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    CHECK(text.contains(u"Street"));
    CHECK(text.count(u'\n') == panel.rollupModel()->rowCount() + 1);
    const QImage png(path("ranking.png"));
    CHECK(png.size() == QSize(2400, 1400));
    QFile svg(path("grades.svg"));
    REQUIRE(svg.open(QIODevice::ReadOnly));
    const QByteArray drawing = svg.readAll();
    CHECK(drawing.contains("<svg"));
    const QByteArray font = "font-family=\"" + ReportFonts::cjkFamily().family.toUtf8();
    CHECK(drawing.contains(font));
    CHECK(drawing.contains(panel.rollupModel()->table().rows.front()[0].toString().toUtf8())); // a street
    // A chart asked for in another format: refused, nothing written.
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(panel.exportTo(DashboardPanel::Part::GradesChart, path("grades.jpg")));
    CHECK_FALSE(QFile::exists(path("grades.jpg")));
}

TEST_CASE("gui: the failed-indicators map puts the most failed first and opens an answer", "[gui][dashboard]")
{
    Fixture f({.set = FixtureSet::Demo, .fileName = QStringLiteral("heatmap.sqlite")});
    MainWindow window(std::move(f.ws));
    window.show();
    DashboardPanel& panel = *window.dashboardPanel();
    panel.setQuery({QStringLiteral("2025 体检"), {}, {}}, RollupLevel::County);
    panel.showHeatMap(cc::report::HeatMap::Columns::Community);
    const HeatMapModel& model = *panel.heatMapModel();
    REQUIRE(model.rowCount() > 10);
    REQUIRE(model.columnCount() == HeatMapModel::kFirstArea + 5); // the five checks
    // Each row's failures are its red cells; the rows go from most failed down.
    int previous = 1000;
    for (int r = 0; r < model.rowCount(); ++r) {
        int failed = 0;
        for (int c = HeatMapModel::kFirstArea; c < model.columnCount(); ++c)
            failed +=
                model.heatMap().cells[static_cast<size_t>(r)][static_cast<size_t>(c - HeatMapModel::kFirstArea)].fail;
        CHECK(failed == model.heatMap().rows[static_cast<size_t>(r)].failed);
        CHECK(failed <= previous);
        previous = failed;
    }
    CHECK(model.heatMap().rows.front().failed > 0);
    // By county: the same failures, summed over two columns.
    panel.showHeatMap(cc::report::HeatMap::Columns::County);
    CHECK(panel.heatMapModel()->columnCount() == HeatMapModel::kFirstArea + 2);
    int streetFailures = 0;
    for (const auto& cell : panel.heatMapModel()->heatMap().cells.front())
        streetFailures += cell.fail;
    CHECK(streetFailures == panel.heatMapModel()->heatMap().rows.front().failed);

    // A community cell opens that check at that indicator.
    panel.showHeatMap(cc::report::HeatMap::Columns::Community);
    const QModelIndex first = model.index(0, HeatMapModel::kFirstArea);
    const auto answer = model.answerAt(first);
    REQUIRE(answer);
    CHECK(answer->second == model.heatMap().rows.front().code);
    CHECK_FALSE(model.answerAt(model.index(0, 1))); // the count column opens nothing
    auto* table = panel.findChild<QTableView*>(QStringLiteral("heatMapTableView"));
    REQUIRE(table);
    emit table->activated(table->model()->index(0, HeatMapModel::kFirstArea));
    bool opened = false;
    for (QWidget* w : QApplication::topLevelWidgets())
        opened = opened || (qobject_cast<AssessmentWindow*>(w) && w->isVisible());
    CHECK(opened);

    // Exported as the table shows it.
    QTemporaryDir dir;
    REQUIRE(panel.exportTo(DashboardPanel::Part::HeatMap, dir.filePath(QStringLiteral("failed.csv"))));
    QFile csv(dir.filePath(QStringLiteral("failed.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(csv.readAll()).count(u'\n') == model.rowCount() + 1);
}

TEST_CASE("gui: round over round pairs a community's checks: score change, problems resolved, persisting, new",
          "[gui][dashboard]")
{
    Fixture f({.set = FixtureSet::Demo, .fileName = QStringLiteral("rounds.sqlite")});
    MainWindow window(std::move(f.ws));
    window.show();
    DashboardPanel& panel = *window.dashboardPanel();
    // The demo's 2026 re-check of NC-DH-001 against the five 2025 checks.
    panel.setQuery({QStringLiteral("2026 复检"), {}, {}}, RollupLevel::County);
    panel.showRoundChanges(QStringLiteral("2025 体检"));
    REQUIRE(panel.comparison());
    const auto& cmp = *panel.comparison();
    REQUIRE(cmp.rows.size() == 1);
    CHECK(cmp.onlyEarlier == 4);
    CHECK(cmp.onlyLater == 0);
    const cc::report::RoundChange& row = cmp.rows.front();
    CHECK(row.community.code == u"NC-DH-001");
    // Against the scoring engine's own problem lists of the two checks.
    cc::Workspace& ws = window.workspace();
    const auto before = ws.assessments().score(row.earlier).value().score.problems.size();
    const auto after = ws.assessments().score(row.later).value().score.problems.size();
    CHECK(static_cast<size_t>(row.resolved.size() + row.persisting.size()) == before);
    CHECK(static_cast<size_t>(row.persisting.size() + row.added.size()) == after);
    CHECK(*row.laterScore - *row.earlierScore > 0); // the demo's re-check improved
    CHECK(row.programmeChange.size() == cmp.programmes.size());
    CHECK(cmp.programmes.size() == 6); // the plan's six programmes
    // The table says the same, and exports.
    const TableModel& table = *panel.roundChangesModel();
    REQUIRE(table.rowCount() == 1);
    CHECK(table.table().rows.front()[column(table, QStringLiteral("Resolved"))].toInt() == row.resolved.size());
    QTemporaryDir dir;
    CHECK(panel.exportTo(DashboardPanel::Part::Rounds, dir.filePath(QStringLiteral("rounds.xlsx"))));
}

TEST_CASE("gui: 2 to 6 communities compare on one radar of programme scores", "[gui][dashboard]")
{
    Fixture f({.set = FixtureSet::Demo, .fileName = QStringLiteral("radar.sqlite")});
    MainWindow window(std::move(f.ws));
    window.show();
    DashboardPanel& panel = *window.dashboardPanel();
    panel.setQuery({QStringLiteral("2025 体检"), {}, {}}, RollupLevel::County);
    REQUIRE(panel.scores());
    std::unique_ptr<QChart> chart(panel.radarChart({0, 1, 2}));
    REQUIRE(chart);
    QStringList names;
    for (QAbstractSeries* series : chart->series()) { // a ring may be drawn as several runs
        if (!names.contains(series->name()))
            names << series->name();
    }
    QStringList expected;
    for (int row : {0, 1, 2})
        expected << panel.scores()->checks[static_cast<size_t>(row)].community.name;
    CHECK(names == expected); // one ring each, in ranking order
    QTemporaryDir dir;
    REQUIRE(RoundCharts::write(chart.release(), QSize(900, 800), dir.filePath(QStringLiteral("radar.svg"))));
    // One community, or seven, is not a comparison: refused with a message.
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(panel.radarChart({0}));
    CHECK(ErrorPresenter::lastMessage().contains(u"2"));
}

TEST_CASE("gui: the spread of each programme's scores, as a box plot and its table", "[gui][dashboard]")
{
    Fixture f({.set = FixtureSet::Demo, .fileName = QStringLiteral("spread.sqlite")});
    MainWindow window(std::move(f.ws));
    window.show();
    DashboardPanel& panel = *window.dashboardPanel();
    panel.setQuery({QStringLiteral("2025 体检"), {}, {}}, RollupLevel::County);
    panel.showSpread();
    const TableModel& spread = *panel.spreadModel();
    REQUIRE(spread.rowCount() == 6); // the six programmes
    // Each programme's median against the five checks' own programme scores.
    std::vector<cc::AssessmentId> ids;
    for (const auto& c : panel.scores()->checks)
        ids.push_back(c.assessment);
    const auto outcomes = window.workspace().scores().outcomes(ids).value();
    for (size_t p = 0; p < outcomes.programmes.size(); ++p) {
        std::vector<double> scores;
        for (const auto& o : outcomes.checks) {
            if (o.programmes.contains(outcomes.programmes[p].first))
                scores.push_back(std::round(o.programmes.value(outcomes.programmes[p].first) * 10) / 10);
        }
        std::sort(scores.begin(), scores.end());
        const QVariantList& row = spread.table().rows[p];
        CHECK(row[column(spread, QStringLiteral("Checks"))].toInt() == static_cast<int>(scores.size()));
        REQUIRE(scores.size() == 5);
        CHECK(row[column(spread, QStringLiteral("Median"))].toDouble() == Catch::Approx(scores[2]));
        CHECK(row[column(spread, QStringLiteral("Least"))].toDouble() == Catch::Approx(scores.front()));
        CHECK(row[column(spread, QStringLiteral("Greatest"))].toDouble() == Catch::Approx(scores.back()));
    }
    QTemporaryDir dir;
    CHECK(panel.exportTo(DashboardPanel::Part::SpreadChart, dir.filePath(QStringLiteral("spread.svg"))));
    CHECK(panel.exportTo(DashboardPanel::Part::Spread, dir.filePath(QStringLiteral("spread.csv"))));
}

TEST_CASE("gui: the round summary for the county leader, as PDF and as ODT", "[gui][dashboard][summary]")
{
    Fixture f({.set = FixtureSet::Demo, .fileName = QStringLiteral("dashboard-summary.sqlite")});
    MainWindow window(std::move(f.ws));
    window.show();
    DashboardPanel& panel = *window.dashboardPanel();
    panel.setQuery({QStringLiteral("2025 体检"), QStringLiteral("东湖区"), {}}, RollupLevel::Street);
    REQUIRE(panel.scores());
    REQUIRE_FALSE(panel.scores()->checks.empty());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
    REQUIRE(panel.exportSummary(pdf));
    QPdfDocument document;
    REQUIRE(document.load(pdf) == QPdfDocument::Error::None);
    CHECK(document.pageCount() >= 2);
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text();
    text.remove(u'\n');
    CHECK(text.contains(QStringLiteral("Community check summary")));
    CHECK(text.contains(QStringLiteral("东湖区")));
    // Every checked community of the county is in the ranking; each bottom-line failure is listed.
    auto summary = window.workspace().scores().summary(
        {QStringLiteral("2025 体检"), QStringLiteral("东湖区"), {}}, QStringLiteral("zh_CN"), QDate::currentDate());
    REQUIRE(summary);
    for (const auto& check : panel.scores()->checks)
        CHECK(text.contains(check.community.code));
    int failures = 0;
    for (const auto& check : panel.scores()->checks)
        failures += check.bottomLineFailures;
    CHECK(static_cast<int>(summary->bottomLine.rows.size()) == failures);
    for (const auto& row : summary->bottomLine.rows)
        CHECK(text.contains(row.at(3).toString().section(u' ', 0, 0))); // the indicator's code
    for (const auto& row : summary->heatMap.rows)
        CHECK(text.contains(row.code));

    const QString odt = dir.filePath(QStringLiteral("summary.odt"));
    REQUIRE(panel.exportSummary(odt));
    QFile file(odt);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray package; // every entry, inflated
    for (const testing::ZipEntry& entry : testing::unzip(file.readAll()))
        package += entry.data;
    CHECK(package.contains("application/vnd.oasis.opendocument.text"));
    CHECK(package.contains("style:print-orientation=\"landscape\""));
    CHECK(package.contains("Community check summary"));
    CHECK(package.contains(panel.scores()->checks.front().community.name.toUtf8()));
    if (!summary->heatMap.rows.empty())
        CHECK(package.contains("CellFill0")); // the heat map's coloured cells

    // Another format is refused and nothing is written.
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(panel.exportSummary(dir.filePath(QStringLiteral("summary.docx"))));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("summary.docx"))));
}
