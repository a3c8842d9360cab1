// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Access.h"
#include "core/domain/Assessment.h"
#include "core/domain/Audit.h"
#include "core/domain/Community.h"
#include "core/domain/Response.h"
#include "core/report/Remediation.h"
#include "core/scoring/Scoring.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <QSet>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cc::storage {
class Database;
}

namespace cc::io {
class InputTable;
}

namespace cc {

class SetService;

struct NewAssessment
{
    QString communityCode;
    QString setCode;
    QString setVersion; // empty: the newest stored version
    std::optional<Round> round; // none: this year's 体检
    QStringList assessors;
    // Start from the community's earlier round: its answers are copied where the indicator code and
    // type match the new set version, and marked as carried over until confirmed.
    bool copyFromPrevious = false;
    QDate checkDate {}; // the day of the site visit; null: today
};

struct AssessmentCreated
{
    Assessment assessment;
    std::optional<AssessmentId> previous; // the community's assessment of an earlier round, if any
    int carriedOver = 0; // answers copied from it
    QStringList warnings;
};

// An assessment with what its score was computed from. `score` points into `set`.
struct ScoredAssessment
{
    Assessment assessment;
    Community community;
    std::shared_ptr<const IndicatorSet> set;
    std::vector<Response> responses;
    scoring::Score score;
};

// A stored check whose grade an edited set would change (AssessmentService::gradeChanges).
struct GradeChange
{
    Assessment assessment;
    std::optional<double> scoreBefore;
    std::optional<double> scoreAfter;
    QString gradeBefore; // zh labels; empty without a grade
    QString gradeAfter;
};

struct GradeChanges
{
    int checks = 0; // the checks of the version, rescored
    std::vector<GradeChange> changed;
};

// Assessments and their answers.
class AssessmentService final
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentService)

public:
    AssessmentService(storage::Database& db, SetService& sets, const QString& userName);

    Result<AssessmentCreated> create(const NewAssessment& request);
    Result<std::vector<Assessment>> list(const QString& communityCode = {});
    Result<Assessment> find(const AssessmentId& id);
    // Resolves what a user typed: a full UUID or a unique prefix of one (at least 8 characters).
    Result<Assessment> resolve(const QString& idOrPrefix);
    Result<std::vector<Response>> responses(const AssessmentId& id);
    // Scores the assessment from its stored answers (always: no score is cached).
    Result<ScoredAssessment> score(const AssessmentId& id);

    // Scores every assessment of the database from storage in one pass (dashboards, rankings,
    // benchmarks). `visit` is called once per assessment, in storage order.
    using ScoreVisitor =
        std::function<void(const AssessmentId&, const Community&, const IndicatorSet&, const scoring::Score&)>;
    struct ScoreAllSummary
    {
        qint64 assessments = 0;
        qint64 responses = 0;
    };
    // `only` (assessment UUIDs), when given, limits the pass to those checks: the others' answers are
    // read past, not decoded or scored.
    Result<ScoreAllSummary> scoreAll(const ScoreVisitor& visit, const QSet<QString>& only = {});

    // Stores the given answers in one transaction, all or none. Each value is checked against its
    // indicator; unknown codes are refused; a response with neither value nor N/A clears the answer.
    // Only a draft or returned assessment takes answers; after the first submission every change is
    // audited (who, when, indicator, old → new).
    Result<void> saveResponses(const AssessmentId& id, const std::vector<Response>& responses);

    // The responses CSV (spec/cli.md): all rows or none; rows given replace those answers (an empty
    // value clears one), indicators without a row keep theirs; every replaced answer is audited.
    // Returns the number of rows applied.
    Result<int> importResponses(const AssessmentId& id, const QByteArray& csv, const QString& sourceName);
    // The same from a file: a CSV file, or an XLSX workbook's first sheet (spec/cli.md "Responses XLSX").
    Result<int> importResponsesFile(const AssessmentId& id, const QString& path);

    // The earlier round's problems followed into this check (resolved, persisting, not re-checked,
    // new), as of `today`; none without an earlier check of the community.
    Result<std::optional<report::Remediation>> remediation(const AssessmentId& id, const QDate& today);

    // Who changed what in this assessment, oldest first.
    Result<std::vector<AuditEntry>> history(const AssessmentId& id);
    // What an edited set would do to the stored checks of the version it was edited from: each check
    // of (`code`, `version`) scored with its own set and with `candidate` (an answer the candidate's
    // indicator would not take — gone, another type, an option or range no longer there — is left
    // out, as a carry-over leaves it), and the ones
    // whose grade would change.
    Result<GradeChanges> gradeChanges(const IndicatorSet& candidate, const QString& code, const QString& version);

    // Records a state change (with the audit trail). The submission checks of the workflow are
    // the caller's; the demo data uses this to file its completed checks.
    Result<void> setStatus(const AssessmentId& id, AssessmentStatus status, const QString& reason);
    // The day of the site visit, while the check takes answers (draft or returned); audited once the
    // check has been submitted.
    Result<void> setCheckDate(const AssessmentId& id, const QDate& date);

    // The state as a person reads it, in the UI language.
    static QString statusName(AssessmentStatus status);
    // Why a check's date cannot be taken (not a date, before 2000, or more than a year ahead: a check
    // may be prepared for a visit still to come), or empty.
    static QString checkDateProblem(const QDate& date);
    // Why `assessment` takes no answers, photos or ledger entries from this user: its state (Locked),
    // or, on a server, that they are not among its assessors (Denied); nullopt when it does.
    static std::optional<Error> whyNotEditable(const Assessment& assessment, const Access& access);

private:
    static Error lockedError(const Assessment& assessment);
    Result<int> importResponseTable(const AssessmentId& id, const io::InputTable& table);
    // Stores answers (a response with neither value nor N/A clears one) in one transaction; with
    // `audit`, every answer that changes goes into the audit trail with `reason`.
    Result<void>
    apply(const Assessment& assessment, const std::vector<Response>& responses, const QString& reason, bool audit);

    storage::Database& m_db;
    SetService& m_sets;
    QString m_user;
};

} // namespace cc
