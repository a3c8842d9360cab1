// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ScoreBoard.h"

#include "core/report/ReportModel.h"
#include "core/scoring/Scoring.h"
#include "core/services/AssessmentService.h"
#include "core/services/CommunityService.h"
#include "core/services/SetService.h"
#include "core/storage/ScoreCacheRepository.h"
#include "core/storage/Transaction.h"

#include <QHash>

#include <algorithm>

namespace cc {

namespace {

// Up to this many checks missing from the cache are scored one by one; more, in one pass over all.
constexpr qsizetype kScoredOneByOne = 200;

} // namespace

ScoreBoard::ScoreBoard(storage::Database& db,
                       AssessmentService& assessments,
                       CommunityService& communities,
                       SetService& sets)
    : m_db(db)
    , m_assessments(assessments)
    , m_communities(communities)
    , m_sets(sets)
{ }

Result<QHash<QString, ScoreSummary>> ScoreBoard::summaries(const QSet<QString>& wanted)
{
    auto cached = storage::reading(
        [&] { return storage::ScoreCacheRepository(m_db.connection()).all(scoring::kEngineRevision); });
    if (!cached)
        return cached.error();
    QSet<QString> missing;
    for (const QString& id : wanted) {
        if (!cached->contains(id))
            missing.insert(id);
    }
    if (missing.isEmpty())
        return cached;
    // Scored and cached in one write transaction: no answer can change between the reading and the
    // writing, and a change after it deletes the row again.
    auto filled = storage::inTransaction(m_db, [&]() -> Result<void> {
        storage::ScoreCacheRepository cache(m_db.connection());
        const auto keep = [&](const AssessmentId& id, const scoring::Score& score) {
            ScoreSummary s;
            s.overall = score.overall;
            s.grade = score.grade ? score.grade->label.zh : QString();
            s.coverage = score.coverage;
            s.provisional = score.provisional;
            s.bottomLineFailures = static_cast<int>(score.bottomLineFailures.size());
            s.openTimeBound = static_cast<int>(std::count_if(
                score.problems.begin(), score.problems.end(), [](const scoring::Problem& p) { return p.timeBound; }));
            cache.put(id, scoring::kEngineRevision, s);
            cached->insert(id.toString(), s);
        };
        // A few (the check just answered): one by one. Many (a database never listed): in one pass
        // over all the answers, which costs the same for 200 checks as for 15,000.
        if (missing.size() <= kScoredOneByOne) {
            for (const QString& text : std::as_const(missing)) {
                const AssessmentId id = AssessmentId::fromString(text);
                auto scored = m_assessments.score(id);
                if (!scored)
                    return scored.error();
                keep(id, scored->score);
            }
            return {};
        }
        auto scored = m_assessments.scoreAll(
            [&](const AssessmentId& id, const Community&, const IndicatorSet&, const scoring::Score& score) {
                keep(id, score);
            },
            missing);
        if (!scored)
            return scored.error();
        return {};
    });
    if (!filled)
        return filled.error();
    return cached;
}

Result<ScoreSummary> ScoreBoard::summary(const AssessmentId& assessment)
{
    auto cached = storage::reading(
        [&] { return storage::ScoreCacheRepository(m_db.connection()).find(assessment, scoring::kEngineRevision); });
    if (!cached)
        return cached.error();
    if (*cached)
        return **cached;
    auto scored = summaries({assessment.toString()});
    if (!scored)
        return scored.error();
    return scored->value(assessment.toString());
}

Result<RoundScores> ScoreBoard::round(const ScoreQuery& query)
{
    const auto wanted = Round::parse(query.round.trimmed());
    if (!wanted)
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a round: it begins with a year, e.g. \"2025 体检\".").arg(query.round));
    auto communities = m_communities.list();
    if (!communities)
        return communities.error();
    auto assessments = m_assessments.list();
    if (!assessments)
        return assessments.error();

    RoundScores out;
    QHash<QString, const Community*> inScope; // by community ID
    for (const Community& c : *communities) {
        if ((!query.county.isEmpty() && c.county != query.county)
            || (!query.street.isEmpty() && c.street != query.street))
            continue;
        out.registered.push_back(c);
    }
    for (const Community& c : out.registered)
        inScope.insert(c.id.toString(), &c);

    bool roundExists = false;
    QHash<QString, const Assessment*> latest; // by community ID: its latest check of the round
    for (const Assessment& a : *assessments) {
        if (!(a.round == *wanted))
            continue;
        roundExists = true;
        const bool reviewed = a.status == AssessmentStatus::Submitted || a.status == AssessmentStatus::Approved;
        const QString community = a.communityId.toString();
        if (!reviewed || !inScope.contains(community))
            continue;
        const Assessment* known = latest.value(community);
        if (!known || a.updatedAt > known->updatedAt)
            latest.insert(community, &a);
    }
    if (!roundExists)
        return makeError(ErrorCode::NotFound, tr("No check of the round \"%1\" is stored.").arg(wanted->toString()));

    QSet<QString> ids;
    for (const Assessment* a : std::as_const(latest))
        ids.insert(a->id.toString());
    auto scores = summaries(ids);
    if (!scores)
        return scores.error();
    QSet<QString> setsSeen;
    for (const Assessment* a : std::as_const(latest)) {
        const ScoreSummary s = scores->value(a->id.toString());
        report::RankedCheck check;
        check.community = *inScope.value(a->communityId.toString());
        check.assessment = a->id;
        check.status = a->status;
        if (s.overall)
            check.score = scoring::round1(*s.overall);
        check.grade = s.grade;
        check.coverage = s.coverage;
        check.provisional = s.provisional;
        check.bottomLineFailures = s.bottomLineFailures;
        check.openTimeBound = s.openTimeBound;
        out.checks.push_back(std::move(check));
        // The grade labels of every set the checks use, best first.
        if (setsSeen.contains(a->setCode + u' ' + a->setVersion))
            continue;
        setsSeen.insert(a->setCode + u' ' + a->setVersion);
        auto set = m_sets.load(a->setCode, a->setVersion);
        if (!set)
            return set.error();
        std::vector<const GradeBand*> bands;
        for (const GradeBand& g : (*set)->grades)
            bands.push_back(&g);
        std::sort(bands.begin(), bands.end(), [](const GradeBand* x, const GradeBand* y) { return x->min > y->min; });
        for (const GradeBand* g : bands) {
            if (!out.gradeLabels.contains(g->label.zh))
                out.gradeLabels << g->label.zh;
        }
        if (out.gradeBands.empty()) {
            for (const GradeBand* g : bands)
                out.gradeBands.push_back(*g);
        }
    }
    report::Rollup::rank(out.checks);
    return out;
}

