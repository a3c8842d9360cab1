// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/PhotoImporter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

#include <cmath>

// exiv2 0.27 hands out std::auto_ptr, deprecated in C++11 and gone from the standard in C++17.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

namespace {

// A GPS coordinate: three rationals (degrees, minutes, seconds) and a reference (N/S, E/W).
std::optional<double> gpsCoordinate(const Exiv2::ExifData& exif, const char* key, const char* refKey)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    if (it == exif.end() || it->count() < 3)
        return std::nullopt;
    double value = 0;
    double scale = 1;
    for (long i = 0; i < 3; ++i) {
        const Exiv2::Rational r = it->toRational(i);
        if (r.second == 0)
            return std::nullopt;
        value += static_cast<double>(r.first) / r.second / scale;
        scale *= 60;
    }
    const auto ref = exif.findKey(Exiv2::ExifKey(refKey));
    if (ref != exif.end()) {
        const std::string r = ref->toString();
        if (r == "S" || r == "W")
            value = -value;
    }
    return value;
}

QByteArray encodeJpeg(const QImage& image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpg");
    writer.setQuality(quality);
    if (!writer.write(image.hasAlphaChannel() ? image.convertToFormat(QImage::Format_RGB32) : image))
        return {};
    return bytes;
}

} // namespace

void PhotoImporter::readExif(const QByteArray& bytes, cc::Photo& photo, QString* warning)
{
    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte*>(bytes.constData()),
                                               static_cast<long>(bytes.size()));
        if (!image.get())
            return;
        image->readMetadata();
        const Exiv2::ExifData& exif = image->exifData();
        if (exif.empty())
            return;
        for (const char* key : {"Exif.Photo.DateTimeOriginal", "Exif.Image.DateTime"}) {
            const auto it = exif.findKey(Exiv2::ExifKey(key));
            if (it != exif.end()) {
                const QDateTime t = QDateTime::fromString(QString::fromStdString(it->toString()),
                                                          QStringLiteral("yyyy:MM:dd HH:mm:ss"));
                if (t.isValid()) {
                    photo.takenAt = t; // camera local time, as the EXIF field has no zone
                    break;
                }
            }
        }
        photo.latitude = gpsCoordinate(exif, "Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef");
        photo.longitude = gpsCoordinate(exif, "Exif.GPSInfo.GPSLongitude", "Exif.GPSInfo.GPSLongitudeRef");
        const auto alt = exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSAltitude"));
        if (alt != exif.end()) {
            const Exiv2::Rational r = alt->toRational(0);
            if (r.second != 0) {
                double altitude = static_cast<double>(r.first) / r.second;
                const auto ref = exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSAltitudeRef"));
                if (ref != exif.end() && ref->toLong() == 1)
                    altitude = -altitude;
                photo.altitude = altitude;
            }
        }
        if (photo.latitude.has_value() != photo.longitude.has_value()) {
            photo.latitude.reset();
            photo.longitude.reset();
        }
    } catch (const Exiv2::AnyError& e) {
        photo.takenAt = {};
        photo.latitude.reset();
        photo.longitude.reset();
        photo.altitude.reset();
        if (warning)
            *warning = tr("%1: the EXIF data is damaged (%2); the photo is kept without capture time and position.")
                           .arg(photo.originalName, QString::fromStdString(e.what()));
    }
}
#pragma GCC diagnostic pop

cc::Result<PhotoImporter::Imported> PhotoImporter::readFile(const QString& path, int longestEdge)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return cc::makeError(cc::ErrorCode::Io, tr("%1 is not a file.").arg(info.fileName()));
    if (info.size() > cc::Photo::kMaxOriginalBytes) {
        return cc::makeError(cc::ErrorCode::InvalidInput,
                             tr("%1 is %2 MB; photos up to %3 MB are accepted.")
                                 .arg(info.fileName())
                                 .arg(static_cast<double>(info.size()) / 1048576.0, 0, 'f', 1)
                                 .arg(cc::Photo::kMaxOriginalBytes / 1048576));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cc::makeError(cc::ErrorCode::Io, tr("Cannot read %1: %2").arg(info.fileName(), file.errorString()));
    return readBytes(file.readAll(), info.fileName(), longestEdge);
}

cc::Result<PhotoImporter::Imported>
PhotoImporter::readBytes(const QByteArray& bytes, const QString& name, int longestEdge)
{
    if (bytes.size() > cc::Photo::kMaxOriginalBytes) {
        return cc::makeError(cc::ErrorCode::InvalidInput,
                             tr("%1 is %2 MB; photos up to %3 MB are accepted.")
                                 .arg(name)
                                 .arg(static_cast<double>(bytes.size()) / 1048576.0, 0, 'f', 1)
                                 .arg(cc::Photo::kMaxOriginalBytes / 1048576));
    }
    Imported out;
    out.photo.originalName = name;
    out.photo.originalSize = bytes.size();
    out.photo.originalSha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // upright, as the camera meant
    if (!reader.canRead())
        return cc::makeError(cc::ErrorCode::InvalidInput,
                             tr("%1 is not an image this program can read (JPEG, PNG, BMP, GIF).").arg(name));
    const QSize size = reader.size(); // before rotation
    if (size.isValid() && std::max(size.width(), size.height()) > longestEdge)
        reader.setScaledSize(size.scaled(longestEdge, longestEdge, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return cc::makeError(cc::ErrorCode::InvalidInput,
                             tr("%1 cannot be decoded: %2").arg(name, reader.errorString()));

    QString warning;
    readExif(bytes, out.photo, &warning);
    if (!warning.isEmpty())
        out.warnings << warning;
    out.image = encodeJpeg(image, 85);
    out.thumbnail =
        encodeJpeg(image.scaled(kThumbnailEdge, kThumbnailEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation), 80);
    if (out.image.isEmpty() || out.thumbnail.isEmpty())
        return cc::makeError(cc::ErrorCode::Io, tr("%1 could not be re-encoded as JPEG.").arg(name));
    out.photo.width = image.width();
    out.photo.height = image.height();
    return out;
}
