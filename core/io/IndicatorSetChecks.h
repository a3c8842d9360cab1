// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/IndicatorSet.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

// The checks of an indicator set that look across its parts (caps against grades, alternatives
// against templates and the indicators that name them): part of the set reader, apart because they
// need the whole set.
namespace cc::io {

struct SetFinding
{
    QString path; // JSON path, e.g. bottom_line_caps[1].grade
    QString what;
};

// `bottom_line_cap` and `bottom_line_caps` name grades of the set; not both; no number of failures twice.
std::vector<SetFinding> checkCaps(const IndicatorSet& set);

// Every template's `alternatives` name other templates of the same problem (an indicator names both);
// then makes them symmetric: listing B in A puts A in B. `templatePaths`: shared template code → its
// JSON path; `templateUsers`: template code → the indicators that name it.
std::vector<SetFinding> checkAlternatives(IndicatorSet& set,
                                          const std::map<QString, QString>& templatePaths,
                                          const std::map<QString, QStringList>& templateUsers);

} // namespace cc::io
