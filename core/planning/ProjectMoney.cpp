// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/ProjectMoney.h"

#include <QSet>

#include <cmath>

namespace cc::planning {

namespace {

QString wan(long long cents)
{
    return QString::number(static_cast<double>(cents) / 100.0, 'f', 2);
}

} // namespace

long long ProjectMoney::cents(double wan)
{
    return static_cast<long long>(std::llround(wan * 100.0));
}

std::vector<YearShare> ProjectMoney::byYear(const Project& p)
{
    if (!p.yearAmounts.empty())
        return p.yearAmounts;
    if (!p.startYear || !p.cost)
        return {};
    const int first = *p.startYear;
    const int last = std::max(first, p.endYear.value_or(first));
    const int years = last - first + 1;
    const long long total = cents(*p.cost);
    const long long each = total / years;
    std::vector<YearShare> out;
    for (int y = first; y <= last; ++y) {
        const long long part = y == last ? total - each * (years - 1) : each;
        out.push_back({y, static_cast<double>(part) / 100.0});
    }
    return out;
}

std::optional<double> ProjectMoney::inYear(const Project& p, int year)
{
    if (!p.cost)
        return std::nullopt;
    if (!p.startYear || year > p.endYear.value_or(*p.startYear))
        return p.cost; // no years, or years already past: wholly in the year of the plan
    for (const YearShare& share : byYear(p)) {
        if (share.year == year)
            return share.amount;
    }
    return 0.0;
}

bool ProjectMoney::runsIn(const Project& p, int year)
{
    if (!p.startYear)
        return true;
    return year >= *p.startYear && year <= p.endYear.value_or(*p.startYear);
}

bool ProjectMoney::continuesInto(const Project& p, int year)
{
    const bool started = p.status == ProjectStatus::Scheduled || p.status == ProjectStatus::UnderWay;
    return started && p.plannedYear && *p.plannedYear < year && p.startYear && runsIn(p, year);
}

long long ProjectMoney::sumCents(const std::vector<double>& amounts)
{
    double sum = 0;
    for (double a : amounts)
        sum += a;
    return cents(sum);
}

QString ProjectMoney::problem(const Project& p)
{
    if (p.endYear && !p.startYear)
        return tr("An end year needs a start year.");
    if (p.startYear && (*p.startYear < 2000 || *p.startYear > 2200))
        return tr("%1 is not a start year.").arg(*p.startYear);
    if (p.startYear && p.endYear && *p.endYear < *p.startYear)
        return tr("The end year %1 is before the start year %2.").arg(*p.endYear).arg(*p.startYear);
    if (p.startYear && p.endYear && *p.endYear - *p.startYear > 10)
        return tr("A project runs at most 11 years (%1–%2 is longer).").arg(*p.startYear).arg(*p.endYear);
    if (!p.yearAmounts.empty()) {
        if (!p.startYear)
            return tr("Amounts per year need the start and end year.");
        if (!p.cost)
            return tr("Amounts per year need the project's cost.");
        const int last = p.endYear.value_or(*p.startYear);
        QSet<int> seen;
        std::vector<double> amounts;
        for (const YearShare& y : p.yearAmounts) {
            if (y.year < *p.startYear || y.year > last)
                return tr("%1 is outside the project's years %2–%3.").arg(y.year).arg(*p.startYear).arg(last);
            if (seen.contains(y.year))
                return tr("The year %1 is given twice.").arg(y.year);
            if (y.amount < 0)
                return tr("The amount of %1 cannot be negative.").arg(y.year);
            seen.insert(y.year);
            amounts.push_back(y.amount);
        }
        const long long sum = sumCents(amounts);
        if (sum != cents(*p.cost))
            return tr("The amounts per year add up to %1 万元, not to the cost %2 万元.")
                .arg(wan(sum), wan(cents(*p.cost)));
    }
    if (!p.funding.empty()) {
        if (!p.cost)
            return tr("A funding split needs the project's cost.");
        QSet<int> seen;
        std::vector<double> amounts;
        for (const FundingShare& f : p.funding) {
            if (seen.contains(static_cast<int>(f.source)))
                return tr("%1 is named twice in the funding split.").arg(chineseName(f.source));
            if (f.amount < 0)
                return tr("The part of %1 cannot be negative.").arg(chineseName(f.source));
            seen.insert(static_cast<int>(f.source));
            amounts.push_back(f.amount);
        }
        const long long sum = sumCents(amounts); // summed, then rounded: 33.333 × 3 is 100
        if (sum != cents(*p.cost))
            return tr("The funding split adds up to %1 万元, not to the cost %2 万元.")
                .arg(wan(sum), wan(cents(*p.cost)));
    }
    return {};
}

} // namespace cc::planning
