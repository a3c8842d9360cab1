// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>

namespace cc {

// Strong IDs: every record that may travel between machines is keyed by a UUID.
// Integer rowids never leave core/storage.
template <typename Tag>
struct Id
{
    QUuid value;

    static Id create() { return Id {QUuid::createUuid()}; }
    static Id fromString(QStringView text) { return Id {QUuid::fromString(text)}; }
    bool isNull() const { return value.isNull(); }
    QString toString() const { return value.toString(QUuid::WithoutBraces); }
    friend bool operator==(const Id&, const Id&) = default;
    friend bool operator<(const Id& a, const Id& b) { return a.value < b.value; }
};

using SetVersionId = Id<struct SetVersionTag>;
using CommunityId = Id<struct CommunityTag>;
using AssessmentId = Id<struct AssessmentTag>;
using ResponseId = Id<struct ResponseTag>;
using BuildingId = Id<struct BuildingTag>;

} // namespace cc
