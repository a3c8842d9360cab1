// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/BuildingService.h"

#include "core/io/BuildingsTable.h"
#include "core/io/InputTable.h"
#include "core/io/LedgerTable.h"
#include "core/services/AssessmentService.h"
#include "core/services/CommunityService.h"
#include "core/services/ComputedAnswers.h"
#include "core/services/SetService.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/BuildingRepository.h"
#include "core/storage/Database.h"
#include "core/storage/LedgerRepository.h"
#include "core/storage/Transaction.h"

#include <QDate>
#include <QSet>

namespace cc {

BuildingService::BuildingService(storage::Database& db,
                                 CommunityService& communities,
                                 SetService& sets,
                                 const QString& userName)
    : m_db(db)
    , m_communities(communities)
    , m_sets(sets)
    , m_audit(db, userName)
{ }

Result<std::vector<Building>> BuildingService::list(const QString& communityCode)
{
    auto community = m_communities.byCode(communityCode);
    if (!community)
        return community.error();
    return storage::reading([&] { return storage::BuildingRepository(m_db.connection()).list(community->id); });
}

Result<BuildingTotals> BuildingService::totals(const CommunityId& community)
{
    return storage::reading([&] { return storage::BuildingRepository(m_db.connection()).totals(community); });
}

Result<BuildingsImported> BuildingService::importCsv(const QString& communityCode,
                                                     const QByteArray& csv,
                                                     const QString& sourceName,
                                                     bool updateRegister)
{
    auto community = m_communities.byCode(communityCode);
    if (!community)
        return community.error();
    auto buildings = io::BuildingsTable::parseCsv(csv, sourceName);
    if (!buildings)
        return buildings.error();
    return importBuildings(*community, std::move(buildings->buildings), buildings->columns, sourceName, updateRegister);
}

Result<BuildingsImported>
BuildingService::importFile(const QString& communityCode, const QString& path, bool updateRegister)
{
    auto community = m_communities.byCode(communityCode);
    if (!community)
        return community.error();
    auto table = io::InputTable::fromFile(path); // a workbook or CSV, by what the file holds
    if (!table)
        return table.error();
    auto buildings = io::BuildingsTable::parse(*table);
    if (!buildings)
        return buildings.error();
    return importBuildings(
        *community, std::move(buildings->buildings), buildings->columns, table->source, updateRegister);
}

Result<BuildingsImported> BuildingService::importBuildings(const Community& community,
                                                           std::vector<Building> buildings,
                                                           const QStringList& columns,
                                                           const QString& sourceName,
                                                           bool updateRegister)
{
    return storage::inTransaction(m_db, [&]() -> Result<BuildingsImported> {
        storage::BuildingRepository repository(m_db.connection());
        BuildingsImported outcome;
        for (Building& b : buildings) {
            b.communityId = community.id;
            const auto before = repository.find(b.communityId, b.estate, b.number);
            if (before)
                b = io::BuildingsTable::merged(*before, b, columns);
            if (before && before->sameValues(b)) {
                ++outcome.unchanged;
                continue;
            }
            const Building stored = repository.put(b);
            ++(before ? outcome.updated : outcome.added);
            m_audit.record(QStringLiteral("building"),
                           stored.id.toString(),
                           before ? QStringLiteral("updated") : QStringLiteral("added"),
                           {},
                           stored.label(),
                           sourceName);
        }
        repository.dropEmptyEstates(community.id);
        if (auto refreshed = refreshAnswers(community.id); !refreshed)
            return refreshed.error();
        outcome.totals = repository.totals(community.id);
        if (updateRegister) {
            auto counts = setRegisterCounts(community.code);
            if (!counts)
                return counts.error();
            outcome.registerBuildingsSet = true;
            outcome.registerHouseholdsSet = counts->householdsSet;
        }
        return outcome;
    });
}

Result<BuildingService::RegisterCounts> BuildingService::setRegisterCounts(const QString& communityCode)
{
    auto community = m_communities.byCode(communityCode);
    if (!community)
        return community.error();
    return storage::inTransaction(m_db, [&]() -> Result<RegisterCounts> {
        RegisterCounts counts;
        counts.totals = storage::BuildingRepository(m_db.connection()).totals(community->id);
        Community changed = *community;
        changed.buildings = counts.totals.buildings;
        if (counts.totals.withoutDwellings == 0) {
            changed.households = counts.totals.dwellings;
            counts.householdsSet = true;
        }
        auto saved = m_communities.update(changed);
        if (!saved)
            return saved.error();
        return counts;
    });
}

Result<Building> BuildingService::save(const Building& building)
{
    Building b = building;
    b.estate = b.estate.trimmed();
    b.number = b.number.trimmed();
    QStringList problems;
    if (b.estate.isEmpty())
        problems << tr("The estate is empty: scattered buildings go into a temporary estate of their own.");
    if (b.number.isEmpty())
        problems << tr("The building number or name is empty.");
    if (b.storeys && (*b.storeys < 1 || *b.storeys > BuildingLimits::kMostStoreys))
        problems << tr("Storeys must be from 1 to %1.").arg(BuildingLimits::kMostStoreys);
    if (b.dwellings && (*b.dwellings < 0 || *b.dwellings > BuildingLimits::kMostDwellings))
        problems << tr("Dwellings must be from 0 to %1.").arg(BuildingLimits::kMostDwellings);
    const int nextYear = QDate::currentDate().year() + 1;
    if (b.buildYear && (*b.buildYear < BuildingLimits::kEarliestYear || *b.buildYear > nextYear))
        problems << tr("The build year must be from %1 to %2.").arg(BuildingLimits::kEarliestYear).arg(nextYear);
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, problems.join(u' '));
    if (b.id.isNull())
        b.id = BuildingId::create();
    return storage::inTransaction(m_db, [&]() -> Result<Building> {
        storage::BuildingRepository repository(m_db.connection());
        if (const auto other = repository.find(b.communityId, b.estate, b.number); other && !(other->id == b.id))
            return makeError(ErrorCode::Conflict, tr("The building %1 is already in the register.").arg(b.label()));
        const auto before = repository.find(b.id);
        if (before)
            repository.update(b);
        else
            repository.put(b);
        repository.dropEmptyEstates(b.communityId);
        if (auto refreshed = refreshAnswers(b.communityId); !refreshed)
            return refreshed.error();
        m_audit.record(QStringLiteral("building"),
                       b.id.toString(),
                       before ? QStringLiteral("updated") : QStringLiteral("added"),
                       before ? before->label() : QString(),
                       b.label(),
                       {});
        return b;
    });
}

