// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ExchangeService.h"

#include "core/services/AssessmentService.h"
#include "core/services/SetService.h"
#include "core/storage/BundleFile.h"
#include "core/storage/CommunityRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ExchangeRepository.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/SetRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/SqlValues.h"
#include "core/storage/Transaction.h"
#include "core/util/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QSysInfo>

#include <algorithm>

namespace cc {

namespace {

using storage::ExchangeRepository;

const QString kState = QString::fromLatin1(ExchangeRepository::kStateItem);
// Not an error: the transaction of a dry run, or of an import stopped by conflicts, is rolled back.
const QString kRollBack = QStringLiteral("\x01roll back");

QString stateText(const Assessment& a)
{
    return a.reviewComment.isEmpty() ? toString(a.status)
                                     : QStringLiteral("%1 (%2)").arg(toString(a.status), a.reviewComment);
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Records what the sender holds of a check, as its bundle says, as agreed with it: for each item the
// bundle names (answers, removed answers, photos, removed photos) and the check's state. Not this
// database's values: an item kept here (changed here, or a conflict decided for ours) still differs
// over there, and its next bundle must not read as "changed there".
void recordTheirs(ExchangeRepository& repository, const BundleCheck& bc, const QString& peer, bool answersToo)
{
    const AssessmentId& id = bc.assessment.id;
    if (answersToo) {
        for (const BundleAnswer& ba : bc.answers)
            repository.setBase(
                id, peer, ba.answer.indicatorCode, ba.removed ? QString() : ExchangeHash::answer(ba.answer));
    }
    for (const Photo& p : bc.photos)
        repository.setBase(id, peer, ExchangeHash::photoItem(p.id), ExchangeHash::photo(p));
    for (const PhotoId& removed : bc.removedPhotos)
        repository.setBase(id, peer, ExchangeHash::photoItem(removed), QString());
    repository.setBase(id, peer, kState, ExchangeHash::state(bc.assessment.status, bc.assessment.reviewComment));
}

bool isPhotoItem(const QString& item)
{
    return item.startsWith(u"#photo:");
}

// What a value of a check may be and still count as "not changed since the two last agreed": as this
// database last agreed on it with the sender (when it imported the sender's bundle), or as the sender
// last agreed on it with this database (when it imported this one's; the bundle carries that). Never
// exchanged: no answer at all.
class Unchanged
{
public:
    Unchanged(ExchangeRepository& repository,
              const AssessmentId& id,
              const QString& peer,
              QHash<QString, QString> theirs)
        : m_ours(repository.bases(id, peer))
        , m_theirs(std::move(theirs))
    { }

    bool operator()(const QString& item, const QString& hash) const
    {
        if (m_ours.isEmpty() && m_theirs.isEmpty())
            return hash.isEmpty();
        return (!m_ours.isEmpty() && m_ours.value(item) == hash)
            || (!m_theirs.isEmpty() && m_theirs.value(item) == hash);
    }

private:
    QHash<QString, QString> m_ours;
    QHash<QString, QString> m_theirs;
};

} // namespace

ExchangeService::ExchangeService(storage::Database& db,
                                 AssessmentService& assessments,
                                 SetService& sets,
                                 const QString& userName)
    : m_db(db)
    , m_assessments(assessments)
    , m_sets(sets)
    , m_user(userName)
{ }

Result<std::vector<AssessmentId>> ExchangeService::select(const QString& round, const QString& county)
{
    const auto wanted = Round::parse(round.trimmed());
    if (!wanted)
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a round: it begins with a year, e.g. \"2025 体检\".").arg(round));
    auto checks = m_assessments.list();
    if (!checks)
        return checks.error();
    QSet<QString> inCounty;
    if (!county.isEmpty()) {
        auto communities = storage::reading([&] { return storage::CommunityRepository(m_db.connection()).list(); });
        if (!communities)
            return communities.error();
        for (const Community& c : *communities) {
            if (c.county == county)
                inCounty.insert(c.id.toString());
        }
    }
    std::vector<AssessmentId> out;
    for (const Assessment& a : *checks) {
        if (a.round == *wanted && (county.isEmpty() || inCounty.contains(a.communityId.toString())))
            out.push_back(a.id);
    }
    if (out.empty())
        return makeError(ErrorCode::NotFound,
                         county.isEmpty()
                             ? tr("No check of the round \"%1\" is stored.").arg(wanted->toString())
                             : tr("No check of the round \"%1\" in %2 is stored.").arg(wanted->toString(), county));
    return out;
}

