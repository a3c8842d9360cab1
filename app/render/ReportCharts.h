// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/ReportModel.h"

#include <QCoreApplication>
#include <QRectF>

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
    // Programme and task scores as horizontal bars.
    static void drawScoreBars(QPainter& painter, const QRectF& target, const cc::report::ReportModel& report);
};
