// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/CommunityService.h"

#include "core/io/CommunityTable.h"

#include "core/storage/CommunityRepository.h"
#include "core/storage/SetRepository.h"
#include "core/storage/Transaction.h"

#include <cmath>

namespace cc {

CommunityService::CommunityService(storage::Database& db, const QString& userName)
    : m_db(db)
    , m_user(userName)
{ }

QString CommunityService::validate(const Community& c)
{
    return problems(c).value(0);
}

QStringList CommunityService::problems(const Community& c)
{
    QStringList out;
    if (c.code.trimmed().isEmpty())
        out << tr("The community needs a code.");
    else if (c.code != c.code.trimmed() || c.code.contains(u'\n'))
        out << tr("The community code \"%1\" must not begin or end with spaces.").arg(c.code);
    if (c.name.trimmed().isEmpty())
        out << tr("The community %1 needs a name.").arg(c.code);
    if (c.type.trimmed().isEmpty())
        out << tr("The community %1 needs a type.").arg(c.code);
    const auto negative = [](const std::optional<qint64>& v) { return v && *v < 0; };
    if (negative(c.households) || negative(c.buildings) || negative(c.population))
        out << tr("The community %1: households, buildings and population must not be negative.").arg(c.code);
    if (c.areaHa && (*c.areaHa < 0 || !std::isfinite(*c.areaHa)))
        out << tr("The community %1: the area must be a number of hectares, not negative.").arg(c.code);
    if (c.latitude && (*c.latitude < -90 || *c.latitude > 90))
        out << tr("The community %1: the latitude must lie between -90 and 90.").arg(c.code);
    if (c.longitude && (*c.longitude < -180 || *c.longitude > 180))
        out << tr("The community %1: the longitude must lie between -180 and 180.").arg(c.code);
    return out;
}

QStringList CommunityService::warningsFor(const Community& c)
{
    const auto types = storage::SetRepository(m_db.connection()).communityTypes(false);
    const bool known = std::any_of(types.begin(), types.end(), [&](const auto& t) { return t.first == c.type; });
    if (known || types.empty())
        return {};
    QStringList codes;
    for (const auto& t : types)
        codes.append(t.first);
    return {tr("No stored indicator set declares the community type \"%1\" (known types: %2); indicators limited "
               "to certain types will be N/A for %3.")
                .arg(c.type, codes.join(u", "), c.code)};
}

Result<CommunitySaved> CommunityService::add(Community community)
{
    if (const QString problem = validate(community); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    if (community.id.isNull())
        community.id = CommunityId::create();
    return storage::inTransaction(m_db, [&]() -> Result<CommunitySaved> {
        storage::CommunityRepository repository(m_db.connection());
        if (repository.findByCode(community.code))
            return makeError(ErrorCode::Conflict,
                             tr("A community with the code %1 already exists.").arg(community.code));
        repository.insert(community);
        return CommunitySaved {community, warningsFor(community)};
    });
}

Result<CommunitySaved> CommunityService::update(const Community& community)
{
    if (const QString problem = validate(community); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    return storage::inTransaction(m_db, [&]() -> Result<CommunitySaved> {
        storage::CommunityRepository repository(m_db.connection());
        if (const auto other = repository.findByCode(community.code); other && !(other->id == community.id))
            return makeError(ErrorCode::Conflict,
                             tr("A community with the code %1 already exists.").arg(community.code));
        if (!repository.find(community.id))
            return makeError(ErrorCode::NotFound, tr("The community %1 no longer exists.").arg(community.code));
        repository.update(community);
        return CommunitySaved {community, warningsFor(community)};
    });
}

Result<CommunitiesImported> CommunityService::importFile(const QString& path)
{
    auto table = io::InputTable::fromFile(path);
    if (!table)
        return table.error();
    QHash<QString, QString> typeCodes; // a type's name, as the stored sets write it, → its code
    auto names = storage::reading([&] {
        storage::SetRepository sets(m_db.connection());
        for (const bool english : {true, false}) {
            for (const auto& [code, name] : sets.communityTypes(english))
                typeCodes.insert(name, code);
        }
    });
    if (!names)
        return names.error();
    auto parsed = io::CommunityTable::parse(*table, typeCodes);
    if (!parsed)
        return parsed.error();
    // Each record checked as `communities add` checks it (the table's reader has named the cells).
    QStringList problems;
    for (const Community& c : parsed->communities) {
        for (const QString& problem : CommunityService::problems(c))
            problems << tr("%1: %2").arg(table->source, problem);
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, problems.front(), problems.mid(1).join(u'\n'));
    return storage::inTransaction(m_db, [&]() -> Result<CommunitiesImported> {
        storage::CommunityRepository repository(m_db.connection());
        CommunitiesImported out;
        for (size_t i = 0; i < parsed->communities.size(); ++i) {
            Community& incoming = parsed->communities[i];
            if (const auto stored = repository.findByCode(incoming.code)) {
                const Community merged = io::CommunityTable::merged(*stored, incoming, parsed->given[i]);
                if (merged == *stored) {
                    ++out.unchanged;
                    continue;
                }
                repository.update(merged);
                ++out.updated;
                out.warnings << warningsFor(merged);
            } else {
                incoming.id = CommunityId::create();
                repository.insert(incoming);
                ++out.added;
                out.warnings << warningsFor(incoming);
            }
        }
        out.warnings.removeDuplicates();
        return out;
    });
}

Result<std::vector<Community>> CommunityService::list()
{
    return storage::reading([&] { return storage::CommunityRepository(m_db.connection()).list(); });
}

Result<Community> CommunityService::byCode(const QString& code)
{
    return storage::reading([&]() -> Result<Community> {
        if (auto c = storage::CommunityRepository(m_db.connection()).findByCode(code))
            return *c;
        return makeError(ErrorCode::NotFound, tr("No community has the code %1.").arg(code));
    });
}

Result<Community> CommunityService::byId(const CommunityId& id)
{
    return storage::reading([&]() -> Result<Community> {
        if (auto c = storage::CommunityRepository(m_db.connection()).find(id))
            return *c;
        return makeError(ErrorCode::NotFound, tr("No community has the ID %1.").arg(id.toString()));
    });
}

Result<std::optional<CommunityId>> CommunityService::idForFilter(const QString& code)
{
    if (code.isEmpty())
        return std::optional<CommunityId>();
    auto community = byCode(code);
    if (!community)
        return community.error();
    return std::optional<CommunityId>(community->id);
}

} // namespace cc
