// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ExchangeRepository.h"

#include "core/domain/Assessment.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace cc::storage {

namespace {

QVariant time(const QDateTime& at)
{
    return at.isValid() ? QVariant(timestamp(at)) : QVariant();
}

// cc_answer_hash(value_num, value_text, not_applicable, note, carried_over): ExchangeHash::answer in SQL.
void answerHash(sqlite3_context* context, int, sqlite3_value** v)
{
    const auto text = [](sqlite3_value* value) {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(value)), sqlite3_value_bytes(value));
    };
    StoredAnswer a;
    if (sqlite3_value_type(v[0]) != SQLITE_NULL)
        a.valueNum = sqlite3_value_double(v[0]);
    if (sqlite3_value_type(v[1]) != SQLITE_NULL)
        a.valueText = text(v[1]);
    a.notApplicable = sqlite3_value_int(v[2]) != 0;
    a.note = text(v[3]);
    a.carriedOver = sqlite3_value_int(v[4]) != 0;
    const QByteArray hash = ExchangeHash::answer(a).toLatin1();
    sqlite3_result_text(context, hash.constData(), static_cast<int>(hash.size()), SQLITE_TRANSIENT);
}

void exec(QSqlDatabase& db, const QString& sql, const QString& what)
{
    QSqlQuery q = prepareOrThrow(db, sql, what);
    execOrThrow(q, what);
}

} // namespace

void ExchangeRepository::attachBundle(const QString& path)
{
    const QString what = QStringLiteral("attaching a bundle");
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StorageError {makeError(ErrorCode::Database, QStringLiteral("no SQLite handle"))};
    sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
    if (sqlite3_create_function_v2(
            db, "cc_answer_hash", 5, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, answerHash, nullptr, nullptr, nullptr)
        != SQLITE_OK)
        throw StorageError {makeError(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(db)))};
    exec(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS exchange_new (uuid TEXT PRIMARY KEY)"), what);
    // Last: nothing that can fail after it, so a failed attach never leaves the bundle attached.
    QSqlQuery q = prepareOrThrow(m_db, QStringLiteral("ATTACH DATABASE :path AS bundle"), what);
    q.bindValue(QStringLiteral(":path"), path);
    execOrThrow(q, what);
}

void ExchangeRepository::detachBundle()
{
    exec(m_db, QStringLiteral("DETACH DATABASE bundle"), QStringLiteral("detaching a bundle"));
}

void ExchangeRepository::clearNewChecks()
{
    exec(m_db, QStringLiteral("DELETE FROM temp.exchange_new"), QStringLiteral("listing new checks"));
}

void ExchangeRepository::markNewCheck(const AssessmentId& assessment)
{
    QSqlQuery& q = statement(m_markNew,
                             QStringLiteral("INSERT OR IGNORE INTO temp.exchange_new (uuid) VALUES (:uuid)"),
                             QStringLiteral("listing new checks"));
    q.bindValue(QStringLiteral(":uuid"), assessment.toString());
    execOrThrow(q, QStringLiteral("listing new checks"));
}

void ExchangeRepository::copyNewAnswers(const QString& peer)
{
    const QString what = QStringLiteral("copying answers from a bundle");
    // A version-4 UUID per answer, as ResponseId::create() makes them.
    exec(m_db,
         QStringLiteral(
             "INSERT INTO responses (uuid, assessment_id, indicator_code, value_num, value_text, not_applicable,"
             " note, carried_over, updated_at, updated_by)"
             " SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'"
             " || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)"
             " || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),"
             " a.id, r.indicator_code, r.value_num, r.value_text, r.not_applicable, r.note, r.carried_over,"
             " r.updated_at, r.updated_by"
             " FROM bundle.responses r JOIN temp.exchange_new n ON n.uuid = r.assessment_uuid"
             " JOIN assessments a ON a.uuid = r.assessment_uuid WHERE r.removed = 0"),
         what);
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("INSERT INTO exchange_base (assessment_uuid, peer, item, hash)"
                       " SELECT r.assessment_uuid, :peer, r.indicator_code,"
                       " cc_answer_hash(r.value_num, r.value_text, r.not_applicable, r.note, r.carried_over)"
                       " FROM bundle.responses r JOIN temp.exchange_new n ON n.uuid = r.assessment_uuid"
                       " WHERE r.removed = 0"
                       " ON CONFLICT (assessment_uuid, peer, item) DO UPDATE SET hash = excluded.hash"),
        what);
    q.bindValue(QStringLiteral(":peer"), notNull(peer));
    execOrThrow(q, what);
}

