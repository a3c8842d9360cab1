// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/Building.h"
#include "core/domain/Community.h"
#include "core/domain/IndicatorSet.h"
#include "core/domain/Ledger.h"
#include "core/domain/Planning.h"
#include "core/domain/Response.h"
#include "core/io/TableExport.h"
#include "core/scoring/Scoring.h"

#include <optional>
#include <vector>

namespace cc::report {

// The national dimension of a basic indicator by its number (national-tables.md §2, §3): 1–9 住房,
// 10–21 小区（社区）, else none (60, 问题整治完成率, is reported in the survey table only).
enum class NationalDimension { Housing, Community, Other };
// The national number of an indicator's `national_ref` ("MOHURD-2025-16" → 16), or none.
std::optional<int> nationalNumber(const QString& nationalRef);
NationalDimension dimensionOf(int number);

// One check of a county's round, with what the national tables are made of.
struct NationalCheck
{
    const Community& community;
    const Assessment& assessment;
    const IndicatorSet& set;
    const scoring::Score& score;
    const std::vector<Response>& responses; // for their notes
    const std::vector<LedgerEntry>& ledger;
    const std::vector<Building>& buildings;
    const std::vector<Project>& projects; // the community's (any origin): suggestions and the plan
};

// The "1表1台账2清单" of a county and round (national-tables.md §4; spec/cli.md `export national`), with
// the manual's column headers, in Chinese whatever the UI language: they are the national forms.
struct NationalTables
{
    // 指标调查表: a row per community × national basic indicator, by national number.
    io::Table survey;
    // 附件四 问题清单: a sheet per dimension (住房 附表IV-1, 小区（社区） 附表IV-2, 其他指标: the set's own).
    std::vector<io::Table> problems;
    // 附件五 整治建议清单: the same sheets (附表V-1, V-2), with the manual's further fields (L531).
    std::vector<io::Table> remediation;
    // 楼栋台账: a row per building × item found.
    io::Table ledger;
};

NationalTables buildNationalTables(const std::vector<NationalCheck>& checks);

// The manual's titles of the sheets of 附件四 (false) or 附件五 (true), in the sheets' order.
QStringList nationalListTitles(bool remediation);

} // namespace cc::report
