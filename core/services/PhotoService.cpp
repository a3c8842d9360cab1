// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/PhotoService.h"

#include "core/services/AssessmentService.h"
#include "core/storage/Database.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/SqlError.h"
#include "core/storage/TransactionGuard.h"

#include <QCryptographicHash>

namespace cc {

PhotoService::PhotoService(storage::Database& db, AssessmentService& assessments, const QString& userName)
    : m_db(db)
    , m_assessments(assessments)
    , m_user(userName)
{ }

Result<void> PhotoService::checkEditable(const AssessmentId& assessment)
{
    auto a = m_assessments.find(assessment);
    if (!a)
        return a.error();
    if (!a->isEditable())
        return makeError(ErrorCode::Locked,
                         tr("The assessment %1 is marked \"%2\"; its photos cannot be changed.")
                             .arg(assessment.toString(), AssessmentService::statusName(a->status)));
    return {};
}

void PhotoService::audit(const AssessmentId& assessment,
                         const QString& field,
                         const QString& oldValue,
                         const QString& newValue)
{
    auto a = m_assessments.find(assessment);
    if (!a || !a->wasSubmitted())
        return;
    storage::SettingsRepository(m_db.connection())
        .appendAudit({QDateTime::currentDateTimeUtc(),
                      m_user,
                      QStringLiteral("photo"),
                      assessment.toString(),
                      field,
                      oldValue,
                      newValue,
                      {}});
}

Result<Photo>
PhotoService::add(const AssessmentId& assessment, Photo photo, const QByteArray& image, const QByteArray& thumbnail)
{
    if (auto editable = checkEditable(assessment); !editable)
        return editable.error();
    if (photo.originalSize > Photo::kMaxOriginalBytes)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is %2 MB; photos up to %3 MB are accepted.")
                             .arg(photo.originalName)
                             .arg(static_cast<double>(photo.originalSize) / 1048576.0, 0, 'f', 1)
                             .arg(Photo::kMaxOriginalBytes / 1048576));
    if (image.isEmpty() || thumbnail.isEmpty() || photo.originalSha256.size() != 64)
        return makeError(ErrorCode::InvalidInput, tr("%1: the photo has no image data.").arg(photo.originalName));
    auto scored = m_assessments.score(assessment);
    if (!scored)
        return scored.error();
    if (!scored->set->indicator(photo.indicatorCode))
        return makeError(ErrorCode::InvalidInput,
                         tr("%1: no indicator with this code in the set.").arg(photo.indicatorCode));
    photo.id = PhotoId::create();
    photo.assessmentId = assessment;
    photo.storedSha256 = QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex());
    photo.createdAt = QDateTime::currentDateTimeUtc();
    try {
        storage::PhotoRepository repository(m_db.connection());
        {
            // The bytes go to the companion file and are committed on their own, first: SQLite does not
            // commit two WAL files atomically, so a crash may leave unreferenced bytes (harmless) but
            // never a record without its image.
            auto bytesGuard = storage::TransactionGuard::begin(m_db.connection());
            if (!bytesGuard)
                return bytesGuard.error();
            repository.storeBytes(photo.storedSha256, image, thumbnail);
            if (auto committed = bytesGuard->commit(); !committed)
                return committed.error();
        }
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        photo.position = repository.nextPosition(assessment, photo.indicatorCode);
        repository.insert(photo);
        audit(assessment, photo.indicatorCode, {}, tr("photo %1 added").arg(photo.originalName));
        if (auto committed = guard->commit(); !committed)
            return committed.error();
        return photo;
    } catch (const storage::StorageError& e) {
        return e.error;
    }
}

Result<std::vector<Photo>> PhotoService::list(const AssessmentId& assessment, const QString& indicatorCode)
{
    try {
        return storage::PhotoRepository(m_db.connection()).list(assessment, indicatorCode);
    } catch (const storage::StorageError& e) {
        return e.error;
    }
}

Result<Photo> PhotoService::find(const PhotoId& id)
{
    try {
        if (auto photo = storage::PhotoRepository(m_db.connection()).find(id))
            return *photo;
        return makeError(ErrorCode::NotFound, tr("No photo has the ID %1.").arg(id.toString()));
    } catch (const storage::StorageError& e) {
        return e.error;
    }
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
    try {
        storage::PhotoRepository repository(m_db.connection());
        QByteArray data = thumbnail ? repository.thumbnail(photo.storedSha256) : repository.image(photo.storedSha256);
        if (data.isEmpty())
            return missingBytes(photo);
        return data;
    } catch (const storage::StorageError& e) {
        return e.error;
    }
}

Error PhotoService::missingBytes(const Photo& photo) const
{
    return makeError(
        ErrorCode::NotFound,
        tr("The image of %1 is missing from the photo file %2.").arg(photo.originalName, m_db.photoStorePath()));
}

Result<void> PhotoService::remove(const PhotoId& id)
{
    auto photo = find(id);
    if (!photo)
        return photo.error();
    if (auto editable = checkEditable(photo->assessmentId); !editable)
        return editable.error();
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        storage::PhotoRepository(m_db.connection()).remove(id);
        audit(photo->assessmentId, photo->indicatorCode, tr("photo %1").arg(photo->originalName), tr("deleted"));
        return guard->commit();
    } catch (const storage::StorageError& e) {
        return e.error;
    }
}

Result<void> PhotoService::restore(const Photo& photo)
{
    if (auto editable = checkEditable(photo.assessmentId); !editable)
        return editable.error();
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        storage::PhotoRepository repository(m_db.connection());
        if (repository.image(photo.storedSha256).isEmpty())
            return missingBytes(photo);
        repository.insert(photo);
        audit(photo.assessmentId, photo.indicatorCode, {}, tr("photo %1 restored").arg(photo.originalName));
        return guard->commit();
    } catch (const storage::StorageError& e) {
        return e.error;
    }
}

Result<void> PhotoService::setCaption(const PhotoId& id, const QString& caption)
{
    auto photo = find(id);
    if (!photo)
        return photo.error();
    if (auto editable = checkEditable(photo->assessmentId); !editable)
        return editable.error();
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        storage::PhotoRepository(m_db.connection()).setCaption(id, caption.trimmed());
        audit(photo->assessmentId, photo->indicatorCode, photo->caption, caption.trimmed());
        return guard->commit();
    } catch (const storage::StorageError& e) {
        return e.error;
    }
}

} // namespace cc
