// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SettingsRepository.h"

#include "core/domain/Ids.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace cc::storage {

std::optional<QString> SettingsRepository::value(const QString& key)
{
    QSqlQuery q = prepareOrThrow(
        m_db, QStringLiteral("SELECT value FROM settings WHERE key = :key"), QStringLiteral("reading a setting"));
    q.bindValue(QStringLiteral(":key"), key);
    execOrThrow(q, QStringLiteral("reading a setting"));
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

void SettingsRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"
                                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                 QStringLiteral("saving a setting"));
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":value"), notNull(value));
    execOrThrow(q, QStringLiteral("saving a setting"));
}

void SettingsRepository::appendAudit(const AuditEntry& e, const QString& uuid)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("INSERT INTO audit_log (uuid, at, user_name, entity, entity_uuid,"
                                                " field, old_value, new_value, reason) VALUES (:uuid, :at, :user,"
                                                " :entity, :entityUuid, :field, :old, :new, :reason)"),
                                 QStringLiteral("writing the audit trail"));
    q.bindValue(QStringLiteral(":uuid"), uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : uuid);
    q.bindValue(QStringLiteral(":at"), timestamp(e.at));
    q.bindValue(QStringLiteral(":user"), notNull(e.user));
    q.bindValue(QStringLiteral(":entity"), notNull(e.entity));
    q.bindValue(QStringLiteral(":entityUuid"), notNull(e.entityUuid));
    q.bindValue(QStringLiteral(":field"), notNull(e.field));
    q.bindValue(QStringLiteral(":old"), e.oldValue.isNull() ? QVariant() : QVariant(e.oldValue));
    q.bindValue(QStringLiteral(":new"), e.newValue.isNull() ? QVariant() : QVariant(e.newValue));
    q.bindValue(QStringLiteral(":reason"), notNull(e.reason));
    execOrThrow(q, QStringLiteral("writing the audit trail"));
}

std::vector<AuditEntry> SettingsRepository::auditTrail(const QString& entityUuid)
{
    std::vector<AuditEntry> out;
    for (auto& [uuid, entry] : auditTrailWithIds(entityUuid))
        out.push_back(std::move(entry));
    return out;
}

bool SettingsRepository::hasAuditEntry(const QString& uuid)
{
    QSqlQuery q = prepareOrThrow(
        m_db, QStringLiteral("SELECT 1 FROM audit_log WHERE uuid = :uuid"), QStringLiteral("reading the audit trail"));
    q.bindValue(QStringLiteral(":uuid"), uuid);
    execOrThrow(q, QStringLiteral("reading the audit trail"));
    return q.next();
}

std::vector<std::pair<QString, AuditEntry>> SettingsRepository::auditTrailWithIds(const QString& entityUuid)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT at, user_name, entity, entity_uuid, field, old_value,"
                                                " new_value, reason, uuid FROM audit_log WHERE entity_uuid = :uuid"
                                                " ORDER BY at, id"),
                                 QStringLiteral("reading the audit trail"));
    q.bindValue(QStringLiteral(":uuid"), entityUuid);
    execOrThrow(q, QStringLiteral("reading the audit trail"));
    std::vector<std::pair<QString, AuditEntry>> out;
    while (q.next()) {
        AuditEntry e;
        e.at = toDateTime(q.value(0));
        e.user = q.value(1).toString();
        e.entity = q.value(2).toString();
        e.entityUuid = q.value(3).toString();
        e.field = q.value(4).toString();
        e.oldValue = q.value(5).toString();
        e.newValue = q.value(6).toString();
        e.reason = q.value(7).toString();
        out.emplace_back(q.value(8).toString(), std::move(e));
    }
    return out;
}

} // namespace cc::storage
