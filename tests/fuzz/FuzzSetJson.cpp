// SPDX-License-Identifier: GPL-3.0-or-later
// The indicator-set JSON reader (sets import): any bytes give a set or a located error, never a crash.
#include "core/io/IndicatorSetJson.h"
#include "tests/fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto set = cc::io::parseIndicatorSet(fuzz::bytesOf(data, size), QStringLiteral("fuzz.json"));
    if (set) // what was accepted writes back and reads again
        (void)cc::io::parseIndicatorSet(cc::io::writeIndicatorSet(*set), QStringLiteral("again.json"));
    return 0;
}
