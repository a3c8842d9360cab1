// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"

#include <QString>

namespace cc::planning {

// A project's status as a person reads it, in the UI language: what the views, the CLI, the tables
// and the services' messages print.
QString statusName(ProjectStatus status);

} // namespace cc::planning
