// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/DashboardPanel.h"

#include "app/commands/History.h"
#include "app/common/Settings.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/RadarDialog.h"
#include "app/gui/SavePath.h"
#include "app/models/HeatMapModel.h"
#include "app/models/TableModel.h"
#include "app/render/RoundCharts.h"
#include "app/render/SummaryReport.h"
#include "core/report/ScoreTables.h"
#include "core/services/Workspace.h"
#include "ui_DashboardPanel.h"

#include <QChart>
#include <QChartView>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSet>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <cmath>

using cc::report::RollupLevel;

namespace {

// The size a chart is written at: a landscape half page.
constexpr QSize kExportSize(1200, 700);

QChartView* chartView(QWidget* pane)
{
    auto* view = new QChartView(pane);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(200, 120);
    // Above the pane's Export button.
    static_cast<QBoxLayout*>(pane->layout())->insertWidget(0, view, 1);
    return view;
}

QTableView* prepare(QTableView* table, TableModel* model)
{
    auto* proxy = new QSortFilterProxyModel(table);
    proxy->setSourceModel(model);
    proxy->setSortRole(TableModel::SortRole);
    table->setModel(proxy);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setResizeContentsPrecision(200);
    return table;
}

void refill(QComboBox* box, const QString& all, const QStringList& values)
{
    const QString chosen = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    if (!all.isEmpty())
        box->addItem(all, QString());
    for (const QString& v : values)
        box->addItem(v, v);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

} // namespace

DashboardPanel::DashboardPanel(History& history, const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardPanel>())
    , m_workspace(history.workspace())
    , m_language(language)
    , m_ranking(new TableModel(this))
    , m_rollup(new TableModel(this))
    , m_heat(new HeatMapModel(this))
    , m_changes(new TableModel(this))
    , m_spread(new TableModel(this))
{
    m_ui->setupUi(this);
    m_rankingChart = chartView(m_ui->rankingChartPane);
    m_gradesChart = chartView(m_ui->gradesChartPane);
    m_spreadChart = chartView(m_ui->spreadChartPane);
    prepare(m_ui->spreadTableView, m_spread);
    connect(m_ui->exportSpreadPushButton, &QPushButton::clicked, this, [this] { exportWithDialog(Part::Spread); });
    connect(m_ui->exportSpreadChartPushButton, &QPushButton::clicked, this, [this] {
        exportWithDialog(Part::SpreadChart);
    });
    prepare(m_ui->rankingTableView, m_ranking);
    prepare(m_ui->rollupTableView, m_rollup);
    m_ui->rankingSplitter->setStretchFactor(0, 1);
    m_ui->rankingSplitter->setStretchFactor(1, 1);
    m_ui->rollupSplitter->setStretchFactor(0, 1);
    m_ui->rollupSplitter->setStretchFactor(1, 1);

    m_ui->heatMapTableView->setModel(m_heat);
    m_ui->heatMapTableView->verticalHeader()->hide();
    m_ui->heatMapTableView->horizontalHeader()->setDefaultSectionSize(72);
    m_ui->heatMapTableView->setWordWrap(false);
    m_ui->heatMapQueryLayout->setStretchFactor(m_ui->heatLegendLabel, 1);
    m_ui->roundsQueryLayout->setStretchFactor(m_ui->roundsSummaryLabel, 1);
    prepare(m_ui->roundsTableView, m_changes);
    connect(m_ui->dashboardTabWidget, &QTabWidget::currentChanged, this, &DashboardPanel::drawCurrentPage);
    connect(m_ui->earlierRoundComboBox, &QComboBox::currentIndexChanged, this, &DashboardPanel::drawRounds);
    connect(m_ui->exportRoundsPushButton, &QPushButton::clicked, this, [this] { exportWithDialog(Part::Rounds); });
    connect(m_ui->heatColumnsComboBox, &QComboBox::currentIndexChanged, this, &DashboardPanel::drawHeatMap);
    connect(m_ui->heatMapTableView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const auto answer = m_heat->answerAt(index))
            emit openAnswerRequested(answer->first, answer->second);
    });
    connect(m_ui->exportHeatMapPushButton, &QPushButton::clicked, this, [this] { exportWithDialog(Part::HeatMap); });
    connect(m_ui->dashboardRoundComboBox, &QComboBox::currentIndexChanged, this, &DashboardPanel::draw);
    connect(m_ui->dashboardCountyComboBox, &QComboBox::currentIndexChanged, this, &DashboardPanel::onCountyChanged);
    connect(m_ui->dashboardStreetComboBox, &QComboBox::currentIndexChanged, this, &DashboardPanel::draw);
    connect(m_ui->levelComboBox, &QComboBox::currentIndexChanged, this, &DashboardPanel::draw);
    connect(m_ui->radarPushButton, &QPushButton::clicked, this, &DashboardPanel::onRadarClicked);
    connect(m_ui->rankingTableView->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &DashboardPanel::onRankingSelectionChanged);
    onRankingSelectionChanged();
    connect(m_ui->summaryPushButton, &QPushButton::clicked, this, &DashboardPanel::exportSummaryWithDialog);
    connect(m_ui->exportRankingPushButton, &QPushButton::clicked, this, [this] { exportWithDialog(Part::Ranking); });
    connect(m_ui->exportRollupPushButton, &QPushButton::clicked, this, [this] { exportWithDialog(Part::Rollup); });
    connect(m_ui->exportRankingChartPushButton, &QPushButton::clicked, this, [this] {
        exportWithDialog(Part::RankingChart);
    });
    connect(m_ui->exportGradesChartPushButton, &QPushButton::clicked, this, [this] {
        exportWithDialog(Part::GradesChart);
    });
    // What the figures come from: which checks are submitted or approved, and the register. Answers
    // change only in drafts and returned checks, which the dashboard does not count, so typing in an
    // entry window never redraws it.
    ChangeHub& changes = history.changes();
    for (auto changed : {&ChangeHub::assessmentsChanged, &ChangeHub::registerChanged, &ChangeHub::setsChanged})
        connect(&changes, changed, this, &DashboardPanel::markStale);
    connect(&changes, &ChangeHub::workflowChanged, this, &DashboardPanel::markStale);
    retranslate(language);
}

