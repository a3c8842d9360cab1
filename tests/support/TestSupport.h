// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <catch2/catch_test_macros.hpp>

#include <QByteArray>
#include <QString>

#include <ostream>

// Lets Catch2 print Qt strings in failure messages.
std::ostream& operator<<(std::ostream& os, const QString& text);

namespace testing {

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);
QString dataPath(const QString& relative); // under tests/data
QString sourcePath(const QString& relative); // under the repository root

// Every table's rows and the schema version, as one text: two equal dumps mean the
// database holds exactly the same data. Opens its own connection; test code only.
QString dumpDatabase(const QString& path);
// Runs one statement on a file with a connection of its own (to set up broken cases).
void execRaw(const QString& path, const QString& sql);

} // namespace testing

// Fails the test with the error's text when a Result holds an error.
#define REQUIRE_OK(expr)                                                                                               \
    do {                                                                                                               \
        const auto& cc_result_ = (expr);                                                                               \
        if (!cc_result_)                                                                                               \
            FAIL("unexpected error: " << cc_result_.error().message << " / " << cc_result_.error().detail);            \
    } while (false)
