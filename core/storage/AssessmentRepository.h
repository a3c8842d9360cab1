// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/Response.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace cc::storage {

// Assessments and their responses. Throws StorageError; callers hold the transaction.
class AssessmentRepository final
{
public:
    explicit AssessmentRepository(QSqlDatabase& db)
        : m_db(db)
    { }

    void insert(const Assessment& assessment, const SetVersionId& setId, const std::optional<AssessmentId>& previous);
    std::optional<Assessment> find(const AssessmentId& id);
    // All assessments, or those of one community; newest round first within a community.
    std::vector<Assessment> list(const std::optional<CommunityId>& community);
    SetVersionId setOf(const AssessmentId& id);
    void touch(const AssessmentId& id);
    void setCheckDate(const AssessmentId& id, const QDate& date);
    void setStatus(const AssessmentId& id, AssessmentStatus status, const QString& comment = {});

    // Inserts or replaces the answers for (assessment, response.indicatorCode), one prepared statement.
    void saveResponses(const AssessmentId& id, const std::vector<Response>& responses, const QString& user);
    void saveResponse(const AssessmentId& id, const Response& response, const QString& user)
    {
        saveResponses(id, {response}, user);
    }
    std::vector<Response> responses(const AssessmentId& id);
    void deleteResponse(const AssessmentId& id, const QString& indicatorCode);
    // Marks carried-over answers as confirmed (all of them when `codes` is empty).
    void confirmCarriedOver(const AssessmentId& id, const QStringList& codes);
    // Photos attached per indicator code.
    QHash<QString, int> photoCounts(const AssessmentId& id);

private:
    qint64 rowIdOrThrow(const AssessmentId& id);
    QSqlDatabase& m_db;
};

} // namespace cc::storage
