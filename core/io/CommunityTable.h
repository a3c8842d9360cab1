// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Community.h"
#include "core/io/InputTable.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace cc::io {

// The community register as a table (`communities import`): columns code (社区编码), name (社区名称),
// type (类型: a type code, or its name as a stored set writes it, e.g. 老旧小区), and optionally city
// (市), county (区县), street (街道), households (户数), buildings (楼栋数), population (人口),
// area_ha (面积（公顷）), build_year (建成年份), pilot (试点: 是/否), latitude (纬度), longitude (经度),
// note (备注), in any order; an empty cell says nothing (it keeps a stored value). A CSV file or a workbook's first
// sheet, read by RowReader's rules; all rows or none, every problem with its place; a code twice is refused, naming
// both rows.
class CommunityTable final
{
    Q_DECLARE_TR_FUNCTIONS(CommunityTable)

public:
    struct Parsed
    {
        std::vector<Community> communities; // without IDs
        QStringList columns; // the columns the table has (English keys)
        // Per community, the columns its row fills (English keys): an update changes only these, so
        // an empty cell keeps what the register holds, as a missing column does.
        std::vector<QStringList> given;
    };
    // `typeCodes`: a type's name (zh or en, as the stored sets declare it) → its code.
    static Result<Parsed> parse(const InputTable& table, const QHash<QString, QString>& typeCodes);
    // `stored` with the values of `incoming` for the given columns (the code is the key).
    static Community merged(const Community& stored, const Community& incoming, const QStringList& columns);
};

} // namespace cc::io
