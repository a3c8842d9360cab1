// SPDX-License-Identifier: GPL-3.0-or-later
// The bundle reader (bundle import): an SQLite file from elsewhere, checked whole before use.
#include "core/storage/BundleFile.h"
#include "tests/fuzz/FuzzTargets.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_bundle";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // the SQL driver plugin is found through it
    auto bundle = cc::storage::BundleFile::open(fuzz::scratchFile(data, size, ".ccbundle"));
    if (bundle) {
        for (const auto& check : (*bundle)->contents().checks) {
            (void)(*bundle)->answers(check.assessment.id);
            (void)(*bundle)->ledger(check.assessment.id);
        }
    }
    return 0;
}
