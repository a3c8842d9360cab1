// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Building.h"
#include "core/domain/Community.h"
#include "core/domain/IndicatorSet.h"
#include "core/io/LedgerTable.h"

#include <QStringList>

#include <vector>

// The 小区, 楼栋 and building ledgers of the demo and the synthetic province: made up, plausible,
// deterministic for a seed.
namespace cc::DemoLedger {

// The columns every demo building gives (BuildingsTable's names).
QStringList buildingColumns();

// `count` buildings of the community in 小区 of about 15, their storeys, dwellings, year, structure and
// lift fitting the community's build year.
std::vector<Building> buildings(const Community& community, int count, quint32 seed);

// A check's ledger for the computed indicators of `set` that apply to the community: each passes
// (a share `quality` of them, bottom-line ones more often) with no building found, or fails with one
// to three buildings found on one of its items, with a degree; every building is recorded as checked
// on the indicator's first item, so that a clean indicator counts 0, not "not answered". With
// `forceBottomLineFailure`, the first computed bottom-line indicator fails.
std::vector<io::LedgerTable::Row> ledger(const IndicatorSet& set,
                                         const Community& community,
                                         const std::vector<Building>& buildings,
                                         quint32 seed,
                                         double quality,
                                         bool forceBottomLineFailure);

} // namespace cc::DemoLedger
