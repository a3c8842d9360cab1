// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/ReportCharts.h"

#include "app/render/ReportFonts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
#include <QScatterSeries>
#include <QValueAxis>

namespace {

constexpr double kChartWidth = 800;

// Lays the chart out at a fixed size in its own scene and paints it into `target`, as vectors.
void paint(QChart* chart, QPainter& painter, const QRectF& target)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns the chart
    const QRectF source(0, 0, kChartWidth, kChartWidth * target.height() / target.width());
    chart->setGeometry(source);
    chart->layout()->activate();
    scene.setSceneRect(source);
    scene.render(&painter, target, source);
}

void styleChart(QChart* chart)
{
    chart->setFont(ReportFonts::font(11));
    chart->setTitleFont(ReportFonts::font(13, true));
    chart->legend()->setFont(ReportFonts::font(10));
    chart->setBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
}

} // namespace

void ReportCharts::addRadarRing(QChart* chart,
                                QAbstractAxis* angular,
                                QAbstractAxis* radial,
                                const QString& name,
                                const std::vector<std::optional<double>>& values,
                                const QColor& colour,
                                bool dashed)
{
    const int n = static_cast<int>(values.size());
    QPen pen(colour);
    pen.setWidthF(dashed ? 1.5 : 2.5);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    bool named = false;
    const auto add = [&](QXYSeries* series) {
        series->setName(name);
        chart->addSeries(series);
        series->attachAxis(angular);
        series->attachAxis(radial);
        if (named) { // one legend entry per ring
            for (QLegendMarker* marker : chart->legend()->markers(series))
                marker->setVisible(false);
        }
        named = true;
    };
    const auto flush = [&](QList<QPointF>& run) {
        if (run.size() == 1) {
            auto* dot = new QScatterSeries;
            dot->setMarkerSize(dashed ? 6 : 8);
            dot->setColor(colour);
            dot->setBorderColor(colour);
            dot->append(run);
            add(dot);
        } else if (run.size() > 1) {
            auto* line = new QLineSeries;
            line->setPen(pen);
            line->append(run);
            add(line);
        }
        run.clear();
    };
    QList<QPointF> run;
    for (int i = 0; i <= n && n > 0; ++i) { // closed: back to the first programme
        if (const std::optional<double> value = values[static_cast<size_t>(i % n)])
            run.append(QPointF(i, *value));
        else
            flush(run);
    }
    // The closing point repeats the first programme: a run of it alone is already drawn.
    if (!(run.size() == 1 && n > 1 && run.front().x() == n))
        flush(run);
}

void ReportCharts::drawRadar(QPainter& painter, const QRectF& target, const cc::report::ReportModel& report)
{
    auto* chart = new QPolarChart;
    styleChart(chart);
    const auto& programmes = report.programmes;
    const int n = static_cast<int>(programmes.size());
    auto* angular = new QCategoryAxis;
    angular->setRange(0, n);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    angular->setLabelsFont(ReportFonts::font(10));
    for (int i = 0; i < n; ++i)
        angular->append(programmes[static_cast<size_t>(i)].name, i);
    auto* radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(6);
    radial->setLabelFormat(QStringLiteral("%d"));
    radial->setLabelsFont(ReportFonts::font(8));
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    if (n > 0) {
        std::vector<std::optional<double>> now, before;
        for (const auto& p : programmes) {
            now.push_back(p.score);
            before.push_back(p.earlierScore);
        }
        if (report.comparison)
            addRadarRing(
                chart, angular, radial, report.comparison->earlierRound, before, QColor(0x90, 0x90, 0x90), true);
        addRadarRing(chart, angular, radial, report.round, now, QColor(0x1d, 0x6f, 0x5f), false);
    }
    chart->legend()->setVisible(report.comparison.has_value());
    chart->legend()->setAlignment(Qt::AlignBottom);
    paint(chart, painter, target);
}

void ReportCharts::drawScoreBars(QPainter& painter, const QRectF& target, const cc::report::ReportModel& report)
{
    auto* chart = new QChart;
    styleChart(chart);
    auto* set = new QBarSet(tr("Score"));
    set->setColor(QColor(0x1d, 0x6f, 0x5f));
    set->setLabelFont(ReportFonts::font(8));
    QStringList categories;
    // Bottom to top in a horizontal bar chart: reverse, so the first programme is on top.
    for (auto it = report.scores.rbegin(); it != report.scores.rend(); ++it) {
        categories << QString(it->level * 2, u' ') + it->code + u' ' + it->name;
        *set << it->score.value_or(0);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setLabelsFont(ReportFonts::font(9));
    auto* axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    chart->legend()->setVisible(false);
    paint(chart, painter, target);
}
