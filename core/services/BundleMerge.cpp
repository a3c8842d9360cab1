// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/BundleMerge.h"

#include "core/services/ComputedAnswers.h"

#include "core/services/SetService.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/BuildingRepository.h"
#include "core/storage/BundleFile.h"
#include "core/storage/CommunityRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ExchangeRepository.h"
#include "core/storage/LedgerRepository.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/SetRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/SqlValues.h"

#include <QDir>
#include <QFileInfo>

namespace cc {

namespace {

const QString kState = QString::fromLatin1(storage::ExchangeRepository::kStateItem);

QString stateText(const Assessment& a)
{
    return a.reviewComment.isEmpty() ? toString(a.status)
                                     : QStringLiteral("%1 (%2)").arg(toString(a.status), a.reviewComment);
}

QString stateHash(const Assessment& a)
{
    return ExchangeHash::state(a.status, a.reviewComment);
}

QString setKey(const QString& code, const QString& version)
{
    return code + u'\x1f' + version;
}

} // namespace

struct BundleMerge::Stores
{
    explicit Stores(storage::Database& database)
        : db(database)
        , assessments(database.connection())
        , communities(database.connection())
        , sets(database.connection())
        , photos(database.connection())
        , settings(database.connection())
        , exchange(database.connection())
        , buildings(database.connection())
        , ledger(database.connection())
    { }

