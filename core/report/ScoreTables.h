// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/TableExport.h"
#include "core/report/Rollup.h"
#include "core/report/RoundChange.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace cc::report {

// The planner's tables as people read them (CLI `scores`, the dashboard's tables and their CSV and
// XLSX exports): one place, so the CLI and the GUI show the same columns and figures. Scores as
// one-decimal numbers, coverage in per cent; a missing figure is an empty cell. `gradeNames` maps a
// grade's zh label to the name shown (the GUI in English); a label not in it is shown as it is.
class ScoreTables final
{
    Q_DECLARE_TR_FUNCTIONS(ScoreTables)

public:
    // Rank, community, name, county, street, score, grade, coverage, bottom-line failures, open
    // 限时解决 problems.
    static io::Table ranking(const std::vector<RankedCheck>& checks, const QHash<QString, QString>& gradeNames = {});
    // Street (and its county), county or city; communities registered and checked, mean, median,
    // one column per grade label, bottom-line failures, open 限时解决 problems.
    static io::Table rollUp(RollupLevel level,
                            const std::vector<RollupRow>& rows,
                            const QStringList& gradeLabels,
                            const QHash<QString, QString>& gradeNames = {});
    // Round over round: community, county, street, the two scores and their change, the change per
    // programme (named in `language`), problems resolved / persisting / new (counts and codes).
    static io::Table roundChanges(const RoundComparison& comparison, const QString& language);
    // The spread of each programme's scores: programme, checks scored, least, lower quartile, median,
    // upper quartile, greatest (Rollup::box). `boxes` one per programme, none where nothing scored.
    static io::Table programmeSpread(const QStringList& programmes,
                                     const std::vector<std::optional<Rollup::Box>>& boxes);
};

} // namespace cc::report
