// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AssessmentRepository.h"

#include "core/storage/Dialect.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace cc::storage {

namespace {

class AssessmentText
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentRepository)

public:
    static QString noSuchAssessment(const QString& id) { return tr("No assessment has the ID %1.").arg(id); }
    static QString changedMeanwhile(const QString& code, const QString& who, const QString& when)
    {
        return tr("The answer to %1 was changed by %2 at %3 after you read it; yours was not saved. The check "
                  "shows theirs now: look at it, and enter yours again if it should stand.")
            .arg(code, who, when);
    }
    static QString clearedMeanwhile(const QString& code)
    {
        return tr("The answer to %1 was cleared by another user after you read it; yours was not saved. Enter "
                  "it again if it should stand.")
            .arg(code);
    }
};

const QString kSelect = QStringLiteral(
    "SELECT a.uuid, c.uuid, c.code, c.name, s.code, s.version, a.round_year, a.round_label, a.assessors,"
    " a.status, a.created_at, a.updated_at, a.submitted_at, a.review_comment, p.uuid, a.check_date"
    " FROM assessments a JOIN communities c ON c.id = a.community_id JOIN indicator_sets s ON s.id = a.set_id"
    " LEFT JOIN assessments p ON p.id = a.previous_id");

Assessment toAssessment(const QSqlQuery& q)
{
    Assessment a;
    a.id = AssessmentId::fromString(q.value(0).toString());
    a.communityId = CommunityId::fromString(q.value(1).toString());
    a.communityCode = q.value(2).toString();
    a.communityName = q.value(3).toString();
    a.setCode = q.value(4).toString();
    a.setVersion = q.value(5).toString();
    a.round = Round {q.value(6).toInt(), q.value(7).toString()};
    a.assessors = q.value(8).toString().split(u'\n', Qt::SkipEmptyParts);
    a.status = assessmentStatusFromString(q.value(9).toString()).value_or(AssessmentStatus::Draft);
    a.createdAt = toDateTime(q.value(10));
    a.updatedAt = toDateTime(q.value(11));
    if (!q.value(12).isNull())
        a.submittedAt = toDateTime(q.value(12));
    a.reviewComment = q.value(13).toString();
    if (!q.value(14).isNull())
        a.previous = AssessmentId::fromString(q.value(14).toString());
    a.checkDate = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    return a;
}

} // namespace

qint64 AssessmentRepository::rowIdOrThrow(const AssessmentId& id)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT id FROM assessments WHERE uuid = :uuid"),
                                 QStringLiteral("looking up an assessment"));
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, QStringLiteral("looking up an assessment"));
    if (!q.next())
        throw StorageError {makeError(ErrorCode::NotFound, AssessmentText::noSuchAssessment(id.toString()))};
    return q.value(0).toLongLong();
}

void AssessmentRepository::insert(const Assessment& a,
                                  const SetVersionId& setId,
                                  const std::optional<AssessmentId>& previous)
{
    if (!m_insert)
        m_insert = prepareOrThrow(
            m_db,
            QStringLiteral("INSERT INTO assessments (uuid, community_id, set_id, round_year, round_label, assessors,"
                           " status, previous_id, review_comment, created_at, updated_at, submitted_at, check_date)"
                           " SELECT :uuid, c.id, s.id, :year, :label, :assessors, :status,"
                           " (SELECT p.id FROM assessments p WHERE p.uuid = :previous), :comment, :created, :updated,"
                           " :submitted, :date"
                           " FROM communities c, indicator_sets s WHERE c.uuid = :community AND s.uuid = :set"),
            QStringLiteral("creating an assessment"));
    QSqlQuery& q = *m_insert;
    const QString at = now();
    q.bindValue(QStringLiteral(":uuid"), a.id.toString());
    q.bindValue(QStringLiteral(":year"), a.round.year);
    q.bindValue(QStringLiteral(":label"), notNull(a.round.label));
    q.bindValue(QStringLiteral(":assessors"), notNull(a.assessors.join(u'\n')));
    q.bindValue(QStringLiteral(":status"), toString(a.status));
    q.bindValue(QStringLiteral(":previous"), previous ? previous->toString() : QString());
    q.bindValue(QStringLiteral(":comment"), notNull(a.reviewComment));
    q.bindValue(QStringLiteral(":created"), a.createdAt.isValid() ? timestamp(a.createdAt) : at);
    q.bindValue(QStringLiteral(":updated"), a.updatedAt.isValid() ? timestamp(a.updatedAt) : at);
    q.bindValue(QStringLiteral(":submitted"),
                a.submittedAt.isValid() ? QVariant(timestamp(a.submittedAt)) : QVariant());
    q.bindValue(QStringLiteral(":date"), a.checkDate.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":community"), a.communityId.toString());
    q.bindValue(QStringLiteral(":set"), setId.toString());
    execOrThrow(q, QStringLiteral("creating an assessment"));
    if (q.numRowsAffected() != 1)
        throw StorageError {makeError(ErrorCode::NotFound, AssessmentText::noSuchAssessment(a.id.toString()))};
}