std::vector<StoredAnswer> ExchangeRepository::answers(const AssessmentId& assessment)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT r.indicator_code, r.value_num, r.value_text, r.not_applicable,"
                                                " r.note, r.carried_over, r.updated_at, r.updated_by"
                                                " FROM responses r JOIN assessments a ON a.id = r.assessment_id"
                                                " WHERE a.uuid = :uuid ORDER BY r.indicator_code"),
                                 QStringLiteral("reading answers"));
    q.bindValue(QStringLiteral(":uuid"), assessment.toString());
    q.setForwardOnly(true);
    execOrThrow(q, QStringLiteral("reading answers"));
    std::vector<StoredAnswer> out;
    while (q.next()) {
        out.push_back({q.value(0).toString(),
                       q.value(1),
                       q.value(2),
                       q.value(3).toInt() != 0,
                       q.value(4).toString(),
                       q.value(5).toInt() != 0,
                       q.value(6).toString(),
                       q.value(7).toString()});
    }
    return out;
}

QSqlQuery& ExchangeRepository::statement(std::optional<QSqlQuery>& slot, const QString& sql, const QString& what)
{
    if (!slot)
        slot = prepareOrThrow(m_db, sql, what);
    return *slot;
}

void ExchangeRepository::putAnswer(const AssessmentId& assessment, const StoredAnswer& a)
{
    QSqlQuery& q = statement(
        m_putAnswer,
        QStringLiteral("INSERT INTO responses (uuid, assessment_id, indicator_code, value_num, value_text,"
                       " not_applicable, note, carried_over, updated_at, updated_by)"
                       " SELECT :uuid, id, :code, :num, :text, :na, :note, :carried, :at, :user FROM assessments"
                       " WHERE uuid = :assessment"
                       " ON CONFLICT (assessment_id, indicator_code) DO UPDATE SET value_num = excluded.value_num,"
                       " value_text = excluded.value_text, not_applicable = excluded.not_applicable,"
                       " note = excluded.note, carried_over = excluded.carried_over,"
                       " updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
        QStringLiteral("saving an answer from a bundle"));
    q.bindValue(QStringLiteral(":uuid"), ResponseId::create().toString());
    q.bindValue(QStringLiteral(":code"), a.indicatorCode);
    q.bindValue(QStringLiteral(":num"), a.valueNum.isNull() ? QVariant() : QVariant(a.valueNum.toDouble()));
    q.bindValue(QStringLiteral(":text"), a.valueText.isNull() ? QVariant() : QVariant(a.valueText.toString()));
    q.bindValue(QStringLiteral(":na"), a.notApplicable ? 1 : 0);
    q.bindValue(QStringLiteral(":note"), notNull(a.note));
    q.bindValue(QStringLiteral(":carried"), a.carriedOver ? 1 : 0);
    q.bindValue(QStringLiteral(":at"), a.updatedAt.isEmpty() ? now() : a.updatedAt);
    q.bindValue(QStringLiteral(":user"), notNull(a.updatedBy));
    q.bindValue(QStringLiteral(":assessment"), assessment.toString());
    execOrThrow(q, QStringLiteral("saving an answer from a bundle"));
}

void ExchangeRepository::removeAnswer(const AssessmentId& assessment, const QString& indicatorCode)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("DELETE FROM responses WHERE indicator_code = :code AND assessment_id ="
                                                " (SELECT id FROM assessments WHERE uuid = :uuid)"),
                                 QStringLiteral("removing an answer"));
    q.bindValue(QStringLiteral(":code"), indicatorCode);
    q.bindValue(QStringLiteral(":uuid"), assessment.toString());
    execOrThrow(q, QStringLiteral("removing an answer"));
}