Result<void> BuildingService::remove(const Building& building)
{
    return storage::inTransaction(m_db, [&]() -> Result<void> {
        if (const int entries = storage::LedgerRepository(m_db.connection()).entriesOf(building.id); entries > 0)
            return makeError(ErrorCode::Conflict,
                             tr("The building %1 has %n entries in the building ledger of a check and cannot be "
                                "deleted.",
                                nullptr,
                                entries)
                                 .arg(building.label()));
        storage::BuildingRepository repository(m_db.connection());
        repository.remove(building.id);
        repository.dropEmptyEstates(building.communityId);
        m_audit.record(
            QStringLiteral("building"), building.id.toString(), QStringLiteral("removed"), building.label(), {}, {});
        return {};
    });
}

Result<std::vector<LedgerEntry>> BuildingService::ledger(const AssessmentId& check)
{
    return storage::reading([&]() -> Result<std::vector<LedgerEntry>> {
        if (!storage::AssessmentRepository(m_db.connection()).find(check))
            return makeError(ErrorCode::NotFound, tr("No assessment has the ID %1.").arg(check.toString()));
        return storage::LedgerRepository(m_db.connection()).list(check);
    });
}

Result<std::vector<LedgerItem>> BuildingService::ledgerItems(const AssessmentId& check)
{
    auto set = storage::reading([&] { return storage::AssessmentRepository(m_db.connection()).setOf(check); });
    if (!set)
        return set.error();
    auto loaded = m_sets.load(*set);
    if (!loaded)
        return loaded.error();
    return ledgerItemsOf(**loaded);
}

Result<int>
BuildingService::importLedgerCsv(const AssessmentId& check, const QByteArray& csv, const QString& sourceName)
{
    auto table = io::InputTable::fromCsvBytes(csv, sourceName);
    if (!table)
        return table.error();
    return importLedgerTable(check, *table, sourceName);
}

Result<int> BuildingService::importLedgerFile(const AssessmentId& check, const QString& path)
{
    auto table = io::InputTable::fromFile(path); // a workbook or CSV, by what the file holds
    if (!table)
        return table.error();
    return importLedgerTable(check, *table, table->source);
}

