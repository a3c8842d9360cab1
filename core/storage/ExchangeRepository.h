// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Bundle.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

#include <vector>

namespace cc::storage {

// What the field ↔ office exchange reads and writes in a database beyond the other repositories
// (checks and their stored answers: AssessmentRepository): the agreed bases (`exchange_base`), the
// communities matched by code (`exchange_alias`), a state as a bundle brought it, and the bulk path
// over the attached bundle. Throws StorageError.
class ExchangeRepository final
{
public:
    explicit ExchangeRepository(QSqlDatabase& db)
        : m_db(db)
    { }

    static constexpr char kStateItem[] = "#state"; // the item of a check's state in exchange_base

    // The agreed hashes of a check with one peer (another database: its machine and file name):
    // indicator code (or kStateItem, or a photo's item) → hash ('' = no value). Empty when never agreed.
    QHash<QString, QString> bases(const AssessmentId& assessment, const QString& peer);
    // Every item of the check any agreement names (what a removed answer is sent for).
    QSet<QString> agreedItems(const AssessmentId& assessment);
    // Every agreement of the check, with every peer (what a bundle carries).
    std::vector<BundleAgreement> agreements(const AssessmentId& assessment);
    void setBase(const AssessmentId& assessment, const QString& peer, const QString& item, const QString& hash);

    // The community of this database a bundle's community UUID was confirmed to be, if any.
    std::optional<CommunityId> alias(const CommunityId& foreign);
    void setAlias(const CommunityId& foreign, const CommunityId& ours);

    // The state and comment a bundle brought (times as the bundle has them).
    void setState(const Assessment& assessment);

    // The bulk path for checks new to this database (most of a round's bundle): the bundle file
    // attached as schema `bundle` (outside a transaction), the new checks listed, then their answers
    // and agreed values copied by INSERT … SELECT, hashed in SQL by the same ExchangeHash::answer.
    void attachBundle(const QString& path);
    void detachBundle();
    void clearNewChecks();
    // What of the attached bundle this database already holds: the checks (UUIDs), and the audit
    // entries (UUIDs).
    QSet<QString> knownChecks();
    QSet<QString> knownAuditEntries();
    // Each community of the attached bundle (by its UUID) as this database knows it.
    struct CommunityMatch
    {
        bool here = false; // under the same UUID
        std::optional<CommunityId> alias; // confirmed at an earlier import to be this one
        std::optional<CommunityId> sameCode; // another community under the same code
        QString sameCodeText; // its code and name
    };
    QHash<QString, CommunityMatch> matchCommunities();
    void markNewCheck(const AssessmentId& assessment);
    // The answers of the marked checks from the attached bundle, and their agreed values with `peer`.
    void copyNewAnswers(const QString& peer);

private:
    // The statements an import runs once per answer, prepared once.
    QSqlQuery& statement(std::optional<QSqlQuery>& slot, const QString& sql, const QString& what);
    // The first column of every row.
    QSet<QString> uuids(const QString& sql, const QString& what);
    // The row of exchange_peers for a peer's name, added when new.
    qint64 peerId(const QString& name);

    QSqlDatabase& m_db;
    std::optional<QSqlQuery> m_setBase;
    std::optional<QSqlQuery> m_markNew;
    QHash<QString, qint64> m_peers;
};

} // namespace cc::storage
