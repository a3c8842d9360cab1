// SPDX-License-Identifier: GPL-3.0-or-later
// The survey-tally CSV reader (tallies import).
#include "core/io/SurveyTallyCsv.h"
#include "tests/fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)cc::io::SurveyTallyCsv::parse(fuzz::bytesOf(data, size), QStringLiteral("fuzz.csv"));
    return 0;
}