Result<Bundle>
ExchangeService::exportBundle(const std::vector<AssessmentId>& checks, const QString& path, const QString& description)
{
    if (checks.empty())
        return makeError(ErrorCode::InvalidInput, tr("No check chosen: a bundle holds at least one."));
    Bundle bundle;
    bundle.manifest.createdAt = QDateTime::currentDateTimeUtc();
    bundle.manifest.createdBy = m_user;
    bundle.manifest.machine = QSysInfo::machineHostName();
    bundle.manifest.source = QFileInfo(m_db.path()).fileName();
    bundle.manifest.description = description;
    // Read in one transaction, so that what is written is one consistent moment; the agreed
    // values are recorded only once the file is complete.
    auto read = storage::inTransaction(m_db, [&]() -> Result<void> {
        QSqlDatabase& db = m_db.connection();
        storage::CommunityRepository communities(db);
        storage::SetRepository sets(db);
        storage::PhotoRepository photos(db);
        storage::SettingsRepository settings(db);
        ExchangeRepository exchange(db);
        QSet<QString> seenCommunities, seenSets, seenChecks;
        for (const AssessmentId& id : checks) {
            if (seenChecks.contains(id.toString()))
                continue;
            seenChecks.insert(id.toString());
            auto found = m_assessments.find(id);
            if (!found)
                return found.error();
            BundleCheck bc;
            bc.assessment = *found;
            QSet<QString> answered;
            for (StoredAnswer& a : exchange.answers(id)) {
                answered.insert(a.indicatorCode);
                bc.answers.push_back({std::move(a), false});
            }
            bc.photos = photos.list(id, {});
            QSet<QString> pictured;
            for (const Photo& p : bc.photos)
                pictured.insert(ExchangeHash::photoItem(p.id));
            for (const QString& item : exchange.agreedItems(id)) {
                if (isPhotoItem(item)) {
                    if (!pictured.contains(item)) // deleted since
                        bc.removedPhotos.push_back(PhotoId::fromString(QStringView(item).mid(7)));
                    continue;
                }
                if (item != kState && !answered.contains(item)) { // answered once, no longer
                    StoredAnswer removed;
                    removed.indicatorCode = item;
                    removed.updatedAt = storage::now();
                    removed.updatedBy = m_user;
                    bc.answers.push_back({removed, true});
                }
            }
            for (BundleAgreement& g : exchange.agreements(id))
                bundle.agreements.push_back(std::move(g));
            for (auto& [uuid, entry] : settings.auditTrailWithIds(id.toString()))
                bundle.audit.emplace_back(uuid, std::move(entry));
            if (!seenCommunities.contains(found->communityId.toString())) {
                seenCommunities.insert(found->communityId.toString());
                const auto community = communities.find(found->communityId);
                if (!community)
                    return makeError(ErrorCode::NotFound,
                                     tr("The community of the check %1 is missing.").arg(id.toString()));
                bundle.communities.push_back(*community);
            }
            const QString setKey = found->setCode + u'\x1f' + found->setVersion;
            if (!seenSets.contains(setKey)) {
                seenSets.insert(setKey);
                const auto stored = sets.find(found->setCode, found->setVersion);
                if (!stored)
                    return makeError(ErrorCode::NotFound,
                                     tr("The set %1 %2 of the check %3 is missing.")
                                         .arg(found->setCode, found->setVersion, id.toString()));
                bundle.sets.push_back({stored->code, stored->version, sets.content(stored->id), stored->contentSha256});
            }
            bundle.checks.push_back(std::move(bc));
        }
        return {};
    });
    if (!read)
        return read.error();
    const auto photoSource = [this](const QString& sha) -> std::optional<storage::BundleFile::PhotoBytes> {
        auto bytes = storage::reading([&] {
            storage::PhotoRepository photos(m_db.connection());
            return storage::BundleFile::PhotoBytes {photos.image(sha), photos.thumbnail(sha)};
        });
        if (!bytes || bytes->image.isEmpty())
            return std::nullopt;
        return *bytes;
    };
    if (auto written = storage::BundleFile::write(path, bundle, photoSource); !written)
        return written.error();
    return bundle;
}

