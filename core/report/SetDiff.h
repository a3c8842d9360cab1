// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/IndicatorSet.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace cc::report {

// One difference between two versions of an indicator set, as a standards editor reads it: an
// indicator added or removed, a field changed (weight 1 → 2), a node moved to another group or
// place. Values are shown as the JSON format writes them (strings without quotes).
struct SetChange
{
    enum class Kind { Added, Removed, Changed, Moved };
    enum class Node { Set, Group, Indicator, Template };
    Kind kind = Kind::Changed;
    Node node = Node::Set;
    QString code; // the group's, indicator's or template's code; empty for the set itself
    QString field; // the format's field name (target, weight, guidance …); empty for whole nodes
    QString before;
    QString after;
};

// The changes that turn `from` into `to`: the set's own fields (grades, caps, bands, names), then the
// groups, then the indicators, each in `to`'s order (removed ones after, in `from`'s order), then the
// shared project templates (their order in the list means nothing). Compared on the canonical JSON of both (defaults
// written out), so a default spelled out is no change.
class SetDiff final
{
    Q_DECLARE_TR_FUNCTIONS(SetDiff)

public:
    static std::vector<SetChange> between(const IndicatorSet& from, const IndicatorSet& to);
    // "added", "changed" … and "indicator", "group" … in the UI language.
    static QString kindName(SetChange::Kind kind);
    static QString nodeName(SetChange::Node node);
};

} // namespace cc::report
