// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/IndicatorSet.h"

namespace cc {

namespace storage {
class Database;
}

// The answers of a check's computed indicators (`source_ledger`), made again from its building
// ledger and its community's buildings: a value with the buildings behind it in the note where the
// ledger speaks to the indicator, no answer where it does not. An N/A the assessor gave is left
// alone. Every path that changes a ledger (the grid, a ledger import, a bundle, a building's
// dwellings) calls this in its own transaction; throws StorageError. True when an answer changed.
bool refreshLedgerAnswers(storage::Database& db, const IndicatorSet& set, const Assessment& check, const QString& user);

} // namespace cc
