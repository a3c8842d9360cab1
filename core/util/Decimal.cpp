// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Decimal.h"

#include <QRegularExpression>
#include <QString>

#include <cmath>

namespace cc {

std::optional<double> parseDecimal(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[+-]?(\d+(\.\d+)?|\.\d+)$)"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace cc
