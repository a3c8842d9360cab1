// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/RoundSummary.h"

#include "core/report/ScoreTables.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace cc::report {

namespace {

QString oneDecimal(double value)
{
    return QString::number(value, 'f', 1);
}

QString listSeparator(const QString& language)
{
    return language.startsWith(u"en") ? QStringLiteral(", ") : QStringLiteral("、");
}

// The figures of the round in sentences.
QStringList glanceLines(const RoundSummaryInput& in, const std::vector<RollupRow>& total, const QString& language)
{
    QStringList lines;
    int approved = 0, submitted = 0, provisional = 0, failingCommunities = 0, failures = 0, open = 0;
    for (const RankedCheck& c : in.checks) {
        (c.status == AssessmentStatus::Approved ? approved : submitted) += 1;
        provisional += c.provisional ? 1 : 0;
        failingCommunities += c.bottomLineFailures > 0 ? 1 : 0;
        failures += c.bottomLineFailures;
        open += c.openTimeBound;
    }
    const int registered = static_cast<int>(in.registered.size());
    const int checked = static_cast<int>(in.checks.size());
    lines << RoundSummaries::tr("%n community(ies) registered, %1 checked in this round (%2 approved, %3 submitted "
                                "and awaiting review), %4 not yet checked.",
                                nullptr,
                                registered)
                 .arg(checked)
                 .arg(approved)
                 .arg(submitted)
                 .arg(std::max(0, registered - checked));
    if (in.checks.empty())
        return lines;
    const RollupRow& all = total.front();
    const RankedCheck& best = in.checks.front();
    auto worst = std::find_if(in.checks.rbegin(), in.checks.rend(), [](const RankedCheck& c) { return c.score; });
    if (all.mean && best.score && worst != in.checks.rend()) {
        lines << RoundSummaries::tr("Mean score %1, median %2; the highest %3 (%4), the lowest %5 (%6).")
                     .arg(oneDecimal(*all.mean),
                          oneDecimal(all.median.value_or(0)),
                          oneDecimal(*best.score),
                          best.community.name,
                          oneDecimal(*worst->score),
                          worst->community.name);
    }
    QStringList grades;
    for (const auto& [label, count] : all.grades) {
        QString name = label;
        for (const GradeBand& band : in.gradeBands) {
            if (band.label.zh == label)
                name = band.label.text(language);
        }
        grades << RoundSummaries::tr("%1 %2").arg(name).arg(count);
    }
    if (!grades.isEmpty())
        lines << RoundSummaries::tr("Grades: %1.").arg(grades.join(listSeparator(language)));
    if (failures == 0)
        lines << RoundSummaries::tr("No community fails a bottom-line indicator.");
    else
        lines << RoundSummaries::tr("%n community(ies) fail a bottom-line indicator (%1 failures in all).",
                                    nullptr,
                                    failingCommunities)
                     .arg(failures);
    lines << RoundSummaries::tr(
        "%n time-bound (限时解决) problem(s) are open: each must be solved by its deadline.", nullptr, open);
    if (provisional > 0)
        lines << RoundSummaries::tr(
            "%n check(s) are provisional: too few indicators answered for a firm score.", nullptr, provisional);
    return lines;
}

// The most failed indicators only, with their cells.
HeatMap mostFailed(HeatMap map)
{
    size_t keep = 0;
    while (keep < map.rows.size() && keep < static_cast<size_t>(RoundSummaries::kHeatRows) && map.rows[keep].failed > 0)
        ++keep;
    map.rows.resize(keep);
    map.cells.resize(keep);
    return map;
}

} // namespace

