// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PhotoRepository.h"

#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace cc::storage {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT p.uuid, a.uuid, p.indicator_code, p.original_sha256, p.stored_sha256, p.original_name,"
    " p.original_size, p.width, p.height, p.caption, p.taken_at, p.gps_latitude, p.gps_longitude,"
    " p.gps_altitude, p.position, p.created_at FROM photos p JOIN assessments a ON a.id = p.assessment_id");

} // namespace

Photo PhotoRepository::fromRow(const QSqlQuery& q)
{
    Photo p;
    p.id = PhotoId::fromString(q.value(0).toString());
    p.assessmentId = AssessmentId::fromString(q.value(1).toString());
    p.indicatorCode = q.value(2).toString();
    p.originalSha256 = q.value(3).toString();
    p.storedSha256 = q.value(4).toString();
    p.originalName = q.value(5).toString();
    p.originalSize = q.value(6).toLongLong();
    p.width = q.value(7).toInt();
    p.height = q.value(8).toInt();
    p.caption = q.value(9).toString();
    if (!q.value(10).isNull())
        p.takenAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
    p.latitude = optionalDouble(q.value(11));
    p.longitude = optionalDouble(q.value(12));
    p.altitude = optionalDouble(q.value(13));
    p.position = q.value(14).toInt();
    p.createdAt = toDateTime(q.value(15));
    return p;
}

void PhotoRepository::storeBytes(const QString& sha256, const QByteArray& image, const QByteArray& thumbnail)
{
    QSqlQuery q =
        prepareOrThrow(m_db,
                       QStringLiteral("INSERT INTO photostore.photo_blobs (sha256, image, thumbnail, created_at)"
                                      " VALUES (:sha, :image, :thumb, :at) ON CONFLICT (sha256) DO NOTHING"),
                       QStringLiteral("storing a photo"));
    q.bindValue(QStringLiteral(":sha"), sha256);
    q.bindValue(QStringLiteral(":image"), image);
    q.bindValue(QStringLiteral(":thumb"), thumbnail);
    q.bindValue(QStringLiteral(":at"), now());
    execOrThrow(q, QStringLiteral("storing a photo"));
}

void PhotoRepository::insert(const Photo& p)
{
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("INSERT INTO photos (uuid, assessment_id, indicator_code, original_sha256, stored_sha256,"
                       " original_name, original_size, width, height, caption, taken_at, gps_latitude, gps_longitude,"
                       " gps_altitude, position, created_at)"
                       " SELECT :uuid, a.id, :code, :osha, :ssha, :name, :size, :w, :h, :caption, :taken, :lat, :lon,"
                       " :alt, :pos, :created FROM assessments a WHERE a.uuid = :assessment"),
        QStringLiteral("recording a photo"));
    q.bindValue(QStringLiteral(":uuid"), p.id.toString());
    q.bindValue(QStringLiteral(":code"), p.indicatorCode);
    q.bindValue(QStringLiteral(":osha"), p.originalSha256);
    q.bindValue(QStringLiteral(":ssha"), p.storedSha256);
    q.bindValue(QStringLiteral(":name"), notNull(p.originalName));
    q.bindValue(QStringLiteral(":size"), p.originalSize);
    q.bindValue(QStringLiteral(":w"), p.width);
    q.bindValue(QStringLiteral(":h"), p.height);
    q.bindValue(QStringLiteral(":caption"), notNull(p.caption));
    q.bindValue(QStringLiteral(":taken"), p.takenAt.isValid() ? QVariant(p.takenAt.toString(Qt::ISODate)) : QVariant());
    q.bindValue(QStringLiteral(":lat"), nullable(p.latitude));
    q.bindValue(QStringLiteral(":lon"), nullable(p.longitude));
    q.bindValue(QStringLiteral(":alt"), nullable(p.altitude));
    q.bindValue(QStringLiteral(":pos"), p.position);
    q.bindValue(QStringLiteral(":created"), timestamp(p.createdAt));
    q.bindValue(QStringLiteral(":assessment"), p.assessmentId.toString());
    execOrThrow(q, QStringLiteral("recording a photo"));
}

void PhotoRepository::remove(const PhotoId& id)
{
    QSqlQuery q = prepareOrThrow(
        m_db, QStringLiteral("DELETE FROM photos WHERE uuid = :uuid"), QStringLiteral("deleting a photo"));
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, QStringLiteral("deleting a photo"));
}

void PhotoRepository::setCaption(const PhotoId& id, const QString& caption)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("UPDATE photos SET caption = :caption WHERE uuid = :uuid"),
                                 QStringLiteral("captioning a photo"));
    q.bindValue(QStringLiteral(":caption"), notNull(caption));
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, QStringLiteral("captioning a photo"));
}

std::optional<Photo> PhotoRepository::find(const PhotoId& id)
{
    QSqlQuery q =
        prepareOrThrow(m_db, kSelect + QStringLiteral(" WHERE p.uuid = :uuid"), QStringLiteral("looking up a photo"));
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, QStringLiteral("looking up a photo"));
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::vector<Photo> PhotoRepository::list(const AssessmentId& assessment, const QString& indicatorCode)
{
    QString sql = kSelect + QStringLiteral(" WHERE a.uuid = :assessment");
    if (!indicatorCode.isEmpty())
        sql += QStringLiteral(" AND p.indicator_code = :code");
    sql += QStringLiteral(" ORDER BY p.indicator_code, p.position, p.created_at");
    QSqlQuery q = prepareOrThrow(m_db, sql, QStringLiteral("listing photos"));
    q.bindValue(QStringLiteral(":assessment"), assessment.toString());
    if (!indicatorCode.isEmpty())
        q.bindValue(QStringLiteral(":code"), indicatorCode);
    execOrThrow(q, QStringLiteral("listing photos"));
    std::vector<Photo> out;
    while (q.next())
        out.push_back(fromRow(q));
    return out;
}

QByteArray PhotoRepository::image(const QString& sha256)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT image FROM photostore.photo_blobs WHERE sha256 = :sha"),
                                 QStringLiteral("reading a photo"));
    q.bindValue(QStringLiteral(":sha"), sha256);
    execOrThrow(q, QStringLiteral("reading a photo"));
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

QByteArray PhotoRepository::thumbnail(const QString& sha256)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT thumbnail FROM photostore.photo_blobs WHERE sha256 = :sha"),
                                 QStringLiteral("reading a thumbnail"));
    q.bindValue(QStringLiteral(":sha"), sha256);
    execOrThrow(q, QStringLiteral("reading a thumbnail"));
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

int PhotoRepository::nextPosition(const AssessmentId& assessment, const QString& indicatorCode)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT COALESCE(MAX(p.position), -1) + 1 FROM photos p"
                                                " JOIN assessments a ON a.id = p.assessment_id"
                                                " WHERE a.uuid = :assessment AND p.indicator_code = :code"),
                                 QStringLiteral("ordering photos"));
    q.bindValue(QStringLiteral(":assessment"), assessment.toString());
    q.bindValue(QStringLiteral(":code"), indicatorCode);
    execOrThrow(q, QStringLiteral("ordering photos"));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace cc::storage
