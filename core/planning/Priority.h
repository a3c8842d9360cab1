// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"

// The priority of a project (docs/priority.md), with its parts so that a planner can see why.
// Pure: no storage.
namespace cc::planning {

struct Priority
{
    bool timeBound = false; // 限时解决: always ahead of every best-effort project
    double severity = 0; // 0–1: (100 − the worst problem score) / 100; 0.5 for demand-only projects
    double support = 0; // 0–1: residents' support, s / (s + 50)
    double costEffectiveness = 0; // 0–1: 1 / (1 + cost / 50); 0 when the cost is unknown
    double resources = 0; // 0 or 1: a room, land, fund or operator is linked
    double score = 0; // 0–100: 40·severity + 25·support + 20·cost-effectiveness + 15·resources
    double total = 0; // score, plus 1000 when time-bound: what the list is sorted by
};

inline constexpr double kWeightSeverity = 40;
inline constexpr double kWeightSupport = 25;
inline constexpr double kWeightCostEffectiveness = 20;
inline constexpr double kWeightResources = 15;
inline constexpr double kTimeBoundBonus = 1000;
inline constexpr double kSupportHalf = 50; // supporters for half the support part
inline constexpr double kCostHalf = 50; // 万元 for half the cost-effectiveness part

Priority priorityOf(const Project& project);

// Sorting: higher total first; then cheaper (unknown cost last); then the community code and the
// name, so that the order never depends on storage order.
bool higherPriority(const Project& a, const Priority& pa, const Project& b, const Priority& pb);

} // namespace cc::planning
