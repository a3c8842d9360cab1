// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QString>

#include <optional>

namespace cc {

// A 社区: the unit an assessment checks. The counts are what `normalize_by` divides by.
struct Community
{
    CommunityId id;
    QString code;
    QString name;
    QString type; // community type code, e.g. old_estate
    QString city;
    QString county;
    QString street;
    std::optional<qint64> households;
    std::optional<qint64> buildings;
    std::optional<qint64> population;
    std::optional<double> areaHa;
    std::optional<int> buildYear;
    bool pilot = false;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString note;

    // The figure `normalize_by` names (households buildings population area_ha), if known.
    std::optional<double> figure(QStringView name) const;
    bool operator==(const Community&) const = default;
};

} // namespace cc
