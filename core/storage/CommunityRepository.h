// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Community.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace cc::storage {

// The community register. Throws StorageError; callers hold the transaction.
class CommunityRepository final
{
public:
    explicit CommunityRepository(QSqlDatabase& db)
        : m_db(db)
    { }

    // A row of the columns uuid, code, name, type, city, county, street, households, buildings,
    // population, area_ha, build_year, pilot, latitude, longitude, note (a bundle's table has them too).
    static Community fromRow(const class QSqlQuery& q);

    void insert(const Community& community);
    void update(const Community& community);
    std::optional<Community> findByCode(const QString& code);
    std::optional<Community> find(const CommunityId& id);
    std::vector<Community> list();
    // Every community (archived ones too) by internal key, for bulk work inside core.
    QHash<qint64, Community> allByRowId();

private:
    void bindAll(class QSqlQuery& q, const Community& community);
    QSqlDatabase& m_db;
};

} // namespace cc::storage
