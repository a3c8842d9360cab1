// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/IndicatorSet.h"
#include "core/io/TableExport.h"
#include "core/report/HeatMap.h"
#include "core/report/Rollup.h"
#include "core/report/RoundChange.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <vector>

namespace cc::report {

// The round summary a county leader reads (汇总报告): one round's checks in a county (or a street, or
// everywhere) at a glance, the ranking, the roll-up, the indicators failed most often and every
// bottom-line failure. Plain data in the UI language: the PDF and the ODT copy lay it out alike.
struct RoundSummary
{
    QString language; // zh_CN or en: the data's words (names, grades)
    QString title; // 社区体检汇总报告
    QString scope; // 浮梁县 / 浮梁县 湘湖镇 / all counties
    QString round;
    QDate date; // the day it was written
    QStringList glance; // the figures in sentences
    std::vector<RankedCheck> checks; // ranked, best first (the ranking chart)
    std::vector<GradeBand> bands; // best first
    io::Table ranking;
    RollupLevel level = RollupLevel::Street; // streets of a county, counties otherwise
    std::vector<RollupRow> rows; // the roll-up (the grades chart)
    io::Table rollUp;
    HeatMap heatMap; // the indicators failed most often, at most kHeatRows, failed at least once
    io::Table bottomLine; // community, name, street, indicator, answer, deadline, responsible units
    std::vector<bool> overdue; // per row of bottomLine: its deadline has passed
};

struct RoundSummaryInput
{
    QString round;
    QString county; // empty: all
    QString street; // empty: all
    std::vector<RankedCheck> checks; // ranked
    std::vector<Community> registered;
    QStringList gradeLabels; // zh, best first
    std::vector<GradeBand> gradeBands;
    QHash<QString, CheckOutcome> outcomes; // by assessment UUID
    QHash<QString, IndicatorOutcomes> indicators; // by assessment UUID
    QHash<QString, LocalizedText> indicatorNames;
    QStringList indicatorOrder;
};

class RoundSummaries final
{
    Q_DECLARE_TR_FUNCTIONS(RoundSummaries)

public:
    static constexpr int kHeatRows = 15;

    enum class Section { Glance, Ranking, RollUp, HeatMap, BottomLine };

    static RoundSummary build(const RoundSummaryInput& input, const QString& language, const QDate& date);

    static QString heading(Section section, RollupLevel level = RollupLevel::Street);
    // The running header of every page: title, scope and round.
    static QString runningHeader(const RoundSummary& summary);
    static QString page(int number);
    // "None: …" lines for empty sections.
    static QString noChecks();
    static QString noFailures();
    static QString noBottomLineFailures();
    // How a heat-map cell reads: "2/5" (failed of checked), "✓", "N/A", "—".
    static QString cellText(const HeatMap::Cell& cell);
    static QString heatLegend();
    static QString overdueNote();
};

} // namespace cc::report
