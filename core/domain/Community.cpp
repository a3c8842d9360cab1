// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Community.h"

namespace cc {

std::optional<double> Community::figure(QStringView name) const
{
    auto asDouble = [](const std::optional<qint64>& v) -> std::optional<double> {
        if (!v)
            return std::nullopt;
        return static_cast<double>(*v);
    };
    if (name == u"households")
        return asDouble(households);
    if (name == u"buildings")
        return asDouble(buildings);
    if (name == u"population")
        return asDouble(population);
    if (name == u"area_ha")
        return areaHa;
    return std::nullopt;
}

} // namespace cc