Result<int>
BuildingService::importLedgerTable(const AssessmentId& check, const io::InputTable& table, const QString& sourceName)
{
    auto items = ledgerItems(check);
    if (!items)
        return items.error();
    QStringList codes;
    for (const LedgerItem& item : *items)
        codes << item.code;
    auto rows = io::LedgerTable::parse(table, codes);
    if (!rows)
        return rows.error();
    return importLedgerRows(check, std::move(*rows), sourceName);
}

Result<int> BuildingService::importLedgerRows(const AssessmentId& check,
                                              std::vector<io::LedgerTable::Row> rows,
                                              const QString& sourceName)
{
    return storage::inTransaction(m_db, [&]() -> Result<int> {
        auto assessment = ledgerCheck(check);
        if (!assessment)
            return assessment.error();
        auto set = m_sets.load(storage::AssessmentRepository(m_db.connection()).setOf(check));
        if (!set)
            return set.error();
        const std::vector<LedgerItem> items = ledgerItemsOf(**set);
        storage::BuildingRepository buildings(m_db.connection());
        storage::LedgerRepository ledger(m_db.connection());
        QStringList problems;
        // The community's buildings by 小区 and number, read once (a province's demo stores thousands).
        QHash<QString, BuildingId> byName;
        for (const Building& b : buildings.list(assessment->communityId))
            byName.insert(b.estate + u'\x1f' + b.number, b.id);
        for (io::LedgerTable::Row& row : rows) {
            const LedgerItem* item = findLedgerItem(items, row.entry.item);
            if (!item) {
                problems << tr("%1: \"%2\" is not an item of the building ledger.").arg(row.where, row.entry.item);
                continue;
            }
            row.entry.item = item->code;
            const auto building = byName.constFind(row.entry.estate + u'\x1f' + row.entry.number);
            if (building == byName.constEnd()) {
                problems << tr("%1: the building %2 %3 is not in the community's register (add it under Buildings "
                               "first)")
                                .arg(row.where, row.entry.estate, row.entry.number);
                continue;
            }
            row.entry.building = *building;
            row.entry.updatedBy = m_audit.userName();
        }
        if (!problems.isEmpty())
            return makeError(ErrorCode::InvalidInput, problems.front(), problems.mid(1).join(u'\n'));
        std::vector<LedgerEntry> entries;
        entries.reserve(rows.size());
        for (const io::LedgerTable::Row& row : rows)
            entries.push_back(row.entry);
        ledger.putAll(check, entries);
        if (auto refreshed = refreshAnswers(*assessment); !refreshed)
            return refreshed.error();
        if (assessment->wasSubmitted())
            m_audit.record(QStringLiteral("assessment"),
                           check.toString(),
                           QStringLiteral("ledger"),
                           {},
                           tr("%n ledger entries imported", nullptr, static_cast<int>(rows.size())),
                           sourceName);
        return static_cast<int>(rows.size());
    });
}

Result<void> BuildingService::refreshAnswers(const Assessment& check)
{
    if (auto refreshed = ComputedAnswers::refreshLedger(m_db, m_sets, check, m_audit.userName()); !refreshed)
        return refreshed.error();
    return {};
}

Result<void> BuildingService::refreshAnswers(const CommunityId& community)
{
    for (const Assessment& check : storage::AssessmentRepository(m_db.connection()).list(community)) {
        // On a server, a check this user may not change keeps its answers until one who may does.
        if (!check.isEditable() || !m_db.access().mayEditCheck(check.assessors))
            continue;
        if (auto refreshed = refreshAnswers(check); !refreshed)
            return refreshed;
    }
    return {};
}