DashboardPanel::~DashboardPanel() = default;

void DashboardPanel::retranslate(const QString& language)
{
    m_language = language;
    m_ui->retranslateUi(this);
    fillLevels();
    fillHeatColumns();
    markStale(); // grade names and headers in the new language
}

void DashboardPanel::fillLevels()
{
    const QVariant chosen = m_ui->levelComboBox->currentData();
    const QSignalBlocker block(m_ui->levelComboBox);
    m_ui->levelComboBox->clear();
    m_ui->levelComboBox->addItem(tr("Street"), static_cast<int>(RollupLevel::Street));
    m_ui->levelComboBox->addItem(tr("County"), static_cast<int>(RollupLevel::County));
    m_ui->levelComboBox->addItem(tr("City"), static_cast<int>(RollupLevel::City));
    const int index = m_ui->levelComboBox->findData(chosen);
    m_ui->levelComboBox->setCurrentIndex(index >= 0 ? index : 1); // by county
}

void DashboardPanel::fillHeatColumns()
{
    using Columns = cc::report::HeatMap::Columns;
    const QVariant chosen = m_ui->heatColumnsComboBox->currentData();
    const QSignalBlocker block(m_ui->heatColumnsComboBox);
    m_ui->heatColumnsComboBox->clear();
    m_ui->heatColumnsComboBox->addItem(tr("Community"), static_cast<int>(Columns::Community));
    m_ui->heatColumnsComboBox->addItem(tr("Street"), static_cast<int>(Columns::Street));
    m_ui->heatColumnsComboBox->addItem(tr("County"), static_cast<int>(Columns::County));
    m_ui->heatColumnsComboBox->setCurrentIndex(std::max(0, m_ui->heatColumnsComboBox->findData(chosen)));
}