QHash<QString, QString> ExchangeRepository::bases(const AssessmentId& assessment, const QString& peer)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT item, hash FROM exchange_base"
                                                " WHERE assessment_uuid = :uuid AND peer = :peer"),
                                 QStringLiteral("reading the agreed values"));
    q.bindValue(QStringLiteral(":uuid"), assessment.toString());
    q.bindValue(QStringLiteral(":peer"), notNull(peer));
    execOrThrow(q, QStringLiteral("reading the agreed values"));
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QSet<QString> ExchangeRepository::agreedItems(const AssessmentId& assessment)
{
    QSqlQuery q =
        prepareOrThrow(m_db,
                       QStringLiteral("SELECT DISTINCT item FROM exchange_base WHERE assessment_uuid = :uuid"),
                       QStringLiteral("reading the agreed values"));
    q.bindValue(QStringLiteral(":uuid"), assessment.toString());
    execOrThrow(q, QStringLiteral("reading the agreed values"));
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

std::vector<BundleAgreement> ExchangeRepository::agreements(const AssessmentId& assessment)
{
    QSqlQuery q =
        prepareOrThrow(m_db,
                       QStringLiteral("SELECT peer, item, hash FROM exchange_base WHERE assessment_uuid = :uuid"),
                       QStringLiteral("reading the agreed values"));
    q.bindValue(QStringLiteral(":uuid"), assessment.toString());
    execOrThrow(q, QStringLiteral("reading the agreed values"));
    std::vector<BundleAgreement> out;
    while (q.next())
        out.push_back({assessment, q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

void ExchangeRepository::setBase(const AssessmentId& assessment,
                                 const QString& peer,
                                 const QString& item,
                                 const QString& hash)
{
    QSqlQuery& q = statement(m_setBase,
                             QStringLiteral("INSERT INTO exchange_base (assessment_uuid, peer, item, hash)"
                                            " VALUES (:uuid, :peer, :item, :hash) ON CONFLICT"
                                            " (assessment_uuid, peer, item) DO UPDATE SET hash = excluded.hash"
                                            " WHERE hash <> excluded.hash"),
                             QStringLiteral("recording an agreed value"));
    q.bindValue(QStringLiteral(":uuid"), assessment.toString());
    q.bindValue(QStringLiteral(":peer"), notNull(peer));
    q.bindValue(QStringLiteral(":item"), item);
    q.bindValue(QStringLiteral(":hash"), notNull(hash));
    execOrThrow(q, QStringLiteral("recording an agreed value"));
}

std::optional<CommunityId> ExchangeRepository::alias(const CommunityId& foreign)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT community_uuid FROM exchange_alias WHERE foreign_uuid = :uuid"),
                                 QStringLiteral("matching a community"));
    q.bindValue(QStringLiteral(":uuid"), foreign.toString());
    execOrThrow(q, QStringLiteral("matching a community"));
    if (!q.next())
        return std::nullopt;
    return CommunityId::fromString(q.value(0).toString());
}

void ExchangeRepository::setAlias(const CommunityId& foreign, const CommunityId& ours)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("INSERT INTO exchange_alias (foreign_uuid, community_uuid)"
                                                " VALUES (:foreign, :ours) ON CONFLICT (foreign_uuid)"
                                                " DO UPDATE SET community_uuid = excluded.community_uuid"),
                                 QStringLiteral("matching a community"));
    q.bindValue(QStringLiteral(":foreign"), foreign.toString());
    q.bindValue(QStringLiteral(":ours"), ours.toString());
    execOrThrow(q, QStringLiteral("matching a community"));
}

void ExchangeRepository::insertCheck(const Assessment& a, const SetVersionId& set)
{
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("INSERT INTO assessments (uuid, community_id, set_id, round_year, round_label, assessors,"
                       " status, previous_id, review_comment, created_at, updated_at, submitted_at, check_date)"
                       " SELECT :uuid, c.id, s.id, :year, :label, :assessors, :status,"
                       " (SELECT p.id FROM assessments p WHERE p.uuid = :previous), :comment, :created, :updated,"
                       " :submitted, :date"
                       " FROM communities c, indicator_sets s WHERE c.uuid = :community AND s.uuid = :set"),
        QStringLiteral("adding a check from a bundle"));
    q.bindValue(QStringLiteral(":uuid"), a.id.toString());
    q.bindValue(QStringLiteral(":year"), a.round.year);
    q.bindValue(QStringLiteral(":label"), notNull(a.round.label));
    q.bindValue(QStringLiteral(":assessors"), notNull(a.assessors.join(u'\n')));
    q.bindValue(QStringLiteral(":status"), toString(a.status));
    q.bindValue(QStringLiteral(":previous"), a.previous ? a.previous->toString() : QString());
    q.bindValue(QStringLiteral(":comment"), notNull(a.reviewComment));
    q.bindValue(QStringLiteral(":created"), a.createdAt.isValid() ? timestamp(a.createdAt) : now());
    q.bindValue(QStringLiteral(":updated"), a.updatedAt.isValid() ? timestamp(a.updatedAt) : now());
    q.bindValue(QStringLiteral(":submitted"), time(a.submittedAt));
    q.bindValue(QStringLiteral(":date"),
                a.checkDate.isValid() ? QVariant(a.checkDate.toString(Qt::ISODate)) : QVariant());
    q.bindValue(QStringLiteral(":community"), a.communityId.toString());
    q.bindValue(QStringLiteral(":set"), set.toString());
    execOrThrow(q, QStringLiteral("adding a check from a bundle"));
    if (q.numRowsAffected() != 1)
        throw StorageError {makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("ExchangeRepository", "The community or the set of the check %1 is missing.")
                .arg(a.id.toString()))};
}

void ExchangeRepository::setState(const Assessment& a)
{
    QSqlQuery q =
        prepareOrThrow(m_db,
                       QStringLiteral("UPDATE assessments SET status = :status, review_comment = :comment,"
                                      " updated_at = :updated, submitted_at = COALESCE(submitted_at, :submitted)"
                                      " WHERE uuid = :uuid"),
                       QStringLiteral("changing a check's state from a bundle"));
    q.bindValue(QStringLiteral(":status"), toString(a.status));
    q.bindValue(QStringLiteral(":comment"), notNull(a.reviewComment));
    q.bindValue(QStringLiteral(":updated"), a.updatedAt.isValid() ? timestamp(a.updatedAt) : now());
    q.bindValue(QStringLiteral(":submitted"), time(a.submittedAt));
    q.bindValue(QStringLiteral(":uuid"), a.id.toString());
    execOrThrow(q, QStringLiteral("changing a check's state from a bundle"));
}

} // namespace cc::storage
