// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/HeatMap.h"

#include <algorithm>

namespace cc::report {

HeatMap HeatMapBuilder::build(HeatMap::Columns by,
                              const std::vector<RankedCheck>& checks,
                              const QHash<QString, IndicatorOutcomes>& outcomes,
                              const QHash<QString, LocalizedText>& names,
                              const QStringList& setOrder)
{
    HeatMap map;
    map.by = by;
    // The columns: one per check, or one per street / county in the order they first rank.
    QHash<QString, int> columnOf;
    std::vector<int> checkColumn;
    for (const RankedCheck& c : checks) {
        QString key;
        HeatMap::Column column;
        switch (by) {
        case HeatMap::Columns::Community:
            key = c.assessment.toString();
            column = {c.community.name, c.community.code, c.assessment};
            break;
        case HeatMap::Columns::Street:
            key = c.community.county + u'\x1f' + c.community.street;
            column = {c.community.street, c.community.county, std::nullopt};
            break;
        case HeatMap::Columns::County:
            key = c.community.county;
            column = {c.community.county, c.community.city, std::nullopt};
            break;
        }
        auto it = columnOf.constFind(key);
        if (it == columnOf.constEnd()) {
            it = columnOf.insert(key, static_cast<int>(map.columns.size()));
            map.columns.push_back(column);
        }
        checkColumn.push_back(*it);
    }
    // The rows: every scored indicator of the set, counted over the checks.
    QHash<QString, int> rowOf;
    for (const QString& code : setOrder) {
        rowOf.insert(code, static_cast<int>(map.rows.size()));
        map.rows.push_back({code, names.value(code), 0, 0});
    }
    std::vector<std::vector<HeatMap::Cell>> cells(map.rows.size(), std::vector<HeatMap::Cell>(map.columns.size()));
    std::vector<bool> scored(map.rows.size(), false);
    for (size_t i = 0; i < checks.size(); ++i) {
        const auto found = outcomes.constFind(checks[i].assessment.toString());
        if (found == outcomes.constEnd())
            continue;
        for (const auto& [code, status] : found->statuses) {
            const auto row = rowOf.constFind(code);
            if (row == rowOf.constEnd() || status == scoring::Status::Info)
                continue;
            scored[static_cast<size_t>(*row)] = true;
            HeatMap::Cell& cell = cells[static_cast<size_t>(*row)][static_cast<size_t>(checkColumn[i])];
            HeatMap::Row& r = map.rows[static_cast<size_t>(*row)];
            switch (status) {
            case scoring::Status::Pass:
                ++cell.pass;
                ++r.answered;
                break;
            case scoring::Status::Fail:
                ++cell.fail;
                ++r.failed;
                ++r.answered;
                break;
            case scoring::Status::NotApplicable:
                ++cell.notApplicable;
                break;
            case scoring::Status::Unanswered:
            case scoring::Status::Info:
                ++cell.unanswered;
                break;
            }
        }
    }
    // Most failed first; set order among equals. Indicators no check scored (informational) go.
    std::vector<size_t> order;
    for (size_t r = 0; r < map.rows.size(); ++r) {
        if (scored[r])
            order.push_back(r);
    }
    std::stable_sort(
        order.begin(), order.end(), [&](size_t a, size_t b) { return map.rows[a].failed > map.rows[b].failed; });
    HeatMap sorted;
    sorted.by = by;
    sorted.columns = std::move(map.columns);
    for (size_t r : order) {
        sorted.rows.push_back(map.rows[r]);
        sorted.cells.push_back(std::move(cells[r]));
    }
    return sorted;
}

} // namespace cc::report