RoundSummary RoundSummaries::build(const RoundSummaryInput& in, const QString& language, const QDate& date)
{
    RoundSummary s;
    s.language = language;
    s.title = tr("Community check summary");
    s.round = in.round;
    s.date = date;
    s.scope = in.county.isEmpty() && in.street.isEmpty() ? tr("All counties")
        : in.street.isEmpty()                            ? in.county
                                                         : QStringList {in.county, in.street}.join(u' ').trimmed();
    s.checks = in.checks;
    s.bands = in.gradeBands;

    QHash<QString, QString> gradeNames; // the grades in the report's language
    for (const GradeBand& g : in.gradeBands)
        gradeNames.insert(g.label.zh, g.label.text(language));
    s.ranking = ScoreTables::ranking(in.checks, gradeNames);
    s.level = in.county.isEmpty() && in.street.isEmpty() ? RollupLevel::County : RollupLevel::Street;
    s.rows = Rollup::rollUp(s.level, in.checks, in.registered, in.gradeLabels);
    s.rollUp = ScoreTables::rollUp(s.level, s.rows, in.gradeLabels, gradeNames);
    // The whole scope as one row: what the glance says.
    std::vector<Community> everyone = in.registered;
    for (Community& c : everyone)
        c.city = QStringLiteral("*");
    std::vector<RankedCheck> checks = in.checks;
    for (RankedCheck& c : checks)
        c.community.city = QStringLiteral("*");
    const auto total = Rollup::rollUp(RollupLevel::City, checks, everyone, in.gradeLabels);
    s.glance = glanceLines(in, total.empty() ? std::vector<RollupRow> {RollupRow {}} : total, language);

    const HeatMap::Columns by = !in.street.isEmpty() ? HeatMap::Columns::Community
        : !in.county.isEmpty()                       ? HeatMap::Columns::Street
                                                     : HeatMap::Columns::County;
    s.heatMap = mostFailed(HeatMapBuilder::build(by, in.checks, in.indicators, in.indicatorNames, in.indicatorOrder));

    // Every bottom-line failure, street by street, community by community.
    s.bottomLine.name = tr("Bottom-line failures");
    s.bottomLine.header = {tr("Community"),
                           tr("Name"),
                           tr("Street"),
                           tr("Indicator"),
                           tr("Answer"),
                           tr("Deadline"),
                           tr("Responsible units")};
    s.bottomLine.widths = {12, 16, 14, 30, 14, 11, 20};
    std::vector<const RankedCheck*> failing;
    for (const RankedCheck& c : in.checks) {
        if (c.bottomLineFailures > 0)
            failing.push_back(&c);
    }
    QCollator collator(QLocale::Chinese); // 第2街道 before 第12街道
    collator.setNumericMode(true);
    const auto order = [&](const QString& x, const QString& y) { return collator.compare(x, y); };
    std::sort(failing.begin(), failing.end(), [&](const RankedCheck* a, const RankedCheck* b) {
        for (const auto& [x, y] : {std::pair {&a->community.county, &b->community.county},
                                   std::pair {&a->community.street, &b->community.street},
                                   std::pair {&a->community.code, &b->community.code}}) {
            if (const int c = order(*x, *y); c != 0)
                return c < 0;
        }
        return false;
    });
    for (const RankedCheck* c : failing) {
        const CheckOutcome outcome = in.outcomes.value(c->assessment.toString());
        for (const BottomLineItem& item : outcome.bottomLine) {
            s.bottomLine.rows.push_back({c->community.code,
                                         c->community.name,
                                         c->community.street,
                                         QString(item.code + u' ' + item.name.text(language)),
                                         item.value.text(language),
                                         item.deadline ? item.deadline->toString(Qt::ISODate) : QString(),
                                         item.responsibleUnits.join(listSeparator(language))});
            s.overdue.push_back(item.deadline && *item.deadline < date);
        }
    }
    return s;
}

QString RoundSummaries::heading(Section section, RollupLevel level)
{
    switch (section) {
    case Section::Glance:
        return tr("1. At a glance");
    case Section::Ranking:
        return tr("2. Ranking");
    case Section::RollUp:
        return level == RollupLevel::Street ? tr("3. By street") : tr("3. By county");
    case Section::HeatMap:
        return tr("4. The indicators failed most often");
    case Section::BottomLine:
        return tr("5. Bottom-line failures");
    }
    return {};
}

QString RoundSummaries::runningHeader(const RoundSummary& s)
{
    return tr("%1 — %2 — %3").arg(s.title, s.scope, s.round);
}

QString RoundSummaries::page(int number)
{
    return tr("Page %1").arg(number);
}

QString RoundSummaries::noChecks()
{
    return tr("No submitted or approved check of this round in this area.");
}

QString RoundSummaries::noFailures()
{
    return tr("None: no indicator failed in these checks.");
}

QString RoundSummaries::noBottomLineFailures()
{
    return tr("None: every check passes every bottom-line indicator.");
}

QString RoundSummaries::cellText(const HeatMap::Cell& c)
{
    if (c.pass + c.fail > 0)
        return QStringLiteral("%1/%2").arg(c.fail).arg(c.pass + c.fail);
    if (c.notApplicable > 0)
        return tr("N/A");
    return QStringLiteral("—");
}

QString RoundSummaries::heatLegend()
{
    return tr("Each cell: the checks failing the indicator / the checks answering it; the redder, the larger the "
              "share that failed. N/A: not applicable there.");
}

QString RoundSummaries::overdueNote()
{
    return tr("Each failure is a time-bound (限时解决) problem; the ones in red are past their deadline.");
}

} // namespace cc::report
