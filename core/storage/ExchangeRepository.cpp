// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ExchangeRepository.h"

#include "core/domain/Assessment.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

namespace cc::storage {

namespace {

QVariant time(const QDateTime& at)
{
    return at.isValid() ? QVariant(timestamp(at)) : QVariant();
}

QByteArrayView bytes(sqlite3_value* value)
{
    // sqlite3_value_text before sqlite3_value_bytes: the length is of the UTF-8 text.
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    return QByteArrayView(text, sqlite3_value_bytes(value));
}

// cc_answer_digest(value_num, value_text, not_applicable, note, carried_over): ExchangeHash::answer
// in SQL, as the 32 bytes exchange_base keeps.
void answerDigest(sqlite3_context* context, int, sqlite3_value** v)
{
    double number = 0.0;
    QByteArrayView text;
    if (sqlite3_value_type(v[0]) != SQLITE_NULL)
        number = sqlite3_value_double(v[0]);
    if (sqlite3_value_type(v[1]) != SQLITE_NULL)
        text = bytes(v[1]);
    const QByteArray digest = ExchangeHash::answerDigest(sqlite3_value_type(v[0]) == SQLITE_NULL ? nullptr : &number,
                                                         sqlite3_value_type(v[1]) == SQLITE_NULL ? nullptr : &text,
                                                         sqlite3_value_int(v[2]) != 0,
                                                         bytes(v[3]),
                                                         sqlite3_value_int(v[4]) != 0);
    sqlite3_result_blob(context, digest.constData(), static_cast<int>(digest.size()), SQLITE_TRANSIENT);
}

// cc_new_uuid(): a random (version 4) UUID as ResponseId::create() makes them, from SQLite's own
// generator.
void newUuid(sqlite3_context* context, int, sqlite3_value**)
{
    char random[16];
    sqlite3_randomness(sizeof random, random);
    random[6] = static_cast<char>((random[6] & 0x0f) | 0x40);
    random[8] = static_cast<char>((random[8] & 0x3f) | 0x80);
    const QByteArray text = QUuid::fromRfc4122(QByteArrayView(random, sizeof random)).toByteArray(QUuid::WithoutBraces);
    sqlite3_result_text(context, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

// A hash as exchange_base keeps it (32 bytes; none: empty) and back.
QVariant storedHash(const QString& hex)
{
    return QByteArray::fromHex(hex.toLatin1());
}

QString hexHash(const QVariant& stored)
{
    return QString::fromLatin1(stored.toByteArray().toHex());
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
    if (sqlite3_create_function_v2(db,
                                   "cc_answer_digest",
                                   5,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   nullptr,
                                   answerDigest,
                                   nullptr,
                                   nullptr,
                                   nullptr)
            != SQLITE_OK
        || sqlite3_create_function_v2(db, "cc_new_uuid", 0, SQLITE_UTF8, nullptr, newUuid, nullptr, nullptr, nullptr)
            != SQLITE_OK)
        throw StorageError {makeError(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(db)))};
    exec(m_db,
         QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS exchange_new (uuid TEXT PRIMARY KEY, id INTEGER NOT NULL)"),
         what);
    // Last: nothing that can fail after it, so a failed attach never leaves the bundle attached.
    // Read-only: nothing of the import writes to the bundle, and nothing can (not even a journal).
    QSqlQuery q = prepareOrThrow(m_db, QStringLiteral("ATTACH DATABASE :path AS bundle"), what);
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(QStringLiteral("mode=ro"));
    q.bindValue(QStringLiteral(":path"), uri.toString(QUrl::FullyEncoded));
    execOrThrow(q, what);
}

void ExchangeRepository::detachBundle()
{
    exec(m_db, QStringLiteral("DETACH DATABASE bundle"), QStringLiteral("detaching a bundle"));
}

QSet<QString> ExchangeRepository::knownChecks()
{
    return uuids(QStringLiteral("SELECT a.uuid FROM assessments a JOIN bundle.assessments b ON b.uuid = a.uuid"),
                 QStringLiteral("matching checks"));
}

QSet<QString> ExchangeRepository::knownAuditEntries()
{
    return uuids(QStringLiteral("SELECT l.uuid FROM audit_log l JOIN bundle.audit b ON b.uuid = l.uuid"),
                 QStringLiteral("reading the audit trail"));
}

QSet<QString> ExchangeRepository::uuids(const QString& sql, const QString& what)
{
    QSqlQuery q = prepareOrThrow(m_db, sql, what);
    execOrThrow(q, what);
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

QHash<QString, ExchangeRepository::CommunityMatch> ExchangeRepository::matchCommunities()
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT b.uuid, here.uuid, x.community_uuid, same.uuid, same.code,"
                                                " same.name FROM bundle.communities b"
                                                " LEFT JOIN communities here ON here.uuid = b.uuid"
                                                " LEFT JOIN exchange_alias x ON x.foreign_uuid = b.uuid"
                                                " LEFT JOIN communities same ON same.code = b.code"),
                                 QStringLiteral("matching communities"));
    execOrThrow(q, QStringLiteral("matching communities"));
    QHash<QString, CommunityMatch> out;
    while (q.next()) {
        CommunityMatch m;
        m.here = !q.value(1).isNull();
        if (!q.value(2).isNull())
            m.alias = CommunityId::fromString(q.value(2).toString());
        if (!q.value(3).isNull()) {
            m.sameCode = CommunityId::fromString(q.value(3).toString());
            m.sameCodeText = q.value(4).toString() + u' ' + q.value(5).toString();
        }
        out.insert(q.value(0).toString(), m);
    }
    return out;
}

void ExchangeRepository::clearNewChecks()
{
    exec(m_db, QStringLiteral("DELETE FROM temp.exchange_new"), QStringLiteral("listing new checks"));
}

void ExchangeRepository::markNewCheck(const AssessmentId& assessment)
{
    QSqlQuery& q = statement(m_markNew,
                             QStringLiteral("INSERT OR IGNORE INTO temp.exchange_new (uuid, id)"
                                            " SELECT uuid, id FROM assessments WHERE uuid = :uuid"),
                             QStringLiteral("listing new checks"));
    q.bindValue(QStringLiteral(":uuid"), assessment.toString());
    execOrThrow(q, QStringLiteral("listing new checks"));
}

void ExchangeRepository::copyNewAnswers(const QString& peer)
{
    const QString what = QStringLiteral("copying answers from a bundle");
    exec(m_db,
         QStringLiteral(
             "INSERT INTO responses (uuid, assessment_id, indicator_code, value_num, value_text, not_applicable,"
             " note, carried_over, updated_at, updated_by)"
             " SELECT cc_new_uuid(), n.id, r.indicator_code, r.value_num, r.value_text, r.not_applicable, r.note,"
             " r.carried_over, r.updated_at, r.updated_by"
             " FROM bundle.responses r JOIN temp.exchange_new n ON n.uuid = r.assessment_uuid WHERE r.removed = 0"),
         what);
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("INSERT INTO exchange_base (assessment_id, peer_id, item, hash)"
                       " SELECT n.id, :peer, r.indicator_code,"
                       " cc_answer_digest(r.value_num, r.value_text, r.not_applicable, r.note, r.carried_over)"
                       " FROM bundle.responses r JOIN temp.exchange_new n ON n.uuid = r.assessment_uuid"
                       " WHERE r.removed = 0"
                       " ON CONFLICT (assessment_id, peer_id, item) DO UPDATE SET hash = excluded.hash"),
        what);
    q.bindValue(QStringLiteral(":peer"), peerId(peer));
    execOrThrow(q, what);
}

