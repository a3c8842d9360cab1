// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace cc::io {

// The survey-tally CSV (需求清单: a survey item's mean score and respondents): columns `item`,
// `mean`, `respondents`, optionally `task`, `indicator` (codes separated by ';') and `date`
// (YYYY-MM-DD), in any order; UTF-8 or GB18030. All rows or none: the error names the file and line
// of the first problem, `detail` lists the others. The tallies come back with new IDs and without a
// community (the caller assigns it).
class SurveyTallyCsv final
{
    Q_DECLARE_TR_FUNCTIONS(SurveyTallyCsv)

public:
    static Result<std::vector<SurveyTally>> parse(const QByteArray& bytes, const QString& sourceName);
};

} // namespace cc::io
