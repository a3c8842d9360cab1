// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ListsRepository.h"

#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>

namespace cc::storage {

// ---- demands and tallies ----

void ListsRepository::insertDemand(const Demand& d)
{
    const QString op = QStringLiteral("saving a demand");
    const qint64 community = rowIdOf(m_db, "communities", d.communityId.toString(), op);
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("INSERT INTO demands (uuid, community_id, text, task_code, place, source, demand_date, support,"
                       " indicator_codes, problem_codes, created_at, updated_at) VALUES (:uuid, :community, :text,"
                       " :task, :place, :source, :date, :support, :indicators, :problems, :at, :at)"),
        op);
    q.bindValue(QStringLiteral(":uuid"), d.id.toString());
    q.bindValue(QStringLiteral(":community"), community);
    q.bindValue(QStringLiteral(":text"), notNull(d.text));
    q.bindValue(QStringLiteral(":task"), notNull(d.taskCode));
    q.bindValue(QStringLiteral(":place"), notNull(d.place));
    q.bindValue(QStringLiteral(":source"), toString(d.source));
    q.bindValue(QStringLiteral(":date"), date(d.date));
    q.bindValue(QStringLiteral(":support"), d.support);
    q.bindValue(QStringLiteral(":indicators"), joinCodes(d.indicatorCodes));
    q.bindValue(QStringLiteral(":problems"), joinCodes(d.problemCodes));
    q.bindValue(QStringLiteral(":at"), now());
    execOrThrow(q, op);
}

void ListsRepository::removeDemand(const DemandId& id)
{
    const QString op = QStringLiteral("removing a demand");
    QSqlQuery q = prepareOrThrow(m_db, QStringLiteral("DELETE FROM demands WHERE uuid = :uuid"), op);
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, op);
}

