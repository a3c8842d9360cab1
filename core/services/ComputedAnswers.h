// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/IndicatorSet.h"
#include "core/report/Remediation.h"
#include "core/util/Result.h"

#include <optional>

namespace cc {

namespace storage {
class Database;
}
class SetService;

// The answers of a check's computed indicators (docs/computed-indicators.md), made again by every path
// that changes what they are computed from. Each runs inside the caller's transaction and throws
// StorageError like a repository; true when an answer changed.
namespace ComputedAnswers {

// `source_ledger`: a value with the buildings behind it in the note where the ledger speaks to the
// indicator, no answer where it does not; an N/A the assessor gave is left alone. Then the remediation
// rate, which counts the ledger's buildings. Called after a change of the ledger or of the buildings.
Result<bool> refreshLedger(storage::Database& db, SetService& sets, const Assessment& check, const QString& user);

// `source_remediation` (national indicator 60): the share of the earlier round's problems resolved in
// this check, the counts in the note; N/A in a first round or after a round without problems; no answer
// while none of the earlier problems is re-checked. Called after any answer of the check changed.
Result<bool> refreshRemediation(storage::Database& db, SetService& sets, const Assessment& check, const QString& user);

// The community's check of the earlier round: the stored link, else its check of the highest lower year.
std::optional<Assessment> earlierCheck(storage::Database& db, const Assessment& check);

// The earlier check's problems followed into this one (the report's 上一轮问题整改情况), as of `today`;
// none without an earlier check.
Result<std::optional<report::Remediation>>
remediation(storage::Database& db, SetService& sets, const Assessment& check, const QDate& today);

} // namespace ComputedAnswers

} // namespace cc
