// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/LocalizedText.h"
#include "core/report/Rollup.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace cc::report {

// A bottom-line indicator a check fails, as the round summary lists it.
struct BottomLineItem
{
    QString code;
    LocalizedText name;
    LocalizedText value; // the answer as people read it
    std::optional<QDate> deadline; // of its 限时解决 problem
    QStringList responsibleUnits;
};

// What one check says, for comparing it with the community's check of another round.
struct CheckOutcome
{
    std::optional<double> overall; // one decimal
    QHash<QString, double> programmes; // programme (top-level group) code → score, scored ones only
    QStringList problems; // failed indicator codes, in the problem list's order
    std::vector<BottomLineItem> bottomLine; // in set order
};

// One community from an earlier round to a later one: the 2026 re-check against the 2025 check.
struct RoundChange
{
    Community community;
    AssessmentId earlier;
    AssessmentId later;
    std::optional<double> earlierScore;
    std::optional<double> laterScore;
    std::vector<std::optional<double>> programmeChange; // later − earlier, per programme of the comparison
    QStringList resolved; // failed then, not now
    QStringList persisting; // failed then and now
    QStringList added; // failed now, not then
};

struct RoundComparison
{
    std::vector<std::pair<QString, LocalizedText>> programmes; // code, name: the columns of the changes
    std::vector<RoundChange> rows; // the communities checked in both rounds, in the later round's ranking
    int onlyEarlier = 0; // communities checked in the earlier round only
    int onlyLater = 0; // … in the later round only
};

class RoundChanges final
{
public:
    // Pairs the two rounds' checks by community. `outcomes` by assessment UUID.
    static RoundComparison compare(const std::vector<RankedCheck>& earlier,
                                   const std::vector<RankedCheck>& later,
                                   const QHash<QString, CheckOutcome>& outcomes,
                                   const std::vector<std::pair<QString, LocalizedText>>& programmes);
};

} // namespace cc::report
