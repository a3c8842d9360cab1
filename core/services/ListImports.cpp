// SPDX-License-Identifier: GPL-3.0-or-later
// ListsService: the lists and the price table imported from a CSV file or a workbook, and the undo
// and redo of an import.
#include "core/io/ListTables.h"
#include "core/services/CommunityService.h"
#include "core/services/ListsService.h"
#include "core/storage/ListsRepository.h"
#include "core/storage/Transaction.h"

#include <QFileInfo>
#include <QSet>

namespace cc {

using storage::ListsRepository;

namespace {

QString sorted(QStringList codes)
{
    codes.sort();
    return codes.join(u';');
}

// What makes two records the same for a re-import: every field a person typed, not the ID.
QString keyOf(const SurveyTally& t)
{
    return QStringList {t.communityId.toString(),
                        t.item,
                        QString::number(t.mean, 'g', 17),
                        QString::number(t.respondents),
                        t.taskCode,
                        sorted(t.indicatorCodes),
                        t.date.toString(Qt::ISODate)}
        .join(u'\x1f');
}

QString keyOf(const Demand& d)
{
    return QStringList {d.communityId.toString(),
                        d.text,
                        d.taskCode,
                        d.place,
                        toString(d.source),
                        d.date.toString(Qt::ISODate),
                        QString::number(d.support),
                        sorted(d.indicatorCodes)}
        .join(u'\x1f');
}

QString keyOf(const Resource& r)
{
    const auto number = [](const auto& v) { return v ? QString::number(*v, 'g', 17) : QString(); };
    return QStringList {r.communityId ? r.communityId->toString() : QString(),
                        r.county,
                        toString(r.kind),
                        r.name,
                        number(r.areaM2),
                        r.place,
                        r.owner,
                        number(r.amountWan),
                        r.year ? QString::number(*r.year) : QString(),
                        r.note}
        .join(u'\x1f');
}

// The records of `incoming` that no stored record equals (two equal rows of one file are two records).
template <typename Record>
ListImport<Record> withoutStored(std::vector<Record> incoming, const std::vector<Record>& stored)
{
    QSet<QString> seen;
    for (const Record& r : stored)
        seen.insert(keyOf(r));
    ListImport<Record> out;
    for (Record& r : incoming) {
        if (seen.contains(keyOf(r))) {
            ++out.skipped;
            continue;
        }
        out.added.push_back(std::move(r));
    }
    return out;
}

} // namespace

Result<ListImport<SurveyTally>> ListsService::importTallies(const QString& communityCode, const QString& path)
{
    auto community = m_communities.byCode(communityCode);
    if (!community)
        return community.error();
    auto table = io::InputTable::fromFile(path);
    if (!table)
        return table.error();
    auto tallies = io::ListTables::tallies(*table);
    if (!tallies)
        return tallies.error();
    for (SurveyTally& t : *tallies) {
        t.communityId = community->id;
        t.communityCode = community->code;
    }
    return storage::inTransaction(m_db, [&] {
        ListsRepository repository(m_db.connection());
        auto imported = withoutStored(std::move(*tallies), repository.tallies(community->id));
        for (const SurveyTally& t : imported.added)
            repository.insertTally(t);
        m_audit.record(QStringLiteral("survey_tallies"),
                       community->id.toString(),
                       QStringLiteral("imported"),
                       {},
                       QString::number(imported.added.size()),
                       table->source);
        return imported;
    });
}

Result<ListImport<Demand>> ListsService::importDemands(const QString& path)
{
    auto table = io::InputTable::fromFile(path);
    if (!table)
        return table.error();
    auto registered = m_communities.list();
    if (!registered)
        return registered.error();
    QHash<QString, CommunityId> idOf;
    QSet<QString> codes;
    for (const Community& c : *registered) {
        idOf.insert(c.code, c.id);
        codes.insert(c.code);
    }
    auto demands = io::ListTables::demands(*table, codes);
    if (!demands)
        return demands.error();
    for (Demand& d : *demands)
        d.communityId = idOf.value(d.communityCode);
    return storage::inTransaction(m_db, [&] {
        ListsRepository repository(m_db.connection());
        auto imported = withoutStored(std::move(*demands), repository.demands());
        for (const Demand& d : imported.added) {
            repository.insertDemand(d);
            m_audit.record(
                QStringLiteral("demand"), d.id.toString(), QStringLiteral("imported"), {}, d.text, table->source);
        }
        return imported;
    });
}

Result<void> ListsService::removeDemands(const std::vector<Demand>& demands)
{
    return storage::inTransaction(m_db, [&]() -> Result<void> {
        ListsRepository repository(m_db.connection());
        for (const Demand& d : demands) {
            if (repository.isDemandLinked(d.id))
                return makeError(ErrorCode::Conflict,
                                 tr("The demand \"%1\" is linked to a project; unlink it first.").arg(d.text));
            repository.removeDemand(d.id);
            m_audit.record(QStringLiteral("demand"), d.id.toString(), QStringLiteral("removed"), d.text, {});
        }
        return {};
    });
}

Result<void> ListsService::restoreDemands(const std::vector<Demand>& demands)
{
    return storage::inTransaction(m_db, [&] {
        ListsRepository repository(m_db.connection());
        for (const Demand& d : demands) {
            repository.insertDemand(d);
            m_audit.record(QStringLiteral("demand"), d.id.toString(), QStringLiteral("restored"), {}, d.text);
        }
    });
}

Result<ListImport<Resource>> ListsService::importResources(const QString& path)
{
    auto table = io::InputTable::fromFile(path);
    if (!table)
        return table.error();
    auto registered = m_communities.list();
    if (!registered)
        return registered.error();
    QHash<QString, const Community*> byCode;
    QSet<QString> codes;
    for (const Community& c : *registered) {
        byCode.insert(c.code, &c);
        codes.insert(c.code);
    }
    auto resources = io::ListTables::resources(*table, codes);
    if (!resources)
        return resources.error();
    for (Resource& r : *resources) {
        if (const Community* community = byCode.value(r.communityCode)) {
            r.communityId = community->id;
            if (r.county.isEmpty())
                r.county = community->county;
        }
    }
    return storage::inTransaction(m_db, [&] {
        ListsRepository repository(m_db.connection());
        auto imported = withoutStored(std::move(*resources), repository.resources());
        for (const Resource& r : imported.added) {
            repository.insertResource(r);
            m_audit.record(
                QStringLiteral("resource"), r.id.toString(), QStringLiteral("imported"), {}, r.name, table->source);
        }
        return imported;
    });
}

Result<void> ListsService::removeResources(const std::vector<Resource>& resources)
{
    return storage::inTransaction(m_db, [&]() -> Result<void> {
        ListsRepository repository(m_db.connection());
        for (const Resource& r : resources) {
            if (repository.isResourceLinked(r.id))
                return makeError(ErrorCode::Conflict,
                                 tr("The resource \"%1\" is linked to a project; unlink it first.").arg(r.name));
            repository.removeResource(r.id);
            m_audit.record(QStringLiteral("resource"), r.id.toString(), QStringLiteral("removed"), r.name, {});
        }
        return {};
    });
}

Result<void> ListsService::restoreResources(const std::vector<Resource>& resources)
{
    return storage::inTransaction(m_db, [&] {
        ListsRepository repository(m_db.connection());
        for (const Resource& r : resources) {
            repository.insertResource(r);
            m_audit.record(QStringLiteral("resource"), r.id.toString(), QStringLiteral("restored"), {}, r.name);
        }
    });
}

Result<int> ListsService::importPrices(const QString& path)
{
    auto table = io::InputTable::fromFile(path);
    if (!table)
        return table.error();
    auto prices = io::ListTables::prices(*table);
    if (!prices)
        return prices.error();
    return storage::inTransaction(m_db, [&] {
        for (const PriceEntry& p : *prices)
            storePrice(p, p.note.isEmpty() ? table->source : p.note);
        return static_cast<int>(prices->size());
    });
}

} // namespace cc