std::optional<Assessment> AssessmentRepository::find(const AssessmentId& id)
{
    QSqlQuery q = prepareOrThrow(
        m_db, kSelect + QStringLiteral(" WHERE a.uuid = :uuid"), QStringLiteral("looking up an assessment"));
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, QStringLiteral("looking up an assessment"));
    if (!q.next())
        return std::nullopt;
    return toAssessment(q);
}

std::vector<Assessment> AssessmentRepository::list(const std::optional<CommunityId>& community)
{
    QString sql = kSelect + QStringLiteral(" WHERE a.archived = 0");
    if (community)
        sql += QStringLiteral(" AND c.uuid = :community");
    sql += QStringLiteral(" ORDER BY c.code, a.round_year DESC, a.created_at DESC");
    QSqlQuery q = prepareOrThrow(m_db, sql, QStringLiteral("listing assessments"));
    if (community)
        q.bindValue(QStringLiteral(":community"), community->toString());
    q.setForwardOnly(true);
    execOrThrow(q, QStringLiteral("listing assessments"));
    std::vector<Assessment> out;
    while (q.next())
        out.push_back(toAssessment(q));
    return out;
}

SetVersionId AssessmentRepository::setOf(const AssessmentId& id)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT s.uuid FROM assessments a JOIN indicator_sets s"
                                                " ON s.id = a.set_id WHERE a.uuid = :uuid"),
                                 QStringLiteral("looking up an assessment's set"));
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, QStringLiteral("looking up an assessment's set"));
    if (!q.next())
        throw StorageError {makeError(ErrorCode::NotFound, AssessmentText::noSuchAssessment(id.toString()))};
    return SetVersionId::fromString(q.value(0).toString());
}

void AssessmentRepository::touch(const AssessmentId& id)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("UPDATE assessments SET updated_at = :at WHERE uuid = :uuid"),
                                 QStringLiteral("updating an assessment"));
    q.bindValue(QStringLiteral(":at"), now());
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, QStringLiteral("updating an assessment"));
}

void AssessmentRepository::setCheckDate(const AssessmentId& id, const QDate& date)
{
    QSqlQuery q =
        prepareOrThrow(m_db,
                       QStringLiteral("UPDATE assessments SET check_date = :date, updated_at = :at WHERE uuid = :uuid"),
                       QStringLiteral("changing a check's date"));
    q.bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":at"), now());
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, QStringLiteral("changing a check's date"));
    if (q.numRowsAffected() != 1)
        throw StorageError {makeError(ErrorCode::NotFound, AssessmentText::noSuchAssessment(id.toString()))};
}

void AssessmentRepository::setStatus(const AssessmentId& id, AssessmentStatus status, const QString& comment)
{
    // submitted_at keeps the first submission (it decides what the audit trail records); approved_at the last.
    QString sql =
        QStringLiteral("UPDATE assessments SET status = :status, updated_at = :at, review_comment = :comment");
    if (status == AssessmentStatus::Submitted)
        sql += QStringLiteral(", submitted_at = COALESCE(submitted_at, :at)");
    else if (status == AssessmentStatus::Approved)
        sql += QStringLiteral(", approved_at = :at");
    sql += QStringLiteral(" WHERE uuid = :uuid");
    QSqlQuery q = prepareOrThrow(m_db, sql, QStringLiteral("changing an assessment's status"));
    q.bindValue(QStringLiteral(":status"), toString(status));
    q.bindValue(QStringLiteral(":at"), now());
    q.bindValue(QStringLiteral(":comment"), notNull(comment));
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, QStringLiteral("changing an assessment's status"));
    if (q.numRowsAffected() != 1)
        throw StorageError {makeError(ErrorCode::NotFound, AssessmentText::noSuchAssessment(id.toString()))};
}

void AssessmentRepository::saveResponses(const AssessmentId& id,
                                         const std::vector<Response>& responses,
                                         const QString& user)
{
    const QString at = now();
    std::vector<StoredAnswer> stored;
    stored.reserve(responses.size());
    std::vector<qint64> expected; // -1: not checked
    expected.reserve(responses.size());
    for (const Response& r : responses) {
        if (r.version)
            checkVersion(id, r.indicatorCode, *r.version);
        expected.push_back(r.version.value_or(-1));
        StoredAnswer a {r.indicatorCode, {}, {}, r.notApplicable, r.note, r.carriedOver, at, user};
        if (const bool* b = std::get_if<bool>(&r.value))
            a.valueNum = *b ? 1 : 0;
        else if (const double* d = std::get_if<double>(&r.value))
            a.valueNum = *d;
        else if (const QString* s = std::get_if<QString>(&r.value))
            a.valueText = notNull(*s);
        else if (const QStringList* list = std::get_if<QStringList>(&r.value))
            a.valueText = notNull(list->join(u';'));
        stored.push_back(std::move(a));
    }
    saveStoredAnswers(id, stored, expected);
}