qint64 ExchangeRepository::peerId(const QString& name)
{
    if (const auto known = m_peers.constFind(name); known != m_peers.constEnd())
        return *known;
    const QString what = QStringLiteral("naming a peer");
    QSqlQuery insert = prepareOrThrow(
        m_db, QStringLiteral("INSERT INTO exchange_peers (name) VALUES (:name) ON CONFLICT (name) DO NOTHING"), what);
    insert.bindValue(QStringLiteral(":name"), notNull(name));
    execOrThrow(insert, what);
    QSqlQuery q = prepareOrThrow(m_db, QStringLiteral("SELECT id FROM exchange_peers WHERE name = :name"), what);
    q.bindValue(QStringLiteral(":name"), notNull(name));
    execOrThrow(q, what);
    if (!q.next())
        throw StorageError {makeError(ErrorCode::Database, QStringLiteral("the peer %1 was not stored").arg(name))};
    const qint64 id = q.value(0).toLongLong();
    m_peers.insert(name, id);
    return id;
}

QSqlQuery& ExchangeRepository::statement(std::optional<QSqlQuery>& slot, const QString& sql, const QString& what)
{
    if (!slot)
        slot = prepareOrThrow(m_db, sql, what);
    return *slot;
}

QHash<QString, QString> ExchangeRepository::bases(const AssessmentId& assessment, const QString& peer)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT b.item, b.hash FROM exchange_base b"
                                                " JOIN assessments a ON a.id = b.assessment_id"
                                                " JOIN exchange_peers p ON p.id = b.peer_id"
                                                " WHERE a.uuid = :uuid AND p.name = :peer"),
                                 QStringLiteral("reading the agreed values"));
    q.bindValue(QStringLiteral(":uuid"), assessment.toString());
    q.bindValue(QStringLiteral(":peer"), notNull(peer));
    execOrThrow(q, QStringLiteral("reading the agreed values"));
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), hexHash(q.value(1)));
    return out;
}

QSet<QString> ExchangeRepository::agreedItems(const AssessmentId& assessment)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT DISTINCT b.item FROM exchange_base b"
                                                " JOIN assessments a ON a.id = b.assessment_id WHERE a.uuid = :uuid"),
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
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT p.name, b.item, b.hash FROM exchange_base b"
                                                " JOIN assessments a ON a.id = b.assessment_id"
                                                " JOIN exchange_peers p ON p.id = b.peer_id WHERE a.uuid = :uuid"),
                                 QStringLiteral("reading the agreed values"));
    q.bindValue(QStringLiteral(":uuid"), assessment.toString());
    execOrThrow(q, QStringLiteral("reading the agreed values"));
    std::vector<BundleAgreement> out;
    while (q.next())
        out.push_back({assessment, q.value(0).toString(), q.value(1).toString(), hexHash(q.value(2))});
    return out;
}

void ExchangeRepository::setBase(const AssessmentId& assessment,
                                 const QString& peer,
                                 const QString& item,
                                 const QString& hash)
{
    QSqlQuery& q = statement(m_setBase,
                             QStringLiteral("INSERT INTO exchange_base (assessment_id, peer_id, item, hash)"
                                            " SELECT id, :peer, :item, COALESCE(:hash, X'') FROM assessments"
                                            " WHERE uuid = :uuid ON CONFLICT (assessment_id, peer_id, item)"
                                            " DO UPDATE SET hash = excluded.hash WHERE hash <> excluded.hash"),
                             QStringLiteral("recording an agreed value"));
    q.bindValue(QStringLiteral(":uuid"), assessment.toString());
    q.bindValue(QStringLiteral(":peer"), peerId(peer));
    q.bindValue(QStringLiteral(":item"), item);
    q.bindValue(QStringLiteral(":hash"), storedHash(hash));
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
