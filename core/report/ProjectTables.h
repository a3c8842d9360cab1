// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/TableExport.h"
#include "core/planning/PlanView.h"

#include <QCoreApplication>

// The project list (项目清单 / 项目库) and the annual plan as tables for people, worded in the UI
// language: what `projects export` and `plan build -o` write as CSV or XLSX.
namespace cc::report {

class ProjectTables final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectTables)

public:
    static io::Table projects(const std::vector<Project>& projects);
    // The lines (selected and deferred, in priority order), then the five parts.
    static std::vector<io::Table> plan(const planning::PlanView& plan);
};

} // namespace cc::report
