// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Building.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>
#include <vector>

namespace cc::storage {

// A community's 小区 (estates) and 楼栋 (buildings). Throws StorageError; callers hold the transaction.
class BuildingRepository final
{
public:
    explicit BuildingRepository(QSqlDatabase& db)
        : m_db(db)
    { }

    // In 小区 then building-number order (numbers in numeric order: 2号楼 before 10号楼).
    std::vector<Building> list(const CommunityId& community);
    std::optional<Building> find(const CommunityId& community, const QString& estate, const QString& number);
    // Adds the building (its 小区 too, when new) or, when one of that 小区 and number exists,
    // replaces its values; returns the stored building (its ID is the existing one's).
    Building put(const Building& building);
    // The building of that ID with these values (its 小区 and number too).
    void update(const Building& building);
    void remove(const BuildingId& building);
    std::optional<Building> find(const BuildingId& building);
    // Drops the community's 小区 no building is in any more.
    void dropEmptyEstates(const CommunityId& community);
    BuildingTotals totals(const CommunityId& community);
    // A building from the current row of a query whose columns are uuid, community uuid, 小区,
    // number, address, storeys, dwellings, build_year, structure, lift, note (a bundle's too).
    static Building fromRow(const QSqlQuery& query);

private:
    qint64 estateId(const CommunityId& community, const QString& name);
    QSqlDatabase& m_db;
};

} // namespace cc::storage
