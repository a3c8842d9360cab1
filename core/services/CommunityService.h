// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Community.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace cc::storage {
class Database;
}

namespace cc {

struct CommunitySaved
{
    Community community;
    QStringList warnings; // e.g. a type no stored set declares
};

// What `communities import` did: communities added, updated (a column the table has changed a stored
// value), and rows equal to the register (so importing a file again changes nothing).
struct CommunitiesImported
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList warnings;
};

// The community register.
class CommunityService final
{
    Q_DECLARE_TR_FUNCTIONS(CommunityService)

public:
    CommunityService(storage::Database& db, const QString& userName);

    // Adds a community; a null id gets a new UUID. Refuses an empty code/name/type, negative
    // counts and a code already in use.
    Result<CommunitySaved> add(Community community);
    Result<CommunitySaved> update(const Community& community);
    // The register from a CSV file or a workbook's first sheet (io::CommunityTable): a new code is added,
    // a known one updated in the columns the table has; all rows or none.
    Result<CommunitiesImported> importFile(const QString& path);
    Result<std::vector<Community>> list();
    Result<Community> byCode(const QString& code);
    Result<Community> byId(const CommunityId& id);
    // The community a list is filtered by: none for an empty code; an unknown code is an error.
    Result<std::optional<CommunityId>> idForFilter(const QString& code);

    // Empty when the record may be stored, else what is wrong with it (the first problem).
    static QString validate(const Community& community);
    // Everything wrong with the record, in field order (a form shows them all at once).
    static QStringList problems(const Community& community);

private:
    QStringList warningsFor(const Community& community);
    storage::Database& m_db;
    QString m_user;
};

} // namespace cc
