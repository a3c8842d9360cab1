// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/BudgetFill.h"

#include <algorithm>
#include <cmath>

namespace cc::planning {

namespace {

QString wan(double v)
{
    return QString::number(v, 'f', 2);
}

} // namespace

FillResult BudgetFill::fill(const std::vector<const Project*>& projects, double budget)
{
    FillResult result;
    result.budget = budget;
    for (const Project* p : projects)
        result.items.push_back({p, priorityOf(*p), 0, false, {}});
    std::sort(result.items.begin(), result.items.end(), [](const FillItem& a, const FillItem& b) {
        return higherPriority(*a.project, a.priority, *b.project, b.priority);
    });
    // Sums in hundredths of 万元 (元 × 100), so that rounding never lets the total pass the budget.
    const auto cents = [](double v) { return static_cast<long long>(std::llround(v * 100.0)); };
    // The ceiling rounds down: 100.005 万元 allows 100.00, never 100.01.
    const long long ceiling = static_cast<long long>(std::floor(std::clamp(budget, 0.0, 1e12) * 100.0 + 1e-6));
    long long used = 0;
    int rank = 0;
    for (FillItem& item : result.items) {
        item.rank = ++rank;
        const auto& cost = item.project->cost;
        if (!cost) {
            item.reason = tr("no cost estimate yet");
            continue;
        }
        const long long c = cents(*cost);
        if (used + c <= ceiling) {
            item.selected = true;
            used += c;
        } else {
            item.reason =
                tr("over the budget: needs %1 万元, %2 万元 left").arg(wan(*cost), wan((ceiling - used) / 100.0));
        }
    }
    result.totalCost = static_cast<double>(used) / 100.0;
    return result;
}

} // namespace cc::planning
