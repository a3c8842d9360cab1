// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Audit.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace cc::storage {

// Per-database settings (issuing unit, report title, …) and the audit trail.
// Throws StorageError; callers hold the transaction for writes.
class SettingsRepository final
{
public:
    explicit SettingsRepository(QSqlDatabase& db)
        : m_db(db)
    { }

    std::optional<QString> value(const QString& key);
    void setValue(const QString& key, const QString& value);
    // `uuid` empty: a new one (an entry a bundle brought keeps its own).
    void appendAudit(const AuditEntry& entry, const QString& uuid = {});
    std::vector<AuditEntry> auditTrail(const QString& entityUuid);
    // The trail with each entry's UUID (what a bundle carries).
    std::vector<std::pair<QString, AuditEntry>> auditTrailWithIds(const QString& entityUuid);
    bool hasAuditEntry(const QString& uuid);

private:
    QSqlDatabase& m_db;
};

} // namespace cc::storage
