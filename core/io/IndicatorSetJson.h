// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/IndicatorSet.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace cc::io {

// The format's name and version (spec/indicator-set-format.md), read and written.
inline constexpr auto kIndicatorSetFormat = u"communitycheck.indicator-set";
inline constexpr int kIndicatorSetFormatVersion = 1;

// Reads an indicator-set file (spec/indicator-set-format.md, format_version 1), checks every
// validation rule and applies the defaults. On failure the error's message names the first
// problem with its JSON path (or line and column for malformed JSON); `detail` lists the rest.
// `sourceName` (usually the file name) prefixes every message.
Result<IndicatorSet> parseIndicatorSet(const QByteArray& json, const QString& sourceName);

// The set as a JSON object with every default written out and unknown fields kept.
// Two sets are the same content exactly when their canonical objects are equal.
QJsonObject indicatorSetToJson(const IndicatorSet& set);

// Indented UTF-8 JSON of indicatorSetToJson(), as `sets export` writes it.
QByteArray writeIndicatorSet(const IndicatorSet& set);

// Compact canonical bytes and their SHA-256 (hex), used to tell "same content" on import.
QByteArray canonicalBytes(const IndicatorSet& set);
QString contentHash(const IndicatorSet& set);

} // namespace cc::io
