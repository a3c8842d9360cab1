// SPDX-License-Identifier: GPL-3.0-or-later
// The responses CSV reader (responses import) against the default set: UTF-8 or GB18030, quoting,
// every answer type.
#include "core/io/IndicatorSetJson.h"
#include "core/io/ResponsesCsv.h"
#include "tests/fuzz/FuzzTargets.h"

#include <cstdlib>

namespace {

const cc::IndicatorSet& defaultSet()
{
    static const cc::IndicatorSet set = [] {
        QFile file(QStringLiteral(CC_SOURCE_DIR "/resources/indicators/default.json"));
        if (!file.open(QIODevice::ReadOnly))
            std::abort();
        auto parsed = cc::io::parseIndicatorSet(file.readAll(), QStringLiteral("default.json"));
        if (!parsed)
            std::abort();
        return *parsed;
    }();
    return set;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)cc::io::parseResponsesCsv(fuzz::bytesOf(data, size), QStringLiteral("fuzz.csv"), defaultSet());
    return 0;
}
