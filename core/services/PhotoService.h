// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    // `photo` carries the metadata (the id, position and stored hash are filled in here);
    // `image` is the stored JPEG, `thumbnail` a small JPEG.
    Result<Photo>
    add(const AssessmentId& assessment, Photo photo, const QByteArray& image, const QByteArray& thumbnail);
    Result<std::vector<Photo>> list(const AssessmentId& assessment, const QString& indicatorCode = {});
    Result<Photo> find(const PhotoId& id);
    Result<QByteArray> image(const Photo& photo);
    Result<QByteArray> thumbnail(const Photo& photo);
    // Deletion keeps the bytes, so restore() of the same record undoes it.
    Result<void> remove(const PhotoId& id);
    Result<void> restore(const Photo& photo);
    Result<void> setCaption(const PhotoId& id, const QString& caption);

private:
    Result<void> checkEditable(const AssessmentId& assessment);
    Result<QByteArray> bytes(const Photo& photo, bool thumbnail);
    Error missingBytes(const Photo& photo) const;
    void audit(const AssessmentId& assessment, const QString& field, const QString& oldValue, const QString& newValue);

    storage::Database& m_db;
    AssessmentService& m_assessments;
    QString m_user;
};

} // namespace cc
