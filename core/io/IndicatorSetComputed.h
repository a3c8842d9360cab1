// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/IndicatorSetChecks.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <map>
#include <optional>
#include <vector>

// The indicator-set format's computed indicators (docs/computed-indicators.md): an indicator's
// `source_ledger` or `source_remediation`, and the set's own `ledger_items`. Part of the set reader
// and writer, apart because they are an extension of format 1 that most sets never meet.
namespace cc::io {

// `source_ledger` of an indicator at `path`; problems are added to `findings`.
std::optional<LedgerSource>
readLedgerSource(const QJsonValue& value, const QString& path, std::vector<SetFinding>& findings);
// The set's `ledger_items`.
std::vector<SetLedgerItem>
readLedgerItems(const QJsonValue& value, const QString& path, std::vector<SetFinding>& findings);
// Across the set: a computed indicator is a number, computed one way only, and names items that exist
// (national or the set's own). `sourcePaths`: indicator code → the JSON path of its `source_ledger` or
// `source_remediation`.
std::vector<SetFinding> checkLedgerSources(const IndicatorSet& set, const std::map<QString, QString>& sourcePaths);

QJsonObject ledgerSourceToJson(const LedgerSource& source);
QJsonArray ledgerItemsToJson(const std::vector<SetLedgerItem>& items);

} // namespace cc::io
