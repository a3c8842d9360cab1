// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/IndicatorSet.h"
#include "core/report/HeatMap.h"
#include "core/report/Rollup.h"
#include "core/util/Result.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>
#include <QSize>

#include <optional>
#include <vector>

class QChart;
class QPainter;

// The planner's charts of a round (the dashboard, and whatever prints them), built with QtCharts in
// the report's CJK font. Each function returns a new chart the caller owns (a QChartView takes
// it, or write() paints and deletes it).
class RoundCharts final
{
    Q_DECLARE_TR_FUNCTIONS(RoundCharts)

public:
    // More bars than this are not readable: the ranking shows the best and the worst half of it.
    static constexpr int kMaxBars = 40;

    // The ranked checks' overall scores as bars, best first, each coloured by its grade, with the
    // grade bands' lower limits drawn across. `language` names the grades.
    static QChart* ranking(const std::vector<cc::report::RankedCheck>& checks,
                           const std::vector<cc::GradeBand>& bands,
                           const QString& language);
    // How many checks of each grade every street, county or city has, as stacked bars (the first
    // kMaxBars rows).
    static QChart* grades(const std::vector<cc::report::RollupRow>& rows,
                          const std::vector<cc::GradeBand>& bands,
                          const QString& language);

    // 2–6 communities on one radar: each one's programme scores as a ring in its own colour (a
    // programme without a score is a gap). `programmes` names the spokes.
    struct Ring
    {
        QString name;
        std::vector<std::optional<double>> values; // one per programme
    };
    static QChart* radar(const QStringList& programmes, const std::vector<Ring>& rings, const QString& title);

    // Each programme's scores over the checks as a box plot (least, quartiles, median, greatest).
    static QChart* programmeBoxes(const QStringList& programmes,
                                  const std::vector<std::optional<cc::report::Rollup::Box>>& boxes,
                                  const QString& title);

    // Lays `chart` out at `size` and paints it into `target` (a PDF page: vectors); deletes the chart.
    static void paint(QChart* chart, const QSize& size, QPainter& painter, const QRectF& target);

    // A heat-map cell's colour: red for a failed check, green for a passed one, grey for N/A; for a
    // street or county, white to red by the share of its checks that failed. Invalid: no colour.
    static QColor heatColour(const cc::report::HeatMap::Cell& cell, bool community);

    // Lays `chart` out at `size` and writes it as PNG (twice the pixels, for print) or SVG, by the
    // path's suffix; deletes the chart. The file is complete or absent.
    static cc::Result<void> write(QChart* chart, const QSize& size, const QString& path);
};
