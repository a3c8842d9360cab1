// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace cc {

// What lists and roll-ups show of one check's score (scoring's Score, in a few figures), as the
// score cache keeps it.
struct ScoreSummary
{
    std::optional<double> overall; // unrounded
    QString grade; // the set's zh label; empty without a grade
    std::optional<double> coverage;
    bool provisional = true;
    int bottomLineFailures = 0;
    int openTimeBound = 0; // 限时解决 problems
};

} // namespace cc