std::vector<Demand> ListsRepository::readDemands(const QString& where, const QString& key)
{
    const QString op = QStringLiteral("reading demands");
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral(
            "SELECT d.uuid, c.uuid, c.code, d.text, d.task_code, d.place, d.source, d.demand_date, d.support,"
            " d.indicator_codes, d.problem_codes FROM demands d JOIN communities c ON c.id = d.community_id")
            + where + QStringLiteral(" ORDER BY c.code, d.support DESC, d.id"),
        op);
    if (!where.isEmpty())
        q.bindValue(QStringLiteral(":key"), key);
    execOrThrow(q, op);
    std::vector<Demand> out;
    while (q.next()) {
        Demand d;
        d.id = DemandId::fromString(q.value(0).toString());
        d.communityId = CommunityId::fromString(q.value(1).toString());
        d.communityCode = q.value(2).toString();
        d.text = q.value(3).toString();
        d.taskCode = q.value(4).toString();
        d.place = q.value(5).toString();
        d.source = demandSourceFromString(q.value(6).toString()).value_or(DemandSource::Meeting);
        d.date = toDate(q.value(7));
        d.support = q.value(8).toInt();
        d.indicatorCodes = splitCodes(q.value(9));
        d.problemCodes = splitCodes(q.value(10));
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<Demand> ListsRepository::demands(const std::optional<CommunityId>& community)
{
    if (!community)
        return readDemands({}, {});
    return readDemands(QStringLiteral(" WHERE c.uuid = :key"), community->toString());
}

std::optional<Demand> ListsRepository::demand(const DemandId& id)
{
    auto found = readDemands(QStringLiteral(" WHERE d.uuid = :key"), id.toString());
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

bool ListsRepository::exists(const QString& sql, const QString& uuid, const QString& operation)
{
    QSqlQuery q = prepareOrThrow(m_db, QStringLiteral("SELECT EXISTS (") + sql + u')', operation);
    q.bindValue(QStringLiteral(":uuid"), uuid);
    execOrThrow(q, operation);
    return q.next() && q.value(0).toInt() != 0;
}

bool ListsRepository::isDemandLinked(const DemandId& id)
{
    return exists(QStringLiteral("SELECT 1 FROM project_demands pd JOIN demands d ON d.id = pd.demand_id"
                                 " WHERE d.uuid = :uuid"),
                  id.toString(),
                  QStringLiteral("checking a demand's projects"));
}

void ListsRepository::insertTally(const SurveyTally& t)
{
    const QString op = QStringLiteral("saving a survey tally");
    const qint64 community = rowIdOf(m_db, "communities", t.communityId.toString(), op);
    QSqlQuery q =
        prepareOrThrow(m_db,
                       QStringLiteral("INSERT INTO survey_tallies (uuid, community_id, item, mean, respondents,"
                                      " task_code, indicator_codes, tally_date, created_at) VALUES (:uuid,"
                                      " :community, :item, :mean, :respondents, :task, :indicators, :date,"
                                      " :at)"),
                       op);
    q.bindValue(QStringLiteral(":uuid"), t.id.toString());
    q.bindValue(QStringLiteral(":community"), community);
    q.bindValue(QStringLiteral(":item"), notNull(t.item));
    q.bindValue(QStringLiteral(":mean"), t.mean);
    q.bindValue(QStringLiteral(":respondents"), t.respondents);
    q.bindValue(QStringLiteral(":task"), notNull(t.taskCode));
    q.bindValue(QStringLiteral(":indicators"), joinCodes(t.indicatorCodes));
    q.bindValue(QStringLiteral(":date"), date(t.date));
    q.bindValue(QStringLiteral(":at"), now());
    execOrThrow(q, op);
}

void ListsRepository::removeTally(const TallyId& id)
{
    const QString op = QStringLiteral("removing a survey tally");
    QSqlQuery q = prepareOrThrow(m_db, QStringLiteral("DELETE FROM survey_tallies WHERE uuid = :uuid"), op);
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, op);
}

std::vector<SurveyTally> ListsRepository::tallies(const std::optional<CommunityId>& community)
{
    const QString op = QStringLiteral("reading survey tallies");
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("SELECT t.uuid, c.uuid, c.code, t.item, t.mean, t.respondents, t.task_code, t.indicator_codes,"
                       " t.tally_date FROM survey_tallies t JOIN communities c ON c.id = t.community_id")
            + (community ? QStringLiteral(" WHERE c.uuid = :community") : QString())
            + QStringLiteral(" ORDER BY c.code, t.id"),
        op);
    if (community)
        q.bindValue(QStringLiteral(":community"), community->toString());
    execOrThrow(q, op);
    std::vector<SurveyTally> out;
    while (q.next()) {
        SurveyTally t;
        t.id = TallyId::fromString(q.value(0).toString());
        t.communityId = CommunityId::fromString(q.value(1).toString());
        t.communityCode = q.value(2).toString();
        t.item = q.value(3).toString();
        t.mean = q.value(4).toDouble();
        t.respondents = q.value(5).toInt();
        t.taskCode = q.value(6).toString();
        t.indicatorCodes = splitCodes(q.value(7));
        t.date = toDate(q.value(8));
        out.push_back(std::move(t));
    }
    return out;
}

// ---- resources ----

void ListsRepository::insertResource(const Resource& r)
{
    const QString op = QStringLiteral("saving a resource");
    QVariant community;
    if (r.communityId)
        community = rowIdOf(m_db, "communities", r.communityId->toString(), op);
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral(
            "INSERT INTO resources (uuid, community_id, county, kind, name, area_m2, place, owner, amount_wan,"
            " budget_year, note, created_at, updated_at) VALUES (:uuid, :community, :county, :kind, :name,"
            " :area, :place, :owner, :amount, :year, :note, :at, :at)"),
        op);
    q.bindValue(QStringLiteral(":uuid"), r.id.toString());
    q.bindValue(QStringLiteral(":community"), community);
    q.bindValue(QStringLiteral(":county"), notNull(r.county));
    q.bindValue(QStringLiteral(":kind"), toString(r.kind));
    q.bindValue(QStringLiteral(":name"), notNull(r.name));
    q.bindValue(QStringLiteral(":area"), nullable(r.areaM2));
    q.bindValue(QStringLiteral(":place"), notNull(r.place));
    q.bindValue(QStringLiteral(":owner"), notNull(r.owner));
    q.bindValue(QStringLiteral(":amount"), nullable(r.amountWan));
    q.bindValue(QStringLiteral(":year"), nullable(r.year));
    q.bindValue(QStringLiteral(":note"), notNull(r.note));
    q.bindValue(QStringLiteral(":at"), now());
    execOrThrow(q, op);
}

