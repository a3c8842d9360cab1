// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <optional>

namespace cc {

// A plain decimal as people type it: an optional sign, digits, an optional fraction ("12", "-0.5",
// ".25", "+3"). No exponent, no thousands separator, no surrounding text (trim first); none for
// anything else, and for values that are not finite. The one reader of typed numbers: the CLI's
// options, the dialogs, the responses and tally CSVs.
std::optional<double> parseDecimal(QStringView text);

} // namespace cc
