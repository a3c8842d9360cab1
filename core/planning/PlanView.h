// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"
#include "core/planning/Priority.h"

#include <vector>

namespace cc::planning {

// A plan as built: the stored plan and, per line, the project and its priority parts.
struct PlanView
{
    Plan plan;
    struct Line
    {
        Project project;
        Priority priority;
        PlanLine line;
        std::vector<ProjectId> alternatives; // the lines that would replace it for the same problem
    };
    std::vector<Line> lines; // in priority order: selected, deferred and measures together
};

} // namespace cc::planning
