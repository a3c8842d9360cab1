// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/ExchangeService.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>

namespace cc {

namespace storage {
class BundleFile;
class Database;
} // namespace storage

// One bundle merged into this database, inside the import's transaction (ExchangeService::
// importBundle holds it, attaches the bundle and decides whether to commit): set versions installed,
// communities matched, then each check either new here (inserted, its answers copied in bulk) or held
// on both sides and merged item by item: its state, each answer, each photo. A value changed only
// there is taken, one changed only here kept, one changed on both sides is a conflict decided by the
// caller's decisions (the loser stays in the audit trail). Throws StorageError like a repository.
class BundleMerge final
{
    Q_DECLARE_TR_FUNCTIONS(BundleMerge)

public:
    using Resolve = ExchangeService::Resolve;
    struct Context
    {
        QString peer; // the sender: its machine and database file
        QString me; // this database as the sender names it in its agreements
        QString user; // who imports
        QString path; // the bundle file, as the user named it
        Resolve resolve = Resolve::None; // for conflicts without their own decision
        QHash<QString, Resolve> decisions; // by ImportReport::Conflict::key()
    };

    BundleMerge(
        storage::Database& db, SetService& sets, storage::BundleFile& file, Context context, ImportReport& report);
    ~BundleMerge();

    Result<void> run();
    // Conflicts without a decision: while any, the caller must not commit.
    int undecided() const { return m_undecided; }

private:
    Result<void> installSets();
    void matchCommunities();
    // The communities' buildings: by UUID, else by 小区 and number (the same building), else added.
    // A building this database has keeps its values: the register is the office's.
    void mergeBuildings();
    Result<void> mergeCheck(const BundleCheck& check);
    // For a check held on both sides: its answers read from the bundle, the removals since the last
    // agreement added, the agreements of both sides read.
    Result<void> readHeld(const Assessment& theirs, BundleCheck& work);
    void mergeState(const Assessment& ours, const Assessment& theirs);
    void mergeAnswers(const Assessment& theirs, const std::vector<BundleAnswer>& answers, const IndicatorSet& set);
    Result<void> mergePhotos(const Assessment& theirs, const BundleCheck& work);
    void mergeLedger(const Assessment& theirs, const std::vector<LedgerEntry>& entries);
    // A ledger entry of the bundle with its building as this database knows it.
    LedgerEntry mapped(const LedgerEntry& entry) const;
    Result<void> addPhoto(const Photo& photo, const AssessmentId& check);
    void copyAudit(const AssessmentId& check);
    // Records the conflict and returns what was decided for it.
    Resolve decide(ImportReport::Conflict conflict);

    // Whether a value of the check being merged counts as "not changed since the two last agreed".
    bool unchanged(const QString& item, const QString& hash) const;
    void recordTheirs(const BundleCheck& check, bool answersToo);

    SetService& m_setService;
    storage::BundleFile& m_file;
    const Bundle& m_bundle;
    Context m_context;
    ImportReport& m_report;
    QString m_shown; // the bundle's path as messages name it
    QString m_importedFrom; // "bundle F from U on M", for the audit trail
    int m_undecided = 0;

    struct Stores; // the repositories on the import's connection
    std::unique_ptr<Stores> m_stores;

    QSet<QString> m_carriedSets; // "CODE\x1fVERSION"
    QHash<QString, SetVersionId> m_setIds; // "CODE\x1fVERSION" → this database's
    QHash<QString, CommunityId> m_communityOf; // the bundle's community UUID → this database's
    QHash<QString, QString> m_codeOf; // the bundle's community UUID → its code
    QHash<QString, BuildingId> m_buildingOf; // the bundle's building UUID → this database's
    QSet<QString> m_knownChecks;
    QSet<QString> m_knownAudit;
    QHash<QString, std::vector<const std::pair<QString, AuditEntry>*>> m_auditOf; // check UUID → entries
    QHash<QString, QHash<QString, QString>> m_theirAgreements; // check UUID → item → hash
    // The agreements of the check being merged: this database's with the sender, the sender's with it.
    QHash<QString, QString> m_oursAgreed;
    QHash<QString, QString> m_theirsAgreed;
};

} // namespace cc
