// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Building.h"
#include "core/domain/IndicatorSet.h"
#include "core/domain/Ledger.h"
#include "core/scoring/Scoring.h"

#include <QDate>

#include <optional>
#include <vector>

namespace cc::report {

// What became of a problem from one round to the next (the re-check's 回头看).
enum class ProblemFate {
    Resolved, // 已整改（销号）: a problem then, not now
    Persisting, // 未整改: a problem then and now
    Unchecked, // 未复查: a problem then; the re-check does not say (unanswered, N/A, building not recorded)
    New, // 新发现: a problem now, not then
};

// One problem followed across rounds. Its identity is the community (both checks are of one),
// the indicator, and for an indicator counted from the building ledger the building and the item:
// 3号楼's 灭火器缺失 is one problem, 5号楼's another.
struct TrackedProblem
{
    QString indicatorCode;
    LocalizedText indicatorName;
    BuildingId building; // null for a problem of the whole indicator
    QString buildingLabel; // "3号楼", or "小区 3号楼" where the community has several 小区
    QString item; // ledger item code (H3.5), or empty
    QString itemName; // as the manual words it (Chinese)
    ProblemFate fate = ProblemFate::Unchecked;
    bool timeBound = false; // 限时解决 (as the round that found it classed it)
    std::optional<QDate> deadline; // of a 限时解决 problem: from the round that found it
    bool overdue = false; // its deadline has passed (on the day asked) and it is not resolved
};

// One check with what its problems are made of.
struct CheckProblems
{
    const IndicatorSet& set;
    const scoring::Score& score;
    const std::vector<LedgerEntry>& ledger;
    const std::vector<Building>& buildings; // the community's register, for names and order
};

struct Remediation
{
    std::vector<TrackedProblem> problems; // the earlier round's (in its problem order), then the new ones
    int due = 0; // the earlier round's problems (应整治的问题总数)
    int resolved = 0; // of them, resolved now (已完成整治的问题数量)
    int dueTimeBound = 0;
    int resolvedTimeBound = 0;

    // resolved / due × 100, one decimal (national indicator 60; not known without earlier problems).
    std::optional<double> rate() const;
    std::optional<double> timeBoundRate() const;
    int count(ProblemFate fate) const;
};

// The earlier check's problems followed into the later one, as of `today` (for the overdue flag). A
// problem of an indicator the later set computes from the remediation itself is left out (it would
// count itself).
Remediation trackProblems(const CheckProblems& earlier, const CheckProblems& later, const QDate& today);

} // namespace cc::report
