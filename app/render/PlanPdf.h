// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/planning/PlanView.h"
#include "core/util/Result.h"

#include <QCoreApplication>

// The 年度实施计划 of a county as an A4 PDF: title, budget and total, the five parts, the selected
// projects and the deferred ones with the reason, page numbers; the same fonts as the report.
// Written atomically.
class PlanPdf final
{
    Q_DECLARE_TR_FUNCTIONS(PlanPdf)

public:
    static cc::Result<int> write(const cc::planning::PlanView& plan, const QString& path);
};
