// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/BuildingRepository.h"

#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"

#include <QCollator>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace cc::storage {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT b.uuid, c.uuid, e.name, b.number, b.address, b.storeys, b.dwellings, b.build_year, b.structure,"
    " b.lift, b.note FROM buildings b JOIN estates e ON e.id = b.estate_id JOIN communities c ON c.id = "
    "e.community_id");

Building readBuilding(const QSqlQuery& q)
{
    Building b;
    b.id = BuildingId::fromString(q.value(0).toString());
    b.communityId = CommunityId::fromString(q.value(1).toString());
    b.estate = q.value(2).toString();
    b.number = q.value(3).toString();
    b.address = q.value(4).toString();
    b.storeys = optionalInt(q.value(5));
    b.dwellings = optionalInt(q.value(6));
    b.buildYear = optionalInt(q.value(7));
    b.structure = q.value(8).toString();
    if (!q.value(9).isNull())
        b.lift = q.value(9).toInt() != 0;
    b.note = q.value(10).toString();
    return b;
}

// A building's values other than its 小区, number and ID, and the time of the change.
void bindFigures(QSqlQuery& q, const Building& building)
{
    q.bindValue(QStringLiteral(":address"), notNull(building.address));
    q.bindValue(QStringLiteral(":storeys"), nullable(building.storeys));
    q.bindValue(QStringLiteral(":dwellings"), nullable(building.dwellings));
    q.bindValue(QStringLiteral(":year"), nullable(building.buildYear));
    q.bindValue(QStringLiteral(":structure"), notNull(building.structure));
    q.bindValue(QStringLiteral(":lift"), building.lift ? QVariant(*building.lift ? 1 : 0) : QVariant());
    q.bindValue(QStringLiteral(":note"), notNull(building.note));
    q.bindValue(QStringLiteral(":at"), now());
}

} // namespace

std::vector<Building> BuildingRepository::list(const CommunityId& community)
{
    // 小区 in the order they were first entered (一期 before 二期, as the street office's table has
    // them), each one's buildings by number in numeric order (2号楼 before 10号楼).
    QSqlQuery q = prepareOrThrow(m_db,
                                 kSelect + QStringLiteral(" WHERE c.uuid = :community ORDER BY e.id"),
                                 QStringLiteral("listing buildings"));
    q.bindValue(QStringLiteral(":community"), community.toString());
    execOrThrow(q, QStringLiteral("listing buildings"));
    std::vector<Building> out;
    while (q.next())
        out.push_back(readBuilding(q));
    QCollator order(QLocale(QLocale::Chinese, QLocale::China));
    order.setNumericMode(true);
    for (auto first = out.begin(); first != out.end();) {
        const auto last = std::find_if(first, out.end(), [&](const Building& b) { return b.estate != first->estate; });
        std::sort(
            first, last, [&](const Building& a, const Building& b) { return order.compare(a.number, b.number) < 0; });
        first = last;
    }
    return out;
}

std::optional<Building>
BuildingRepository::find(const CommunityId& community, const QString& estate, const QString& number)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 kSelect
                                     + QStringLiteral(" WHERE c.uuid = :community AND e.name = :estate"
                                                      " AND b.number = :number"),
                                 QStringLiteral("looking up a building"));
    q.bindValue(QStringLiteral(":community"), community.toString());
    q.bindValue(QStringLiteral(":estate"), estate);
    q.bindValue(QStringLiteral(":number"), number);
    execOrThrow(q, QStringLiteral("looking up a building"));
    if (!q.next())
        return std::nullopt;
    return readBuilding(q);
}

qint64 BuildingRepository::estateId(const CommunityId& community, const QString& name)
{
    const QString what = QStringLiteral("adding an estate");
    QSqlQuery insert = prepareOrThrow(m_db,
                                      QStringLiteral("INSERT INTO estates (uuid, community_id, name)"
                                                     " SELECT :uuid, id, :name FROM communities WHERE uuid = :community"
                                                     " ON CONFLICT (community_id, name) DO NOTHING"),
                                      what);
    insert.bindValue(QStringLiteral(":uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    insert.bindValue(QStringLiteral(":name"), name);
    insert.bindValue(QStringLiteral(":community"), community.toString());
    execOrThrow(insert, what);
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT e.id FROM estates e JOIN communities c ON c.id = e.community_id"
                                                " WHERE c.uuid = :community AND e.name = :name"),
                                 what);
    q.bindValue(QStringLiteral(":community"), community.toString());
    q.bindValue(QStringLiteral(":name"), name);
    execOrThrow(q, what);
    if (!q.next())
        throw StorageError {makeError(
            ErrorCode::NotFound, QStringLiteral("no community %1 for the estate %2").arg(community.toString(), name))};
    return q.value(0).toLongLong();
}

