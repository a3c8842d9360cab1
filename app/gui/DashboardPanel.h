// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/Rollup.h"
#include "core/services/ScoreBoard.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class DashboardPanel;
}
namespace cc {
class Workspace;
}
class History;
class QChart;
class QChartView;
class TableModel;
class HeatMapModel;

// The planner's view of a round (spec/product.md capability 5): the submitted and approved checks
// of one round, of a county or a street, ranked (table and bar chart with the grade bands) and
// rolled up by street, county or city (table and the grades per area as stacked bars). The same
// figures as CLI `scores` (ScoreBoard, Rollup, ScoreTables). Tables export as XLSX or CSV, charts
// as PNG or SVG. A second page shows which indicators fail where (HeatMapModel), the most failed
// first; a community's cell opens that answer. A third compares the round with an earlier one:
// score change per programme, problems resolved, persisting and new; a fourth shows the spread of
// each programme's scores as a box plot. Drawn when shown, and again when a check is
// submitted, returned or approved, or the register changes.
class DashboardPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPanel)

public:
    DashboardPanel(History& history, const QString& language, QWidget* parent = nullptr);
    ~DashboardPanel() override;

    // The round, county and street shown (empty: all), and the level of the roll-up.
    void setQuery(const cc::ScoreQuery& query, cc::report::RollupLevel level);
    // What is drawn now (none while nothing could be): for tests and exports.
    const std::optional<cc::RoundScores>& scores() const { return m_scores; }
    const TableModel* rankingModel() const { return m_ranking; }
    const TableModel* rollupModel() const { return m_rollup; }
    // The failed indicators by community, street or county; computed when its page is shown.
    const HeatMapModel* heatMapModel() const { return m_heat; }
    void showHeatMap(cc::report::HeatMap::Columns by);
    // The ranking rows' communities on one radar (2–6 of them), their programme scores; a new chart
    // the caller owns, or none after saying why.
    QChart* radarChart(const std::vector<int>& rankingRows);
    // The round over round page, against `earlierRound` (empty: the round before); what it shows.
    void showRoundChanges(const QString& earlierRound);
    const std::optional<cc::report::RoundComparison>& comparison() const { return m_comparison; }
    const TableModel* roundChangesModel() const { return m_changes; }
    // The spread of each programme's scores (box plot and its table); computed when its page is shown.
    void showSpread();
    const TableModel* spreadModel() const { return m_spread; }
    // Writes a table (.xlsx or .csv) or a chart (.png or .svg); false after saying why.
    enum class Part { Ranking, Rollup, RankingChart, GradesChart, HeatMap, Rounds, Spread, SpreadChart };
    bool exportTo(Part part, const QString& path);
    // Writes the round summary of what is shown (.pdf or .odt); false after saying why.
    bool exportSummary(const QString& path);

signals:
    // A community cell of the heat map was opened (double-click or Enter): that check's answer.
    void openAnswerRequested(const cc::AssessmentId& assessment, const QString& indicatorCode);

public slots:
    // Re-reads the rounds and the register, then draws.
    void reload();
    void retranslate(const QString& language);

protected:
    void showEvent(QShowEvent* event) override;

private slots:
    void draw();
    void onCountyChanged();
    void drawHeatMap();
    void drawRounds();
    void drawSpread();
    void drawCurrentPage();
    // What the round's checks say indicator by indicator and programme by programme: scored once per
    // query, for the failed-indicators and programme-scores pages (and each heat-map column choice).
    const cc::CheckDetails* roundDetails();
    void onRadarClicked();
    void onRankingSelectionChanged();

private:
    void exportSummaryWithDialog();
    // The round, county and street chosen.
    cc::ScoreQuery currentQuery() const;
    void markStale();
    void fillLevels();
    void fillHeatColumns();
    void fillEarlierRounds();
    void exportWithDialog(Part part);
    QChart* buildChart(Part part) const;
    static void replaceChart(QChartView* view, QChart* chart);

    std::unique_ptr<Ui::DashboardPanel> m_ui;
    cc::Workspace& m_workspace;
    QString m_language;
    TableModel* m_ranking;
    TableModel* m_rollup;
    HeatMapModel* m_heat;
    bool m_heatStale = true;
    TableModel* m_changes;
    std::optional<cc::report::RoundComparison> m_comparison;
    bool m_roundsStale = true;
    TableModel* m_spread;
    QChartView* m_spreadChart;
    QStringList m_spreadProgrammes;
    std::vector<std::optional<cc::report::Rollup::Box>> m_boxes;
    bool m_spreadStale = true;
    QChartView* m_rankingChart;
    QChartView* m_gradesChart;
    std::optional<cc::RoundScores> m_scores;
    std::optional<cc::CheckDetails> m_details;
    std::vector<cc::report::RollupRow> m_rows;
    std::vector<cc::Community> m_register;
    bool m_stale = true;
};
