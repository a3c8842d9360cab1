// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ScoreBoard.h"

#include "core/scoring/Scoring.h"
#include "core/services/AssessmentService.h"
#include "core/services/CommunityService.h"

#include <QHash>

#include <algorithm>

namespace cc {

ScoreBoard::ScoreBoard(AssessmentService& assessments, CommunityService& communities)
    : m_assessments(assessments)
    , m_communities(communities)
{ }

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

    QHash<QString, const Assessment*> byId;
    for (const Assessment* a : std::as_const(latest))
        byId.insert(a->id.toString(), a);
    auto scored = m_assessments.scoreAll(
        [&](const AssessmentId& id, const Community& community, const IndicatorSet& set, const scoring::Score& score) {
            const Assessment* a = byId.value(id.toString());
            if (!a)
                return;
            report::RankedCheck check;
            check.community = community;
            check.assessment = id;
            check.status = a->status;
            if (score.overall)
                check.score = scoring::round1(*score.overall);
            check.grade = score.grade ? score.grade->label.zh : QString();
            check.coverage = score.coverage;
            check.provisional = score.provisional;
            check.bottomLineFailures = static_cast<int>(score.bottomLineFailures.size());
            check.openTimeBound = static_cast<int>(std::count_if(
                score.problems.begin(), score.problems.end(), [](const scoring::Problem& p) { return p.timeBound; }));
            out.checks.push_back(std::move(check));
            std::vector<const GradeBand*> bands;
            for (const GradeBand& g : set.grades)
                bands.push_back(&g);
            std::sort(
                bands.begin(), bands.end(), [](const GradeBand* x, const GradeBand* y) { return x->min > y->min; });
            for (const GradeBand* g : bands) {
                if (!out.gradeLabels.contains(g->label.zh))
                    out.gradeLabels << g->label.zh;
            }
        });
    if (!scored)
        return scored.error();
    report::Rollup::rank(out.checks);
    return out;
}

} // namespace cc