Result<void> BuildingService::restore(const CommunityId& community,
                                      const std::vector<Building>& from,
                                      const std::vector<Building>& to)
{
    return storage::inTransaction(m_db, [&]() -> Result<void> {
        storage::BuildingRepository repository(m_db.connection());
        storage::LedgerRepository ledger(m_db.connection());
        QHash<QString, const Building*> before;
        QSet<QString> after;
        for (const Building& b : from)
            before.insert(b.id.toString(), &b);
        for (const Building& b : to)
            after.insert(b.id.toString());
        for (const Building& b : from) {
            if (after.contains(b.id.toString()) || !repository.find(b.id))
                continue;
            if (ledger.entriesOf(b.id) > 0)
                return makeError(ErrorCode::Conflict,
                                 tr("The building %1 has entries in the building ledger of a check and cannot be "
                                    "deleted.")
                                     .arg(b.label()));
            repository.remove(b.id);
            m_audit.record(QStringLiteral("building"), b.id.toString(), QStringLiteral("removed"), b.label(), {}, {});
        }
        std::vector<const Building*> changed;
        for (const Building& b : to) {
            const Building* was = before.value(b.id.toString());
            if (!was || !was->sameValues(b))
                changed.push_back(&b);
        }
        // Numbers may be swapped between the buildings of the step: move each out of the way first.
        for (const Building* b : changed) {
            if (repository.find(b->id)) {
                Building parked = *b;
                parked.number = QStringLiteral("\x01") + b->id.toString();
                repository.update(parked);
            }
        }
        for (const Building* b : changed) {
            if (const auto other = repository.find(community, b->estate, b->number); other && !(other->id == b->id))
                return makeError(ErrorCode::Conflict,
                                 tr("The building %1 is already in the register.").arg(b->label()));
            const bool existed = repository.find(b->id).has_value();
            if (existed)
                repository.update(*b);
            else
                repository.put(*b);
            m_audit.record(QStringLiteral("building"),
                           b->id.toString(),
                           existed ? QStringLiteral("updated") : QStringLiteral("added"),
                           {},
                           b->label(),
                           {});
        }
        repository.dropEmptyEstates(community);
        return refreshAnswers(community);
    });
}

namespace {

QString ledgerText(const LedgerEntry& e)
{
    QString out = e.present ? QStringLiteral("是") : QStringLiteral("否");
    if (!e.severity.isEmpty())
        out += u' ' + LedgerSeverity::chinese(e.severity);
    return out;
}

} // namespace

Result<void> BuildingService::setLedgerEntry(const AssessmentId& check, const LedgerEntry& entry)
{
    if (!entry.severity.isEmpty() && LedgerSeverity::parse(entry.severity) != entry.severity)
        return makeError(ErrorCode::InvalidInput, tr("\"%1\" is not a degree of the manual.").arg(entry.severity));
    return changeLedger(check, entry, false);
}

Result<void> BuildingService::clearLedgerEntry(const AssessmentId& check, const LedgerEntry& entry)
{
    return changeLedger(check, entry, true);
}

Result<Assessment> BuildingService::ledgerCheck(const AssessmentId& check)
{
    const auto assessment = storage::AssessmentRepository(m_db.connection()).find(check);
    if (!assessment)
        return makeError(ErrorCode::NotFound, tr("No assessment has the ID %1.").arg(check.toString()));
    if (!assessment->isEditable())
        return makeError(ErrorCode::Locked,
                         tr("The check %1 is marked \"%2\"; only draft or returned checks take ledger entries.")
                             .arg(check.toString().left(8), toString(assessment->status)));
    if (auto refused = AssessmentService::whyNotEditable(*assessment, m_db.access()))
        return *refused;
    return *assessment;
}

Result<void> BuildingService::changeLedger(const AssessmentId& check, const LedgerEntry& entry, bool clear)
{
    return storage::inTransaction(m_db, [&]() -> Result<void> {
        auto assessment = ledgerCheck(check);
        if (!assessment)
            return assessment.error();
        const auto building = storage::BuildingRepository(m_db.connection()).find(entry.building);
        if (!building || !(building->communityId == assessment->communityId))
            return makeError(ErrorCode::InvalidInput,
                             tr("The building %1 is not in the register of the check's community.")
                                 .arg(building ? building->label() : entry.building.toString()));
        auto set = m_sets.load(storage::AssessmentRepository(m_db.connection()).setOf(check));
        if (!set)
            return set.error();
        if (!clear && !findLedgerItem(ledgerItemsOf(**set), entry.item))
            return makeError(ErrorCode::InvalidInput,
                             tr("\"%1\" is not an item of the building ledger.").arg(entry.item));
        storage::LedgerRepository ledger(m_db.connection());
        std::optional<LedgerEntry> before;
        for (const LedgerEntry& e : ledger.list(check)) {
            if (e.building == entry.building && e.item == entry.item)
                before = e;
        }
        if (clear) {
            ledger.remove(check, entry.building, entry.item);
        } else {
            LedgerEntry stored = entry;
            stored.updatedAt.clear();
            stored.updatedBy = m_audit.userName();
            ledger.put(check, stored);
        }
        if (auto refreshed = refreshAnswers(*assessment); !refreshed)
            return refreshed.error();
        if (assessment->wasSubmitted())
            m_audit.record(QStringLiteral("assessment"),
                           check.toString(),
                           building->label() + u' ' + entry.item,
                           before ? ledgerText(*before) : QString(),
                           clear ? QString() : ledgerText(entry),
                           {});
        return {};
    });
}

} // namespace cc
