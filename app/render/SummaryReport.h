// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/RoundSummary.h"
#include "core/util/Result.h"

#include <QCoreApplication>

// The round summary for a county leader (汇总报告) as a landscape A4 PDF or its editable ODT copy, by
// the path's suffix: the round at a glance, the ranking with its chart, the roll-up with the grades
// per street or county, the indicators failed most often as a coloured grid, every bottom-line
// failure (past deadlines in red). The same fonts, header and page numbers as the community report;
// written atomically.
class SummaryReport final
{
    Q_DECLARE_TR_FUNCTIONS(SummaryReport)

public:
    // Returns the page count for a PDF, 0 for an ODT.
    static cc::Result<int> write(const cc::report::RoundSummary& summary, const QString& path);

    // The heat map in tables of at most this many areas (communities, streets, counties) across.
    static constexpr int kHeatColumns = 10;
};
