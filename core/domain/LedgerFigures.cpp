// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/LedgerFigures.h"

#include "core/domain/ResponseRules.h"

#include <QHash>
#include <QSet>

namespace cc {

QString LedgerFigure::note(const QString& unit) const
{
    // Data words, not UI text: the note is stored with the answer and printed in reports as is.
    const QString count = ResponseRules::formatNumber(value) + (unit.isEmpty() ? QString() : u' ' + unit);
    if (buildings.isEmpty())
        return count;
    return count + QStringLiteral(": ") + buildings.join(QStringLiteral("、"));
}

std::vector<LedgerFigure>
ledgerFigures(const IndicatorSet& set, const std::vector<LedgerEntry>& ledger, const std::vector<Building>& buildings)
{
    std::vector<LedgerFigure> out;
    QSet<QString> estates;
    for (const Building& b : buildings)
        estates.insert(b.estate);
    const bool oneEstate = estates.size() <= 1;
    for (const Indicator* ind : set.indicatorsInOrder()) {
        if (!ind->sourceLedger)
            continue;
        QSet<QString> items;
        for (const QString& code : ind->sourceLedger->items)
            items.insert(code.toUpper());
        QSet<QString> checked;
        QSet<QString> found;
        for (const LedgerEntry& e : ledger) {
            if (!items.contains(e.item.toUpper()))
                continue;
            checked.insert(e.building.toString());
            if (e.present)
                found.insert(e.building.toString());
        }
        LedgerFigure figure;
        figure.indicatorCode = ind->code;
        figure.answered = !checked.isEmpty();
        figure.buildingsChecked = static_cast<int>(checked.size());
        for (const Building& b : buildings) {
            if (!found.contains(b.id.toString()))
                continue;
            figure.buildings.append(oneEstate ? b.number : b.label());
            if (!ind->sourceLedger->countDwellings)
                figure.value += 1;
            else if (b.dwellings)
                figure.value += *b.dwellings;
            else
                ++figure.withoutDwellings;
        }
        out.push_back(std::move(figure));
    }
    return out;
}

} // namespace cc