void AssessmentRepository::saveStoredAnswers(const AssessmentId& id, const std::vector<StoredAnswer>& answers)
{
    saveStoredAnswers(id, answers, std::vector<qint64>(answers.size(), -1));
}

void AssessmentRepository::saveStoredAnswers(const AssessmentId& id,
                                             const std::vector<StoredAnswer>& answers,
                                             const std::vector<qint64>& expected)
{
    if (answers.empty())
        return;
    const qint64 assessmentRow = rowIdOrThrow(id);
    // An upsert that keeps the row's UUID when the answer already exists.
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("INSERT INTO responses (uuid, assessment_id, indicator_code, value_num, value_text,"
                       " not_applicable, note, carried_over, updated_at, updated_by)"
                       " VALUES (:uuid, :assessment, :code, :num, :text, :na, :note, :carried, :at, :user)"
                       " ON CONFLICT (assessment_id, indicator_code) DO UPDATE SET value_num = excluded.value_num,"
                       " value_text = excluded.value_text, not_applicable = excluded.not_applicable,"
                       " note = excluded.note, carried_over = excluded.carried_over,"
                       " updated_at = excluded.updated_at, updated_by = excluded.updated_by,"
                       " row_version = responses.row_version + 1"
                       // Another user's insert or change since it was read: nothing is written (a conflict).
                       " WHERE :expected < 0 OR responses.row_version = :expected"),
        QStringLiteral("saving a response"));
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const StoredAnswer& a = answers[i];
        q.bindValue(QStringLiteral(":expected"), expected[i]);
        q.bindValue(QStringLiteral(":uuid"), ResponseId::create().toString());
        q.bindValue(QStringLiteral(":assessment"), assessmentRow);
        q.bindValue(QStringLiteral(":code"), a.indicatorCode);
        q.bindValue(QStringLiteral(":num"), a.valueNum.isNull() ? QVariant() : QVariant(a.valueNum.toDouble()));
        q.bindValue(QStringLiteral(":text"), a.valueText.isNull() ? QVariant() : QVariant(a.valueText.toString()));
        q.bindValue(QStringLiteral(":na"), a.notApplicable ? 1 : 0);
        q.bindValue(QStringLiteral(":note"), notNull(a.note));
        q.bindValue(QStringLiteral(":carried"), a.carriedOver ? 1 : 0);
        q.bindValue(QStringLiteral(":at"), a.updatedAt.isEmpty() ? now() : a.updatedAt);
        q.bindValue(QStringLiteral(":user"), notNull(a.updatedBy));
        execOrThrow(q, QStringLiteral("saving a response"));
        if (q.numRowsAffected() == 0)
            checkVersion(id, a.indicatorCode, expected[i]); // throws: says who changed it
    }
}

std::vector<StoredAnswer> AssessmentRepository::storedAnswers(const AssessmentId& id)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT r.indicator_code, r.value_num, r.value_text, r.not_applicable,"
                                                " r.note, r.carried_over, r.updated_at, r.updated_by"
                                                " FROM responses r JOIN assessments a ON a.id = r.assessment_id"
                                                " WHERE a.uuid = :uuid ORDER BY r.indicator_code"),
                                 QStringLiteral("reading answers"));
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    q.setForwardOnly(true);
    execOrThrow(q, QStringLiteral("reading answers"));
    std::vector<StoredAnswer> out;
    while (q.next())
        out.push_back(storedAnswerAt(q));
    return out;
}

StoredAnswer AssessmentRepository::storedAnswerAt(const QSqlQuery& q)
{
    return {q.value(0).toString(),
            q.value(1),
            q.value(2),
            q.value(3).toInt() != 0,
            q.value(4).toString(),
            q.value(5).toInt() != 0,
            q.value(6).toString(),
            q.value(7).toString()};
}

