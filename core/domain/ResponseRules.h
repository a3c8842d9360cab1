// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Community.h"
#include "core/domain/IndicatorSet.h"
#include "core/domain/Response.h"

#include <QCoreApplication>

#include <optional>

namespace cc {

// What a value may be for an indicator (spec/cli.md "Responses CSV", scoring §2): the one place
// the entry screen, the CSV importer and the demo data agree on it.
class ResponseRules final
{
    Q_DECLARE_TR_FUNCTIONS(ResponseRules)

public:
    // Reads a typed value from text as the responses CSV gives it. On success the response is
    // unanswered (empty text), N/A ("NA", "不适用") or carries a value of the indicator's type.
    // On failure returns the reason, without the place (the caller adds line and code).
    static std::optional<Response>
    parse(const Indicator& indicator, const QString& text, const QString& note, QString* error);
    // Empty when `value` is allowed for `indicator`, else the reason.
    static QString check(const Indicator& indicator, const ResponseValue& value);
    // The value as the responses CSV would write it (checklist codes joined with ';').
    static QString toText(const ResponseValue& value);
    // A number as people read it: no exponent, no trailing zeros.
    static QString formatNumber(double value);
    // Why an allowed value is hard to believe for this community's register, or empty: a count of
    // buildings (栋) above its buildings, of dwellings (套, 户) above 1.2 × its households, of
    // people (人) above its population, of stair units (单元) above 8 per building. A warning, never
    // a refusal: the register may be out of date; the assessor checks and keeps or corrects it.
    static QString plausibility(const Indicator& indicator, const Community& community, const ResponseValue& value);
};

} // namespace cc
