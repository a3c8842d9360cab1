// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QString>

#include <optional>

namespace cc {

// A 楼栋 of a community, in its 小区 (estate). The national method counts problems by building
// ("1表1台账2清单", ../shared/domain/national-tables.md §2): every building belongs to a 小区 —
// scattered buildings to a 临时小区 named like any other. A building is known by its number (or
// name) within its 小区.
struct Building
{
    BuildingId id;
    CommunityId communityId;
    QString estate; // 小区
    QString number; // 楼栋: "5号楼", "5", "东1栋"
    QString address;
    std::optional<int> storeys; // 地上层数
    std::optional<int> dwellings; // 套数
    std::optional<int> buildYear; // 建成年份
    QString structure; // 结构类型: 砖混, 钢筋混凝土 …
    std::optional<bool> lift; // 是否有电梯
    QString note;

    // "小区 5号楼", as lists and messages name it.
    QString label() const { return estate.isEmpty() ? number : estate + u' ' + number; }
    bool sameValues(const Building& other) const
    {
        return estate == other.estate && number == other.number && address == other.address && storeys == other.storeys
            && dwellings == other.dwellings && buildYear == other.buildYear && structure == other.structure
            && lift == other.lift && note == other.note;
    }
};

// What a building's figures may be (the import and the editor check the same).
namespace BuildingLimits {
constexpr int kMostStoreys = 200;
constexpr int kMostDwellings = 100000;
constexpr int kEarliestYear = 1800;
} // namespace BuildingLimits

// What the register's counts would be, computed from the buildings.
struct BuildingTotals
{
    int estates = 0;
    int buildings = 0;
    qint64 dwellings = 0;
    int withoutDwellings = 0; // buildings whose 套数 is not known (the sum leaves them out)
};

} // namespace cc
