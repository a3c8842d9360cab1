// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Bundle.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace cc {

class AssessmentService;
class SetService;
namespace storage {
class Database;
}

// What an import will do (a dry run) or did.
struct ImportReport
{
    // An answer or a check's state changed on both sides since they last agreed.
    struct Conflict
    {
        AssessmentId assessment;
        QString community; // code
        QString item; // indicator code; "#state" for the check's state; "#community" for a community
        QString ours; // the value in this database, as a person reads it
        QString theirs; // the bundle's
        QString oursBy, oursAt, theirsBy, theirsAt;

        // What a decision about it is filed under (ExchangeService::importBundle's `decisions`).
        QString key() const { return (assessment.isNull() ? community : assessment.toString()) + u'/' + item; }
    };
    // A check the bundle cannot change: approved here.
    struct Refusal
    {
        AssessmentId assessment;
        QString community;
        QString reason;
    };

    bool applied = false;
    int newCommunities = 0;
    int newBuildings = 0; // buildings of the communities, new here
    int newAssessments = 0;
    int updatedAnswers = 0; // answers (and states) taken from the bundle
    int identical = 0; // the same on both sides, or changed only here
    int newPhotos = 0;
    int newAuditEntries = 0;
    QStringList newSets; // "CODE VERSION" installed from the bundle
    std::vector<Conflict> conflicts;
    int undecided = 0; // conflicts without a decision: while any, nothing is applied
    std::vector<Refusal> refused;
};

// The field ↔ office exchange (issue 16, docs/exchange.md): chosen checks out to a bundle file with
// what they need (communities, set versions, answers, photos, audit trail), and a bundle in, with a
// preview of what will happen, conflicts (changed on both sides since the last agreement) shown and
// resolved, nothing lost: an approved check is never changed by a bundle, and the value that loses
// a conflict stays in the audit trail. An import is all or nothing.
class ExchangeService final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeService)

public:
    enum class Resolve { None, Ours, Theirs };

    ExchangeService(storage::Database& db, AssessmentService& assessments, SetService& sets, const QString& userName);

    // The checks of a round (optionally one county), as `bundle export --round` takes them.
    Result<std::vector<AssessmentId>> select(const QString& round, const QString& county);

    // Writes the checks to `path` (atomically) and records what was sent as agreed. Returns the
    // bundle's contents (without the photo bytes).
    Result<Bundle>
    exportBundle(const std::vector<AssessmentId>& checks, const QString& path, const QString& description);

    // Reads and checks the bundle, then applies it in one transaction, or (dryRun) only says what
    // would happen. Each conflict is decided by `decisions` (by Conflict::key()), else by `resolve`;
    // while one stays undecided (Resolve::None) nothing is applied. A bundle that is not sound
    // (damaged, newer, lying about a photo or a set, a set that differs from the one stored under
    // its code and version) is refused and nothing changes.
    Result<ImportReport>
    importBundle(const QString& path, bool dryRun, Resolve resolve, const QHash<QString, Resolve>& decisions = {});

private:
    storage::Database& m_db;
    AssessmentService& m_assessments;
    SetService& m_sets;
    QString m_user;
};

} // namespace cc
