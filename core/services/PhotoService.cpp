// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/PhotoService.h"

#include "core/domain/Ledger.h"
#include "core/services/AssessmentService.h"
#include "core/storage/BuildingRepository.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/Transaction.h"

#include <QCryptographicHash>

namespace cc {

PhotoService::PhotoService(storage::Database& db, AssessmentService& assessments, const QString& userName)
    : m_db(db)
    , m_assessments(assessments)
    , m_user(userName)
{ }

Result<Assessment> PhotoService::editable(const AssessmentId& assessment)
{
    auto a = m_assessments.find(assessment);
    if (!a)
        return a.error();
    if (!a->isEditable())
        return makeError(ErrorCode::Locked,
                         tr("The assessment %1 is marked \"%2\"; its photos cannot be changed.")
                             .arg(assessment.toString(), AssessmentService::statusName(a->status)));
    if (auto refused = AssessmentService::whyNotEditable(*a, m_db.access()))
        return *refused;
    return a;
}

void PhotoService::audit(const Assessment& assessment,
                         const QString& field,
                         const QString& oldValue,
                         const QString& newValue)
{
    if (!assessment.wasSubmitted())
        return;
    storage::SettingsRepository(m_db.connection())
        .appendAudit({QDateTime::currentDateTimeUtc(),
                      m_user,
                      QStringLiteral("photo"),
                      assessment.id.toString(),
                      field,
                      oldValue,
                      newValue,
                      {}});
}

Result<std::vector<Photo>> PhotoService::add(const AssessmentId& assessment, const std::vector<PhotoUpload>& uploads)
{
    if (auto checked = editable(assessment); !checked)
        return checked.error();
    auto scored = m_assessments.score(assessment);
    if (!scored)
        return scored.error();
    // Every photo is checked before anything is written.
    std::vector<Photo> photos;
    for (const PhotoUpload& upload : uploads) {
        Photo photo = upload.photo;
        if (photo.originalSize > Photo::kMaxOriginalBytes)
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 is %2 MB; photos up to %3 MB are accepted.")
                                 .arg(photo.originalName)
                                 .arg(static_cast<double>(photo.originalSize) / 1048576.0, 0, 'f', 1)
                                 .arg(Photo::kMaxOriginalBytes / 1048576));
        if (upload.image.isEmpty() || upload.thumbnail.isEmpty() || photo.originalSha256.size() != 64)
            return makeError(ErrorCode::InvalidInput, tr("%1: the photo has no image data.").arg(photo.originalName));
        if (const auto ledger = parseLedgerPhotoKey(photo.indicatorCode)) {
            // A photo of a building's item in the ledger: a building of the check's community, an
            // item of its set's catalogue.
            const auto building =
                storage::reading([&] { return storage::BuildingRepository(m_db.connection()).find(ledger->building); });
            if (!building)
                return building.error();
            if (!*building || !((*building)->communityId == scored->assessment.communityId))
                return makeError(
                    ErrorCode::InvalidInput,
                    tr("%1: the building is not in the register of the check's community.").arg(photo.originalName));
            const LedgerItem* item = findLedgerItem(ledgerItemsOf(*scored->set), ledger->item);
            if (!item)
                return makeError(ErrorCode::InvalidInput,
                                 tr("\"%1\" is not an item of the building ledger.").arg(ledger->item));
            photo.indicatorCode = ledgerPhotoKey(ledger->building, item->code);
        } else if (!scored->set->indicator(photo.indicatorCode)) {
            return makeError(ErrorCode::InvalidInput,
                             tr("%1: no indicator with this code in the set.").arg(photo.indicatorCode));
        }
        photo.id = PhotoId::create();
        photo.assessmentId = assessment;
        photo.storedSha256 =
            QString::fromLatin1(QCryptographicHash::hash(upload.image, QCryptographicHash::Sha256).toHex());
        photo.createdAt = QDateTime::currentDateTimeUtc();
        photos.push_back(std::move(photo));
    }
    // The bytes go to the companion file and are committed on their own, first: SQLite does not
    // commit two WAL files atomically, so a crash may leave unreferenced bytes (harmless) but never a
    // record without its image. Then the records, all in one transaction.
    auto bytesStored = storage::inTransaction(m_db, [&] {
        storage::PhotoRepository repository(m_db.connection());
        for (size_t i = 0; i < uploads.size(); ++i)
            repository.storeBytes(photos[i].storedSha256, uploads[i].image, uploads[i].thumbnail);
    });
    if (!bytesStored)
        return bytesStored.error();
    return storage::inTransaction(m_db, [&] {
        storage::PhotoRepository repository(m_db.connection());
        for (Photo& photo : photos) {
            photo.position = repository.nextPosition(assessment, photo.indicatorCode);
            repository.insert(photo);
            audit(scored->assessment, photo.indicatorCode, {}, tr("photo %1 added").arg(photo.originalName));
        }
        return photos;
    });
}

