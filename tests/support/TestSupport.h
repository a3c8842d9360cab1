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

// The value of a Result; fails the test with the error's text (message and detail) when it holds
// an error instead. `auto ws = testing::valueOf(cc::Workspace::open(...));`
template <typename T>
T valueOf(cc::Result<T>&& result)
{
    if (!result)
        FAIL("unexpected error: " << result.error().message << " / " << result.error().detail);
    return std::move(result).value();
}

} // namespace testing

// Fails the test with the error's text when a Result holds an error.
#define REQUIRE_OK(expr)                                                                                               \
    do {                                                                                                               \
        const auto& cc_result_ = (expr);                                                                               \
        if (!cc_result_)                                                                                               \
            FAIL("unexpected error: " << cc_result_.error().message << " / " << cc_result_.error().detail);            \
    } while (false)

// The same as a check that goes on after a failure.
#define CHECK_OK(expr)                                                                                                 \
    do {                                                                                                               \
        const auto& cc_result_ = (expr);                                                                               \
        if (!cc_result_)                                                                                               \
            FAIL_CHECK("unexpected error: " << cc_result_.error().message << " / " << cc_result_.error().detail);      \
    } while (false)

// Requires an Error (not a value) and that its message names `text`.
#define REQUIRE_ERROR_NAMING(expr, text)                                                                               \
    do {                                                                                                               \
        const auto& cc_result_ = (expr);                                                                               \
        REQUIRE_FALSE(cc_result_.has_value());                                                                         \
        CHECK(cc_result_.error().message.contains(text));                                                              \
    } while (false)
