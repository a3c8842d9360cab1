// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cc {

using PhotoId = Id<struct PhotoTag>;

// A photo attached to one indicator of one assessment. The bytes (a downscaled JPEG and a
// thumbnail) live in the companion NAME.photos.sqlite file, addressed by `storedSha256`; the
// original's hash, size, capture time and GPS position are kept as fields.
struct Photo
{
    PhotoId id;
    AssessmentId assessmentId;
    QString indicatorCode;
    QString originalSha256;
    QString storedSha256;
    QString originalName;
    qint64 originalSize = 0;
    int width = 0; // of the stored copy
    int height = 0;
    QString caption;
    QDateTime takenAt; // EXIF DateTimeOriginal, when the camera gave one
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<double> altitude;
    int position = 0;
    QDateTime createdAt;

    // Originals above this are refused: the stored copy is downscaled, but the import must read them.
    static constexpr qint64 kMaxOriginalBytes = 30LL * 1024 * 1024;
};

// A photo to store: its metadata (id, assessment, position and stored hash are filled in by the
// service), the downscaled JPEG and a small JPEG thumbnail. The app decodes images; core keeps bytes.
struct PhotoUpload
{
    Photo photo;
    QByteArray image;
    QByteArray thumbnail;
};

} // namespace cc
