// SPDX-License-Identifier: GPL-3.0-or-later
// The survey-tally CSV reader (tallies import).
#include "core/io/ListTables.h"
#include "tests/fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (auto table = cc::io::InputTable::fromCsvBytes(fuzz::bytesOf(data, size), QStringLiteral("fuzz.csv")))
        (void)cc::io::ListTables::tallies(*table);
    return 0;
}
