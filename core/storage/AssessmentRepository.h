// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/Bundle.h"
#include "core/domain/Response.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

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

    // A new check under its own UUID; its times and review comment as given, else now (a check made
    // here) — a check a bundle brings keeps the sender's. One prepared statement per repository.
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
    // The answers as stored (raw columns, who changed them when), by indicator code; and saved so,
    // each with its own time and author (what a bundle brings). saveResponses goes through it.
    std::vector<StoredAnswer> storedAnswers(const AssessmentId& id);
    void saveStoredAnswers(const AssessmentId& id, const std::vector<StoredAnswer>& answers);
    // The same, each answer written only while stored at its `expected` version (-1: always).
    void saveStoredAnswers(const AssessmentId& id,
                           const std::vector<StoredAnswer>& answers,
                           const std::vector<qint64>& expected);
    // A stored answer from the current row of a query whose first eight columns are indicator_code,
    // value_num, value_text, not_applicable, note, carried_over, updated_at, updated_by (also a bundle's).
    static StoredAnswer storedAnswerAt(const QSqlQuery& query);
    // With `expected`, only while the answer is at that version (else StorageError, Conflict).
    void deleteResponse(const AssessmentId& id, const QString& indicatorCode, std::optional<qint64> expected = {});
    // Throws StorageError (Conflict, naming who changed it) unless the stored answer is at `expected`
    // (0: none stored); on a server the row stays locked until the transaction ends.
    void checkVersion(const AssessmentId& id, const QString& indicatorCode, qint64 expected);
    // Marks carried-over answers as confirmed (all of them when `codes` is empty).
    void confirmCarriedOver(const AssessmentId& id, const QStringList& codes);
    // Photos attached per indicator code.
    QHash<QString, int> photoCounts(const AssessmentId& id);

private:
    qint64 rowIdOrThrow(const AssessmentId& id);
    QSqlDatabase& m_db;
    std::optional<QSqlQuery> m_insert;
};

} // namespace cc::storage