Building BuildingRepository::put(const Building& building)
{
    Building stored = building;
    if (const auto existing = find(building.communityId, building.estate, building.number))
        stored.id = existing->id;
    else if (stored.id.isNull())
        stored.id = BuildingId::create();
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("INSERT INTO buildings (uuid, estate_id, number, address, storeys, dwellings, build_year,"
                       " structure, lift, note, updated_at) VALUES (:uuid, :estate, :number, :address, :storeys,"
                       " :dwellings, :year, :structure, :lift, :note, :at)"
                       " ON CONFLICT (estate_id, number) DO UPDATE SET address = excluded.address,"
                       " storeys = excluded.storeys, dwellings = excluded.dwellings, build_year = excluded.build_year,"
                       " structure = excluded.structure, lift = excluded.lift, note = excluded.note,"
                       " updated_at = excluded.updated_at"),
        QStringLiteral("saving a building"));
    q.bindValue(QStringLiteral(":uuid"), stored.id.toString());
    q.bindValue(QStringLiteral(":estate"), estateId(building.communityId, building.estate));
    q.bindValue(QStringLiteral(":number"), building.number);
    bindFigures(q, building);
    execOrThrow(q, QStringLiteral("saving a building"));
    return stored;
}

void BuildingRepository::update(const Building& building)
{
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("UPDATE buildings SET estate_id = :estate, number = :number, address = :address,"
                       " storeys = :storeys, dwellings = :dwellings, build_year = :year, structure = :structure,"
                       " lift = :lift, note = :note, updated_at = :at WHERE uuid = :uuid"),
        QStringLiteral("saving a building"));
    q.bindValue(QStringLiteral(":estate"), estateId(building.communityId, building.estate));
    q.bindValue(QStringLiteral(":number"), building.number);
    bindFigures(q, building);
    q.bindValue(QStringLiteral(":uuid"), building.id.toString());
    execOrThrow(q, QStringLiteral("saving a building"));
    if (q.numRowsAffected() != 1)
        throw StorageError {
            makeError(ErrorCode::NotFound, QStringLiteral("no building %1").arg(building.id.toString()))};
}

void BuildingRepository::remove(const BuildingId& building)
{
    QSqlQuery q = prepareOrThrow(
        m_db, QStringLiteral("DELETE FROM buildings WHERE uuid = :uuid"), QStringLiteral("deleting a building"));
    q.bindValue(QStringLiteral(":uuid"), building.toString());
    execOrThrow(q, QStringLiteral("deleting a building"));
}

std::optional<Building> BuildingRepository::find(const BuildingId& building)
{
    QSqlQuery q = prepareOrThrow(
        m_db, kSelect + QStringLiteral(" WHERE b.uuid = :uuid"), QStringLiteral("looking up a building"));
    q.bindValue(QStringLiteral(":uuid"), building.toString());
    execOrThrow(q, QStringLiteral("looking up a building"));
    if (!q.next())
        return std::nullopt;
    return readBuilding(q);
}

void BuildingRepository::dropEmptyEstates(const CommunityId& community)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("DELETE FROM estates WHERE community_id ="
                                                " (SELECT id FROM communities WHERE uuid = :community)"
                                                " AND id NOT IN (SELECT estate_id FROM buildings)"),
                                 QStringLiteral("tidying the estates"));
    q.bindValue(QStringLiteral(":community"), community.toString());
    execOrThrow(q, QStringLiteral("tidying the estates"));
}

Building BuildingRepository::fromRow(const QSqlQuery& query)
{
    return readBuilding(query);
}

BuildingTotals BuildingRepository::totals(const CommunityId& community)
{
    QSqlQuery q =
        prepareOrThrow(m_db,
                       QStringLiteral("SELECT count(DISTINCT b.estate_id), count(b.id),"
                                      " COALESCE(sum(b.dwellings), 0), count(b.id) - count(b.dwellings)"
                                      " FROM buildings b JOIN estates e ON e.id = b.estate_id"
                                      " JOIN communities c ON c.id = e.community_id WHERE c.uuid = :community"),
                       QStringLiteral("counting buildings"));
    q.bindValue(QStringLiteral(":community"), community.toString());
    execOrThrow(q, QStringLiteral("counting buildings"));
    BuildingTotals t;
    if (q.next()) {
        t.estates = q.value(0).toInt();
        t.buildings = q.value(1).toInt();
        t.dwellings = q.value(2).toLongLong();
        t.withoutDwellings = q.value(3).toInt();
    }
    return t;
}

} // namespace cc::storage
