// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/IndicatorSet.h"
#include "core/domain/SetVersion.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace cc::storage {

// Indicator-set versions. Rows are only ever inserted: a stored version never changes.
// Throws StorageError; callers hold the transaction.
class SetRepository final
{
public:
    explicit SetRepository(QSqlDatabase& db)
        : m_db(db)
    { }

    SetVersionId insert(const IndicatorSet& set,
                        const QByteArray& canonicalJson,
                        const QString& contentSha256,
                        bool builtin,
                        const QString& user);
    std::optional<StoredSetVersion> find(const QString& code, const QString& version);
    std::vector<StoredSetVersion> list();
    std::vector<StoredSetVersion> versionsOf(const QString& code);
    QByteArray content(const SetVersionId& id);
    // Community type codes declared by any stored set, with their names (first declaration wins).
    std::vector<std::pair<QString, QString>> communityTypes(bool english);

private:
    QSqlDatabase& m_db;
};

} // namespace cc::storage
