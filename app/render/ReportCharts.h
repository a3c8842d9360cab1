// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/ReportModel.h"

#include <QCoreApplication>
#include <QRectF>

#include <optional>
#include <vector>

class QAbstractAxis;
class QChart;
class QColor;
class QPainter;

// The report's charts, drawn with QtCharts as vectors into any QPainter (a QPdfWriter page, an
// image). Charts go through a QGraphicsScene with explicit geometry: QChartView::render() on a view
// that was never shown clips and offsets the chart. QtCharts needs a QApplication.
class ReportCharts final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)

public:
    // The programmes on a 0–100 radar; the earlier round as a second ring when there is one.
    static void drawRadar(QPainter& painter, const QRectF& target, const cc::report::ReportModel& report);
    // One ring of a radar whose angular axis counts the programmes 0…n: a programme without a score
    // (nothing answered in it yet) is a gap in the ring, not a zero, so the ring is drawn in runs of
    // scored programmes, a lone one as a dot; one legend entry per ring.
    static void addRadarRing(QChart* chart,
                             QAbstractAxis* angular,
                             QAbstractAxis* radial,
                             const QString& name,
                             const std::vector<std::optional<double>>& values,
                             const QColor& colour,
                             bool dashed);
    // Programme and task scores as horizontal bars.
    static void drawScoreBars(QPainter& painter, const QRectF& target, const cc::report::ReportModel& report);
};
