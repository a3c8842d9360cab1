// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AuditLog.h"

#include "core/storage/SettingsRepository.h"
#include "core/storage/Transaction.h"

namespace cc {

AuditLog::AuditLog(storage::Database& db, const QString& userName)
    : m_db(db)
    , m_user(userName)
{ }

void AuditLog::record(const QString& entity,
                      const QString& entityUuid,
                      const QString& field,
                      const QString& oldValue,
                      const QString& newValue,
                      const QString& reason)
{
    storage::SettingsRepository(m_db.connection())
        .appendAudit({QDateTime::currentDateTimeUtc(), m_user, entity, entityUuid, field, oldValue, newValue, reason});
}

void AuditLog::recordProject(const Project& project,
                             const QString& field,
                             const QString& oldValue,
                             const QString& newValue,
                             const QString& reason)
{
    record(QStringLiteral("project"), project.id.toString(), field, oldValue, newValue, reason);
}

Result<std::vector<AuditEntry>> AuditLog::trail(const QString& entityUuid)
{
    return storage::reading([&] { return storage::SettingsRepository(m_db.connection()).auditTrail(entityUuid); });
}

QString AuditLog::number(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}

QString AuditLog::number(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace cc
