// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/Community.h"
#include "core/domain/Ids.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace cc::report {

// One community's check of a round, scored, as the ranking and the roll-ups read it.
struct RankedCheck
{
    Community community;
    AssessmentId assessment;
    AssessmentStatus status = AssessmentStatus::Submitted;
    std::optional<double> score; // overall, to one decimal (scoring §7); none when nothing scored
    QString grade; // the set's zh label; empty without a grade
    std::optional<double> coverage;
    bool provisional = false;
    int bottomLineFailures = 0;
    int openTimeBound = 0; // 限时解决 problems of the check
    int rank = 0; // 1 is the best; equal scores share a rank (1, 2, 2, 4); unscored checks come last
};

enum class RollupLevel { Street, County, City };

// One street, county or city: its registered communities, the checked ones and what their checks say.
struct RollupRow
{
    QString key; // the street, county or city name
    QString county; // the county of a street or a county; empty for a city
    QString city;
    int communities = 0; // registered
    int checked = 0; // with a check in the round
    std::optional<double> mean; // of the checked ones' one-decimal overall scores
    std::optional<double> median;
    std::vector<std::pair<QString, int>> grades; // every label of the set, best first, 0 where none
    int bottomLineFailures = 0;
    int openTimeBound = 0;
};

// The arithmetic of the planner's view, apart from storage so that it is tested on its own and
// the GUI and the CLI show the same numbers.
class Rollup final
{
    Q_DECLARE_TR_FUNCTIONS(Rollup)

public:
    // Sorts best first (score, then community code) and numbers the ranks.
    static void rank(std::vector<RankedCheck>& checks);

    // The checks rolled up by street, county or city over the register (so a street with no check
    // still counts its communities), in the register's order of names. `gradeLabels` best first.
    static std::vector<RollupRow> rollUp(RollupLevel level,
                                         const std::vector<RankedCheck>& checks,
                                         const std::vector<Community>& registered,
                                         const QStringList& gradeLabels);

    // The median of the values (the mean of the middle two for an even count); none when empty.
    static std::optional<double> median(std::vector<double> values);
    // The five numbers of a box plot: least, lower quartile, median, upper quartile, greatest. The
    // quartiles are the medians of the lower and upper halves (Tukey's hinges; the middle value of
    // an odd count belongs to neither half). None when empty.
    struct Box
    {
        double least = 0, lowerQuartile = 0, median = 0, upperQuartile = 0, greatest = 0;
        int count = 0;
    };
    static std::optional<Box> box(std::vector<double> values);

    static QString levelName(RollupLevel level);
    static std::optional<RollupLevel> levelFromString(QStringView text);
};

} // namespace cc::report
