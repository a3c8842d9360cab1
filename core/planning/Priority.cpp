// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/Priority.h"

#include <algorithm>
#include <tuple>

namespace cc::planning {

Priority priorityOf(const Project& p)
{
    Priority r;
    r.timeBound = p.timeBound;
    r.severity = p.worstScore ? std::clamp((100.0 - *p.worstScore) / 100.0, 0.0, 1.0) : 0.5;
    const double s = std::max(0, p.support);
    r.support = s / (s + kSupportHalf);
    r.costEffectiveness = p.cost ? 1.0 / (1.0 + std::max(0.0, *p.cost) / kCostHalf) : 0.0;
    r.resources = p.resourceIds.empty() ? 0.0 : 1.0;
    r.score = kWeightSeverity * r.severity + kWeightSupport * r.support + kWeightCostEffectiveness * r.costEffectiveness
        + kWeightResources * r.resources;
    r.tier = tierOf(p.projectClass);
    r.total = r.timeBound ? kTimeBoundBonus + r.score : (3 - r.tier) * kTierStep + r.score;
    return r;
}

int tierOf(const QString& projectClass)
{
    if (projectClass == u"基础")
        return 0;
    if (projectClass == u"完善")
        return 1;
    if (projectClass == u"提升")
        return 2;
    return 3;
}

bool higherPriority(const Project& a, const Priority& pa, const Project& b, const Priority& pb)
{
    if (pa.total != pb.total)
        return pa.total > pb.total;
    const double ca = a.cost.value_or(1e300);
    const double cb = b.cost.value_or(1e300);
    if (ca != cb)
        return ca < cb;
    return std::tie(a.communityCode, a.name, a.id) < std::tie(b.communityCode, b.name, b.id);
}

} // namespace cc::planning
