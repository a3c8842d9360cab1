// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ScoreTables.h"

#include <cmath>

namespace cc::report {

namespace {

QVariant oneDecimal(const std::optional<double>& value)
{
    return value ? QVariant(std::round(*value * 10) / 10) : QVariant();
}

} // namespace

io::Table ScoreTables::ranking(const std::vector<RankedCheck>& checks, const QHash<QString, QString>& gradeNames)
{
    io::Table table;
    table.name = tr("Ranking");
    table.header = {tr("Rank"),
                    tr("Community"),
                    tr("Name"),
                    tr("County"),
                    tr("Street"),
                    tr("Score"),
                    tr("Grade"),
                    tr("Coverage"),
                    tr("Bottom-line failures"),
                    tr("Open time-bound problems")};
    table.widths = {6, 12, 16, 12, 14, 8, 6, 9, 10, 10};
    for (const RankedCheck& c : checks) {
        table.rows.push_back({c.rank,
                              c.community.code,
                              c.community.name,
                              c.community.county,
                              c.community.street,
                              oneDecimal(c.score),
                              gradeNames.value(c.grade, c.grade),
                              c.coverage ? QVariant(std::round(*c.coverage * 1000) / 10) : QVariant(),
                              c.bottomLineFailures,
                              c.openTimeBound});
    }
    return table;
}

io::Table ScoreTables::rollUp(RollupLevel level,
                              const std::vector<RollupRow>& rows,
                              const QStringList& gradeLabels,
                              const QHash<QString, QString>& gradeNames)
{
    io::Table table;
    const bool streets = level == RollupLevel::Street;
    table.name = streets ? tr("By street") : level == RollupLevel::County ? tr("By county") : tr("By city");
    table.header = streets             ? QStringList {tr("Street"), tr("County")}
        : level == RollupLevel::County ? QStringList {tr("County")}
                                       : QStringList {tr("City")};
    table.header << tr("Communities") << tr("Checked") << tr("Mean") << tr("Median");
    for (const QString& label : gradeLabels)
        table.header << gradeNames.value(label, label);
    table.header << tr("Bottom-line failures") << tr("Open time-bound problems");
    table.widths = streets ? std::vector<double> {16, 12, 10, 8, 8, 8} : std::vector<double> {12, 10, 8, 8, 8};
    for (const RollupRow& r : rows) {
        QVariantList row {r.key};
        if (streets)
            row << r.county;
        row << QVariantList {r.communities, r.checked, oneDecimal(r.mean), oneDecimal(r.median)};
        for (const auto& [label, count] : r.grades)
            row << count;
        row << r.bottomLineFailures << r.openTimeBound;
        table.rows.push_back(row);
    }
    return table;
}

io::Table ScoreTables::roundChanges(const RoundComparison& comparison, const QString& language)
{
    io::Table table;
    table.name = tr("Round over round");
    table.header = {tr("Community"), tr("Name"), tr("County"), tr("Street"), tr("Earlier"), tr("Now"), tr("Change")};
    for (const auto& [code, name] : comparison.programmes)
        table.header << name.text(language);
    table.header << tr("Resolved") << tr("Persisting") << tr("New") << tr("Resolved problems")
                 << tr("Persisting problems") << tr("New problems");
    table.widths = {12, 16, 10, 12, 8, 8, 8};
    const QString separator = language.startsWith(u"en") ? QStringLiteral(", ") : QStringLiteral("、");
    for (const RoundChange& r : comparison.rows) {
        QVariantList row {r.community.code,
                          r.community.name,
                          r.community.county,
                          r.community.street,
                          oneDecimal(r.earlierScore),
                          oneDecimal(r.laterScore),
                          r.earlierScore && r.laterScore ? oneDecimal(*r.laterScore - *r.earlierScore) : QVariant()};
        for (const auto& change : r.programmeChange)
            row << oneDecimal(change);
        row << static_cast<int>(r.resolved.size()) << static_cast<int>(r.persisting.size())
            << static_cast<int>(r.added.size()) << r.resolved.join(separator) << r.persisting.join(separator)
            << r.added.join(separator);
        table.rows.push_back(row);
    }
    return table;
}

io::Table ScoreTables::programmeSpread(const QStringList& programmes,
                                       const std::vector<std::optional<Rollup::Box>>& boxes)
{
    io::Table table;
    table.name = tr("Programme scores");
    table.header = {tr("Programme"),
                    tr("Checks"),
                    tr("Least"),
                    tr("Lower quartile"),
                    tr("Median"),
                    tr("Upper quartile"),
                    tr("Greatest")};
    table.widths = {18, 8, 8, 10, 8, 10, 8};
    for (qsizetype i = 0; i < programmes.size() && static_cast<size_t>(i) < boxes.size(); ++i) {
        const auto& b = boxes[static_cast<size_t>(i)];
        if (!b) {
            table.rows.push_back({programmes[i], 0, {}, {}, {}, {}, {}});
            continue;
        }
        table.rows.push_back({programmes[i],
                              b->count,
                              oneDecimal(b->least),
                              oneDecimal(b->lowerQuartile),
                              oneDecimal(b->median),
                              oneDecimal(b->upperQuartile),
                              oneDecimal(b->greatest)});
    }
    return table;
}

} // namespace cc::report