Result<ImportReport> ExchangeService::importBundle(const QString& path,
                                                   bool dryRun,
                                                   Resolve resolve,
                                                   const QHash<QString, Resolve>& decisions)
{
    auto opened = storage::BundleFile::open(path);
    if (!opened)
        return opened.error();
    storage::BundleFile& file = **opened;
    const Bundle& bundle = file.contents();
    const QString shown = QDir::toNativeSeparators(path);

    // The manifest's word on every set is checked before anything else.
    QSet<QString> carried;
    for (const BundleSet& s : bundle.sets) {
        if (sha256Hex(s.content) != s.sha256)
            return makeError(ErrorCode::InvalidInput,
                             tr("%1: the set %2 %3 does not match its checksum; the bundle was changed or damaged.")
                                 .arg(shown, s.code, s.version));
        carried.insert(s.code + u'\x1f' + s.version);
    }

    // Photo bytes go into the companion file first, in a transaction of their own, once a rehearsal
    // shows the import will apply: SQLite does not commit two WAL files atomically, so a crash may
    // leave bytes nothing refers to (harmless; a photo already there is not stored twice), never a
    // photo without its bytes.
    const bool photosToCopy =
        std::any_of(bundle.checks.begin(), bundle.checks.end(), [](const BundleCheck& c) { return !c.photos.empty(); });
    if (!dryRun && photosToCopy) {
        auto rehearsal = importBundle(path, true, resolve, decisions);
        if (!rehearsal)
            return rehearsal.error();
        if (rehearsal->undecided > 0)
            return rehearsal;
        auto stored = storage::inTransaction(m_db, [&]() -> Result<void> {
            storage::PhotoRepository photos(m_db.connection());
            for (const BundleCheck& bc : bundle.checks) {
                for (const Photo& p : bc.photos) {
                    auto bytes = file.photo(p.storedSha256);
                    if (!bytes)
                        return bytes.error();
                    photos.storeBytes(p.storedSha256, bytes->image, bytes->thumbnail);
                }
            }
            return {};
        });
        if (!stored)
            return stored.error();
    }

    // Who sent it (the agreement recorded after this import is with that database), and who this
    // database is to it (its entries among the bundle's agreements).
    const QString peer = bundle.manifest.machine + u'/' + bundle.manifest.source;
    const QString me = QSysInfo::machineHostName() + u'/' + QFileInfo(m_db.path()).fileName();
    QHash<QString, QHash<QString, QString>> theirAgreements; // check UUID → item → hash
    for (const BundleAgreement& g : bundle.agreements) {
        if (g.peer == me)
            theirAgreements[g.assessment.toString()].insert(g.item, g.hash);
    }
    ImportReport report;
    int unresolved = 0; // conflicts without a decision: nothing is applied
    // The bundle attached beside the database for the bulk copy (ATTACH cannot run in a transaction).
    if (auto attached = storage::reading([&] { ExchangeRepository(m_db.connection()).attachBundle(path); }); !attached)
        return attached.error();
    const auto detach = qScopeGuard([&] {
        if (auto detached = storage::reading([&] { ExchangeRepository(m_db.connection()).detachBundle(); }); !detached)
            qCWarning(lcService) << "cannot detach the bundle:" << detached.error().message;
    });
    auto run = storage::inTransaction(m_db, [&]() -> Result<void> {
        QSqlDatabase& db = m_db.connection();
        storage::CommunityRepository communities(db);
        storage::SetRepository sets(db);
        storage::PhotoRepository photos(db);
        storage::SettingsRepository settings(db);
        ExchangeRepository exchange(db);
        exchange.clearNewChecks();

        // Sets: installed when missing; the same code and version with other content is refused.
        QHash<QString, SetVersionId> setIds;
        for (const BundleSet& s : bundle.sets) {
            const bool known = sets.find(s.code, s.version).has_value();
            auto installed = m_sets.importJson(s.content, tr("%1 (set %2 %3)").arg(shown, s.code, s.version));
            if (!installed)
                return installed.error();
            if (installed->code != s.code || installed->version != s.version)
                return makeError(ErrorCode::InvalidInput,
                                 tr("%1: the set listed as %2 %3 is %4 %5.")
                                     .arg(shown, s.code, s.version, installed->code, installed->version));
            setIds.insert(s.code + u'\x1f' + s.version, installed->id);
            if (!known)
                report.newSets << s.code + u' ' + s.version;
        }

        // Communities by UUID; one under the same code with another UUID is the same community only
        // once someone says so (a conflict to resolve).
        QHash<QString, CommunityId> communityOf; // the bundle's UUID → this database's
        QHash<QString, QString> codeOf;
        for (const Community& c : bundle.communities) {
            codeOf.insert(c.id.toString(), c.code);
            if (communities.find(c.id)) {
                communityOf.insert(c.id.toString(), c.id);
                continue;
            }
            if (const auto known = exchange.alias(c.id)) { // confirmed at an earlier import
                communityOf.insert(c.id.toString(), *known);
                continue;
            }
            if (const auto sameCode = communities.findByCode(c.code)) {
                report.conflicts.push_back(
                    {{},
                     c.code,
                     QStringLiteral("#community"),
                     tr("%1 %2 (%3)").arg(sameCode->code, sameCode->name, sameCode->id.toString()),
                     tr("%1 %2 (%3)").arg(c.code, c.name, c.id.toString()),
                     {},
                     {},
                     bundle.manifest.createdBy,
                     storage::timestamp(bundle.manifest.createdAt)});
                if (decisions.value(report.conflicts.back().key(), resolve) == Resolve::None)
                    ++unresolved;
                else
                    exchange.setAlias(c.id, sameCode->id); // confirmed: the same community from now on
                communityOf.insert(c.id.toString(), sameCode->id);
                continue;
            }
            communities.insert(c);
            communityOf.insert(c.id.toString(), c.id);
            ++report.newCommunities;
        }

        const QString importedFrom =
            tr("bundle %1 from %2 on %3")
                .arg(QFileInfo(path).fileName(), bundle.manifest.createdBy, bundle.manifest.machine);
        for (const BundleCheck& bc : bundle.checks) {
            const int changedBefore = report.updatedAnswers + report.newPhotos;
            Assessment theirs = bc.assessment;
            const QString code = codeOf.value(theirs.communityId.toString());
            if (!communityOf.contains(theirs.communityId.toString()))
                return makeError(ErrorCode::InvalidInput,
                                 tr("%1: the check %2 names a community the bundle does not carry.")
                                     .arg(shown, theirs.id.toString()));
            theirs.communityId = communityOf.value(theirs.communityId.toString());
            const QString setKey = theirs.setCode + u'\x1f' + theirs.setVersion;
            auto ours = m_assessments.find(theirs.id);
            const bool isNew = !ours && ours.error().code == ErrorCode::NotFound;
            if (!ours && !isNew)
                return ours.error();
            // What the sender held at the last agreement and its bundle no longer holds, it removed
            // (its own bundle names only the removals it knows of).
            BundleCheck work = bc;
            if (!isNew) {
                // The answers of a check both hold, read from the bundle now (a new check's are copied
                // in bulk and never read one by one).
                auto answers = file.answers(theirs.id);
                if (!answers)
                    return answers.error();
                work.answers = std::move(answers).value();
                QSet<QString> named;
                for (const BundleAnswer& ba : work.answers)
                    named.insert(ba.answer.indicatorCode);
                for (const Photo& p : bc.photos)
                    named.insert(ExchangeHash::photoItem(p.id));
                for (const PhotoId& removed : bc.removedPhotos)
                    named.insert(ExchangeHash::photoItem(removed));
                const QHash<QString, QString> agreed = exchange.bases(theirs.id, peer);
                for (auto it = agreed.constBegin(); it != agreed.constEnd(); ++it) {
                    if (it.value().isEmpty() || it.key() == kState || named.contains(it.key()))
                        continue;
                    if (isPhotoItem(it.key())) {
                        work.removedPhotos.push_back(PhotoId::fromString(QStringView(it.key()).mid(7)));
                    } else {
                        StoredAnswer removed;
                        removed.indicatorCode = it.key();
                        work.answers.push_back({removed, true});
                    }
                }
            }

            if (isNew) {
                if (!carried.contains(setKey))
                    return makeError(ErrorCode::InvalidInput,
                                     tr("%1: the check %2 uses the set %3 %4, which the bundle does not carry.")
                                         .arg(shown, theirs.id.toString(), theirs.setCode, theirs.setVersion));
                exchange.insertCheck(theirs, setIds.value(setKey));
                exchange.markNewCheck(theirs.id); // its answers come in bulk, after the loop
                ++report.newAssessments;
            } else if (ours->status == AssessmentStatus::Approved) {
                // Approved work is never changed by a bundle; one that says the same is a no-op.
                bool differs = ExchangeHash::state(ours->status, ours->reviewComment)
                    != ExchangeHash::state(theirs.status, theirs.reviewComment);
                QHash<QString, QString> held;
                for (const StoredAnswer& a : exchange.answers(theirs.id))
                    held.insert(a.indicatorCode, ExchangeHash::answer(a));
                for (const BundleAnswer& ba : work.answers)
                    differs = differs
                        || held.value(ba.answer.indicatorCode)
                            != (ba.removed ? QString() : ExchangeHash::answer(ba.answer));
                if (differs)
                    report.refused.push_back(
                        {theirs.id, code, tr("approved in this database: a bundle does not change approved work")});
                else
                    ++report.identical;
                continue;
            } else {
                const Unchanged unchanged(exchange, theirs.id, peer, theirAgreements.value(theirs.id.toString()));
                // The state: taken when only the bundle changed it.
                const QString oursState = ExchangeHash::state(ours->status, ours->reviewComment);
                const QString theirsState = ExchangeHash::state(theirs.status, theirs.reviewComment);
                if (oursState == theirsState) {
                    ++report.identical;
                } else if (unchanged(kState, oursState) && !unchanged(kState, theirsState)) {
                    exchange.setState(theirs);
                    ++report.updatedAnswers;
                } else if (unchanged(kState, theirsState)) {
                    ++report.identical; // changed here only
                } else {
                    report.conflicts.push_back({theirs.id,
                                                code,
                                                kState,
                                                stateText(*ours),
                                                stateText(theirs),
                                                {},
                                                storage::timestamp(ours->updatedAt),
                                                {},
                                                storage::timestamp(theirs.updatedAt)});
                    const Resolve choice = decisions.value(report.conflicts.back().key(), resolve);
                    unresolved += choice == Resolve::None ? 1 : 0;
                    if (choice == Resolve::Theirs)
                        exchange.setState(theirs);
                    settings.appendAudit({QDateTime::currentDateTimeUtc(),
                                          m_user,
                                          QStringLiteral("assessment"),
                                          theirs.id.toString(),
                                          QStringLiteral("status"),
                                          choice == Resolve::Theirs ? stateText(*ours) : stateText(theirs),
                                          choice == Resolve::Theirs ? stateText(theirs) : stateText(*ours),
                                          choice == Resolve::Theirs
                                              ? tr("conflict: the bundle's state taken (%1)").arg(importedFrom)
                                              : tr("conflict: the bundle's state not taken (%1)").arg(importedFrom)});
                }
                // The answers, one by one.
                QHash<QString, StoredAnswer> held;
                for (StoredAnswer& a : exchange.answers(theirs.id))
                    held.insert(a.indicatorCode, std::move(a));
                for (const BundleAnswer& ba : work.answers) {
                    const auto here = held.constFind(ba.answer.indicatorCode);
                    const QString oursHash = here == held.constEnd() ? QString() : ExchangeHash::answer(*here);
                    const QString theirsHash = ba.removed ? QString() : ExchangeHash::answer(ba.answer);
                    const auto take = [&] {
                        if (ba.removed)
                            exchange.removeAnswer(theirs.id, ba.answer.indicatorCode);
                        else
                            exchange.putAnswer(theirs.id, ba.answer);
                    };
                    const QString& item = ba.answer.indicatorCode;
                    if (oursHash == theirsHash) {
                        ++report.identical;
                    } else if (unchanged(item, oursHash) && !unchanged(item, theirsHash)) {
                        take();
                        ++report.updatedAnswers;
                    } else if (unchanged(item, theirsHash)) {
                        ++report.identical; // changed here only: ours stays
                    } else {
                        const QString oursText = here == held.constEnd() ? QString() : here->text();
                        const QString theirsText = ba.removed ? QString() : ba.answer.text();
                        report.conflicts.push_back({theirs.id,
                                                    code,
                                                    ba.answer.indicatorCode,
                                                    oursText,
                                                    theirsText,
                                                    here == held.constEnd() ? QString() : here->updatedBy,
                                                    here == held.constEnd() ? QString() : here->updatedAt,
                                                    ba.answer.updatedBy,
                                                    ba.answer.updatedAt});
                        const Resolve choice = decisions.value(report.conflicts.back().key(), resolve);
                        unresolved += choice == Resolve::None ? 1 : 0;
                        if (choice == Resolve::Theirs)
                            take();
                        // The value that loses stays in the audit trail.
                        settings.appendAudit({QDateTime::currentDateTimeUtc(),
                                              m_user,
                                              QStringLiteral("assessment"),
                                              theirs.id.toString(),
                                              ba.answer.indicatorCode,
                                              choice == Resolve::Theirs ? oursText : theirsText,
                                              choice == Resolve::Theirs ? theirsText : oursText,
                                              choice == Resolve::Theirs
                                                  ? tr("conflict: the bundle's value (%1, %2) replaced this database's")
                                                        .arg(ba.answer.updatedBy, ba.answer.updatedAt)
                                                  : tr("conflict: the bundle's value (%1, %2) was not taken")
                                                        .arg(ba.answer.updatedBy, ba.answer.updatedAt)});
                    }
                }
            }
            // Photos: a new check's all come in; for one both sides hold, each photo (its caption, or
            // its deletion) is taken, kept or a conflict like an answer.
            if (!isNew) {
                const Unchanged unchanged(exchange, theirs.id, peer, theirAgreements.value(theirs.id.toString()));
                QHash<QString, Photo> held;
                for (Photo& p : photos.list(theirs.id, {}))
                    held.insert(p.id.toString(), std::move(p));
                const auto merge = [&](const PhotoId& id, const Photo* incoming) -> Result<void> {
                    const QString item = ExchangeHash::photoItem(id);
                    const auto here = held.constFind(id.toString());
                    const QString oursHash = here == held.constEnd() ? QString() : ExchangeHash::photo(*here);
                    const QString theirsHash = incoming ? ExchangeHash::photo(*incoming) : QString();
                    const auto take = [&]() -> Result<void> {
                        if (!incoming) {
                            photos.remove(id);
                        } else if (here == held.constEnd()) {
                            auto bytes = file.photo(incoming->storedSha256);
                            if (!bytes)
                                return bytes.error();
                            photos.storeBytes(incoming->storedSha256, bytes->image, bytes->thumbnail);
                            Photo copy = *incoming;
                            copy.assessmentId = theirs.id;
                            photos.insert(copy);
                            ++report.newPhotos;
                        } else {
                            photos.setCaption(id, incoming->caption);
                        }
                        return {};
                    };
                    if (oursHash == theirsHash) {
                        ++report.identical;
                    } else if (unchanged(item, oursHash) && !unchanged(item, theirsHash)) {
                        if (auto taken = take(); !taken)
                            return taken;
                        ++report.updatedAnswers;
                    } else if (unchanged(item, theirsHash)) {
                        ++report.identical; // changed (or deleted) here only
                    } else {
                        // Both sides changed the photo (its caption, or one deleted it): named, captions shown.
                        const QString name = incoming ? incoming->originalName : here->originalName;
                        const auto shown = [&](const Photo* p) {
                            return p ? tr("%1: %2").arg(name, p->caption) : tr("%1: (deleted)").arg(name);
                        };
                        report.conflicts.push_back({theirs.id,
                                                    code,
                                                    item,
                                                    shown(here == held.constEnd() ? nullptr : &*here),
                                                    shown(incoming),
                                                    {},
                                                    {},
                                                    bundle.manifest.createdBy,
                                                    storage::timestamp(bundle.manifest.createdAt)});
                        const Resolve choice = decisions.value(report.conflicts.back().key(), resolve);
                        unresolved += choice == Resolve::None ? 1 : 0;
                        if (choice == Resolve::Theirs) {
                            if (auto taken = take(); !taken)
                                return taken;
                        }
                    }
                    return {};
                };
                for (const Photo& p : work.photos) {
                    if (auto merged = merge(p.id, &p); !merged)
                        return merged.error();
                }
                for (const PhotoId& removed : work.removedPhotos) {
                    if (auto merged = merge(removed, nullptr); !merged)
                        return merged.error();
                }
            }
            for (const Photo& p : work.photos) {
                if (!isNew || photos.find(p.id))
                    continue;
                auto bytes = file.photo(p.storedSha256);
                if (!bytes)
                    return bytes.error();
                photos.storeBytes(p.storedSha256, bytes->image, bytes->thumbnail);
                Photo copy = p;
                copy.assessmentId = theirs.id;
                photos.insert(copy);
                ++report.newPhotos;
            }
            for (const auto& [uuid, entry] : bundle.audit) {
                if (entry.entityUuid != theirs.id.toString() || settings.hasAuditEntry(uuid))
                    continue;
                settings.appendAudit(entry, uuid);
                ++report.newAuditEntries;
            }
            if (isNew || report.updatedAnswers + report.newPhotos > changedBefore)
                settings.appendAudit({QDateTime::currentDateTimeUtc(),
                                      m_user,
                                      QStringLiteral("assessment"),
                                      theirs.id.toString(),
                                      QStringLiteral("bundle"),
                                      {},
                                      bundle.manifest.description,
                                      importedFrom});
            recordTheirs(exchange, work, peer, !isNew); // a new check's answers: in bulk below
        }
        exchange.copyNewAnswers(peer);
        if (dryRun)
            return makeError(ErrorCode::Conflict, kRollBack); // nothing changes
        if (unresolved > 0)
            return makeError(ErrorCode::Conflict, kRollBack);
        return {};
    });
    if (!run && run.error().message != kRollBack)
        return run.error();
    report.applied = run.has_value();
    report.undecided = unresolved;
    return report;
}

} // namespace cc
