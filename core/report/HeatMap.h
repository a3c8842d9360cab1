// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/LocalizedText.h"
#include "core/report/Rollup.h"
#include "core/scoring/Scoring.h"

#include <QHash>

#include <optional>
#include <vector>

namespace cc::report {

// Which indicators fail where: indicators down, communities (or streets, or counties) across, each
// cell counting its checks' pass / fail / N/A / unanswered. Rows sorted so that the indicator failed
// most often comes first (then set order); informational indicators are left out.
struct HeatMap
{
    enum class Columns { Community, Street, County };
    struct Row
    {
        QString code;
        LocalizedText name;
        int failed = 0; // checks in which it failed
        int answered = 0; // checks in which it passed or failed
    };
    struct Column
    {
        QString label; // community name, street or county
        QString detail; // community code, or the county of a street
        std::optional<AssessmentId> assessment; // a community column's check
    };
    struct Cell
    {
        int pass = 0;
        int fail = 0;
        int notApplicable = 0;
        int unanswered = 0;
    };

    Columns by = Columns::Community;
    std::vector<Row> rows;
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> cells; // [row][column]
};

// One check's outcome per indicator, in set order: what the heat map is built from.
struct IndicatorOutcomes
{
    std::vector<std::pair<QString, scoring::Status>> statuses; // code → status
};

class HeatMapBuilder final
{
public:
    // `checks` in the order the columns should take (the ranking); `outcomes` by assessment UUID;
    // `names` the indicators' names by code, `setOrder` their codes in set order.
    static HeatMap build(HeatMap::Columns by,
                         const std::vector<RankedCheck>& checks,
                         const QHash<QString, IndicatorOutcomes>& outcomes,
                         const QHash<QString, LocalizedText>& names,
                         const QStringList& setOrder);
};

} // namespace cc::report
