// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SetRepository.h"

#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace cc::storage {

namespace {

const QString kSelect =
    QStringLiteral("SELECT uuid, code, version, name_zh, name_en, indicator_count, content_sha256, builtin, imported_at"
                   " FROM indicator_sets");

StoredSetVersion toRecord(const QSqlQuery& q)
{
    StoredSetVersion r;
    r.id = SetVersionId::fromString(q.value(0).toString());
    r.code = q.value(1).toString();
    r.version = q.value(2).toString();
    r.nameZh = q.value(3).toString();
    r.nameEn = q.value(4).toString();
    r.indicatorCount = q.value(5).toInt();
    r.contentSha256 = q.value(6).toString();
    r.builtin = q.value(7).toBool();
    r.importedAt = toDateTime(q.value(8));
    return r;
}

} // namespace

SetVersionId SetRepository::insert(const IndicatorSet& set,
                                   const QByteArray& canonicalJson,
                                   const QString& contentSha256,
                                   bool builtin,
                                   const QString& user)
{
    const SetVersionId id = SetVersionId::create();
    const auto indicators = set.indicatorsInOrder();
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("INSERT INTO indicator_sets (uuid, code, version, name_zh, name_en,"
                                                " indicator_count, content, content_sha256, builtin, imported_at,"
                                                " imported_by) VALUES (:uuid, :code, :version, :zh, :en, :count,"
                                                " :content, :sha, :builtin, :at, :user) RETURNING id"),
                                 QStringLiteral("storing an indicator set"));
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    q.bindValue(QStringLiteral(":code"), set.code);
    q.bindValue(QStringLiteral(":version"), set.version);
    q.bindValue(QStringLiteral(":zh"), set.name.zh);
    q.bindValue(QStringLiteral(":en"), notNull(set.name.en));
    q.bindValue(QStringLiteral(":count"), static_cast<int>(indicators.size()));
    q.bindValue(QStringLiteral(":content"), QString::fromUtf8(canonicalJson));
    q.bindValue(QStringLiteral(":sha"), contentSha256);
    q.bindValue(QStringLiteral(":builtin"), builtin ? 1 : 0);
    q.bindValue(QStringLiteral(":at"), now());
    q.bindValue(QStringLiteral(":user"), notNull(user));
    execOrThrow(q, QStringLiteral("storing an indicator set"));
    q.next();
    const qint64 setId = q.value(0).toLongLong();

    QSqlQuery ind = prepareOrThrow(m_db,
                                   QStringLiteral("INSERT INTO set_indicators (set_id, code, type, position)"
                                                  " VALUES (:set, :code, :type, :pos)"),
                                   QStringLiteral("storing the set's indicators"));
    int position = 0;
    for (const Indicator* indicator : indicators) {
        ind.bindValue(QStringLiteral(":set"), setId);
        ind.bindValue(QStringLiteral(":code"), indicator->code);
        ind.bindValue(QStringLiteral(":type"), toString(indicator->type));
        ind.bindValue(QStringLiteral(":pos"), position++);
        execOrThrow(ind, QStringLiteral("storing the set's indicators"));
    }
    QSqlQuery types = prepareOrThrow(m_db,
                                     QStringLiteral("INSERT INTO set_community_types (set_id, code, name_zh, name_en,"
                                                    " position) VALUES (:set, :code, :zh, :en, :position)"),
                                     QStringLiteral("storing the set's community types"));
    int typePosition = 0;
    for (const CommunityType& type : set.communityTypes) {
        types.bindValue(QStringLiteral(":set"), setId);
        types.bindValue(QStringLiteral(":position"), typePosition++);
        types.bindValue(QStringLiteral(":code"), type.code);
        types.bindValue(QStringLiteral(":zh"), type.name.zh);
        types.bindValue(QStringLiteral(":en"), notNull(type.name.en));
        execOrThrow(types, QStringLiteral("storing the set's community types"));
    }
    return id;
}

std::optional<StoredSetVersion> SetRepository::find(const QString& code, const QString& version)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 kSelect + QStringLiteral(" WHERE code = :code AND version = :version"),
                                 QStringLiteral("looking up an indicator set"));
    q.bindValue(QStringLiteral(":code"), code);
    q.bindValue(QStringLiteral(":version"), version);
    execOrThrow(q, QStringLiteral("looking up an indicator set"));
    if (!q.next())
        return std::nullopt;
    return toRecord(q);
}

std::vector<StoredSetVersion> SetRepository::list()
{
    QSqlQuery q = prepareOrThrow(
        m_db, kSelect + QStringLiteral(" ORDER BY code, imported_at, id"), QStringLiteral("listing indicator sets"));
    execOrThrow(q, QStringLiteral("listing indicator sets"));
    std::vector<StoredSetVersion> out;
    while (q.next())
        out.push_back(toRecord(q));
    return out;
}

std::vector<StoredSetVersion> SetRepository::versionsOf(const QString& code)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 kSelect + QStringLiteral(" WHERE code = :code ORDER BY imported_at, id"),
                                 QStringLiteral("listing indicator set versions"));
    q.bindValue(QStringLiteral(":code"), code);
    execOrThrow(q, QStringLiteral("listing indicator set versions"));
    std::vector<StoredSetVersion> out;
    while (q.next())
        out.push_back(toRecord(q));
    return out;
}

QByteArray SetRepository::content(const SetVersionId& id)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT content FROM indicator_sets WHERE uuid = :uuid"),
                                 QStringLiteral("reading an indicator set"));
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, QStringLiteral("reading an indicator set"));
    if (!q.next())
        return {};
    return q.value(0).toString().toUtf8();
}

std::vector<std::pair<QString, QString>> SetRepository::communityTypes(bool english)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT code, name_zh, name_en FROM set_community_types"
                                                " ORDER BY set_id, position"),
                                 QStringLiteral("listing community types"));
    execOrThrow(q, QStringLiteral("listing community types"));
    std::vector<std::pair<QString, QString>> out;
    while (q.next()) {
        const QString code = q.value(0).toString();
        if (std::any_of(out.begin(), out.end(), [&](const auto& p) { return p.first == code; }))
            continue;
        const QString en = q.value(2).toString();
        out.emplace_back(code, english && !en.isEmpty() ? en : q.value(1).toString());
    }
    return out;
}

} // namespace cc::storage