Result<std::vector<Photo>> PhotoService::list(const AssessmentId& assessment, const QString& indicatorCode)
{
    return storage::reading(
        [&] { return storage::PhotoRepository(m_db.connection()).list(assessment, indicatorCode); });
}

Result<Photo> PhotoService::find(const PhotoId& id)
{
    return storage::reading([&]() -> Result<Photo> {
        if (auto photo = storage::PhotoRepository(m_db.connection()).find(id))
            return *photo;
        return makeError(ErrorCode::NotFound, tr("No photo has the ID %1.").arg(id.toString()));
    });
}

Result<QByteArray> PhotoService::image(const Photo& photo)
{
    return bytes(photo, false);
}

Result<QByteArray> PhotoService::thumbnail(const Photo& photo)
{
    return bytes(photo, true);
}

Result<QByteArray> PhotoService::bytes(const Photo& photo, bool thumbnail)
{
    return storage::reading([&]() -> Result<QByteArray> {
        storage::PhotoRepository repository(m_db.connection());
        QByteArray data = thumbnail ? repository.thumbnail(photo.storedSha256) : repository.image(photo.storedSha256);
        if (data.isEmpty())
            return missingBytes(photo);
        return data;
    });
}

Error PhotoService::missingBytes(const Photo& photo) const
{
    return makeError(
        ErrorCode::NotFound,
        tr("The image of %1 is missing from the photo file %2.").arg(photo.originalName, m_db.photoStorePath()));
}

Result<void> PhotoService::remove(const std::vector<PhotoId>& ids)
{
    std::vector<Photo> photos;
    for (const PhotoId& id : ids) {
        auto photo = find(id);
        if (!photo)
            return photo.error();
        photos.push_back(std::move(photo).value());
    }
    return storage::inTransaction(m_db, [&]() -> Result<void> {
        storage::PhotoRepository repository(m_db.connection());
        for (const Photo& photo : photos) {
            auto assessment = editable(photo.assessmentId);
            if (!assessment)
                return assessment.error();
            repository.remove(photo.id);
            audit(*assessment, photo.indicatorCode, tr("photo %1").arg(photo.originalName), tr("deleted"));
        }
        return {};
    });
}

Result<void> PhotoService::restore(const std::vector<Photo>& photos)
{
    return storage::inTransaction(m_db, [&]() -> Result<void> {
        storage::PhotoRepository repository(m_db.connection());
        for (const Photo& photo : photos) {
            auto assessment = editable(photo.assessmentId);
            if (!assessment)
                return assessment.error();
            if (repository.image(photo.storedSha256).isEmpty())
                return missingBytes(photo);
            repository.insert(photo);
            audit(*assessment, photo.indicatorCode, {}, tr("photo %1 restored").arg(photo.originalName));
        }
        return {};
    });
}

Result<void> PhotoService::setCaption(const PhotoId& id, const QString& caption)
{
    auto photo = find(id);
    if (!photo)
        return photo.error();
    auto assessment = editable(photo->assessmentId);
    if (!assessment)
        return assessment.error();
    return storage::inTransaction(m_db, [&] {
        storage::PhotoRepository(m_db.connection()).setCaption(id, caption.trimmed());
        audit(*assessment, photo->indicatorCode, photo->caption, caption.trimmed());
    });
}

} // namespace cc