void DashboardPanel::showHeatMap(cc::report::HeatMap::Columns by)
{
    {
        const QSignalBlocker block(m_ui->heatColumnsComboBox);
        const int index = m_ui->heatColumnsComboBox->findData(static_cast<int>(by));
        m_heatStale = m_heatStale || index != m_ui->heatColumnsComboBox->currentIndex();
        m_ui->heatColumnsComboBox->setCurrentIndex(index);
    }
    m_ui->dashboardTabWidget->setCurrentWidget(m_ui->heatMapPage); // draws it when stale
    if (m_heatStale)
        drawHeatMap();
}

void DashboardPanel::onRankingSelectionChanged()
{
    const auto n = m_ui->rankingTableView->selectionModel()->selectedRows().size();
    m_ui->radarPushButton->setEnabled(n >= 2 && n <= 6);
}

void DashboardPanel::onRadarClicked()
{
    std::vector<int> rows;
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(m_ui->rankingTableView->model());
    for (const QModelIndex& index : m_ui->rankingTableView->selectionModel()->selectedRows())
        rows.push_back(proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    QChart* shown = radarChart(rows);
    if (!shown)
        return;
    RadarDialog dialog(
        shown,
        [this, rows]() -> QChart* {
            QChart* chart = radarChart(rows);
            return chart ? chart : new QChart;
        },
        this);
    dialog.exec(); // only Close: nothing to act on afterwards
}

QChart* DashboardPanel::radarChart(const std::vector<int>& rankingRows)
{
    if (!m_scores)
        return nullptr;
    std::vector<cc::AssessmentId> ids;
    for (int row : rankingRows) {
        if (row >= 0 && static_cast<size_t>(row) < m_scores->checks.size())
            ids.push_back(m_scores->checks[static_cast<size_t>(row)].assessment);
    }
    if (ids.size() < 2 || ids.size() > 6) {
        ErrorPresenter::show(this,
                             cc::makeError(cc::ErrorCode::InvalidInput,
                                           tr("Select 2 to 6 communities in the ranking to compare them.")));
        return nullptr;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto outcomes = m_workspace.scores().outcomes(ids);
    QGuiApplication::restoreOverrideCursor();
    if (!outcomes) {
        ErrorPresenter::show(this, outcomes.error());
        return nullptr;
    }
    QStringList spokes;
    for (const auto& [code, name] : outcomes->programmes)
        spokes << name.text(m_language);
    std::vector<RoundCharts::Ring> rings;
    for (int row : rankingRows) {
        const cc::report::RankedCheck& c = m_scores->checks[static_cast<size_t>(row)];
        const cc::report::CheckOutcome o = outcomes->checks.value(c.assessment.toString());
        RoundCharts::Ring ring {c.community.name, {}};
        for (const auto& [code, name] : outcomes->programmes) {
            const auto it = o.programmes.constFind(code);
            ring.values.push_back(it == o.programmes.constEnd() ? std::nullopt : std::optional<double>(*it));
        }
        rings.push_back(std::move(ring));
    }
    return RoundCharts::radar(
        spokes, rings, tr("Programme scores, %1").arg(m_ui->dashboardRoundComboBox->currentData().toString()));
}

void DashboardPanel::showRoundChanges(const QString& earlierRound)
{
    if (m_stale)
        reload();
    if (!earlierRound.isEmpty()) {
        const QSignalBlocker block(m_ui->earlierRoundComboBox);
        const int index = m_ui->earlierRoundComboBox->findData(earlierRound);
        m_roundsStale = m_roundsStale || index != m_ui->earlierRoundComboBox->currentIndex();
        m_ui->earlierRoundComboBox->setCurrentIndex(index);
    }
    m_ui->dashboardTabWidget->setCurrentWidget(m_ui->roundsPage); // draws it when stale
    if (m_roundsStale)
        drawRounds();
}

const cc::CheckDetails* DashboardPanel::roundDetails()
{
    if (m_details)
        return &*m_details;
    if (!m_scores)
        return nullptr;
    std::vector<cc::AssessmentId> ids;
    for (const cc::report::RankedCheck& c : m_scores->checks)
        ids.push_back(c.assessment);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto details = m_workspace.scores().outcomes(ids);
    QGuiApplication::restoreOverrideCursor();
    if (!details) {
        ErrorPresenter::show(this, details.error());
        return nullptr;
    }
    m_details = std::move(details).value();
    return &*m_details;
}

void DashboardPanel::drawHeatMap()
{
    m_heatStale = false;
    const auto by = static_cast<cc::report::HeatMap::Columns>(m_ui->heatColumnsComboBox->currentData().toInt());
    const cc::CheckDetails* details = roundDetails();
    if (!details) {
        m_heat->setHeatMap({}, m_language);
        return;
    }
    m_heat->setHeatMap(cc::ScoreBoard::heatMap(*m_scores, *details, by), m_language);
    m_ui->heatMapTableView->resizeColumnToContents(0);
    m_ui->heatMapTableView->resizeColumnToContents(1);
    m_ui->heatLegendLabel->setText(
        by == cc::report::HeatMap::Columns::Community
            ? tr("Red: failed · green: passed · grey: N/A · white: not answered. "
                 "Double-click a cell to open the answer.")
            : tr("Each cell: failed / checked; the redder, the larger the share that failed."));
}

void DashboardPanel::markStale()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void DashboardPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DashboardPanel::reload()
{
    m_stale = false;
    auto checks = m_workspace.assessments().list();
    auto communities = m_workspace.communities().list();
    if (!checks || !communities) {
        ErrorPresenter::show(this, checks ? communities.error() : checks.error());
        return;
    }
    // The rounds with a check to review or reviewed, the latest first.
    std::vector<cc::Round> rounds;
    for (const cc::Assessment& a : *checks) {
        if (a.status != cc::AssessmentStatus::Submitted && a.status != cc::AssessmentStatus::Approved)
            continue;
        if (std::find(rounds.begin(), rounds.end(), a.round) == rounds.end())
            rounds.push_back(a.round);
    }
    std::sort(rounds.begin(), rounds.end(), [](const cc::Round& a, const cc::Round& b) {
        return a.year != b.year ? a.year > b.year : a.label < b.label;
    });
    QStringList roundNames;
    for (const cc::Round& r : rounds)
        roundNames << r.toString();
    refill(m_ui->dashboardRoundComboBox, {}, roundNames);
    m_register = std::move(communities).value();
    onCountyChanged(); // the counties and streets, then draws
}

void DashboardPanel::onCountyChanged()
{
    QSet<QString> counties, streets;
    const QString county = m_ui->dashboardCountyComboBox->currentData().toString();
    for (const cc::Community& c : m_register) {
        counties.insert(c.county);
        if (county.isEmpty() || c.county == county)
            streets.insert(c.street);
    }
    const auto sorted = [](const QSet<QString>& names) {
        QStringList list(names.begin(), names.end());
        list.removeAll(QString());
        std::sort(
            list.begin(), list.end(), [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
        return list;
    };
    refill(m_ui->dashboardCountyComboBox, tr("All"), sorted(counties));
    refill(m_ui->dashboardStreetComboBox, tr("All"), sorted(streets));
    draw();
}

void DashboardPanel::setQuery(const cc::ScoreQuery& query, RollupLevel level)
{
    if (m_stale)
        reload();
    const QSignalBlocker b1(m_ui->dashboardRoundComboBox);
    const QSignalBlocker b2(m_ui->dashboardCountyComboBox);
    const QSignalBlocker b3(m_ui->levelComboBox);
    m_ui->dashboardRoundComboBox->setCurrentIndex(m_ui->dashboardRoundComboBox->findData(query.round));
    m_ui->dashboardCountyComboBox->setCurrentIndex(std::max(0, m_ui->dashboardCountyComboBox->findData(query.county)));
    m_ui->levelComboBox->setCurrentIndex(m_ui->levelComboBox->findData(static_cast<int>(level)));
    {
        const QSignalBlocker b4(m_ui->dashboardStreetComboBox);
        onCountyChanged();
        m_ui->dashboardStreetComboBox->setCurrentIndex(
            std::max(0, m_ui->dashboardStreetComboBox->findData(query.street)));
    }
    draw();
}

void DashboardPanel::draw()
{
    const QString round = m_ui->dashboardRoundComboBox->currentData().toString();
    m_scores.reset();
    m_details.reset();
    m_rows.clear();
    m_ui->summaryPushButton->setEnabled(false);
    m_heatStale = true;
    m_roundsStale = true;
    m_spreadStale = true;
    if (round.isEmpty()) {
        m_heat->setHeatMap({}, m_language);
        m_changes->setTable({});
        m_spread->setTable({});
        m_boxes.clear();
        m_spreadProgrammes.clear();
        replaceChart(m_spreadChart, new QChart);
        m_ranking->setTable({});
        m_rollup->setTable({});
        replaceChart(m_rankingChart, new QChart);
        replaceChart(m_gradesChart, new QChart);
        m_ui->dashboardStatusLabel->setText(tr("No round has a submitted or approved check yet."));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto scores = m_workspace.scores().round(currentQuery());
    QGuiApplication::restoreOverrideCursor();
    if (!scores) {
        ErrorPresenter::show(this, scores.error());
        return;
    }
    m_scores = std::move(scores).value();
    m_ui->summaryPushButton->setEnabled(true);
    const auto level = static_cast<RollupLevel>(m_ui->levelComboBox->currentData().toInt());
    m_rows = cc::report::Rollup::rollUp(level, m_scores->checks, m_scores->registered, m_scores->gradeLabels);
    QHash<QString, QString> gradeNames; // the grades in the UI's language
    for (const cc::GradeBand& g : m_scores->gradeBands)
        gradeNames.insert(g.label.zh, g.label.text(m_language));
    m_ranking->setTable(cc::report::ScoreTables::ranking(m_scores->checks, gradeNames));
    m_rollup->setTable(cc::report::ScoreTables::rollUp(level, m_rows, m_scores->gradeLabels, gradeNames));
    m_ui->rankingTableView->sortByColumn(0, Qt::AscendingOrder); // by rank
    m_ui->rollupTableView->sortByColumn(-1, Qt::AscendingOrder); // the register's order
    for (QTableView* table : {m_ui->rankingTableView, m_ui->rollupTableView})
        table->resizeColumnsToContents();
    replaceChart(m_rankingChart, buildChart(Part::RankingChart));
    replaceChart(m_gradesChart, buildChart(Part::GradesChart));
    m_ui->dashboardStatusLabel->setText(
        tr("%n check(s) of %1 registered communities · %2 ms", nullptr, static_cast<int>(m_scores->checks.size()))
            .arg(m_scores->registered.size())
            .arg(timer.elapsed()));
    fillEarlierRounds();
    drawCurrentPage();
}

void DashboardPanel::drawCurrentPage()
{
    QWidget* page = m_ui->dashboardTabWidget->currentWidget();
    if (page == m_ui->heatMapPage && m_heatStale)
        drawHeatMap();
    else if (page == m_ui->roundsPage && m_roundsStale)
        drawRounds();
    else if (page == m_ui->spreadPage && m_spreadStale)
        drawSpread();
}

void DashboardPanel::showSpread()
{
    if (m_stale)
        reload();
    m_ui->dashboardTabWidget->setCurrentWidget(m_ui->spreadPage); // draws it when stale
    if (m_spreadStale)
        drawSpread();
}

void DashboardPanel::drawSpread()
{
    m_spreadStale = false;
    m_boxes.clear();
    m_spreadProgrammes.clear();
    const cc::CheckDetails* outcomes = roundDetails();
    if (!outcomes) {
        m_spread->setTable({});
        replaceChart(m_spreadChart, new QChart);
        return;
    }
    for (const auto& [code, name] : outcomes->programmes) {
        std::vector<double> scores;
        for (const cc::report::CheckOutcome& o : std::as_const(outcomes->checks)) {
            if (const auto it = o.programmes.constFind(code); it != o.programmes.constEnd())
                scores.push_back(std::round(*it * 10) / 10); // the one-decimal scores the reports print
        }
        m_spreadProgrammes << name.text(m_language);
        m_boxes.push_back(cc::report::Rollup::box(std::move(scores)));
    }
    m_spread->setTable(cc::report::ScoreTables::programmeSpread(m_spreadProgrammes, m_boxes));
    m_ui->spreadTableView->resizeColumnsToContents();
    replaceChart(m_spreadChart, buildChart(Part::SpreadChart));
}

void DashboardPanel::fillEarlierRounds()
{
    // Every other round with reviewed checks; the one before the round shown first.
    const QString shown = m_ui->dashboardRoundComboBox->currentData().toString();
    QStringList others;
    for (int i = 0; i < m_ui->dashboardRoundComboBox->count(); ++i) {
        if (m_ui->dashboardRoundComboBox->itemData(i).toString() != shown)
            others << m_ui->dashboardRoundComboBox->itemData(i).toString();
    }
    const QSignalBlocker block(m_ui->earlierRoundComboBox);
    const QString chosen = m_ui->earlierRoundComboBox->currentData().toString();
    m_ui->earlierRoundComboBox->clear();
    for (const QString& r : others)
        m_ui->earlierRoundComboBox->addItem(r, r);
    int index = m_ui->earlierRoundComboBox->findData(chosen);
    if (index < 0) { // the rounds are listed latest first: the first one listed after the round shown
        const int at = m_ui->dashboardRoundComboBox->currentIndex();
        index = at + 1 < m_ui->dashboardRoundComboBox->count()
            ? m_ui->earlierRoundComboBox->findData(m_ui->dashboardRoundComboBox->itemData(at + 1))
            : 0;
    }
    m_ui->earlierRoundComboBox->setCurrentIndex(others.isEmpty() ? -1 : std::max(0, index));
}

void DashboardPanel::drawRounds()
{
    m_roundsStale = false;
    const QString earlier = m_ui->earlierRoundComboBox->currentData().toString();
    m_comparison.reset();
    if (!m_scores || earlier.isEmpty()) {
        m_changes->setTable({});
        m_ui->roundsSummaryLabel->setText(tr("No other round with reviewed checks to compare with."));
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto comparison = m_workspace.scores().compare({m_ui->dashboardRoundComboBox->currentData().toString(),
                                                    m_ui->dashboardCountyComboBox->currentData().toString(),
                                                    m_ui->dashboardStreetComboBox->currentData().toString()},
                                                   earlier);
    QGuiApplication::restoreOverrideCursor();
    if (!comparison) {
        ErrorPresenter::show(this, comparison.error());
        return;
    }
    m_comparison = std::move(comparison).value();
    m_changes->setTable(cc::report::ScoreTables::roundChanges(*m_comparison, m_language));
    m_ui->roundsTableView->sortByColumn(-1, Qt::AscendingOrder); // the ranking's order
    m_ui->roundsTableView->resizeColumnsToContents();
    int resolved = 0, persisting = 0, added = 0;
    for (const cc::report::RoundChange& r : m_comparison->rows) {
        resolved += static_cast<int>(r.resolved.size());
        persisting += static_cast<int>(r.persisting.size());
        added += static_cast<int>(r.added.size());
    }
    m_ui->roundsSummaryLabel->setText(
        tr("%n community(ies) checked in both rounds (%1 in %2 only, %3 in %4 only). Problems: %5 resolved, "
           "%6 persisting, %7 new.",
           nullptr,
           static_cast<int>(m_comparison->rows.size()))
            .arg(m_comparison->onlyEarlier)
            .arg(earlier)
            .arg(m_comparison->onlyLater)
            .arg(m_ui->dashboardRoundComboBox->currentData().toString())
            .arg(resolved)
            .arg(persisting)
            .arg(added));
}

QChart* DashboardPanel::buildChart(Part part) const
{
    if (!m_scores)
        return new QChart;
    if (part == Part::SpreadChart)
        return RoundCharts::programmeBoxes(
            m_spreadProgrammes,
            m_boxes,
            tr("Programme scores of %n check(s)", nullptr, static_cast<int>(m_scores->checks.size())));
    return part == Part::RankingChart ? RoundCharts::ranking(m_scores->checks, m_scores->gradeBands, m_language)
                                      : RoundCharts::grades(m_rows, m_scores->gradeBands, m_language);
}

void DashboardPanel::replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old; // the view does not delete the chart it showed
}

bool DashboardPanel::exportTo(Part part, const QString& path)
{
    cc::Result<void> written;
    if (part == Part::HeatMap)
        written = cc::io::TableExport::write({m_heat->table()}, path);
    else if (part == Part::Rounds)
        written = cc::io::TableExport::write({m_changes->table()}, path);
    else if (part == Part::Spread)
        written = cc::io::TableExport::write({m_spread->table()}, path);
    else if (part == Part::Ranking || part == Part::Rollup)
        written = cc::io::TableExport::write({(part == Part::Ranking ? m_ranking : m_rollup)->table()}, path);
    else
        written = RoundCharts::write(buildChart(part), kExportSize, path);
    if (!written) {
        ErrorPresenter::show(this, written.error());
        return false;
    }
    return true;
}

cc::ScoreQuery DashboardPanel::currentQuery() const
{
    return {m_ui->dashboardRoundComboBox->currentData().toString(),
            m_ui->dashboardCountyComboBox->currentData().toString(),
            m_ui->dashboardStreetComboBox->currentData().toString()};
}

bool DashboardPanel::exportSummary(const QString& path)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto summary = m_workspace.scores().summary(currentQuery(), m_language, QDate::currentDate());
    cc::Result<int> written = summary ? SummaryReport::write(*summary, path) : cc::Result<int>(summary.error());
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        ErrorPresenter::show(this, written.error());
        return false;
    }
    m_ui->dashboardStatusLabel->setText(tr("Summary written: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void DashboardPanel::exportSummaryWithDialog()
{
    if (!m_scores)
        return;
    const cc::ScoreQuery query = currentQuery();
    QStringList name {tr("summary")};
    for (const QString& part : {query.county, query.street, query.round})
        if (!part.isEmpty())
            name << part;
    const QString path = SavePath::ask(this,
                                       tr("Summary report"),
                                       name.join(u'-') + QStringLiteral(".pdf"),
                                       tr("PDF (*.pdf);;OpenDocument text, editable (*.odt)"));
    if (!path.isEmpty())
        exportSummary(path);
}

void DashboardPanel::exportWithDialog(Part part)
{
    if (!m_scores)
        return;
    const bool table = part == Part::Ranking || part == Part::Rollup || part == Part::HeatMap || part == Part::Rounds
        || part == Part::Spread;
    const QString name = part == Part::HeatMap ? tr("failed-indicators")
        : part == Part::Spread                 ? tr("programme-scores")
        : part == Part::SpreadChart            ? tr("programme-scores-chart")
        : part == Part::Rounds                 ? tr("round-over-round")
        : part == Part::Ranking                ? tr("ranking")
        : part == Part::Rollup                 ? tr("roll-up")
        : part == Part::RankingChart           ? tr("ranking-chart")
                                               : tr("grades-chart");
    const QString path = SavePath::ask(
        this,
        table ? tr("Export the table") : tr("Export the chart"),
        (m_scores->checks.empty() ? name : name + u'-' + m_ui->dashboardRoundComboBox->currentText())
            + (table ? QStringLiteral(".xlsx") : QStringLiteral(".png")),
        table ? tr("Excel workbook (*.xlsx);;CSV (*.csv)") : tr("PNG picture (*.png);;SVG drawing (*.svg)"));
    if (!path.isEmpty())
        exportTo(part, path);
}
