// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"

// The priority of a project (docs/priority.md), with its parts so that a planner can see why.
// Pure: no storage.
namespace cc::planning {

struct Priority
{
    bool timeBound = false; // 限时解决: always ahead of every best-effort project
    // Safety before comfort: among best-effort projects the template class comes before the score,
    // 基础 (0) before 完善 (1) before 提升 (2); anything else (管理, none) is 3.
    int tier = 3;
    double severity = 0; // 0–1: (100 − the worst problem score) / 100; 0.5 for demand-only projects
    double support = 0; // 0–1: residents' support, s / (s + 50)
    double costEffectiveness = 0; // 0–1: 1 / (1 + cost / 50); 0 when the cost is unknown
    double resources = 0; // 0 or 1: a room, land, fund or operator is linked
    double score = 0; // 0–100: 40·severity + 25·support + 20·cost-effectiveness + 15·resources
    // What the list is sorted by: 1000 + score when time-bound; else (3 − tier) × 100 + score, so
    // a 基础 project (300–400) comes before a 完善 one (200–300), before a 提升 one (100–200).
    double total = 0;
};

inline constexpr double kWeightSeverity = 40;
inline constexpr double kWeightSupport = 25;
inline constexpr double kWeightCostEffectiveness = 20;
inline constexpr double kWeightResources = 15;
inline constexpr double kTimeBoundBonus = 1000;
inline constexpr double kTierStep = 100; // one class tier is worth more than any score
inline constexpr double kSupportHalf = 50; // supporters for half the support part
inline constexpr double kCostHalf = 50; // 万元 for half the cost-effectiveness part

Priority priorityOf(const Project& project);

// The tier of a template class: 基础 0, 完善 1, 提升 2, anything else 3.
int tierOf(const QString& projectClass);

// Sorting: higher total first; then cheaper (unknown cost last); then the community code and the
// name, so that the order never depends on storage order.
bool higherPriority(const Project& a, const Priority& pa, const Project& b, const Priority& pb);

} // namespace cc::planning
