// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"
#include "core/planning/Priority.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

// Fills a county's annual plan (docs/priority.md, cli.md `plan build`). 限时解决 projects are
// obligations: every one is selected first, whatever the budget, and what they need beyond it is the
// shortfall. Management measures (class 管理) are listed apart, outside the budget. Then, only when
// there is no shortfall, down the list by priority: each project whose cost this year fits in what is
// left is taken; a dearer one is deferred and the walk goes on. Alternatives of one problem are never
// both selected. Pure: no storage.
namespace cc::planning {

struct FillItem
{
    const Project* project = nullptr;
    Priority priority;
    int rank = 0; // 1 = highest priority
    bool selected = false;
    bool measure = false; // class 管理: in the measures list, outside the budget
    bool mandatory = false; // a selected 限时解决 project: counts in the mandatory cost
    bool continuing = false; // a multi-year project an earlier plan took: this year's share carries on
    std::optional<double> yearCost; // the part of its cost in the plan's year
    std::vector<const Project*> alternatives; // the projects that would replace it for the same problem
    QString reason; // why deferred, worded; for a selected item, a note (e.g. no cost estimate)
};

struct FillResult
{
    double budget = 0;
    double totalCost = 0; // selected items' cost this year, 限时解决 included
    double mandatoryCost = 0; // the 限时解决 items' cost this year
    double shortfall = 0; // max(0, mandatoryCost − budget)
    std::vector<FillItem> items; // in priority order
};

class BudgetFill final
{
    Q_DECLARE_TR_FUNCTIONS(BudgetFill)

public:
    static FillResult fill(const std::vector<const Project*>& projects, double budget, int year);

    // Whether two projects solve the same problem of one community another way: one's template is
    // among the other's alternatives and they share a problem. A bundle answers for its members.
    static bool areAlternatives(const Project& a, const Project& b);
    // The (community, template) of a project, or of each member of a bundle.
    static std::vector<std::pair<CommunityId, QString>> templatesIn(const Project& project);
};

} // namespace cc::planning
