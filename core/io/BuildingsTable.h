// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Building.h"
#include "core/io/InputTable.h"
#include "core/io/RowReader.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <vector>

namespace cc::io {

// The buildings table of spec/cli.md (`buildings import`): columns `estate, building, address,
// storeys, dwellings, build_year, structure, lift, note`, or their Chinese names (小区, 楼栋, 地址,
// 层数, 套数, 建成年份, 结构类型, 电梯, 备注, and the usual variants), in any order; `estate` and
// `building` required. Read from rows of cells (a CSV file's records; a spreadsheet's rows the same
// way), so every source shares the checks. Numbers may be written with full-width digits; lift is
// 是/否, 有/无, yes/no, 1/0 or empty; a spreadsheet's error cell, or a date where a number is meant,
// is refused. All rows or none: the error names the place (InputTable::where) of the first problem,
// `detail` lists the others. Buildings come back without IDs or community.
class BuildingsTable final
{
    Q_DECLARE_TR_FUNCTIONS(BuildingsTable)

public:
    // The buildings, and the columns the table has (their English names): a column the table lacks
    // says nothing about a building, so an update keeps the stored value.
    struct Parsed
    {
        std::vector<Building> buildings;
        QStringList columns;
    };
    static Result<Parsed> parse(const InputTable& table);
    static Result<Parsed> parseCsv(const QByteArray& bytes, const QString& sourceName);
    // `stored` with the values of `incoming` for the given columns (estate and building are the key).
    static Building merged(const Building& stored, const Building& incoming, const QStringList& columns);
};

} // namespace cc::io
