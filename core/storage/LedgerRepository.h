// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ledger.h"

#include <QSqlDatabase>

#include <vector>

namespace cc::storage {

// The building ledger of checks. Throws StorageError; callers hold the transaction.
class LedgerRepository final
{
public:
    explicit LedgerRepository(QSqlDatabase& db)
        : m_db(db)
    { }

    // In building order (as BuildingRepository::list), then item code.
    std::vector<LedgerEntry> list(const AssessmentId& assessment);
    // Inserts or replaces the entry of (check, building, item), with its own time and author.
    void put(const AssessmentId& assessment, const LedgerEntry& entry);
    void remove(const AssessmentId& assessment, const BuildingId& building, const QString& item);
    // How many entries refer to the building (in any check).
    int entriesOf(const BuildingId& building);

private:
    QSqlDatabase& m_db;
};

} // namespace cc::storage
