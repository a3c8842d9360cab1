// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"
#include "core/planning/Priority.h"

#include <QCoreApplication>

#include <vector>

// Fills a county's annual budget ceiling by priority (docs/priority.md): down the list, take each
// project whose cost fits in what is left; a dearer one that does not fit is deferred and the walk
// goes on, so a cheaper one further down that fits is never skipped. The total never exceeds the
// budget. Pure: no storage.
namespace cc::planning {

struct FillItem
{
    const Project* project = nullptr;
    Priority priority;
    int rank = 0; // 1 = highest priority
    bool selected = false;
    QString reason; // why deferred, worded
};

struct FillResult
{
    double budget = 0;
    double totalCost = 0;
    std::vector<FillItem> items; // in priority order
};

class BudgetFill final
{
    Q_DECLARE_TR_FUNCTIONS(BudgetFill)

public:
    static FillResult fill(const std::vector<const Project*>& projects, double budget);
};

} // namespace cc::planning
