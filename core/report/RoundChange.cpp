// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/RoundChange.h"

#include <QSet>

#include <cmath>

namespace cc::report {

RoundComparison RoundChanges::compare(const std::vector<RankedCheck>& earlier,
                                      const std::vector<RankedCheck>& later,
                                      const QHash<QString, CheckOutcome>& outcomes,
                                      const std::vector<std::pair<QString, LocalizedText>>& programmes)
{
    RoundComparison out;
    out.programmes = programmes;
    QHash<QString, const RankedCheck*> before;
    for (const RankedCheck& c : earlier)
        before.insert(c.community.id.toString(), &c);
    QSet<QString> paired;
    for (const RankedCheck& now : later) {
        const RankedCheck* then = before.value(now.community.id.toString());
        if (!then) {
            ++out.onlyLater;
            continue;
        }
        paired.insert(now.community.id.toString());
        const CheckOutcome a = outcomes.value(then->assessment.toString());
        const CheckOutcome b = outcomes.value(now.assessment.toString());
        RoundChange row;
        row.community = now.community;
        row.earlier = then->assessment;
        row.later = now.assessment;
        row.earlierScore = then->score;
        row.laterScore = now.score;
        for (const auto& [code, name] : programmes) {
            const auto x = a.programmes.constFind(code);
            const auto y = b.programmes.constFind(code);
            if (x == a.programmes.constEnd() || y == b.programmes.constEnd())
                row.programmeChange.emplace_back(std::nullopt);
            else // the one-decimal scores' difference, so that it adds up with what the reports print
                row.programmeChange.emplace_back(std::round(*y * 10) / 10 - std::round(*x * 10) / 10);
        }
        for (const QString& code : a.problems)
            (b.problems.contains(code) ? row.persisting : row.resolved) << code;
        for (const QString& code : b.problems) {
            if (!a.problems.contains(code))
                row.added << code;
        }
        out.rows.push_back(std::move(row));
    }
    out.onlyEarlier = static_cast<int>(earlier.size()) - static_cast<int>(paired.size());
    return out;
}

} // namespace cc::report
