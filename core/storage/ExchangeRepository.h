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

// What the field ↔ office exchange reads and writes in a database beyond the other repositories:
// answers as stored (raw columns, with who changed them when), the agreed bases (`exchange_base`),
// and checks inserted as a bundle brought them (UUID, state and times kept). Throws StorageError.
class ExchangeRepository final
{
public:
    explicit ExchangeRepository(QSqlDatabase& db)
        : m_db(db)
    { }

    static constexpr char kStateItem[] = "#state"; // the item of a check's state in exchange_base

    std::vector<StoredAnswer> answers(const AssessmentId& assessment);
    // Inserts or replaces one answer with its own time and author.
    void putAnswer(const AssessmentId& assessment, const StoredAnswer& answer);
    void removeAnswer(const AssessmentId& assessment, const QString& indicatorCode);

    // The agreed hashes of a check with one peer ('' = as this database last sent it): indicator
    // code (or kStateItem) → hash. Empty when never agreed.
    QHash<QString, QString> bases(const AssessmentId& assessment, const QString& peer);
    // Every item of the check any agreement names (what a removed answer is sent for).
    QSet<QString> agreedItems(const AssessmentId& assessment);
    // Every agreement of the check, with every peer (what a bundle carries).
    std::vector<BundleAgreement> agreements(const AssessmentId& assessment);
    void setBase(const AssessmentId& assessment, const QString& peer, const QString& item, const QString& hash);

    // The community of this database a bundle's community UUID was confirmed to be, if any.
    std::optional<CommunityId> alias(const CommunityId& foreign);
    void setAlias(const CommunityId& foreign, const CommunityId& ours);

    // A check as a bundle brought it: its UUID, state, comment and times; its set by UUID.
    void insertCheck(const Assessment& assessment, const SetVersionId& set);
    // The state and comment a bundle brought (times as the bundle has them).
    void setState(const Assessment& assessment);

    // The bulk path for checks new to this database (most of a round's bundle): the bundle file
    // attached as schema `bundle` (outside a transaction), the new checks listed, then their answers
    // and agreed values copied by INSERT … SELECT, hashed in SQL by the same ExchangeHash::answer.
    void attachBundle(const QString& path);
    void detachBundle();
    void clearNewChecks();
    void markNewCheck(const AssessmentId& assessment);
    // The answers of the marked checks from the attached bundle, and their agreed values with `peer`.
    void copyNewAnswers(const QString& peer);

private:
    // The statements an import runs once per answer, prepared once.
    QSqlQuery& statement(std::optional<QSqlQuery>& slot, const QString& sql, const QString& what);

    QSqlDatabase& m_db;
    std::optional<QSqlQuery> m_putAnswer;
    std::optional<QSqlQuery> m_setBase;
    std::optional<QSqlQuery> m_markNew;
};

} // namespace cc::storage
