// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/IndicatorSet.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>

namespace cc::io {

// The format's name and version (spec/indicator-set-format.md), read and written.
inline constexpr auto kIndicatorSetFormat = u"communitycheck.indicator-set";
inline constexpr int kIndicatorSetFormatVersion = 1;

// Reads an indicator-set file (spec/indicator-set-format.md, format_version 1), checks every
// validation rule and applies the defaults. On failure the error's message names the first
// problem with its JSON path (or line and column for malformed JSON); `detail` lists the rest.
// `sourceName` (usually the file name) prefixes every message.
Result<IndicatorSet> parseIndicatorSet(const QByteArray& json, const QString& sourceName);

// Turns a JSON path ("groups[1].indicators[3].target") into the place a person finds it, the file's
// name included: "f.xlsx, sheet 指标, row 5, column Q (目标值 target), groups[1].indicators[3].target".
using JsonPlace = std::function<QString(const QString& path)>;
// The same reader and rules for a set already made into JSON (the XLSX reader builds one from its
// sheets). With `place`, every message starts with the place of its path instead of `sourceName`.
Result<IndicatorSet>
parseIndicatorSet(const QJsonObject& object, const QString& sourceName, const JsonPlace& place = {});

// The set as a JSON object with every default written out and unknown fields kept.
// Two sets are the same content exactly when their canonical objects are equal.
QJsonObject indicatorSetToJson(const IndicatorSet& set);

// Indented UTF-8 JSON of indicatorSetToJson(), as `sets export` writes it.
QByteArray writeIndicatorSet(const IndicatorSet& set);

// Compact canonical bytes and their SHA-256 (hex), used to tell "same content" on import.
QByteArray canonicalBytes(const IndicatorSet& set);
QString contentHash(const IndicatorSet& set);

} // namespace cc::io
