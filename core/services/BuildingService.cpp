// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/BuildingService.h"

#include "core/io/BuildingsTable.h"
#include "core/io/XlsxReader.h"
#include "core/services/CommunityService.h"
#include "core/storage/BuildingRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cc {

BuildingService::BuildingService(storage::Database& db, CommunityService& communities, const QString& userName)
    : m_db(db)
    , m_communities(communities)
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
    return store(*community, std::move(buildings->buildings), buildings->columns, sourceName, updateRegister);
}

Result<BuildingsImported>
BuildingService::importFile(const QString& communityCode, const QString& path, bool updateRegister)
{
    const QString name = QFileInfo(path).fileName();
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io,
                             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return importCsv(communityCode, file.readAll(), name, updateRegister);
    }
    auto community = m_communities.byCode(communityCode);
    if (!community)
        return community.error();
    auto table = io::XlsxReader::readFirstSheet(path, name);
    if (!table)
        return table.error();
    auto buildings = io::BuildingsTable::parse(*table);
    if (!buildings)
        return buildings.error();
    return store(*community, std::move(buildings->buildings), buildings->columns, name, updateRegister);
}

Result<BuildingsImported> BuildingService::store(const Community& community,
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
        outcome.totals = repository.totals(community.id);
        if (updateRegister) {
            Community changed = community;
            changed.buildings = outcome.totals.buildings;
            outcome.registerBuildingsSet = true;
            if (outcome.totals.withoutDwellings == 0) {
                changed.households = outcome.totals.dwellings;
                outcome.registerHouseholdsSet = true;
            }
            auto saved = m_communities.update(changed);
            if (!saved)
                return saved.error();
        }
        return outcome;
    });
}

} // namespace cc
