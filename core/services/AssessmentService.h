// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/Response.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace cc::storage {
class Database;
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
};

struct AssessmentCreated
{
    Assessment assessment;
    std::optional<AssessmentId> previous; // the community's assessment of an earlier round, if any
    QStringList warnings;
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

    // Stores the given answers in one transaction, all or none. Each value is checked against its
    // indicator; unknown codes are refused. Only a draft or returned assessment takes answers.
    Result<void> saveResponses(const AssessmentId& id, const std::vector<Response>& responses);

    // Records a state change (with the audit trail). The submission checks of the workflow are
    // the caller's; the demo data uses this to file its completed checks.
    Result<void> setStatus(const AssessmentId& id, AssessmentStatus status, const QString& reason);

    // The state as a person reads it, in the UI language.
    static QString statusName(AssessmentStatus status);

private:
    storage::Database& m_db;
    SetService& m_sets;
    QString m_user;
};

} // namespace cc
