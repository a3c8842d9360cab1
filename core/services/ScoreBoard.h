// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/IndicatorSet.h"
#include "core/domain/ScoreSummary.h"
#include "core/report/HeatMap.h"
#include "core/report/Rollup.h"
#include "core/report/RoundChange.h"
#include "core/report/RoundSummary.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace cc {

class AssessmentService;
class CommunityService;
class SetService;
namespace storage {
class Database;
}

// Which checks the planner's view reads: one round, optionally one county or one street.
struct ScoreQuery
{
    QString round; // "2025 体检"
    QString county; // empty: all
    QString street; // empty: all
};

// A round's submitted and approved checks, scored and ranked, with the register they are read against.
struct RoundScores
{
    std::vector<report::RankedCheck> checks; // ranked, best first
    std::vector<Community> registered; // the register within the query's county and street
    QStringList gradeLabels; // the sets' zh labels, best first
    std::vector<GradeBand> gradeBands; // the first set's bands, best first (the dashboard draws them)
};

// What some checks say programme by programme and indicator by indicator, from one scoring pass:
// the dashboard's failed indicators, programme scores, radar and round over round.
struct CheckDetails
{
    std::vector<std::pair<QString, LocalizedText>> programmes; // code, name, in set order
    QHash<QString, report::CheckOutcome> checks; // by assessment UUID
    QHash<QString, report::IndicatorOutcomes> indicators; // by assessment UUID
    QHash<QString, LocalizedText> indicatorNames; // by code
    QStringList indicatorOrder; // codes in set order
};

// The one place the ranking and the roll-ups are computed from storage, for the GUI and the CLI
// alike (`scores`). Scores come from the score cache; a check without a row there (never scored,
// or changed since: triggers delete its row) is scored and cached in one write transaction, so
// the cache never holds a score its answers no longer give.
class ScoreBoard final
{
    Q_DECLARE_TR_FUNCTIONS(ScoreBoard)

public:
    ScoreBoard(storage::Database& db, AssessmentService& assessments, CommunityService& communities, SetService& sets);

    // The submitted and approved checks of the round (a community's latest one when it has
    // several), scored from their stored answers; an unknown round is an error naming it.
    Result<RoundScores> round(const ScoreQuery& query);

    // Which indicators the round's checks fail, by community, street or county (the heat map), from
    // their details (outcomes() of the round's checks).
    static report::HeatMap heatMap(const RoundScores& round, const CheckDetails& details, report::HeatMap::Columns by);
    // The overall and programme scores, the problems and every indicator's status of the given
    // checks, scored from their answers in one pass.
    Result<CheckDetails> outcomes(const std::vector<AssessmentId>& checks);
    // The round over round view (the 2026 re-check against the 2025 check): the communities of the
    // query's round checked in `earlierRound` too, their score change per programme and their problems
    // resolved, persisting and new.
    Result<report::RoundComparison> compare(const ScoreQuery& later, const QString& earlierRound);
    // The round summary a county leader reads (汇总报告) of the query's checks, in `language`.
    Result<report::RoundSummary> summary(const ScoreQuery& query, const QString& language, const QDate& date);
    // The cached summary of every check, scoring (and caching) those without one first.
    Result<QHash<QString, ScoreSummary>> summaries(const QSet<QString>& assessments);
    // One check's cached summary, scoring (and caching) it first when it has none: what the checks
    // list reads after an answer changed.
    Result<ScoreSummary> summary(const AssessmentId& assessment);

private:
    using ScoreVisitor = std::function<void(const AssessmentId&, const scoring::Score&)>;
    // Scores the checks from their answers: a few one by one, many in one pass over the database.
    Result<void> scoreEach(const std::vector<AssessmentId>& checks, const ScoreVisitor& visit);

    storage::Database& m_db;
    AssessmentService& m_assessments;
    CommunityService& m_communities;
    SetService& m_sets;
};

} // namespace cc
