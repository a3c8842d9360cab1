// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/IndicatorSet.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace cc::io {

// An indicator set as an XLSX workbook that a standards editor edits in WPS, Excel or LibreOffice
// (docs/indicator-set-xlsx.md): sheets 说明 (the set's own fields and how to edit), 结构 (groups),
// 指标, 选项, 项目模板 and 等级. The JSON format stays the reference: the writer lays out the set's
// canonical JSON (indicatorSetToJson), fields it does not know in an "其他字段 extra" column, and the
// reader builds that JSON back from the cells and hands it to the JSON reader, so both are checked by
// the same rules; an error names the sheet, row and column of its cell with the JSON path. Export
// then import of a set gives the same content, also after a spreadsheet program saved it again.
class IndicatorSetXlsx final
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorSetXlsx)

public:
    // Writes the workbook atomically (nothing is left behind on failure).
    static Result<void> write(const IndicatorSet& set, const QString& path);
    // Reads a workbook; `sourceName` (usually the file's name) starts every message.
    static Result<IndicatorSet> read(const QString& path, const QString& sourceName);
};

} // namespace cc::io
