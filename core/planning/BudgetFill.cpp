// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/BudgetFill.h"

#include "core/planning/ProjectMoney.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace cc::planning {

namespace {

QString wan(long long cents)
{
    return QString::number(static_cast<double>(cents) / 100.0, 'f', 2);
}

} // namespace

std::vector<std::pair<CommunityId, QString>> BudgetFill::templatesIn(const Project& p)
{
    if (p.isBundle)
        return p.memberTemplates;
    if (p.templateCode.isEmpty())
        return {};
    return {{p.communityId, p.templateCode}};
}

bool BudgetFill::areAlternatives(const Project& a, const Project& b)
{
    if (&a == &b)
        return false;
    bool replaces = false;
    for (const auto& [communityA, templateA] : templatesIn(a)) {
        for (const auto& [communityB, templateB] : templatesIn(b)) {
            replaces = replaces
                || (communityA == communityB
                    && (a.alternativeTemplates.contains(templateB) || b.alternativeTemplates.contains(templateA)));
        }
    }
    return replaces && std::any_of(a.problemCodes.begin(), a.problemCodes.end(), [&](const QString& c) {
               return b.problemCodes.contains(c);
           });
}

FillResult BudgetFill::fill(const std::vector<const Project*>& projects, double budget, int year)
{
    FillResult result;
    result.budget = budget;
    for (const Project* p : projects) {
        FillItem item;
        item.project = p;
        item.priority = priorityOf(*p);
        item.measure = p->projectClass == u"管理";
        item.yearCost = ProjectMoney::inYear(*p, year);
        item.continuing = ProjectMoney::continuesInto(*p, year);
        result.items.push_back(std::move(item));
    }
    std::sort(result.items.begin(), result.items.end(), [](const FillItem& a, const FillItem& b) {
        return higherPriority(*a.project, a.priority, *b.project, b.priority);
    });
    // Alternatives are of one community: compare within each community only (a county has thousands
    // of projects, a community a few dozen).
    QHash<QString, std::vector<size_t>> byCommunity;
    QHash<const Project*, size_t> indexOf;
    for (size_t i = 0; i < result.items.size(); ++i) {
        result.items[i].rank = static_cast<int>(i) + 1;
        indexOf.insert(result.items[i].project, i);
        QStringList communities; // a bundle may hold projects of several communities
        for (const auto& [community, code] : templatesIn(*result.items[i].project)) {
            if (!communities.contains(community.toString()))
                communities << community.toString();
        }
        for (const QString& community : communities)
            byCommunity[community].push_back(i);
    }
    for (const std::vector<size_t>& members : std::as_const(byCommunity)) {
        for (size_t i : members) {
            for (size_t j : members) {
                auto& found = result.items[i].alternatives;
                if (areAlternatives(*result.items[i].project, *result.items[j].project)
                    && std::find(found.begin(), found.end(), result.items[j].project) == found.end())
                    found.push_back(result.items[j].project);
            }
        }
    }
    for (FillItem& item : result.items) { // in priority order, whichever community found them first
        std::sort(item.alternatives.begin(), item.alternatives.end(), [&](const Project* a, const Project* b) {
            return indexOf.value(a) < indexOf.value(b);
        });
    }
    const auto selectedAlternative = [&](const FillItem& item) -> const Project* {
        for (const Project* other : item.alternatives) { // in priority order: the first one taken
            const FillItem& o = result.items[indexOf.value(other)];
            if (o.selected && !o.measure)
                return other;
        }
        return nullptr;
    };
    const auto deferAsAlternative = [&](FillItem& item) {
        if (const Project* chosen = selectedAlternative(item)) {
            item.reason = tr("an alternative for the same problem is selected: %1").arg(chosen->name);
            return true;
        }
        return false;
    };

    // Measures: no investment, listed apart.
    for (FillItem& item : result.items) {
        if (item.measure)
            item.selected = true;
    }
    // Sums in hundredths of 万元 (元 × 100), so that rounding never lets the total pass the budget.
    // The ceiling rounds down: 100.005 万元 allows 100.00, never 100.01.
    const long long ceiling = static_cast<long long>(std::floor(std::clamp(budget, 0.0, 1e12) * 100.0 + 1e-6));
    long long mandatory = 0;
    for (FillItem& item : result.items) { // 限时解决 first: obligations, whatever the budget
        if (item.measure || !item.project->timeBound || deferAsAlternative(item))
            continue;
        item.selected = true;
        item.mandatory = true;
        if (item.yearCost)
            mandatory += ProjectMoney::cents(*item.yearCost);
        else
            item.reason = tr("限时解决, selected without a cost estimate: estimate it");
    }
    const long long shortfall = std::max(0LL, mandatory - ceiling);
    long long used = mandatory;
    // Works an earlier plan started go on before anything new is taken.
    for (FillItem& item : result.items) {
        if (item.selected || item.project->timeBound || !item.continuing || !item.yearCost || deferAsAlternative(item))
            continue;
        const long long c = ProjectMoney::cents(*item.yearCost);
        if (shortfall == 0 && used + c <= ceiling) {
            item.selected = true;
            used += c;
            item.reason = tr("continuing from the %1 plan: this year's share").arg(*item.project->plannedYear);
        } else {
            item.reason = tr("continuing from %1: needs %2 万元 this year, %3 万元 left")
                              .arg(*item.project->plannedYear)
                              .arg(wan(c), wan(std::max(0LL, ceiling - used)));
        }
    }
    for (FillItem& item : result.items) {
        // Every 限时解决 and continuing item was decided above.
        if (item.selected || item.project->timeBound || !item.reason.isEmpty() || deferAsAlternative(item))
            continue;
        if (shortfall > 0) {
            item.reason = tr("the 限时解决 projects alone exceed the budget by %1 万元").arg(wan(shortfall));
            continue;
        }
        if (!item.yearCost) {
            item.reason = tr("no cost estimate yet");
            continue;
        }
        const long long c = ProjectMoney::cents(*item.yearCost);
        if (used + c <= ceiling) {
            item.selected = true;
            used += c;
        } else {
            item.reason = tr("over the budget: needs %1 万元 this year, %2 万元 left").arg(wan(c), wan(ceiling - used));
        }
    }
    result.mandatoryCost = static_cast<double>(mandatory) / 100.0;
    result.shortfall = static_cast<double>(shortfall) / 100.0;
    result.totalCost = static_cast<double>(used) / 100.0;
    return result;
}

} // namespace cc::planning
