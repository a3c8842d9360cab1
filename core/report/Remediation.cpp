// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/Remediation.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cc::report {

namespace {

QString keyOf(const QString& indicator, const BuildingId& building, const QString& item)
{
    return building.isNull() ? indicator : indicator + u'/' + building.toString() + u'/' + item.toUpper();
}

// The problems of one check, each with its identity, in its problem list's order (限时解决 first): an
// indicator counted from the ledger gives one per building and item found, any other one problem.
std::vector<TrackedProblem> problemsOf(const CheckProblems& check)
{
    QSet<QString> estates;
    QHash<QString, const Building*> byId;
    for (const Building& b : check.buildings) {
        estates.insert(b.estate);
        byId.insert(b.id.toString(), &b);
    }
    const std::vector<LedgerItem> items = ledgerItemsOf(check.set);
    std::vector<TrackedProblem> out;
    for (const scoring::Problem& p : check.score.problems) {
        const Indicator& ind = *p.indicator;
        if (ind.sourceRemediation)
            continue;
        TrackedProblem base;
        base.indicatorCode = ind.code;
        base.indicatorName = ind.name;
        base.timeBound = p.timeBound;
        base.deadline = p.deadline;
        if (!ind.sourceLedger) {
            out.push_back(base);
            continue;
        }
        QSet<QString> own;
        for (const QString& code : ind.sourceLedger->items)
            own.insert(code.toUpper());
        // Register order, then the item's order in the catalogue.
        std::vector<const LedgerEntry*> found;
        for (const LedgerEntry& e : check.ledger) {
            if (e.present && own.contains(e.item.toUpper()))
                found.push_back(&e);
        }
        const auto rank = [&](const LedgerEntry* e) {
            int building = 0;
            for (const Building& b : check.buildings) {
                if (b.id == e->building)
                    break;
                ++building;
            }
            const LedgerItem* item = findLedgerItem(items, e->item);
            return std::make_pair(building, item ? static_cast<int>(item - items.data()) : 0);
        };
        std::stable_sort(
            found.begin(), found.end(), [&](const LedgerEntry* a, const LedgerEntry* b) { return rank(a) < rank(b); });
        for (const LedgerEntry* e : found) {
            TrackedProblem t = base;
            t.building = e->building;
            const Building* b = byId.value(e->building.toString());
            t.buildingLabel = b ? (estates.size() <= 1 ? b->number : b->label()) : e->estate + u' ' + e->number;
            const LedgerItem* item = findLedgerItem(items, e->item);
            t.item = item ? item->code : e->item;
            t.itemName = item ? item->name : QString();
            out.push_back(std::move(t));
        }
    }
    return out;
}

} // namespace

std::optional<double> Remediation::rate() const
{
    if (due == 0)
        return std::nullopt;
    return scoring::round1(100.0 * resolved / due);
}

std::optional<double> Remediation::timeBoundRate() const
{
    if (dueTimeBound == 0)
        return std::nullopt;
    return scoring::round1(100.0 * resolvedTimeBound / dueTimeBound);
}

int Remediation::count(ProblemFate fate) const
{
    return static_cast<int>(
        std::count_if(problems.begin(), problems.end(), [&](const TrackedProblem& p) { return p.fate == fate; }));
}

Remediation trackProblems(const CheckProblems& earlier, const CheckProblems& later, const QDate& today)
{
    Remediation out;
    const std::vector<TrackedProblem> now = problemsOf(later);
    QSet<QString> nowKeys;
    for (const TrackedProblem& p : now)
        nowKeys.insert(keyOf(p.indicatorCode, p.building, p.item));
    QHash<QString, const LedgerEntry*> laterLedger;
    for (const LedgerEntry& e : later.ledger)
        laterLedger.insert(keyOf(QString(), e.building, e.item), &e);

    QSet<QString> thenKeys;
    for (TrackedProblem p : problemsOf(earlier)) {
        const QString key = keyOf(p.indicatorCode, p.building, p.item);
        if (thenKeys.contains(key))
            continue;
        thenKeys.insert(key);
        if (const Indicator* ind = later.set.indicator(p.indicatorCode); ind && ind->sourceRemediation)
            continue;
        const Indicator* laterIndicator = later.set.indicator(p.indicatorCode);
        const bool laterCountsBuildings = laterIndicator && laterIndicator->sourceLedger;
        if (nowKeys.contains(key)) {
            p.fate = ProblemFate::Persisting;
        } else if (!p.building.isNull() && laterCountsBuildings) {
            // A building's item: resolved when the re-check recorded it as not found.
            const LedgerEntry* e = laterLedger.value(keyOf(QString(), p.building, p.item));
            p.fate = e && !e->present ? ProblemFate::Resolved : e ? ProblemFate::Persisting : ProblemFate::Unchecked;
        } else {
            // The whole indicator (or a building's item where the later set no longer counts buildings):
            // resolved when it passes now, persisting when it fails. A value carried over from the
            // earlier round and not confirmed, an unanswered or N/A indicator, one no longer scored:
            // not re-checked — nobody looked again.
            const scoring::IndicatorResult* r = later.score.result(p.indicatorCode);
            const bool looked =
                r && !r->carriedOver && (r->status == scoring::Status::Pass || r->status == scoring::Status::Fail);
            p.fate = !looked                         ? ProblemFate::Unchecked
                : r->status == scoring::Status::Fail ? ProblemFate::Persisting
                                                     : ProblemFate::Resolved;
        }
        p.overdue = p.fate != ProblemFate::Resolved && p.deadline && *p.deadline < today;
        ++out.due;
        if (p.timeBound)
            ++out.dueTimeBound;
        if (p.fate == ProblemFate::Resolved) {
            ++out.resolved;
            if (p.timeBound)
                ++out.resolvedTimeBound;
        }
        out.problems.push_back(std::move(p));
    }
    // New: a problem now that was none then. Where one round counted buildings and the other judged
    // the whole indicator, the problem of the indicator then is the same problem now, not a new one.
    QSet<QString> thenWhole;
    QSet<QString> thenAny;
    for (const TrackedProblem& p : out.problems) {
        thenAny.insert(p.indicatorCode);
        if (p.building.isNull())
            thenWhole.insert(p.indicatorCode);
    }
    for (TrackedProblem p : now) {
        const QString key = keyOf(p.indicatorCode, p.building, p.item);
        if (thenKeys.contains(key) || thenWhole.contains(p.indicatorCode)
            || (p.building.isNull() && thenAny.contains(p.indicatorCode)))
            continue;
        p.fate = ProblemFate::New;
        p.overdue = p.deadline && *p.deadline < today;
        out.problems.push_back(std::move(p));
    }
    return out;
}

} // namespace cc::report
