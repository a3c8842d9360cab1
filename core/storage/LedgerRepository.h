// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ledger.h"

#include <QSqlDatabase>
#include <QSqlQuery>

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
    void put(const AssessmentId& assessment, const LedgerEntry& entry) { putAll(assessment, {entry}); }
    // The same for many entries, one statement prepared for all (a ledger import, a province's demo).
    void putAll(const AssessmentId& assessment, const std::vector<LedgerEntry>& entries);
    void remove(const AssessmentId& assessment, const BuildingId& building, const QString& item);
    // How many entries refer to the building (in any check).
    int entriesOf(const BuildingId& building);
    // An entry from the current row of a query whose columns are building uuid, 小区, number, item,
    // present, severity, note, updated_at, updated_by (a bundle's too).
    static LedgerEntry entryAt(const QSqlQuery& query);

private:
    QSqlDatabase& m_db;
};

} // namespace cc::storage
