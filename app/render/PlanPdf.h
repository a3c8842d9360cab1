// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/PlanDocument.h"
#include "core/util/Result.h"

#include <QCoreApplication>

// The 年度实施计划 of a county as a landscape A4 PDF: title and summary, the shortfall in red, the
// five parts, the plan table (限时解决 rows in red), the totals by source, programme and lead unit,
// the management measures and the deferred projects, page numbers; the same fonts as the report.
// Written atomically.
class PlanPdf final
{
    Q_DECLARE_TR_FUNCTIONS(PlanPdf)

public:
    static cc::Result<int> write(const cc::report::PlanDocument& plan, const QString& path);
};
