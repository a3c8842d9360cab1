// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Community.h"
#include "core/domain/IndicatorSet.h"
#include "core/domain/Planning.h"
#include "core/scoring/Scoring.h"

#include <functional>
#include <optional>
#include <vector>

// Project candidates from a scored assessment: every failed indicator's project templates, one
// candidate per template (a template named by two failed indicators is one project with both as its
// origin). Quantity per the template (`one`, `value`, `gap`), unit cost from the local price table
// when it has one, else the template's. Pure: no storage.
namespace cc::planning {

// The local unit cost (万元) of a template in the community's county, if the price table has one.
using PriceLookup = std::function<std::optional<double>(const QString& templateCode)>;

// How many units a template's project needs for this answer (spec indicator-set-format.md): 1; the
// value; or the shortfall in the value's own units, rounded up and never below 0. None when it
// cannot be known (a `gap` of a value that is not a number, or a missing normaliser figure).
std::optional<double> quantityFor(const ProjectTemplate& projectTemplate,
                                  const Indicator& indicator,
                                  const Community& community,
                                  const ResponseValue& value);

// 万元, to 0.01 (100 元): costs are kept and summed at that precision.
double roundWan(double value);

// Candidates in problem order (限时解决 first, then set order); `language` words the names.
std::vector<Project> candidatesFromScore(const IndicatorSet& set,
                                         const Community& community,
                                         const scoring::Score& score,
                                         const PriceLookup& price,
                                         const QString& language);

} // namespace cc::planning
