// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ExchangeService.h"

#include "core/services/AssessmentService.h"
#include "core/services/BundleMerge.h"
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
#include "core/storage/Transaction.h"
#include "core/util/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
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

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

namespace {

// Bundles are read and merged through SQLite's own functions: between database files only, so far.
std::optional<Error> serverRefusal(const storage::Database& db)
{
    if (!db.isServer())
        return std::nullopt;
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("ExchangeService",
                                                 "Bundles are exchanged between database files only, not yet with a "
                                                 "county server. Move a laptop's whole file onto the server with "
                                                 "`communitycheck-cli server import` (docs/server.md)."));
}

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
    if (auto refused = serverRefusal(m_db))
        return *refused;
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
            for (StoredAnswer& a : storage::AssessmentRepository(db).storedAnswers(id)) {
                answered.insert(a.indicatorCode);
                bc.answers.push_back({std::move(a), false});
            }
            bc.photos = photos.list(id, {});
            QSet<QString> pictured;
            for (const Photo& p : bc.photos)
                pictured.insert(ExchangeHash::photoItem(p.id));
            bc.ledger = storage::LedgerRepository(db).list(id);
            for (const QString& item : exchange.agreedItems(id)) {
                if (ExchangeHash::isLedgerItem(item))
                    continue; // ledger entries are changed, never removed
                if (ExchangeHash::isPhotoItem(item)) {
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
                for (Building& building : storage::BuildingRepository(db).list(found->communityId))
                    bundle.buildings.push_back(std::move(building));
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
    if (auto refused = serverRefusal(m_db))
        return *refused;
    QElapsedTimer clock;
    clock.start();
    auto opened = storage::BundleFile::open(path);
    qCDebug(lcService) << "bundle read and checked:" << clock.elapsed() << "ms";
    if (!opened)
        return opened.error();
    storage::BundleFile& file = **opened;
    const Bundle& bundle = file.contents();
    const QString shown = QDir::toNativeSeparators(path);

    // The manifest's word on every set is checked before anything else.
    for (const BundleSet& s : bundle.sets) {
        if (sha256Hex(s.content) != s.sha256)
            return makeError(ErrorCode::InvalidInput,
                             tr("%1: the set %2 %3 does not match its checksum; the bundle was changed or damaged.")
                                 .arg(shown, s.code, s.version));
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
    BundleMerge::Context context {bundle.manifest.machine + u'/' + bundle.manifest.source,
                                  QSysInfo::machineHostName() + u'/' + QFileInfo(m_db.path()).fileName(),
                                  m_user,
                                  path,
                                  resolve,
                                  decisions};
    // The bundle attached beside the database for the bulk copy (ATTACH cannot run in a transaction).
    if (auto attached = storage::reading([&] { ExchangeRepository(m_db.connection()).attachBundle(path); }); !attached)
        return attached.error();
    const auto detach = qScopeGuard([&] {
        if (auto detached = storage::reading([&] { ExchangeRepository(m_db.connection()).detachBundle(); }); !detached)
            qCWarning(lcService) << "cannot detach the bundle:" << detached.error().message;
    });
    ImportReport report;
    auto run = storage::inTransaction(m_db, [&]() -> Result<void> {
        report = {};
        BundleMerge merge(m_db, m_sets, file, context, report);
        if (auto merged = merge.run(); !merged)
            return merged;
        qCDebug(lcService) << "merged:" << clock.elapsed() << "ms";
        report.undecided = merge.undecided();
        if (dryRun || report.undecided > 0)
            return makeError(ErrorCode::Conflict, kRollBack); // nothing changes
        return {};
    });
    qCDebug(lcService) << "committed:" << clock.elapsed() << "ms";
    if (!run && run.error().message != kRollBack)
        return run.error();
    report.applied = run.has_value();
    return report;
}

} // namespace cc
