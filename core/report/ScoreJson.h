// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/Community.h"
#include "core/domain/IndicatorSet.h"
#include "core/scoring/Scoring.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

// The machine-readable shapes of spec/cli.md: `score --json` and `problems --json`.
namespace cc::report {

QJsonValue valueToJson(const ResponseValue& value);

QJsonObject scoreToJson(const Assessment& assessment,
                        const Community& community,
                        const IndicatorSet& set,
                        const scoring::Score& score);

QJsonArray problemsToJson(const scoring::Score& score);

} // namespace cc::report
