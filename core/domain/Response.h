// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace cc {

// A typed answer: boolean; number or rating; option code or text; checked item codes.
using ResponseValue = std::variant<std::monostate, bool, double, QString, QStringList>;

// One indicator's answer in one assessment. No value and not N/A means unanswered.
struct Response
{
    QString indicatorCode;
    ResponseValue value;
    bool notApplicable = false;
    QString note; // for an N/A response: the reason
    bool carriedOver = false;
    // The stored row's version as read (0: no stored answer); given on a write, the write is made
    // only if the answer is still at that version, else it is a conflict (another user changed it
    // since it was read). Imports and merges leave it empty: they replace on purpose.
    std::optional<qint64> version;

    bool hasValue() const { return !std::holds_alternative<std::monostate>(value); }
};

} // namespace cc