Result<void> ScoreBoard::scoreEach(const std::vector<AssessmentId>& checks, const ScoreVisitor& visit)
{
    if (checks.size() <= static_cast<size_t>(kScoredOneByOne)) {
        for (const AssessmentId& id : checks) {
            auto scored = m_assessments.score(id);
            if (!scored)
                return scored.error();
            visit(id, scored->score);
        }
        return {};
    }
    QSet<QString> wanted;
    for (const AssessmentId& id : checks)
        wanted.insert(id.toString());
    auto scored = m_assessments.scoreAll(
        [&](const AssessmentId& id, const Community&, const IndicatorSet&, const scoring::Score& score) {
            visit(id, score);
        },
        wanted);
    if (!scored)
        return scored.error();
    return {};
}

report::HeatMap ScoreBoard::heatMap(const RoundScores& round, const CheckDetails& details, report::HeatMap::Columns by)
{
    return report::HeatMapBuilder::build(
        by, round.checks, details.indicators, details.indicatorNames, details.indicatorOrder);
}

Result<CheckDetails> ScoreBoard::outcomes(const std::vector<AssessmentId>& checks)
{
    CheckDetails out;
    QSet<QString> programmeCodes;
    auto scored = scoreEach(checks, [&](const AssessmentId& id, const scoring::Score& score) {
        report::CheckOutcome& o = out.checks[id.toString()];
        if (score.overall)
            o.overall = scoring::round1(*score.overall);
        for (const scoring::GroupResult& g : score.groups) {
            if (g.score)
                o.programmes.insert(g.group->code, *g.score);
            if (!programmeCodes.contains(g.group->code)) {
                programmeCodes.insert(g.group->code);
                out.programmes.emplace_back(g.group->code, g.group->name);
            }
        }
        for (const scoring::Problem& p : score.problems)
            o.problems << p.indicator->code;
        for (const Indicator* failed : score.bottomLineFailures) {
            report::BottomLineItem item {failed->code, failed->name, {}, std::nullopt, {}};
            for (const scoring::Problem& p : score.problems) {
                if (p.indicator != failed)
                    continue;
                item.value = {report::ReportBuilder::valueText(*failed, p.value, QStringLiteral("zh_CN")),
                              report::ReportBuilder::valueText(*failed, p.value, QStringLiteral("en")),
                              {}};
                item.deadline = p.deadline;
                item.responsibleUnits = p.responsibleUnits;
            }
            o.bottomLine.push_back(std::move(item));
        }
        report::IndicatorOutcomes& statuses = out.indicators[id.toString()];
        statuses.statuses.reserve(score.indicators.size());
        for (const scoring::IndicatorResult& r : score.indicators) {
            statuses.statuses.emplace_back(r.indicator->code, r.status);
            if (!out.indicatorNames.contains(r.indicator->code)) {
                out.indicatorNames.insert(r.indicator->code, r.indicator->name);
                out.indicatorOrder << r.indicator->code;
            }
        }
    });
    if (!scored)
        return scored.error();
    return out;
}

Result<report::RoundComparison> ScoreBoard::compare(const ScoreQuery& later, const QString& earlierRound)
{
    auto now = round(later);
    if (!now)
        return now.error();
    auto then = round({earlierRound, later.county, later.street});
    if (!then)
        return then.error();
    std::vector<AssessmentId> ids;
    for (const auto* checks : {&now->checks, &then->checks}) {
        for (const report::RankedCheck& c : *checks)
            ids.push_back(c.assessment);
    }
    auto outcomes = this->outcomes(ids);
    if (!outcomes)
        return outcomes.error();
    return report::RoundChanges::compare(then->checks, now->checks, outcomes->checks, outcomes->programmes);
}

Result<report::RoundSummary> ScoreBoard::summary(const ScoreQuery& query, const QString& language, const QDate& date)
{
    auto scores = round(query);
    if (!scores)
        return scores.error();
    std::vector<AssessmentId> ids;
    ids.reserve(scores->checks.size());
    for (const report::RankedCheck& c : scores->checks)
        ids.push_back(c.assessment);
    auto details = outcomes(ids);
    if (!details)
        return details.error();
    report::RoundSummaryInput in {query.round.trimmed(),
                                  query.county,
                                  query.street,
                                  std::move(scores->checks),
                                  std::move(scores->registered),
                                  scores->gradeLabels,
                                  scores->gradeBands,
                                  std::move(details->checks),
                                  std::move(details->indicators),
                                  std::move(details->indicatorNames),
                                  details->indicatorOrder};
    return report::RoundSummaries::build(in, language, date);
}

} // namespace cc
