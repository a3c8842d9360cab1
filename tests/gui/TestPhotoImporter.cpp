// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/History.h"
#include "app/gui/AssessmentDocument.h"
#include "app/gui/AssessmentWindow.h"
#include "app/gui/ErrorPresenter.h"
#include "app/render/PhotoImporter.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QListWidget>
#include <QTemporaryDir>

using Catch::Approx;

namespace {

QString photo(const char* name)
{
    return QStringLiteral(CC_TEST_DATA "/photos/") + QString::fromLatin1(name);
}

} // namespace

TEST_CASE("gui: EXIF capture time and GPS are kept; the image is turned upright", "[gui][photos]")
{
    auto imported = PhotoImporter::readFile(photo("WithGps.jpg"));
    REQUIRE(imported);
    CHECK(imported->warnings.isEmpty());
    CHECK(imported->photo.takenAt == QDateTime(QDate(2025, 6, 18), QTime(10, 21, 33)));
    REQUIRE(imported->photo.latitude);
    CHECK(*imported->photo.latitude == Approx(28.699567).margin(1e-5));
    CHECK(*imported->photo.longitude == Approx(115.8579).margin(1e-5));
    CHECK(*imported->photo.altitude == Approx(23.5));
    // orientation 6: the 640 × 480 original is stored as 480 × 640
    CHECK(imported->photo.width == 480);
    CHECK(imported->photo.height == 640);
    CHECK(imported->photo.originalSha256.size() == 64);
    CHECK(QImage::fromData(imported->image, "JPG").size() == QSize(480, 640));
    CHECK(std::max(QImage::fromData(imported->thumbnail, "JPG").width(),
                   QImage::fromData(imported->thumbnail, "JPG").height())
          == PhotoImporter::kThumbnailEdge);
}

TEST_CASE("gui: a large photo is downscaled to the longest edge", "[gui][photos]")
{
    QImage big(4000, 3000, QImage::Format_RGB32);
    big.fill(QColor(0x5a, 0x8f, 0x6a));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(big.save(&buffer, "JPG", 90));
    auto imported = PhotoImporter::readBytes(bytes, QStringLiteral("big.jpg"), 2048);
    REQUIRE(imported);
    CHECK(imported->photo.width == 2048);
    CHECK(imported->photo.height == 1536);
    CHECK(imported->photo.originalSize == bytes.size());
    CHECK_FALSE(imported->photo.takenAt.isValid());
}

TEST_CASE("gui: broken photos are refused or kept without EXIF, with the file named", "[gui][photos][broken]")
{
    auto corrupt = PhotoImporter::readFile(photo("CorruptExif.jpg"));
    REQUIRE(corrupt); // the picture itself is fine
    CHECK_FALSE(corrupt->photo.takenAt.isValid());
    CHECK_FALSE(corrupt->photo.latitude);
    REQUIRE(corrupt->warnings.size() == 1);
    CHECK(corrupt->warnings.first().contains(QStringLiteral("CorruptExif.jpg")));

    auto notImage = PhotoImporter::readFile(photo("NotAnImage.jpg"));
    REQUIRE_FALSE(notImage);
    CHECK(notImage.error().message.contains(QStringLiteral("NotAnImage.jpg")));

    QTemporaryDir dir;
    const QString huge = dir.filePath(QStringLiteral("huge.jpg"));
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(40LL * 1024 * 1024)); // 40 MB, sparse: refused before reading
    }
    auto tooBig = PhotoImporter::readFile(huge);
    REQUIRE_FALSE(tooBig);
    CHECK(tooBig.error().message.contains(QStringLiteral("huge.jpg")));
    CHECK(tooBig.error().message.contains(QStringLiteral("40.0")));
}

TEST_CASE("gui: photos added in the entry screen can be undone and redone", "[gui][photos]")
{
    testing::Fixture f;
    History history(*f.ws);
    AssessmentWindow window(history, f.check, QStringLiteral("en"));
    REQUIRE(window.isLoaded());
    window.showIndicator(QStringLiteral("B1-01"));
    ErrorPresenter::setNextAnswer(QMessageBox::Ok); // the refused file's message box
    CHECK(window.addPhotoFiles({photo("WithGps.jpg"), photo("Plain.jpg"), photo("NotAnImage.jpg")}) == 2);
    auto* list = window.findChild<QListWidget*>(QStringLiteral("photoListWidget"));
    REQUIRE(list);
    CHECK(list->count() == 2);
    CHECK(f.ws->photos().list(f.check, QStringLiteral("B1-01"))->size() == 2);
    history.undo(); // one step for the whole drop
    CHECK(f.ws->photos().list(f.check)->empty());
    CHECK(list->count() == 0);
    history.redo();
    CHECK(f.ws->photos().list(f.check)->size() == 2);
    CHECK(list->count() == 2);
}
