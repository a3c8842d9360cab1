// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/Rollup.h"

#include "core/scoring/Scoring.h"

#include <QMap>

#include <algorithm>
#include <numeric>

namespace cc::report {

namespace {

struct GroupKey
{
    QString city;
    QString county;
    QString street;

    friend bool operator<(const GroupKey& a, const GroupKey& b)
    {
        return std::tie(a.city, a.county, a.street) < std::tie(b.city, b.county, b.street);
    }
};

GroupKey keyOf(RollupLevel level, const Community& c)
{
    switch (level) {
    case RollupLevel::Street:
        return {c.city, c.county, c.street};
    case RollupLevel::County:
        return {c.city, c.county, {}};
    case RollupLevel::City:
        return {c.city, {}, {}};
    }
    return {};
}

} // namespace

void Rollup::rank(std::vector<RankedCheck>& checks)
{
    std::sort(checks.begin(), checks.end(), [](const RankedCheck& a, const RankedCheck& b) {
        if (a.score.has_value() != b.score.has_value())
            return a.score.has_value(); // scored first
        if (a.score && *a.score != *b.score)
            return *a.score > *b.score;
        return a.community.code < b.community.code;
    });
    for (size_t i = 0; i < checks.size(); ++i) {
        const bool tied = i > 0 && checks[i].score && checks[i - 1].score && *checks[i].score == *checks[i - 1].score;
        checks[i].rank = tied ? checks[i - 1].rank : static_cast<int>(i) + 1;
    }
}

std::optional<double> Rollup::median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

std::optional<Rollup::Box> Rollup::box(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const auto n = static_cast<std::ptrdiff_t>(values.size());
    const auto half = n / 2;
    Box b;
    b.count = static_cast<int>(n);
    b.least = values.front();
    b.greatest = values.back();
    b.median = *median(values);
    if (n == 1) {
        b.lowerQuartile = b.upperQuartile = b.median;
        return b;
    }
    b.lowerQuartile = *median({values.begin(), values.begin() + half});
    b.upperQuartile = *median({values.end() - half, values.end()});
    return b;
}

std::vector<RollupRow> Rollup::rollUp(RollupLevel level,
                                      const std::vector<RankedCheck>& checks,
                                      const std::vector<Community>& registered,
                                      const QStringList& gradeLabels)
{
    QMap<GroupKey, RollupRow> rows;
    QMap<GroupKey, std::vector<double>> scores;
    const auto rowOf = [&](const Community& c) -> RollupRow& {
        const GroupKey key = keyOf(level, c);
        auto it = rows.find(key);
        if (it == rows.end()) {
            RollupRow row;
            row.key = level == RollupLevel::Street ? c.street : level == RollupLevel::County ? c.county : c.city;
            row.county = level == RollupLevel::City ? QString() : c.county;
            row.city = c.city;
            for (const QString& label : gradeLabels)
                row.grades.emplace_back(label, 0);
            it = rows.insert(key, row);
        }
        return *it;
    };
    for (const Community& c : registered)
        ++rowOf(c).communities;
    for (const RankedCheck& check : checks) {
        RollupRow& row = rowOf(check.community);
        ++row.checked;
        row.bottomLineFailures += check.bottomLineFailures;
        row.openTimeBound += check.openTimeBound;
        if (check.score)
            scores[keyOf(level, check.community)].push_back(scoring::round1(*check.score));
        for (auto& [label, count] : row.grades) {
            if (label == check.grade)
                ++count;
        }
    }
    std::vector<RollupRow> out;
    out.reserve(static_cast<size_t>(rows.size()));
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        RollupRow row = it.value();
        const std::vector<double>& values = scores.value(it.key());
        if (!values.empty())
            row.mean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
        row.median = median(values);
        out.push_back(std::move(row));
    }
    return out;
}

QString Rollup::levelName(RollupLevel level)
{
    switch (level) {
    case RollupLevel::Street:
        return QStringLiteral("street");
    case RollupLevel::County:
        return QStringLiteral("county");
    case RollupLevel::City:
        return QStringLiteral("city");
    }
    return {};
}

std::optional<RollupLevel> Rollup::levelFromString(QStringView text)
{
    for (RollupLevel level : {RollupLevel::Street, RollupLevel::County, RollupLevel::City}) {
        if (text == levelName(level))
            return level;
    }
    return std::nullopt;
}

} // namespace cc::report
