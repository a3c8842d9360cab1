// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"
#include "core/domain/ScoreSummary.h"

#include <QHash>

#include <QSqlDatabase>
#include <optional>

namespace cc::storage {

// The score cache (schema 5): one summary a check, written by whoever scored it inside the write
// transaction that read its answers; triggers delete a row whenever what it was computed from changes.
// Throws StorageError.
class ScoreCacheRepository final
{
public:
    explicit ScoreCacheRepository(QSqlDatabase& db)
        : m_db(db)
    { }

    // The cached summaries computed by scoring engine `engine`, by assessment UUID.
    QHash<QString, ScoreSummary> all(int engine);
    // The cached summary of one check, none when it has no row (never scored, or changed since).
    std::optional<ScoreSummary> find(const AssessmentId& assessment, int engine);
    void put(const AssessmentId& assessment, int engine, const ScoreSummary& summary);

private:
    QSqlDatabase& m_db;
};

} // namespace cc::storage
