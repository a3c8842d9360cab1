// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/Photo.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <vector>

namespace cc::storage {
class Database;
}

namespace cc {

class AssessmentService;

// Photos of an assessment's indicators. The app decodes and downscales images (core holds no image
// code); this service checks, stores and lists what the app hands it. Only a draft or returned check
// takes changes; after its first submission every change is audited.
class PhotoService final
{
    Q_DECLARE_TR_FUNCTIONS(PhotoService)

public:
    PhotoService(storage::Database& db, AssessmentService& assessments, const QString& userName);

    // Stores photos of one indicator, all or none: each is checked (size, bytes, indicator) before
    // anything is written; the records come back with their IDs and positions. The indicator code of
    // each upload's `photo` names where it goes.
    Result<std::vector<Photo>> add(const AssessmentId& assessment, const std::vector<PhotoUpload>& uploads);
    Result<std::vector<Photo>> list(const AssessmentId& assessment, const QString& indicatorCode = {});
    Result<Photo> find(const PhotoId& id);
    Result<QByteArray> image(const Photo& photo);
    Result<QByteArray> thumbnail(const Photo& photo);
    // Deletion keeps the bytes, so restore() of the same records undoes it; both all or none.
    Result<void> remove(const std::vector<PhotoId>& ids);
    Result<void> restore(const std::vector<Photo>& photos);
    Result<void> setCaption(const PhotoId& id, const QString& caption);

private:
    // The assessment, when it takes changes (a draft or returned check); else the Locked error.
    Result<Assessment> editable(const AssessmentId& assessment);
    Result<QByteArray> bytes(const Photo& photo, bool thumbnail);
    Error missingBytes(const Photo& photo) const;
    // One line of the audit trail for a check that was submitted once (before that, a draft is the
    // assessor's own); throws StorageError inside the caller's transaction.
    void audit(const Assessment& assessment, const QString& field, const QString& oldValue, const QString& newValue);

    storage::Database& m_db;
    AssessmentService& m_assessments;
    QString m_user;
};

} // namespace cc
