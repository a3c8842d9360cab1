// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ledger.h"
#include "core/io/InputTable.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <vector>

namespace cc::io {

// The building ledger table of spec/cli.md (`ledger import`): columns `estate, building, item,
// present, severity, note` (or 小区, 楼栋, 项目, 是否存在, 问题程度, 备注), in any order; estate, building
// and item required. `item` is a ledger item code (H3.5; nationalLedgerItems() and the set's own);
// `present` 是/否 (empty: 是, a row names a problem found); `severity` 严重, 较严重, 一般 or empty. The
// same building and item twice is refused naming both places. Which buildings exist is for the
// caller: each row keeps its place for that message.
class LedgerTable final
{
    Q_DECLARE_TR_FUNCTIONS(LedgerTable)

public:
    struct Row
    {
        LedgerEntry entry; // without the building's ID
        QString where; // the row's place, for a later message
    };
    static Result<std::vector<Row>> parse(const InputTable& table, const QStringList& itemCodes);
    static Result<std::vector<Row>>
    parseCsv(const QByteArray& bytes, const QString& sourceName, const QStringList& itemCodes);
};

} // namespace cc::io
