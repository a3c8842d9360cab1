// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QCryptographicHash>
#include <QFileInfo>

namespace {

struct Fixture : testing::Fixture
{
    cc::AssessmentId id = check;

    Fixture()
        : testing::Fixture({.fileName = QStringLiteral("photos.sqlite")})
    { }

    cc::Result<cc::Photo> add(const char* code, const QByteArray& image, const char* name = "IMG_0001.jpg")
    {
        cc::Photo p;
        p.indicatorCode = QString::fromLatin1(code);
        p.originalName = QString::fromLatin1(name);
        p.originalSize = image.size() * 3;
        p.originalSha256 = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray(image).append("original"), QCryptographicHash::Sha256).toHex());
        p.width = 2048;
        p.height = 1536;
        p.takenAt = QDateTime(QDate(2025, 6, 18), QTime(10, 21, 33));
        p.latitude = 28.6996;
        p.longitude = 115.8579;
        auto added = ws->photos().add(id, {cc::PhotoUpload {p, image, QByteArray("thumb:").append(image)}});
        if (!added)
            return added.error();
        return added->front();
    }
};

} // namespace

TEST_CASE("Photos are stored in the companion file and listed per indicator", "[services][photos]")
{
    Fixture f;
    // On a server the bytes live in the schema photostore instead, which dumpDatabase() leaves out.
    if (!testing::onServer())
        CHECK(QFileInfo::exists(f.dir.filePath(QStringLiteral("photos.photos.sqlite"))));
    auto a = f.add("B1-01", "jpeg-bytes-1");
    auto b = f.add("B1-01", "jpeg-bytes-2", "IMG_0002.jpg");
    auto c = f.add("A-01", "jpeg-bytes-1"); // same bytes: stored once, two records
    REQUIRE_OK(a);
    REQUIRE_OK(b);
    REQUIRE_OK(c);
    CHECK(a->storedSha256
          == QString::fromLatin1(QCryptographicHash::hash("jpeg-bytes-1", QCryptographicHash::Sha256).toHex()));
    auto listed = f.ws->photos().list(f.id, QStringLiteral("B1-01"));
    REQUIRE_OK(listed);
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).position == 0);
    CHECK(listed->at(1).position == 1);
    CHECK(listed->at(0).takenAt == QDateTime(QDate(2025, 6, 18), QTime(10, 21, 33)));
    CHECK(*listed->at(0).latitude == 28.6996);
    auto bytes = f.ws->photos().image(listed->at(1));
    REQUIRE_OK(bytes);
    CHECK(*bytes == "jpeg-bytes-2");
    auto thumb = f.ws->photos().thumbnail(listed->at(1));
    REQUIRE_OK(thumb);
    CHECK(*thumb == "thumb:jpeg-bytes-2");
    CHECK(f.ws->photos().list(f.id)->size() == 3);
    // the main file keeps no image bytes
    CHECK_FALSE(testing::dumpDatabase(f.path).contains(QStringLiteral("jpeg-bytes")));
}

TEST_CASE("Deleting a photo can be undone; captions are kept", "[services][photos]")
{
    Fixture f;
    auto photo = f.add("B1-01", "bytes");
    REQUIRE_OK(photo);
    REQUIRE_OK(f.ws->photos().setCaption(photo->id, QStringLiteral("  3号楼燃气立管锈蚀 ")));
    auto captioned = f.ws->photos().find(photo->id);
    REQUIRE_OK(captioned);
    CHECK(captioned->caption == u"3号楼燃气立管锈蚀");
    REQUIRE_OK(f.ws->photos().remove({photo->id}));
    CHECK(f.ws->photos().list(f.id)->empty());
    REQUIRE_OK(f.ws->photos().restore({*captioned}));
    auto back = f.ws->photos().list(f.id);
    REQUIRE(back->size() == 1);
    CHECK(back->front().id == photo->id);
    CHECK(back->front().caption == u"3号楼燃气立管锈蚀");
    CHECK(*f.ws->photos().image(back->front()) == "bytes");
}

TEST_CASE("Bad photos change nothing", "[services][photos][broken]")
{
    Fixture f;
    const QString before = testing::dumpDatabase(f.path);
    cc::Photo huge;
    huge.indicatorCode = QStringLiteral("B1-01");
    huge.originalName = QStringLiteral("big.jpg");
    huge.originalSize = 40LL * 1024 * 1024;
    huge.originalSha256 = QString(64, u'a');
    auto refused = f.ws->photos().add(f.id, {cc::PhotoUpload {huge, "x", "y"}});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("big.jpg")));
    CHECK(refused.error().message.contains(QStringLiteral("30")));
    auto unknown = f.add("Z-99", "bytes");
    REQUIRE_FALSE(unknown);
    auto empty = f.add("B1-01", QByteArray());
    REQUIRE_FALSE(empty);
    CHECK(testing::dumpDatabase(f.path) == before);
}

TEST_CASE("A photo clears the photo rule of submission; submitted checks refuse photo changes",
          "[services][photos][workflow]")
{
    Fixture f;
    QByteArray set = testing::readFile(testing::dataPath(QStringLiteral("scoring/mini-set.json")));
    set.replace("\"version\": \"1\"", "\"version\": \"2\"");
    set.replace("\"bottom_line\": true}", "\"bottom_line\": true, \"evidence\": \"photo_required\"}");
    REQUIRE_OK(f.ws->sets().importJson(set, QStringLiteral("v2")));
    auto created = f.ws->assessments().create(
        {f.community.code, QStringLiteral("MINI"), QStringLiteral("2"), cc::Round {2026, {}}, {}});
    REQUIRE_OK(created);
    f.id = created->assessment.id;
    REQUIRE_OK(f.ws->assessments().importResponses(
        f.id,
        testing::readFile(testing::dataPath(QStringLiteral("scoring/responses-hazard.csv"))),
        QStringLiteral("h.csv")));
    CHECK(f.ws->workflow().blockers(f.id, QStringLiteral("en"))->size() == 1);
    auto photo = f.add("B1-01", "riser");
    REQUIRE_OK(photo);
    CHECK(f.ws->workflow().blockers(f.id, QStringLiteral("en"))->empty());
    REQUIRE_OK(f.ws->workflow().submit(f.id));
    auto locked = f.ws->photos().remove({photo->id});
    REQUIRE_FALSE(locked);
    CHECK(locked.error().code == cc::ErrorCode::Locked);
    REQUIRE_FALSE(f.add("B1-01", "another"));
}
