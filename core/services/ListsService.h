// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"
#include "core/services/AuditLog.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <vector>

namespace cc::storage {
class Database;
}

namespace cc {

class CommunityService;

// What an import added (for its undo), and how many rows equal a stored record and were skipped.
template <typename Record>
struct ListImport
{
    std::vector<Record> added;
    int skipped = 0;
};

// The plan's lists beside the project library: 需求清单 (residents' demands and survey tallies),
// 资源清单 (idle rooms and land, funds, operators) and the local price table. Every change is audited,
// an undo's or redo's too; a removal is refused while a project refers to the record.
class ListsService final
{
    Q_DECLARE_TR_FUNCTIONS(ListsService)

public:
    ListsService(storage::Database& db, CommunityService& communities, const QString& userName);

    // 需求清单
    Result<Demand> addDemand(Demand demand, const QString& communityCode);
    Result<std::vector<Demand>> demands(const QString& communityCode = {});
    // Removes a demand no project refers to (the undo of adding one); audited.
    Result<void> removeDemand(const DemandId& id);
    // Stores a removed demand again, as it was (the redo of adding it).
    Result<void> restoreDemand(const Demand& demand);
    // Imports from a CSV file or a workbook's first sheet (io::ListTables): all rows or none, every error
    // with its place; a row equal to a stored record is skipped, so importing a file again adds nothing.
    // Survey tallies of one community:
    Result<ListImport<SurveyTally>> importTallies(const QString& communityCode, const QString& path);
    // Demands, each row naming its community:
    Result<ListImport<Demand>> importDemands(const QString& path);
    Result<void> removeDemands(const std::vector<Demand>& demands); // the undo and redo of an import
    Result<void> restoreDemands(const std::vector<Demand>& demands);
    // The undo and redo of an import.
    Result<void> removeTallies(const std::vector<SurveyTally>& tallies);
    Result<void> restoreTallies(const std::vector<SurveyTally>& tallies);
    Result<std::vector<SurveyTally>> tallies(const QString& communityCode = {});

    // 资源清单 (a community's, or county-wide when `communityCode` is empty and the county given)
    Result<Resource> addResource(Resource resource, const QString& communityCode);
    Result<std::vector<Resource>> resources(const QString& county = {});
    Result<void> removeResource(const ResourceId& id);
    Result<void> restoreResource(const Resource& resource);
    // Resources, each row naming its community or county:
    Result<ListImport<Resource>> importResources(const QString& path);
    Result<void> removeResources(const std::vector<Resource>& resources);
    Result<void> restoreResources(const std::vector<Resource>& resources);

    // The local price table: a template's unit cost in a county (or everywhere), overriding the set's.
    Result<void> setPrice(const PriceEntry& entry);
    Result<std::vector<PriceEntry>> prices();
    // Prices from a table (template, unit cost, county, note): each a setPrice, all in one transaction;
    // a template and county given twice is refused. Returns the number of prices set.
    Result<int> importPrices(const QString& path);

private:
    // Sets a price and audits it (old → new, with `reason`), inside the caller's transaction.
    void storePrice(const PriceEntry& entry, const QString& reason);
    // One audit line for the tallies of an import taken away or put back (an undo or redo).
    void auditTallies(const std::vector<SurveyTally>& tallies, const QString& what);

    storage::Database& m_db;
    CommunityService& m_communities;
    AuditLog m_audit;
};

} // namespace cc