    storage::Database& db;
    storage::AssessmentRepository assessments;
    storage::CommunityRepository communities;
    storage::SetRepository sets;
    storage::PhotoRepository photos;
    storage::SettingsRepository settings;
    storage::ExchangeRepository exchange;
    storage::BuildingRepository buildings;
    storage::LedgerRepository ledger;
};

BundleMerge::BundleMerge(
    storage::Database& db, SetService& sets, storage::BundleFile& file, Context context, ImportReport& report)
    : m_setService(sets)
    , m_file(file)
    , m_bundle(file.contents())
    , m_context(std::move(context))
    , m_report(report)
    , m_shown(QDir::toNativeSeparators(m_context.path))
    , m_importedFrom(
          tr("bundle %1 from %2 on %3")
              .arg(QFileInfo(m_context.path).fileName(), m_bundle.manifest.createdBy, m_bundle.manifest.machine))
    , m_stores(std::make_unique<Stores>(db))
{
    for (const BundleSet& s : m_bundle.sets)
        m_carriedSets.insert(setKey(s.code, s.version));
    for (const auto& entry : m_bundle.audit)
        m_auditOf[entry.second.entityUuid].push_back(&entry);
    // Who this database is to the sender: its entries among the bundle's agreements.
    for (const BundleAgreement& g : m_bundle.agreements) {
        if (g.peer == m_context.me)
            m_theirAgreements[g.assessment.toString()].insert(g.item, g.hash);
    }
}

BundleMerge::~BundleMerge() = default;

Result<void> BundleMerge::run()
{
    m_stores->exchange.clearNewChecks();
    if (auto installed = installSets(); !installed)
        return installed;
    matchCommunities();
    mergeBuildings();
    m_knownChecks = m_stores->exchange.knownChecks();
    m_knownAudit = m_stores->exchange.knownAuditEntries();
    for (const BundleCheck& check : m_bundle.checks) {
        if (auto merged = mergeCheck(check); !merged)
            return merged;
    }
    m_stores->exchange.copyNewAnswers(m_context.peer);
    return {};
}

Result<void> BundleMerge::installSets()
{
    // Installed when missing; the same code and version with other content is refused.
    for (const BundleSet& s : m_bundle.sets) {
        const bool known = m_stores->sets.find(s.code, s.version).has_value();
        auto installed = m_setService.importJson(s.content, tr("%1 (set %2 %3)").arg(m_shown, s.code, s.version));
        if (!installed)
            return installed.error();
        if (installed->code != s.code || installed->version != s.version)
            return makeError(ErrorCode::InvalidInput,
                             tr("%1: the set listed as %2 %3 is %4 %5.")
                                 .arg(m_shown, s.code, s.version, installed->code, installed->version));
        m_setIds.insert(setKey(s.code, s.version), installed->id);
        if (!known)
            m_report.newSets << s.code + u' ' + s.version;
    }
    return {};
}

void BundleMerge::matchCommunities()
{
    // By UUID; one under the same code with another UUID is the same community only once someone
    // says so (a conflict to decide), and from then on without asking.
    const auto matches = m_stores->exchange.matchCommunities();
    for (const Community& c : m_bundle.communities) {
        const QString uuid = c.id.toString();
        m_codeOf.insert(uuid, c.code);
        const storage::ExchangeRepository::CommunityMatch match = matches.value(uuid);
        if (match.here) {
            m_communityOf.insert(uuid, c.id);
        } else if (match.alias) {
            m_communityOf.insert(uuid, *match.alias);
        } else if (match.sameCode) {
            const Resolve choice = decide({{},
                                           c.code,
                                           QStringLiteral("#community"),
                                           tr("%1 (%2)").arg(match.sameCodeText, match.sameCode->toString()),
                                           tr("%1 %2 (%3)").arg(c.code, c.name, uuid),
                                           {},
                                           {},
                                           m_bundle.manifest.createdBy,
                                           storage::timestamp(m_bundle.manifest.createdAt)});
            if (choice != Resolve::None)
                m_stores->exchange.setAlias(c.id, *match.sameCode);
            m_communityOf.insert(uuid, *match.sameCode);
        } else {
            m_stores->communities.insert(c);
            m_communityOf.insert(uuid, c.id);
            ++m_report.newCommunities;
        }
    }
}

void BundleMerge::mergeBuildings()
{
    for (const Building& b : m_bundle.buildings) {
        Building here = b;
        here.communityId = m_communityOf.value(b.communityId.toString());
        if (here.communityId.isNull())
            continue; // its community is not in the bundle: refused when read
        if (const auto same = m_stores->buildings.find(b.id)) {
            m_buildingOf.insert(b.id.toString(), same->id);
        } else if (const auto named = m_stores->buildings.find(here.communityId, b.estate, b.number)) {
            m_buildingOf.insert(b.id.toString(), named->id);
        } else {
            m_stores->buildings.put(here);
            m_buildingOf.insert(b.id.toString(), b.id);
            ++m_report.newBuildings;
        }
    }
}

LedgerEntry BundleMerge::mapped(const LedgerEntry& entry) const
{
    LedgerEntry out = entry;
    out.building = m_buildingOf.value(entry.building.toString());
    return out;
}

void BundleMerge::mergeLedger(const Assessment& theirs, const std::vector<LedgerEntry>& entries)
{
    // This database's entries by its own building and item: the bundle's building is mapped to it
    // (the names may differ); the agreed values are kept under the bundle's names.
    QHash<QString, LedgerEntry> held;
    for (LedgerEntry& e : m_stores->ledger.list(theirs.id))
        held.insert(e.building.toString() + u'/' + e.item, std::move(e));
    const auto text = [](const LedgerEntry* e) {
        if (!e)
            return QString();
        QString out = e->present ? tr("found") : tr("not found");
        if (!e->severity.isEmpty())
            out += tr(" (%1)").arg(LedgerSeverity::chinese(e->severity));
        if (!e->note.isEmpty())
            out += tr(": %1").arg(e->note);
        return out;
    };
    for (const LedgerEntry& incoming : entries) {
        const QString item = ExchangeHash::ledgerItem(incoming);
        const auto found = held.constFind(mapped(incoming).building.toString() + u'/' + incoming.item);
        const LedgerEntry* here = found == held.constEnd() ? nullptr : &*found;
        const QString oursHash = here ? ExchangeHash::ledger(*here) : QString();
        const QString theirsHash = ExchangeHash::ledger(incoming);
        if (oursHash == theirsHash || unchanged(item, theirsHash)) {
            ++m_report.identical; // the same, or changed here only
            continue;
        }
        if (unchanged(item, oursHash)) {
            m_stores->ledger.put(theirs.id, mapped(incoming));
            ++m_report.updatedAnswers;
            continue;
        }
        const Resolve choice = decide({theirs.id,
                                       m_codeOf.value(theirs.communityId.toString()),
                                       item,
                                       text(here),
                                       text(&incoming),
                                       here ? here->updatedBy : QString(),
                                       here ? here->updatedAt : QString(),
                                       incoming.updatedBy,
                                       incoming.updatedAt});
        const bool won = choice == Resolve::Theirs;
        if (won)
            m_stores->ledger.put(theirs.id, mapped(incoming));
        m_stores->settings.appendAudit({QDateTime::currentDateTimeUtc(),
                                        m_context.user,
                                        QStringLiteral("assessment"),
                                        theirs.id.toString(),
                                        item,
                                        won ? text(here) : text(&incoming),
                                        won ? text(&incoming) : text(here),
                                        won ? tr("conflict: the bundle's value (%1, %2) replaced this database's")
                                                  .arg(incoming.updatedBy, incoming.updatedAt)
                                            : tr("conflict: the bundle's value (%1, %2) was not taken")
                                                  .arg(incoming.updatedBy, incoming.updatedAt)});
    }
}

Result<void> BundleMerge::mergeCheck(const BundleCheck& check)
{
    const int changedBefore = m_report.updatedAnswers + m_report.newPhotos;
    Assessment theirs = check.assessment;
    const QString bundleCommunity = theirs.communityId.toString();
    if (!m_communityOf.contains(bundleCommunity))
        return makeError(
            ErrorCode::InvalidInput,
            tr("%1: the check %2 names a community the bundle does not carry.").arg(m_shown, theirs.id.toString()));
    theirs.communityId = m_communityOf.value(bundleCommunity);
    const QString uuid = theirs.id.toString();
    const bool isNew = !m_knownChecks.contains(uuid);
    BundleCheck work = check;
    if (isNew) {
        const QString key = setKey(theirs.setCode, theirs.setVersion);
        if (!m_carriedSets.contains(key))
            return makeError(ErrorCode::InvalidInput,
                             tr("%1: the check %2 uses the set %3 %4, which the bundle does not carry.")
                                 .arg(m_shown, uuid, theirs.setCode, theirs.setVersion));
        m_stores->assessments.insert(theirs, m_setIds.value(key), theirs.previous);
        m_stores->exchange.markNewCheck(theirs.id); // its answers come in bulk, after every check
        ++m_report.newAssessments;
        for (const Photo& p : work.photos) {
            if (m_stores->photos.find(p.id))
                continue;
            if (auto added = addPhoto(p, theirs.id); !added)
                return added;
        }
        auto ledger = m_file.ledger(theirs.id);
        if (!ledger)
            return ledger.error();
        work.ledger = std::move(ledger).value();
        for (const LedgerEntry& e : work.ledger)
            m_stores->ledger.put(theirs.id, mapped(e));
    } else {
        const auto ours = m_stores->assessments.find(theirs.id);
        if (!ours)
            return makeError(ErrorCode::NotFound,
                             tr("%1: the check %2 vanished during the import.").arg(m_shown, uuid));
        if (auto read = readHeld(theirs, work); !read)
            return read;
        if (ours->status == AssessmentStatus::Approved) {
            // Approved work is never changed by a bundle; one that says the same is a no-op.
            bool differs = stateHash(*ours) != stateHash(theirs);
            QHash<QString, QString> held;
            for (const StoredAnswer& a : m_stores->assessments.storedAnswers(theirs.id))
                held.insert(a.indicatorCode, ExchangeHash::answer(a));
            for (const BundleAnswer& ba : work.answers)
                differs = differs
                    || held.value(ba.answer.indicatorCode)
                        != (ba.removed ? QString() : ExchangeHash::answer(ba.answer));
            QHash<QString, QString> heldLedger;
            for (const LedgerEntry& e : m_stores->ledger.list(theirs.id))
                heldLedger.insert(e.building.toString() + u'/' + e.item, ExchangeHash::ledger(e));
            for (const LedgerEntry& e : work.ledger)
                differs = differs
                    || heldLedger.value(mapped(e).building.toString() + u'/' + e.item) != ExchangeHash::ledger(e);
            if (differs)
                m_report.refused.push_back({theirs.id,
                                            m_codeOf.value(bundleCommunity),
                                            tr("approved in this database: a bundle does not change approved work")});
            else
                ++m_report.identical;
            return {};
        }
        auto set = m_setService.load(m_stores->assessments.setOf(theirs.id));
        if (!set)
            return set.error();
        mergeState(*ours, theirs);
        mergeAnswers(theirs, work.answers, **set);
        mergeLedger(theirs, work.ledger);
        if (auto merged = mergePhotos(theirs, work); !merged)
            return merged;
        // The answers counted from the ledger follow the merged ledger, whoever changed which building
        // and however a conflict was decided (nothing is written when nothing changed).
        if (const auto after = m_stores->assessments.find(theirs.id)) {
            if (auto refreshed = ComputedAnswers::refreshLedger(m_stores->db, m_setService, *after, m_context.user);
                !refreshed)
                return refreshed.error();
        }
    }
    copyAudit(theirs.id);
    if (isNew || m_report.updatedAnswers + m_report.newPhotos > changedBefore)
        m_stores->settings.appendAudit({QDateTime::currentDateTimeUtc(),
                                        m_context.user,
                                        QStringLiteral("assessment"),
                                        uuid,
                                        QStringLiteral("bundle"),
                                        {},
                                        m_bundle.manifest.description,
                                        m_importedFrom});
    recordTheirs(work, !isNew); // a new check's answers: in bulk, with its answers
    return {};
}

Result<void> BundleMerge::readHeld(const Assessment& theirs, BundleCheck& work)
{
    // The answers of a check both hold, read from the bundle now (a new check's are copied in bulk
    // and never read one by one).
    auto answers = m_file.answers(theirs.id);
    if (!answers)
        return answers.error();
    work.answers = std::move(answers).value();
    auto ledger = m_file.ledger(theirs.id);
    if (!ledger)
        return ledger.error();
    work.ledger = std::move(ledger).value();
    m_oursAgreed = m_stores->exchange.bases(theirs.id, m_context.peer);
    m_theirsAgreed = m_theirAgreements.value(theirs.id.toString());
    // What the sender held at the last agreement and its bundle no longer holds, it removed (its own
    // bundle names only the removals it knows of).
    QSet<QString> named;
    for (const BundleAnswer& ba : work.answers)
        named.insert(ba.answer.indicatorCode);
    for (const Photo& p : work.photos)
        named.insert(ExchangeHash::photoItem(p.id));
    for (const PhotoId& removed : work.removedPhotos)
        named.insert(ExchangeHash::photoItem(removed));
    for (auto it = m_oursAgreed.constBegin(); it != m_oursAgreed.constEnd(); ++it) {
        if (it.value().isEmpty() || it.key() == kState || named.contains(it.key())
            || ExchangeHash::isLedgerItem(it.key())) // ledger entries are changed, never removed
            continue;
        if (ExchangeHash::isPhotoItem(it.key())) {
            work.removedPhotos.push_back(PhotoId::fromString(QStringView(it.key()).mid(7)));
        } else {
            StoredAnswer removed;
            removed.indicatorCode = it.key();
            work.answers.push_back({removed, true});
        }
    }
    return {};
}

bool BundleMerge::unchanged(const QString& item, const QString& hash) const
{
    // As this database last agreed on it with the sender (when it imported the sender's bundle), or
    // as the sender last agreed on it with this database (when it imported this one's). Never
    // exchanged: no value at all.
    if (m_oursAgreed.isEmpty() && m_theirsAgreed.isEmpty())
        return hash.isEmpty();
    return (!m_oursAgreed.isEmpty() && m_oursAgreed.value(item) == hash)
        || (!m_theirsAgreed.isEmpty() && m_theirsAgreed.value(item) == hash);
}

BundleMerge::Resolve BundleMerge::decide(ImportReport::Conflict conflict)
{
    m_report.conflicts.push_back(std::move(conflict));
    const Resolve choice = m_context.decisions.value(m_report.conflicts.back().key(), m_context.resolve);
    if (choice == Resolve::None)
        ++m_undecided;
    return choice;
}

void BundleMerge::mergeState(const Assessment& ours, const Assessment& theirs)
{
    // Taken when only the bundle changed it.
    const QString oursState = stateHash(ours);
    const QString theirsState = stateHash(theirs);
    if (oursState == theirsState || unchanged(kState, theirsState)) {
        ++m_report.identical; // the same, or changed here only
        return;
    }
    if (unchanged(kState, oursState)) {
        m_stores->exchange.setState(theirs);
        ++m_report.updatedAnswers;
        return;
    }
    const Resolve choice = decide({theirs.id,
                                   m_codeOf.value(theirs.communityId.toString()),
                                   kState,
                                   stateText(ours),
                                   stateText(theirs),
                                   {},
                                   storage::timestamp(ours.updatedAt),
                                   {},
                                   storage::timestamp(theirs.updatedAt)});
    if (choice == Resolve::Theirs)
        m_stores->exchange.setState(theirs);
    const bool taken = choice == Resolve::Theirs;
    m_stores->settings.appendAudit({QDateTime::currentDateTimeUtc(),
                                    m_context.user,
                                    QStringLiteral("assessment"),
                                    theirs.id.toString(),
                                    QStringLiteral("status"),
                                    taken ? stateText(ours) : stateText(theirs),
                                    taken ? stateText(theirs) : stateText(ours),
                                    taken ? tr("conflict: the bundle's state taken (%1)").arg(m_importedFrom)
                                          : tr("conflict: the bundle's state not taken (%1)").arg(m_importedFrom)});
}

void BundleMerge::mergeAnswers(const Assessment& theirs,
                               const std::vector<BundleAnswer>& answers,
                               const IndicatorSet& set)
{
    QHash<QString, StoredAnswer> held;
    for (StoredAnswer& a : m_stores->assessments.storedAnswers(theirs.id))
        held.insert(a.indicatorCode, std::move(a));
    std::vector<StoredAnswer> taken;
    const auto take = [&](const BundleAnswer& ba) {
        if (ba.removed)
            m_stores->assessments.deleteResponse(theirs.id, ba.answer.indicatorCode);
        else
            taken.push_back(ba.answer);
    };
    for (const BundleAnswer& ba : answers) {
        const QString& item = ba.answer.indicatorCode;
        if (const Indicator* ind = set.indicator(item); ind && ind->isComputed() && !ba.answer.notApplicable)
            continue; // counted from the merged ledger afterwards, never a conflict of its own (an N/A is
                      // the assessor's, and travels)
        const auto here = held.constFind(item);
        const bool heldHere = here != held.constEnd();
        const QString oursHash = heldHere ? ExchangeHash::answer(*here) : QString();
        const QString theirsHash = ba.removed ? QString() : ExchangeHash::answer(ba.answer);
        if (oursHash == theirsHash || unchanged(item, theirsHash)) {
            ++m_report.identical; // the same, or changed here only: ours stays
            continue;
        }
        if (unchanged(item, oursHash)) {
            take(ba);
            ++m_report.updatedAnswers;
            continue;
        }
        const QString oursText = heldHere ? here->text() : QString();
        const QString theirsText = ba.removed ? QString() : ba.answer.text();
        const Resolve choice = decide({theirs.id,
                                       m_codeOf.value(theirs.communityId.toString()),
                                       item,
                                       oursText,
                                       theirsText,
                                       heldHere ? here->updatedBy : QString(),
                                       heldHere ? here->updatedAt : QString(),
                                       ba.answer.updatedBy,
                                       ba.answer.updatedAt});
        if (choice == Resolve::Theirs)
            take(ba);
        // The value that loses stays in the audit trail.
        const bool won = choice == Resolve::Theirs;
        m_stores->settings.appendAudit({QDateTime::currentDateTimeUtc(),
                                        m_context.user,
                                        QStringLiteral("assessment"),
                                        theirs.id.toString(),
                                        item,
                                        won ? oursText : theirsText,
                                        won ? theirsText : oursText,
                                        won ? tr("conflict: the bundle's value (%1, %2) replaced this database's")
                                                  .arg(ba.answer.updatedBy, ba.answer.updatedAt)
                                            : tr("conflict: the bundle's value (%1, %2) was not taken")
                                                  .arg(ba.answer.updatedBy, ba.answer.updatedAt)});
    }
    m_stores->assessments.saveStoredAnswers(theirs.id, taken);
}

Result<void> BundleMerge::mergePhotos(const Assessment& theirs, const BundleCheck& work)
{
    // Each photo (its caption, or its deletion) is taken, kept or a conflict like an answer.
    QHash<QString, Photo> held;
    for (Photo& p : m_stores->photos.list(theirs.id, {}))
        held.insert(p.id.toString(), std::move(p));
    const auto merge = [&](const PhotoId& id, const Photo* incoming) -> Result<void> {
        const QString item = ExchangeHash::photoItem(id);
        const auto found = held.constFind(id.toString());
        const Photo* here = found == held.constEnd() ? nullptr : &*found;
        const QString oursHash = here ? ExchangeHash::photo(*here) : QString();
        const QString theirsHash = incoming ? ExchangeHash::photo(*incoming) : QString();
        const auto take = [&]() -> Result<void> {
            if (!incoming)
                m_stores->photos.remove(id);
            else if (!here)
                return addPhoto(*incoming, theirs.id);
            else
                m_stores->photos.setCaption(id, incoming->caption);
            return {};
        };
        if (oursHash == theirsHash || unchanged(item, theirsHash)) {
            ++m_report.identical; // the same, or changed (or deleted) here only
            return {};
        }
        if (unchanged(item, oursHash)) {
            ++m_report.updatedAnswers;
            return take();
        }
        // Both sides changed the photo (its caption, or one deleted it): named, captions shown.
        const QString name = incoming ? incoming->originalName : here->originalName;
        const auto shown = [&](const Photo* p) {
            return p ? tr("%1: %2").arg(name, p->caption) : tr("%1: (deleted)").arg(name);
        };
        const Resolve choice = decide({theirs.id,
                                       m_codeOf.value(theirs.communityId.toString()),
                                       item,
                                       shown(here),
                                       shown(incoming),
                                       {},
                                       {},
                                       m_bundle.manifest.createdBy,
                                       storage::timestamp(m_bundle.manifest.createdAt)});
        return choice == Resolve::Theirs ? take() : Result<void> {};
    };
    for (const Photo& p : work.photos) {
        if (auto merged = merge(p.id, &p); !merged)
            return merged;
    }
    for (const PhotoId& removed : work.removedPhotos) {
        if (auto merged = merge(removed, nullptr); !merged)
            return merged;
    }
    return {};
}

Result<void> BundleMerge::addPhoto(const Photo& photo, const AssessmentId& check)
{
    auto bytes = m_file.photo(photo.storedSha256);
    if (!bytes)
        return bytes.error();
    m_stores->photos.storeBytes(photo.storedSha256, bytes->image, bytes->thumbnail);
    Photo copy = photo;
    copy.assessmentId = check;
    // A ledger photo names its building: the bundle's is mapped to this database's own.
    if (const auto ledger = parseLedgerPhotoKey(copy.indicatorCode))
        copy.indicatorCode =
            ledgerPhotoKey(m_buildingOf.value(ledger->building.toString(), ledger->building), ledger->item);
    m_stores->photos.insert(copy);
    ++m_report.newPhotos;
    return {};
}

void BundleMerge::copyAudit(const AssessmentId& check)
{
    for (const auto* entry : m_auditOf.value(check.toString())) {
        if (m_knownAudit.contains(entry->first))
            continue;
        m_stores->settings.appendAudit(entry->second, entry->first);
        m_knownAudit.insert(entry->first);
        ++m_report.newAuditEntries;
    }
}

void BundleMerge::recordTheirs(const BundleCheck& check, bool answersToo)
{
    // What the sender holds of the check, as its bundle says, recorded as agreed with it: for each
    // item the bundle names and the check's state. Not this database's values: an item kept here
    // (changed here, or a conflict decided for ours) still differs over there, and its next bundle
    // must not read as "changed there".
    const AssessmentId& id = check.assessment.id;
    const QString& peer = m_context.peer;
    if (answersToo) {
        for (const BundleAnswer& ba : check.answers)
            m_stores->exchange.setBase(
                id, peer, ba.answer.indicatorCode, ba.removed ? QString() : ExchangeHash::answer(ba.answer));
    }
    for (const Photo& p : check.photos)
        m_stores->exchange.setBase(id, peer, ExchangeHash::photoItem(p.id), ExchangeHash::photo(p));
    for (const PhotoId& removed : check.removedPhotos)
        m_stores->exchange.setBase(id, peer, ExchangeHash::photoItem(removed), QString());
    for (const LedgerEntry& e : check.ledger)
        m_stores->exchange.setBase(id, peer, ExchangeHash::ledgerItem(e), ExchangeHash::ledger(e));
    m_stores->exchange.setBase(id, peer, kState, stateHash(check.assessment));
}

} // namespace cc
