// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Photo.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

// Turns a photo file into what the database keeps: the original's SHA-256, size, capture time and
// GPS position (EXIF, read with exiv2), a JPEG downscaled to a longest edge, and a thumbnail.
// Refuses originals over 30 MB and files that are not images, with a message that names the file.
class PhotoImporter final
{
    Q_DECLARE_TR_FUNCTIONS(PhotoImporter)

public:
    // What PhotoService stores (metadata, image, thumbnail; the indicator is set by the caller),
    // and what the reading noticed.
    struct Imported : cc::PhotoUpload
    {
        QStringList warnings; // e.g. unreadable EXIF: the photo is kept without time and place
    };

    static constexpr int kDefaultLongestEdge = 2048;
    static constexpr int kThumbnailEdge = 240;

    static cc::Result<Imported> readFile(const QString& path, int longestEdge = kDefaultLongestEdge);
    static cc::Result<Imported>
    readBytes(const QByteArray& bytes, const QString& name, int longestEdge = kDefaultLongestEdge);

    // EXIF capture time and GPS from the original bytes; sets `warning` when the EXIF is damaged.
    static void readExif(const QByteArray& bytes, cc::Photo& photo, QString* warning);
};
