// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Photo.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace cc::storage {

// Photo records (main file) and their bytes (the attached companion file, schema `photostore`).
// Bytes are content-addressed and never deleted here, so undoing a deletion needs only the record.
// Throws StorageError; callers hold the transaction.
class PhotoRepository final
{
public:
    explicit PhotoRepository(QSqlDatabase& db)
        : m_db(db)
    { }

    // A row of the columns uuid, assessment uuid, indicator_code, original_sha256, stored_sha256,
    // original_name, original_size, width, height, caption, taken_at, gps_latitude, gps_longitude,
    // gps_altitude, position, created_at (a bundle's table has them too).
    static Photo fromRow(const class QSqlQuery& q);

    void storeBytes(const QString& sha256, const QByteArray& image, const QByteArray& thumbnail);
    void insert(const Photo& photo);
    void remove(const PhotoId& id);
    void setCaption(const PhotoId& id, const QString& caption);
    std::optional<Photo> find(const PhotoId& id);
    std::vector<Photo> list(const AssessmentId& assessment, const QString& indicatorCode);
    QByteArray image(const QString& sha256);
    QByteArray thumbnail(const QString& sha256);
    int nextPosition(const AssessmentId& assessment, const QString& indicatorCode);

private:
    QSqlDatabase& m_db;
};

} // namespace cc::storage
