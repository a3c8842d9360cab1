// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DemoLedger.h"

#include "core/domain/Ledger.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace cc::DemoLedger {

namespace {

QString estateName(const Community& community, int index, int estates)
{
    QString base = community.name;
    if (base.endsWith(QStringLiteral("社区")))
        base.chop(2);
    if (estates == 1)
        return base + QStringLiteral("小区");
    static const QString numerals = QStringLiteral("一二三四五六七八九十");
    const QString phase =
        index < numerals.size() ? QString(numerals.at(index)) : QString::number(index + 1); // data words
    return base + phase + QStringLiteral("期");
}

} // namespace

QStringList buildingColumns()
{
    return {QStringLiteral("estate"),
            QStringLiteral("building"),
            QStringLiteral("address"),
            QStringLiteral("storeys"),
            QStringLiteral("dwellings"),
            QStringLiteral("build_year"),
            QStringLiteral("structure"),
            QStringLiteral("lift"),
            QStringLiteral("note")};
}

std::vector<Building> buildings(const Community& community, int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<Building> out;
    const int estates = std::max(1, (count + 14) / 15);
    const int year = community.buildYear.value_or(1995);
    for (int i = 0; i < count; ++i) {
        const int estate = i * estates / std::max(count, 1);
        Building b;
        b.communityId = community.id;
        b.estate = estateName(community, estate, estates);
        b.number = QStringLiteral("%1号楼").arg(i + 1);
        const bool high = year >= 2000 && rng.bounded(3u) == 0;
        const int storeys = high ? 11 + static_cast<int>(rng.bounded(22u)) : 3 + static_cast<int>(rng.bounded(5u));
        const int units = 1 + static_cast<int>(rng.bounded(4u));
        b.storeys = storeys;
        b.dwellings = storeys * units * 2;
        b.buildYear = std::clamp(year - 3 + static_cast<int>(rng.bounded(7u)), 1950, 2025);
        b.structure = storeys > 7 ? QStringLiteral("钢筋混凝土") : QStringLiteral("砖混");
        b.lift = storeys > 7;
        out.push_back(std::move(b));
    }
    return out;
}

std::vector<io::LedgerTable::Row> ledger(const IndicatorSet& set,
                                         const Community& community,
                                         const std::vector<Building>& buildings,
                                         quint32 seed,
                                         double quality,
                                         bool forceBottomLineFailure)
{
    static const QString degrees[] = {
        LedgerSeverity::kGeneral, LedgerSeverity::kFairlySerious, LedgerSeverity::kSerious};
    QRandomGenerator rng(seed);
    std::vector<io::LedgerTable::Row> out;
    if (buildings.empty())
        return out;
    bool forced = false;
    const auto row = [&](const Building& b, const QString& item, bool present, const QString& degree) {
        io::LedgerTable::Row r;
        r.entry.estate = b.estate;
        r.entry.number = b.number;
        r.entry.item = item;
        r.entry.present = present;
        r.entry.severity = degree;
        r.where = QStringLiteral("demo");
        out.push_back(std::move(r));
    };
    for (const Indicator* ind : set.indicatorsInOrder()) {
        if (!ind->sourceLedger || (ind->appliesTo && !ind->appliesTo->contains(community.type)))
            continue;
        const QStringList& items = ind->sourceLedger->items;
        bool pass = rng.generateDouble() < (ind->bottomLine ? std::min(0.97, quality + 0.25) : quality);
        if (forceBottomLineFailure && ind->bottomLine && !forced) {
            pass = false;
            forced = true;
        }
        QHash<int, QString> found; // building index → the item found there
        if (!pass) {
            const int n =
                1 + static_cast<int>(rng.bounded(std::min<quint32>(3, static_cast<quint32>(buildings.size()))));
            while (found.size() < n)
                found.insert(static_cast<int>(rng.bounded(static_cast<quint32>(buildings.size()))),
                             items.at(static_cast<qsizetype>(rng.bounded(static_cast<quint32>(items.size())))));
        }
        for (int i = 0; i < static_cast<int>(buildings.size()); ++i) {
            const Building& b = buildings[static_cast<size_t>(i)];
            const auto hit = found.constFind(i);
            if (hit == found.constEnd() || *hit != items.first())
                row(b, items.first(), false, {}); // checked on the first item, not found
            if (hit != found.constEnd())
                row(b, *hit, true, degrees[rng.bounded(3u)]);
        }
    }
    return out;
}

} // namespace cc::DemoLedger
