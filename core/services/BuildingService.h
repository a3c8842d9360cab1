// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/Building.h"
#include "core/domain/Community.h"
#include "core/domain/Ledger.h"
#include "core/io/LedgerTable.h"
#include "core/services/AuditLog.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <vector>

namespace cc {

namespace storage {
class Database;
}
class CommunityService;
class SetService;

// What a buildings import did.
struct BuildingsImported
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    BuildingTotals totals; // of the community, after the import
    bool registerBuildingsSet = false; // the register's building count was set from them
    bool registerHouseholdsSet = false; // and its households (only when every building has its 套数)
};

// A community's 小区 and 楼栋 (issue 17; spec/cli.md `buildings import|list`): imported from a table
// (all rows or none; an existing building of the same 小区 and number is updated, never duplicated),
// edited one by one, listed, and counted, so that the register's counts can come from the buildings;
// and each check's building ledger (楼栋台账, `ledger import|list`) over them.
class BuildingService final
{
    Q_DECLARE_TR_FUNCTIONS(BuildingService)

public:
    BuildingService(storage::Database& db, CommunityService& communities, SetService& sets, const QString& userName);

    Result<std::vector<Building>> list(const QString& communityCode);
    Result<BuildingTotals> totals(const CommunityId& community);
    // The buildings table of a CSV file (io::BuildingsTable). With `updateRegister`, the register's
    // building and household counts become the totals, in the same transaction.
    // Buildings read elsewhere (a table, the demo data) into the community: as importCsv does with the
    // rows of a table whose header holds `columns` (a building already there keeps the values of the
    // columns not given).
    Result<BuildingsImported> importBuildings(const Community& community,
                                              std::vector<Building> buildings,
                                              const QStringList& columns,
                                              const QString& sourceName,
                                              bool updateRegister);
    Result<BuildingsImported>
    importCsv(const QString& communityCode, const QByteArray& csv, const QString& sourceName, bool updateRegister);
    // The same from a file: the first sheet of an .xlsx workbook, else CSV.
    Result<BuildingsImported> importFile(const QString& communityCode, const QString& path, bool updateRegister);

    // One building as the editor has it: a new one (an ID not stored) is added, a stored one takes
    // these values; its 小区 and number must be free, its figures within BuildingLimits. Audited.
    Result<Building> save(const Building& building);
    Result<void> remove(const Building& building);
    // Undo and redo of a step that took the community's buildings from `from` to `to`: the buildings
    // that step changed are put as `to` has them (added, changed back, or deleted — not one the
    // building ledger refers to); the others, changed since by anyone, are left alone. Audited.
    Result<void>
    restore(const CommunityId& community, const std::vector<Building>& from, const std::vector<Building>& to);
    // The register's building count from the buildings, and its households when every building
    // has its 套数.
    struct RegisterCounts
    {
        BuildingTotals totals;
        bool householdsSet = false;
    };
    Result<RegisterCounts> setRegisterCounts(const QString& communityCode);

    // ---- the building ledger (楼栋台账) of a check ----
    Result<std::vector<LedgerEntry>> ledger(const AssessmentId& check);
    // A ledger table (io::LedgerTable) into a draft or returned check: every row's building must be
    // in the community's register; all rows or none; entries already there for the same building and
    // item are replaced. Audited once the check has been submitted. Returns the rows stored.
    Result<int> importLedgerCsv(const AssessmentId& check, const QByteArray& csv, const QString& sourceName);
    // The same from a file: the first sheet of an .xlsx workbook, else CSV.
    Result<int> importLedgerFile(const AssessmentId& check, const QString& path);
    // Rows read elsewhere (a table, the demo data), as importLedgerCsv stores them.
    Result<int>
    importLedgerRows(const AssessmentId& check, std::vector<io::LedgerTable::Row> rows, const QString& sourceName);
    // The items the check's ledger records: the national ones and its set's own.
    Result<std::vector<LedgerItem>> ledgerItems(const AssessmentId& check);
    // One entry as the grid sets it (found or not, the degree), or cleared: a draft or returned check,
    // a building of its community, an item of the catalogue. Audited once the check has been submitted.
    Result<void> setLedgerEntry(const AssessmentId& check, const LedgerEntry& entry);
    Result<void> clearLedgerEntry(const AssessmentId& check, const LedgerEntry& entry);

private:
    Result<void> changeLedger(const AssessmentId& check, const LedgerEntry& entry, bool clear);
    // A ledger table read from CSV or XLSX, checked against the check's catalogue, then stored.
    Result<int> importLedgerTable(const AssessmentId& check, const io::InputTable& table, const QString& sourceName);
    // The computed answers (source_ledger) of the check, or of every editable check of the community,
    // made again after their ledger or buildings changed; inside the caller's transaction.
    Result<void> refreshAnswers(const Assessment& check);
    Result<void> refreshAnswers(const CommunityId& community);
    // The check, if its ledger may change (a draft or returned check); inside the caller's transaction.
    Result<Assessment> ledgerCheck(const AssessmentId& check);

    storage::Database& m_db;
    CommunityService& m_communities;
    SetService& m_sets;
    AuditLog m_audit;
};

} // namespace cc
