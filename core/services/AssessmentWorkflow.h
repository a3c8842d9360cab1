// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace cc::storage {
class Database;
}

namespace cc {

class AssessmentService;

// What stands between a check and its submission.
struct SubmitBlocker
{
    enum class Kind { Unanswered, PhotoMissing, CarriedOver, Implausible };
    Kind kind = Kind::Unanswered;
    QString indicatorCode;
    QString indicatorName; // in the UI language
    QString reason; // translated
};

// A reviewer's step over one or more checks (CLI `assessments submit|approve|return`, the checks
// list's Approve… and Return…).
enum class ReviewStep { Submit, Approve, Return };

// The states of a check: draft → submitted → returned (with the reviewer's comment) or approved.
// Submitted and approved checks are read-only; reopening one needs a reason. Every transition is
// audited.
class AssessmentWorkflow final
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentWorkflow)

public:
    AssessmentWorkflow(storage::Database& db, AssessmentService& assessments, const QString& userName);

    // Required applicable indicators without an answer, failures of photo-required indicators
    // without a photo, and carried-over values not yet confirmed, in set order.
    Result<std::vector<SubmitBlocker>> blockers(const AssessmentId& id, const QString& language);
    // Answers the register makes hard to believe (ResponseRules::plausibility), kind Implausible, in
    // set order: not blockers, but the submit dialog asks the assessor to look at them first.
    Result<std::vector<SubmitBlocker>> warnings(const AssessmentId& id, const QString& language);

    Result<void> submit(const AssessmentId& id);
    Result<void> returnForRevision(const AssessmentId& id, const QString& comment);
    // A reviewer's comment, if given, goes into the audit trail with the approval.
    Result<void> approve(const AssessmentId& id, const QString& comment = {});
    Result<void> reopen(const AssessmentId& id, const QString& reason);
    // Confirms carried-over answers (all of them when `codes` is empty).
    Result<void> confirmCarriedOver(const AssessmentId& id, const QStringList& codes = {});

private:
    Result<void> transition(const AssessmentId& id,
                            std::initializer_list<AssessmentStatus> from,
                            AssessmentStatus to,
                            const QString& reason);

    storage::Database& m_db;
    AssessmentService& m_assessments;
    QString m_user;
};

} // namespace cc
