// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Planning.h"

#include <array>
#include <utility>

namespace cc {

namespace {

template <typename E, size_t N>
QString nameOf(const std::array<std::pair<E, const char*>, N>& names, E value)
{
    for (const auto& [e, name] : names) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& names, QStringView text)
{
    for (const auto& [e, name] : names) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<DemandSource, const char*>, 4> kSources {{
    {DemandSource::Meeting, "meeting"},
    {DemandSource::Survey, "survey"},
    {DemandSource::Hotline, "hotline"},
    {DemandSource::GridWorker, "grid"},
}};

constexpr std::array<std::pair<ResourceKind, const char*>, 4> kKinds {{
    {ResourceKind::Room, "room"},
    {ResourceKind::Land, "land"},
    {ResourceKind::Fund, "fund"},
    {ResourceKind::Operator, "operator"},
}};

constexpr std::array<std::pair<ProjectStatus, const char*>, 8> kStatuses {{
    {ProjectStatus::Candidate, "candidate"},
    {ProjectStatus::Accepted, "accepted"},
    {ProjectStatus::Rejected, "rejected"},
    {ProjectStatus::InLibrary, "in_library"},
    {ProjectStatus::Scheduled, "scheduled"},
    {ProjectStatus::UnderWay, "under_way"},
    {ProjectStatus::Done, "done"},
    {ProjectStatus::Obsolete, "obsolete"},
}};

} // namespace

QString toString(DemandSource source)
{
    return nameOf(kSources, source);
}

std::optional<DemandSource> demandSourceFromString(QStringView text)
{
    return valueOf(kSources, text);
}

QString toString(ResourceKind kind)
{
    return nameOf(kKinds, kind);
}

std::optional<ResourceKind> resourceKindFromString(QStringView text)
{
    return valueOf(kKinds, text);
}

QString toString(ProjectStatus status)
{
    return nameOf(kStatuses, status);
}

std::optional<ProjectStatus> projectStatusFromString(QStringView text)
{
    return valueOf(kStatuses, text);
}

} // namespace cc
