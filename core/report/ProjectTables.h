// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"
#include "core/io/TableExport.h"

#include <QCoreApplication>

// The project list (项目清单 / 项目库) as a table for people, worded in the UI language: what
// `projects export` writes as CSV or XLSX. The annual plan's tables are PlanDocument's.
namespace cc::report {

class ProjectTables final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectTables)

public:
    static io::Table projects(const std::vector<Project>& projects);
};

} // namespace cc::report
