// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CommunityRepository.h"

#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace cc::storage {

namespace {

const QString kColumns = QStringLiteral(
    "uuid, code, name, type, city, county, street, households, buildings, population, area_ha, build_year,"
    " pilot, latitude, longitude, note");

} // namespace

Community CommunityRepository::fromRow(const QSqlQuery& q)
{
    Community c;
    c.id = CommunityId::fromString(q.value(0).toString());
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.type = q.value(3).toString();
    c.city = q.value(4).toString();
    c.county = q.value(5).toString();
    c.street = q.value(6).toString();
    c.households = optionalInt64(q.value(7));
    c.buildings = optionalInt64(q.value(8));
    c.population = optionalInt64(q.value(9));
    c.areaHa = optionalDouble(q.value(10));
    if (!q.value(11).isNull())
        c.buildYear = q.value(11).toInt();
    c.pilot = q.value(12).toBool();
    c.latitude = optionalDouble(q.value(13));
    c.longitude = optionalDouble(q.value(14));
    c.note = q.value(15).toString();
    return c;
}

void CommunityRepository::bindAll(QSqlQuery& q, const Community& c)
{
    q.bindValue(QStringLiteral(":uuid"), c.id.toString());
    q.bindValue(QStringLiteral(":code"), c.code);
    q.bindValue(QStringLiteral(":name"), c.name);
    q.bindValue(QStringLiteral(":type"), c.type);
    q.bindValue(QStringLiteral(":city"), notNull(c.city));
    q.bindValue(QStringLiteral(":county"), notNull(c.county));
    q.bindValue(QStringLiteral(":street"), notNull(c.street));
    q.bindValue(QStringLiteral(":households"), nullable(c.households));
    q.bindValue(QStringLiteral(":buildings"), nullable(c.buildings));
    q.bindValue(QStringLiteral(":population"), nullable(c.population));
    q.bindValue(QStringLiteral(":area"), nullable(c.areaHa));
    q.bindValue(QStringLiteral(":year"), nullable(c.buildYear));
    q.bindValue(QStringLiteral(":pilot"), c.pilot ? 1 : 0);
    q.bindValue(QStringLiteral(":lat"), nullable(c.latitude));
    q.bindValue(QStringLiteral(":lon"), nullable(c.longitude));
    q.bindValue(QStringLiteral(":note"), notNull(c.note));
    q.bindValue(QStringLiteral(":at"), now());
}

void CommunityRepository::insert(const Community& c)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("INSERT INTO communities (") + kColumns
                                     + QStringLiteral(", created_at, updated_at) VALUES (:uuid, :code, :name, :type,"
                                                      " :city, :county, :street, :households, :buildings,"
                                                      " :population, :area, :year, :pilot, :lat, :lon, :note, :at,"
                                                      " :at)"),
                                 QStringLiteral("adding a community"));
    bindAll(q, c);
    execOrThrow(q, QStringLiteral("adding a community"));
}

void CommunityRepository::update(const Community& c)
{
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("UPDATE communities SET code = :code, name = :name, type = :type, city = :city,"
                       " county = :county, street = :street, households = :households, buildings = :buildings,"
                       " population = :population, area_ha = :area, build_year = :year, pilot = :pilot,"
                       " latitude = :lat, longitude = :lon, note = :note, updated_at = :at WHERE uuid = :uuid"),
        QStringLiteral("updating a community"));
    bindAll(q, c);
    execOrThrow(q, QStringLiteral("updating a community"));
}

std::optional<Community> CommunityRepository::findByCode(const QString& code)
{
    QSqlQuery q =
        prepareOrThrow(m_db,
                       QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM communities WHERE code = :code"),
                       QStringLiteral("looking up a community"));
    q.bindValue(QStringLiteral(":code"), code);
    execOrThrow(q, QStringLiteral("looking up a community"));
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<Community> CommunityRepository::find(const CommunityId& id)
{
    QSqlQuery q =
        prepareOrThrow(m_db,
                       QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM communities WHERE uuid = :uuid"),
                       QStringLiteral("looking up a community"));
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, QStringLiteral("looking up a community"));
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::vector<Community> CommunityRepository::list()
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT ") + kColumns
                                     + QStringLiteral(" FROM communities WHERE archived = 0"
                                                      " ORDER BY city, county, street, code"),
                                 QStringLiteral("listing communities"));
    q.setForwardOnly(true);
    execOrThrow(q, QStringLiteral("listing communities"));
    std::vector<Community> out;
    while (q.next())
        out.push_back(fromRow(q));
    return out;
}

QHash<qint64, Community> CommunityRepository::allByRowId()
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT ") + kColumns + QStringLiteral(", id FROM communities"),
                                 QStringLiteral("listing communities"));
    q.setForwardOnly(true);
    execOrThrow(q, QStringLiteral("listing communities"));
    QHash<qint64, Community> out;
    while (q.next())
        out.insert(q.value(16).toLongLong(), fromRow(q));
    return out;
}

} // namespace cc::storage