void ListsRepository::removeResource(const ResourceId& id)
{
    const QString op = QStringLiteral("removing a resource");
    QSqlQuery q = prepareOrThrow(m_db, QStringLiteral("DELETE FROM resources WHERE uuid = :uuid"), op);
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, op);
}

std::vector<Resource> ListsRepository::readResources(const QString& where, const QString& key)
{
    const QString op = QStringLiteral("reading resources");
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("SELECT r.uuid, c.uuid, c.code, COALESCE(NULLIF(r.county, ''), c.county, ''), r.kind, r.name,"
                       " r.area_m2, r.place, r.owner, r.amount_wan, r.budget_year, r.note FROM resources r"
                       " LEFT JOIN communities c ON c.id = r.community_id")
            // NULLs (a county's own resources) first, as SQLite sorts them, on a server too.
            + where + QStringLiteral(" ORDER BY 4, c.code IS NOT NULL, c.code, r.kind, r.id"),
        op);
    if (!where.isEmpty())
        q.bindValue(QStringLiteral(":key"), key);
    execOrThrow(q, op);
    std::vector<Resource> out;
    while (q.next()) {
        Resource r;
        r.id = ResourceId::fromString(q.value(0).toString());
        if (!q.value(1).isNull())
            r.communityId = CommunityId::fromString(q.value(1).toString());
        r.communityCode = q.value(2).toString();
        r.county = q.value(3).toString();
        r.kind = resourceKindFromString(q.value(4).toString()).value_or(ResourceKind::Room);
        r.name = q.value(5).toString();
        r.areaM2 = optionalDouble(q.value(6));
        r.place = q.value(7).toString();
        r.owner = q.value(8).toString();
        r.amountWan = optionalDouble(q.value(9));
        r.year = optionalInt(q.value(10));
        r.note = q.value(11).toString();
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<Resource> ListsRepository::resources(const QString& county)
{
    if (county.isEmpty())
        return readResources({}, {});
    return readResources(QStringLiteral(" WHERE COALESCE(NULLIF(r.county, ''), c.county, '') = :key"), county);
}

std::optional<Resource> ListsRepository::resource(const ResourceId& id)
{
    auto found = readResources(QStringLiteral(" WHERE r.uuid = :key"), id.toString());
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

bool ListsRepository::isResourceLinked(const ResourceId& id)
{
    return exists(QStringLiteral("SELECT 1 FROM project_resources pr JOIN resources r ON r.id = pr.resource_id"
                                 " WHERE r.uuid = :uuid"),
                  id.toString(),
                  QStringLiteral("checking a resource's projects"));
}

// ---- prices ----

void ListsRepository::setPrice(const PriceEntry& e)
{
    const QString op = QStringLiteral("saving a price");
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("INSERT INTO price_table (template_code, county, unit_cost, note)"
                                                " VALUES (:code, :county, :cost, :note) ON CONFLICT (template_code,"
                                                " county) DO UPDATE SET unit_cost = excluded.unit_cost,"
                                                " note = excluded.note"),
                                 op);
    q.bindValue(QStringLiteral(":code"), e.templateCode);
    q.bindValue(QStringLiteral(":county"), notNull(e.county));
    q.bindValue(QStringLiteral(":cost"), e.unitCost);
    q.bindValue(QStringLiteral(":note"), notNull(e.note));
    execOrThrow(q, op);
}

std::vector<PriceEntry> ListsRepository::prices()
{
    const QString op = QStringLiteral("reading prices");
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("SELECT template_code, county, unit_cost, note FROM price_table ORDER BY template_code, county"),
        op);
    execOrThrow(q, op);
    std::vector<PriceEntry> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble(), q.value(3).toString()});
    return out;
}

std::optional<double> ListsRepository::price(const QString& templateCode, const QString& county)
{
    const QString op = QStringLiteral("reading a price");
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT unit_cost FROM price_table WHERE template_code = :code AND"
                                                " county IN (:county, '') ORDER BY county = '' LIMIT 1"),
                                 op);
    q.bindValue(QStringLiteral(":code"), templateCode);
    q.bindValue(QStringLiteral(":county"), notNull(county));
    execOrThrow(q, op);
    return q.next() ? std::optional<double>(q.value(0).toDouble()) : std::nullopt;
}

} // namespace cc::storage
