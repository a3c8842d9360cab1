// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX reader (buildings and ledger import): a workbook, a zip of something else, or no zip.
#include "core/io/XlsxReader.h"
#include "tests/fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)cc::io::XlsxReader::readFirstSheet(fuzz::scratchFile(data, size, ".xlsx"), QStringLiteral("fuzz.xlsx"));
    return 0;
}
