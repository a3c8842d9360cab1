// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace cc::storage {

// 需求清单 (demands and survey tallies), 资源清单 (resources) and the local price table. Throws
// StorageError; callers hold the transaction for writes.
class ListsRepository final
{
public:
    explicit ListsRepository(QSqlDatabase& db)
        : m_db(db)
    { }

    // 需求清单
    void insertDemand(const Demand& demand);
    void removeDemand(const DemandId& id);
    std::vector<Demand> demands(const std::optional<CommunityId>& community = std::nullopt);
    std::optional<Demand> demand(const DemandId& id);
    // True while a project refers to the demand (it cannot be removed then).
    bool isDemandLinked(const DemandId& id);
    void insertTally(const SurveyTally& tally);
    void removeTally(const TallyId& id);
    std::vector<SurveyTally> tallies(const std::optional<CommunityId>& community = std::nullopt);

    // 资源清单
    void insertResource(const Resource& resource);
    void removeResource(const ResourceId& id);
    std::vector<Resource> resources(const QString& county = {});
    std::optional<Resource> resource(const ResourceId& id);
    // True while a project refers to the resource.
    bool isResourceLinked(const ResourceId& id);

    // The local price table
    void setPrice(const PriceEntry& entry);
    std::vector<PriceEntry> prices();
    // The county's own price, else the everywhere price.
    std::optional<double> price(const QString& templateCode, const QString& county);

private:
    std::vector<Demand> readDemands(const QString& where, const QString& key);
    std::vector<Resource> readResources(const QString& where, const QString& key);
    bool exists(const QString& sql, const QString& uuid, const QString& operation);

    QSqlDatabase& m_db;
};

} // namespace cc::storage
