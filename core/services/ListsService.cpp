// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ListsService.h"

#include "core/services/CommunityService.h"
#include "core/storage/ListsRepository.h"
#include "core/storage/Transaction.h"

namespace cc {

using storage::ListsRepository;

namespace {

// A record a project still refers to.
Error stillLinked(const QString& what)
{
    return makeError(ErrorCode::Conflict, ListsService::tr("%1 is linked to a project; unlink it first.").arg(what));
}

} // namespace

ListsService::ListsService(storage::Database& db, CommunityService& communities, const QString& userName)
    : m_db(db)
    , m_communities(communities)
    , m_audit(db, userName)
{ }

// ---- 需求清单 ----

Result<Demand> ListsService::addDemand(Demand d, const QString& communityCode)
{
    auto community = m_communities.byCode(communityCode);
    if (!community)
        return community.error();
    d.text = d.text.trimmed();
    if (d.text.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A demand needs its text."));
    if (d.support < 0)
        return makeError(ErrorCode::InvalidInput, tr("The support count cannot be negative (%1).").arg(d.support));
    d.id = DemandId::create();
    d.communityId = community->id;
    d.communityCode = community->code;
    return storage::inTransaction(m_db, [&] {
        ListsRepository(m_db.connection()).insertDemand(d);
        m_audit.record(QStringLiteral("demand"), d.id.toString(), QStringLiteral("added"), {}, d.text);
        return d;
    });
}

Result<void> ListsService::removeDemand(const DemandId& id)
{
    return storage::inTransaction(m_db, [&]() -> Result<void> {
        ListsRepository repository(m_db.connection());
        const auto demand = repository.demand(id);
        if (!demand)
            return makeError(ErrorCode::NotFound, tr("No demand has the ID %1.").arg(id.toString()));
        if (repository.isDemandLinked(id))
            return stillLinked(tr("The demand \"%1\"").arg(demand->text));
        repository.removeDemand(id);
        m_audit.record(QStringLiteral("demand"), id.toString(), QStringLiteral("removed"), demand->text, {});
        return {};
    });
}

Result<void> ListsService::restoreDemand(const Demand& d)
{
    return storage::inTransaction(m_db, [&] {
        ListsRepository(m_db.connection()).insertDemand(d);
        m_audit.record(QStringLiteral("demand"), d.id.toString(), QStringLiteral("restored"), {}, d.text);
    });
}

Result<std::vector<Demand>> ListsService::demands(const QString& communityCode)
{
    auto community = m_communities.idForFilter(communityCode);
    if (!community)
        return community.error();
    return storage::reading([&] { return ListsRepository(m_db.connection()).demands(*community); });
}

Result<void> ListsService::removeTallies(const std::vector<SurveyTally>& tallies)
{
    return storage::inTransaction(m_db, [&] {
        ListsRepository repository(m_db.connection());
        for (const SurveyTally& t : tallies)
            repository.removeTally(t.id);
        auditTallies(tallies, QStringLiteral("removed"));
    });
}

Result<void> ListsService::restoreTallies(const std::vector<SurveyTally>& tallies)
{
    return storage::inTransaction(m_db, [&] {
        ListsRepository repository(m_db.connection());
        for (const SurveyTally& t : tallies)
            repository.insertTally(t);
        auditTallies(tallies, QStringLiteral("restored"));
    });
}

void ListsService::auditTallies(const std::vector<SurveyTally>& tallies, const QString& what)
{
    if (!tallies.empty())
        m_audit.record(QStringLiteral("survey_tallies"),
                       tallies.front().communityId.toString(),
                       what,
                       {},
                       QString::number(tallies.size()));
}

Result<std::vector<SurveyTally>> ListsService::tallies(const QString& communityCode)
{
    auto community = m_communities.idForFilter(communityCode);
    if (!community)
        return community.error();
    return storage::reading([&] { return ListsRepository(m_db.connection()).tallies(*community); });
}

// ---- 资源清单 ----

Result<Resource> ListsService::addResource(Resource r, const QString& communityCode)
{
    if (!communityCode.isEmpty()) {
        auto community = m_communities.byCode(communityCode);
        if (!community)
            return community.error();
        r.communityId = community->id;
        r.communityCode = community->code;
        if (r.county.isEmpty())
            r.county = community->county;
    } else if (r.county.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("A resource belongs to a community or, county-wide, to a county."));
    }
    r.name = r.name.trimmed();
    if (r.name.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A resource needs a name."));
    if ((r.areaM2 && *r.areaM2 < 0) || (r.amountWan && *r.amountWan < 0))
        return makeError(ErrorCode::InvalidInput, tr("Areas and amounts cannot be negative."));
    r.id = ResourceId::create();
    return storage::inTransaction(m_db, [&] {
        ListsRepository(m_db.connection()).insertResource(r);
        m_audit.record(QStringLiteral("resource"), r.id.toString(), QStringLiteral("added"), {}, r.name);
        return r;
    });
}

Result<std::vector<Resource>> ListsService::resources(const QString& county)
{
    return storage::reading([&] { return ListsRepository(m_db.connection()).resources(county); });
}

Result<void> ListsService::removeResource(const ResourceId& id)
{
    return storage::inTransaction(m_db, [&]() -> Result<void> {
        ListsRepository repository(m_db.connection());
        const auto resource = repository.resource(id);
        if (!resource)
            return makeError(ErrorCode::NotFound, tr("No resource has the ID %1.").arg(id.toString()));
        if (repository.isResourceLinked(id))
            return stillLinked(tr("The resource \"%1\"").arg(resource->name));
        repository.removeResource(id);
        m_audit.record(QStringLiteral("resource"), id.toString(), QStringLiteral("removed"), resource->name, {});
        return {};
    });
}

Result<void> ListsService::restoreResource(const Resource& r)
{
    return storage::inTransaction(m_db, [&] {
        ListsRepository(m_db.connection()).insertResource(r);
        m_audit.record(QStringLiteral("resource"), r.id.toString(), QStringLiteral("restored"), {}, r.name);
    });
}

// ---- prices ----

Result<void> ListsService::setPrice(const PriceEntry& entry)
{
    if (entry.templateCode.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A price needs the project template's code."));
    if (!(entry.unitCost >= 0))
        return makeError(ErrorCode::InvalidInput, tr("A unit cost cannot be negative."));
    return storage::inTransaction(m_db, [&] { storePrice(entry, entry.note); });
}

void ListsService::storePrice(const PriceEntry& entry, const QString& reason)
{
    ListsRepository repository(m_db.connection());
    const auto before = repository.price(entry.templateCode, entry.county);
    repository.setPrice(entry);
    m_audit.record(QStringLiteral("price"),
                   entry.templateCode + u'@' + entry.county,
                   QStringLiteral("unit_cost"),
                   before ? QString::number(*before, 'g', 12) : QString(),
                   QString::number(entry.unitCost, 'g', 12),
                   reason);
}

Result<std::vector<PriceEntry>> ListsService::prices()
{
    return storage::reading([&] { return ListsRepository(m_db.connection()).prices(); });
}

} // namespace cc
