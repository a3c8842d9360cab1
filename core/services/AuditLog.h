// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Audit.h"
#include "core/domain/Planning.h"
#include "core/util/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace cc::storage {
class Database;
}

namespace cc {

// The services' pen for the audit trail: every line carries this workspace's user and the time.
// Used inside a service's transaction (record() throws StorageError like the repositories do);
// trail() is the read for people.
class AuditLog final
{
public:
    AuditLog(storage::Database& db, const QString& userName);

    void record(const QString& entity,
                const QString& entityUuid,
                const QString& field,
                const QString& oldValue,
                const QString& newValue,
                const QString& reason = {});
    // A change of one field of a project (ProjectService and PlanService both change projects).
    void recordProject(const Project& project,
                       const QString& field,
                       const QString& oldValue,
                       const QString& newValue,
                       const QString& reason);
    // Who changed what of one record, oldest first.
    Result<std::vector<AuditEntry>> trail(const QString& entityUuid);
    const QString& userName() const { return m_user; }

    // How numbers are written in the trail: empty for none, up to 12 significant digits.
    static QString number(const std::optional<double>& value);
    static QString number(const std::optional<int>& value);

private:
    storage::Database& m_db;
    QString m_user;
};

} // namespace cc