void AssessmentRepository::checkVersion(const AssessmentId& id, const QString& indicatorCode, qint64 expected)
{
    // Read under a row lock on a server (SQLite's write transaction holds the whole file already), so
    // that nobody changes the answer between this look and the write that follows in the transaction.
    const QString lock = Dialect::engineOf(m_db) == Engine::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT r.row_version, r.updated_by, r.updated_at FROM responses r"
                                                " WHERE r.assessment_id = :assessment AND r.indicator_code = :code")
                                     + lock,
                                 QStringLiteral("saving a response"));
    q.bindValue(QStringLiteral(":assessment"), rowIdOrThrow(id));
    q.bindValue(QStringLiteral(":code"), indicatorCode);
    execOrThrow(q, QStringLiteral("saving a response"));
    const qint64 stored = q.next() ? q.value(0).toLongLong() : 0;
    if (stored == expected)
        return;
    const QString who = stored == 0 ? QString() : q.value(1).toString();
    const QString when = stored == 0 ? QString() : toDateTime(q.value(2)).toLocalTime().toString(Qt::ISODate);
    throw StorageError {makeError(ErrorCode::Conflict,
                                  stored == 0 ? AssessmentText::clearedMeanwhile(indicatorCode)
                                              : AssessmentText::changedMeanwhile(indicatorCode, who, when))};
}

void AssessmentRepository::deleteResponse(const AssessmentId& id,
                                          const QString& indicatorCode,
                                          std::optional<qint64> expected)
{
    if (expected)
        checkVersion(id, indicatorCode, *expected);
    const qint64 assessmentRow = rowIdOrThrow(id);
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("DELETE FROM responses WHERE assessment_id = :assessment"
                                                " AND indicator_code = :code"),
                                 QStringLiteral("clearing a response"));
    q.bindValue(QStringLiteral(":assessment"), assessmentRow);
    q.bindValue(QStringLiteral(":code"), indicatorCode);
    execOrThrow(q, QStringLiteral("clearing a response"));
}

void AssessmentRepository::confirmCarriedOver(const AssessmentId& id, const QStringList& codes)
{
    const qint64 assessmentRow = rowIdOrThrow(id);
    QString sql = QStringLiteral(
        "UPDATE responses SET carried_over = 0, row_version = row_version + 1 WHERE assessment_id = :assessment"
        " AND carried_over <> 0");
    if (!codes.isEmpty())
        sql += QStringLiteral(" AND indicator_code = :code");
    QSqlQuery q = prepareOrThrow(m_db, sql, QStringLiteral("confirming carried-over answers"));
    const QStringList targets = codes.isEmpty() ? QStringList {QString()} : codes;
    for (const QString& code : targets) {
        q.bindValue(QStringLiteral(":assessment"), assessmentRow);
        if (!codes.isEmpty())
            q.bindValue(QStringLiteral(":code"), code);
        execOrThrow(q, QStringLiteral("confirming carried-over answers"));
    }
}

QHash<QString, int> AssessmentRepository::photoCounts(const AssessmentId& id)
{
    const qint64 assessmentRow = rowIdOrThrow(id);
    QSqlQuery q = prepareOrThrow(m_db,
                                 // only photos whose image is in the companion file count
                                 QStringLiteral("SELECT p.indicator_code, count(*) FROM photos p"
                                                " JOIN photostore.photo_blobs b ON b.sha256 = p.stored_sha256"
                                                " WHERE p.assessment_id = :assessment GROUP BY p.indicator_code"),
                                 QStringLiteral("counting photos"));
    q.bindValue(QStringLiteral(":assessment"), assessmentRow);
    execOrThrow(q, QStringLiteral("counting photos"));
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

std::vector<Response> AssessmentRepository::responses(const AssessmentId& id)
{
    const qint64 assessmentRow = rowIdOrThrow(id);
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("SELECT r.indicator_code, r.value_num, r.value_text, r.not_applicable,"
                       " r.note, r.carried_over, i.type, r.row_version FROM responses r"
                       " JOIN assessments a ON a.id = r.assessment_id"
                       " LEFT JOIN set_indicators i ON i.set_id = a.set_id"
                       " AND i.code = r.indicator_code"
                       " WHERE r.assessment_id = :assessment ORDER BY i.position IS NOT NULL, i.position,"
                       " r.indicator_code"),
        QStringLiteral("reading responses"));
    q.bindValue(QStringLiteral(":assessment"), assessmentRow);
    q.setForwardOnly(true);
    execOrThrow(q, QStringLiteral("reading responses"));
    std::vector<Response> out;
    while (q.next()) {
        Response r;
        r.indicatorCode = q.value(0).toString();
        r.notApplicable = q.value(3).toBool();
        r.note = q.value(4).toString();
        r.carriedOver = q.value(5).toBool();
        r.version = q.value(7).toLongLong();
        const QString type = q.value(6).toString();
        const QVariant num = q.value(1);
        const QVariant text = q.value(2);
        if (type == u"boolean" && !num.isNull())
            r.value = num.toDouble() != 0;
        else if ((type == u"number" || type == u"rating") && !num.isNull())
            r.value = num.toDouble();
        else if (type == u"checklist" && !text.isNull())
            r.value = text.toString().split(u';', Qt::SkipEmptyParts);
        else if (!text.isNull())
            r.value = text.toString();
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace cc::storage
