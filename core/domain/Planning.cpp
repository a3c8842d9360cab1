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

constexpr std::array<std::pair<FundingSource, const char*>, 7> kFundingSources {{
    {FundingSource::Central, "central"},
    {FundingSource::Provincial, "provincial"},
    {FundingSource::Local, "local"},
    {FundingSource::SpecialBond, "special_bond"},
    {FundingSource::Department, "department"},
    {FundingSource::Social, "social"},
    {FundingSource::Residents, "residents"},
}};

} // namespace

QString toString(FundingSource source)
{
    return nameOf(kFundingSources, source);
}

std::optional<FundingSource> fundingSourceFromString(QStringView text)
{
    if (auto byCode = valueOf(kFundingSources, text))
        return byCode;
    for (FundingSource s : allFundingSources()) {
        if (text == chineseName(s))
            return s;
    }
    return std::nullopt;
}

QString chineseName(FundingSource source)
{
    switch (source) {
    case FundingSource::Central:
        return QStringLiteral("中央补助");
    case FundingSource::Provincial:
        return QStringLiteral("省级资金");
    case FundingSource::Local:
        return QStringLiteral("地方财政");
    case FundingSource::SpecialBond:
        return QStringLiteral("专项债");
    case FundingSource::Department:
        return QStringLiteral("部门资金");
    case FundingSource::Social:
        return QStringLiteral("社会资本");
    case FundingSource::Residents:
        return QStringLiteral("居民出资");
    }
    return {};
}

const std::vector<FundingSource>& allFundingSources()
{
    static const std::vector<FundingSource> all {FundingSource::Central,
                                                 FundingSource::Provincial,
                                                 FundingSource::Local,
                                                 FundingSource::SpecialBond,
                                                 FundingSource::Department,
                                                 FundingSource::Social,
                                                 FundingSource::Residents};
    return all;
}

QStringList Project::units() const
{
    QStringList out;
    if (!responsibleUnit.isEmpty())
        out << responsibleUnit;
    for (const QString& u : cooperatingUnits) {
        if (!out.contains(u))
            out << u;
    }
    return out;
}

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

bool Project::isOverdue(const QDate& today) const
{
    return timeBound && deadline.isValid() && deadline < today && status != ProjectStatus::Done
        && status != ProjectStatus::Obsolete && status != ProjectStatus::Rejected;
}

} // namespace cc
