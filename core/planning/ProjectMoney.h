// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

// A project's money over the years and by source: what an annual plan counts of it and whether its
// parts agree with its cost. Pure: no storage.
namespace cc::planning {

class ProjectMoney final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectMoney)

public:
    // Hundredths of 万元 (100 元): costs are compared and summed at this precision.
    static long long cents(double wan);

    // The amount of each year of the works: the given amounts, else the cost spread evenly over the
    // years (to 0.01 万元, the last year taking what rounding leaves). Empty without years or cost.
    static std::vector<YearShare> byYear(const Project& project);

    // What falls in `year`: the whole cost for a project without years (it is planned wholly in the
    // year of the plan that takes it) or whose years are already past (nothing of it was done), else
    // that year's amount (0 before its start). None while the cost is not estimated.
    static std::optional<double> inYear(const Project& project, int year);

    // Whether a project without years, or with years that include `year`, can be planned in `year`.
    static bool runsIn(const Project& project, int year);

    // A multi-year project that an earlier year's plan took (scheduled or under way) and whose years
    // include `year`: that year's plan carries its share on, without planning it anew.
    static bool continuesInto(const Project& project, int year);

    // Amounts added up, then rounded to hundredths of 万元 (so 33.333 + 33.333 + 33.334 is 100.00).
    static long long sumCents(const std::vector<double>& amounts);

    // Why the project's years and funding do not fit together (an end year before the start year,
    // year amounts outside the years or not adding up to the cost, a funding split that does not add
    // up to the cost, a source named twice, a negative part), worded for people; empty when they do.
    static QString problem(const Project& project);
};

} // namespace cc::planning
