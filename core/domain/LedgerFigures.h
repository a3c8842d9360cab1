// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Building.h"
#include "core/domain/IndicatorSet.h"
#include "core/domain/Ledger.h"

#include <QStringList>

#include <vector>

namespace cc {

// The value of one indicator computed from a check's building ledger (`source_ledger`).
struct LedgerFigure
{
    QString indicatorCode;
    // Some building has an entry (found or not) for one of the indicator's items: the ledger speaks
    // to it. Otherwise the indicator stays unanswered, like a value nobody typed.
    bool answered = false;
    double value = 0; // buildings with any item found, each once; or the sum of their dwellings
    QStringList buildings; // the buildings counted, in register order ("5号楼", or "小区 5号楼")
    int buildingsChecked = 0; // buildings with an entry for one of the items
    int withoutDwellings = 0; // counted buildings whose 套数 is unknown (a dwellings count leaves them out)

    // What the answer's note says: "3 栋: 1号楼、5号楼、7号楼" (the unit is the indicator's).
    QString note(const QString& unit) const;
};

// The computed indicators of `set` (set order) from a check's ledger and its community's buildings.
std::vector<LedgerFigure>
ledgerFigures(const IndicatorSet& set, const std::vector<LedgerEntry>& ledger, const std::vector<Building>& buildings);

} // namespace cc
