// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"
#include "core/io/InputTable.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QSet>

#include <vector>

namespace cc::io {

// The tables the plan's lists and the price table are imported from: a CSV file (UTF-8 or GB18030) or
// a workbook's first sheet, read by one set of rules (RowReader). Header names in English or Chinese,
// columns in any order; all rows or none: the error names the place of the first problem, `detail`
// lists the others. Records come back with new IDs; a row's community is its code (the service finds it).
class ListTables final
{
    Q_DECLARE_TR_FUNCTIONS(ListTables)

public:
    // Survey tallies: item (调查项目), mean (平均分), respondents (样本数), optionally task (任务),
    // indicator (指标; several separated by ';'), date (日期). Without a community (the caller's).
    static Result<std::vector<SurveyTally>> tallies(const InputTable& table);
    // Resident proposals (需求清单): community (社区编码), text (需求内容), optionally task, place (地点),
    // source (meeting/survey/hotline/grid or 居民议事/问卷调查/热线/网格员), date, support (支持人数),
    // indicator.
    // `communities`: the codes of the register; a row naming another is refused at its cell.
    static Result<std::vector<Demand>> demands(const InputTable& table, const QSet<QString>& communities);
    // Resources (资源清单): kind (room/land/fund/operator or 闲置用房/闲置场地/资金/运营主体), name, and
    // community (社区编码) or county (区县); optionally area (面积（m²）), place, owner (权属/主管单位),
    // amount (金额（万元）), year (年度), note.
    static Result<std::vector<Resource>> resources(const InputTable& table, const QSet<QString>& communities);
    // The local price table: template (项目模板), unit_cost (单价（万元）), optionally county, note; a
    // template priced twice for one county is refused, naming both rows.
    static Result<std::vector<PriceEntry>> prices(const InputTable& table);
};

} // namespace cc::io
