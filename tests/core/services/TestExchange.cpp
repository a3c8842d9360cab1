// SPDX-License-Identifier: GPL-3.0-or-later
// Field ↔ office exchange: two laptops and the county office pass bundles; every answer ends where a
// person would expect, each conflict is shown, and the audit trail tells the story. Bad bundles are
// refused and leave the office database byte for byte as it was.
#include "core/services/Workspace.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/BundleFile.h"
#include "core/storage/Database.h"
#include "core/storage/ExchangeRepository.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <functional>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

using cc::AssessmentStatus;
using cc::Response;
using Resolve = cc::ExchangeService::Resolve;

namespace {

// The office and two laptops that started from a copy of the office's database.
struct Offices
{
    testing::Fixture office {{.user = QStringLiteral("王审核"), .set = testing::FixtureSet::Default}};
    std::unique_ptr<cc::Workspace> a;
    std::unique_ptr<cc::Workspace> b;

    Offices()
    {
        office.ws.reset(); // the files are whole on disk
        for (const char* name : {"a", "b"}) {
            for (const char* suffix : {".sqlite", ".photos.sqlite"}) {
                const QString from =
                    QString(office.path).replace(QStringLiteral(".sqlite"), QString::fromLatin1(suffix));
                REQUIRE(QFile::copy(from, office.file(QString::fromLatin1(name) + QString::fromLatin1(suffix))));
            }
        }
        office.ws = open(office.path, QStringLiteral("王审核"));
        a = open(office.file(QStringLiteral("a.sqlite")), QStringLiteral("李明"));
        b = open(office.file(QStringLiteral("b.sqlite")), QStringLiteral("张芳"));
    }

    static std::unique_ptr<cc::Workspace> open(const QString& path, const QString& user)
    {
        return testing::valueOf(cc::Workspace::open(path, cc::Workspace::OpenMode::MustExist, user));
    }

    QString bundle(const char* name) const { return office.file(QString::fromLatin1(name)); }
};

void answer(cc::Workspace& ws, const cc::AssessmentId& id, const char* code, double value)
{
    REQUIRE_OK(ws.assessments().saveResponses(id, {Response {QString::fromLatin1(code), value, false, {}, false, {}}}));
}

double valueOf(cc::Workspace& ws, const cc::AssessmentId& id, const char* code)
{
    for (const Response& r : testing::valueOf(ws.assessments().responses(id))) {
        if (r.indicatorCode == QString::fromLatin1(code))
            return std::get<double>(r.value);
    }
    return -1;
}

cc::ImportReport import(cc::Workspace& ws, const QString& path, Resolve resolve = Resolve::None, bool dryRun = false)
{
    return testing::valueOf(ws.exchange().importBundle(path, dryRun, resolve));
}

} // namespace

TEST_CASE("Bundles: two laptops, one office, a returned check and a conflict, nothing lost", "[exchange][sqlite-only]")
{
    Offices o;
    const cc::AssessmentId shared = o.office.check; // DEMO-001's 2025 check, on every machine

    // A answers the shared check; B answers it too, one value the same way and one differently.
    answer(*o.a, shared, "A1-02", 4);
    answer(*o.a, shared, "A2-01", 80);
    answer(*o.b, shared, "A2-01", 60);
    answer(*o.b, shared, "A2-03", 2);
    REQUIRE(o.a->exchange().exportBundle({shared}, o.bundle("a1.ccbundle"), QStringLiteral("A")));
    REQUIRE(o.b->exchange().exportBundle({shared}, o.bundle("b1.ccbundle"), QStringLiteral("B")));

    // The office first sees what A's bundle will do, then takes it: three answers new to it.
    const auto preview = import(*o.office.ws, o.bundle("a1.ccbundle"), Resolve::None, true);
    CHECK_FALSE(preview.applied);
    CHECK(preview.updatedAnswers == 2);
    CHECK(valueOf(*o.office.ws, shared, "A2-01") == -1); // a dry run changes nothing
    const auto fromA = import(*o.office.ws, o.bundle("a1.ccbundle"));
    CHECK(fromA.applied);
    CHECK(fromA.conflicts.empty());
    CHECK(valueOf(*o.office.ws, shared, "A1-02") == 4);
    CHECK(valueOf(*o.office.ws, shared, "A2-01") == 80);

    // B's bundle: A2-01 was changed on both sides since they last agreed (never): a conflict, shown,
    // and nothing applied without a decision; A2-03 only B changed.
    const auto stopped = import(*o.office.ws, o.bundle("b1.ccbundle"));
    CHECK_FALSE(stopped.applied);
    REQUIRE(stopped.conflicts.size() == 1);
    CHECK(stopped.conflicts[0].item == u"A2-01");
    CHECK(stopped.conflicts[0].ours == u"80");
    CHECK(stopped.conflicts[0].theirs == u"60");
    CHECK(stopped.conflicts[0].theirsBy == u"张芳");
    CHECK(valueOf(*o.office.ws, shared, "A2-03") == -1);
    // Keep the office's value: B's other answer comes in, and B's 60 stays in the audit trail.
    const auto kept = import(*o.office.ws, o.bundle("b1.ccbundle"), Resolve::Ours);
    CHECK(kept.applied);
    CHECK(valueOf(*o.office.ws, shared, "A2-01") == 80);
    CHECK(valueOf(*o.office.ws, shared, "A2-03") == 2);
    bool lostValueKept = false;
    for (const cc::AuditEntry& e : testing::valueOf(o.office.ws->assessments().history(shared)))
        lostValueKept = lostValueKept || (e.field == u"A2-01" && e.oldValue == u"60" && e.newValue == u"80");
    CHECK(lostValueKept);

    // Re-importing a bundle changes nothing.
    const auto again = import(*o.office.ws, o.bundle("a1.ccbundle"));
    CHECK(again.applied);
    CHECK(again.updatedAnswers == 0);
    CHECK(again.conflicts.empty());
    CHECK(again.newAssessments == 0);

    // The office returns the check with a comment and sends it back to A.
    REQUIRE_OK(o.office.ws->assessments().setStatus(shared, AssessmentStatus::Submitted, {}));
    REQUIRE_OK(
        o.office.ws->assessments().setStatus(shared, AssessmentStatus::Returned, QStringLiteral("A1-02 请复核")));
    REQUIRE(o.office.ws->exchange().exportBundle({shared}, o.bundle("back.ccbundle"), QStringLiteral("returned")));
    const auto toA = import(*o.a, o.bundle("back.ccbundle"));
    CHECK(toA.applied);
    CHECK(toA.conflicts.empty()); // A changed nothing since it sent its bundle
    const cc::Assessment returned = testing::valueOf(o.a->assessments().find(shared));
    CHECK(returned.status == AssessmentStatus::Returned);
    CHECK(returned.reviewComment == u"A1-02 请复核");
    CHECK(valueOf(*o.a, shared, "A2-03") == 2); // B's answer reached A through the office

    // A fixes A1-02 and sends the check again: it comes in without a conflict.
    answer(*o.a, shared, "A1-02", 5);
    REQUIRE_OK(o.a->assessments().setStatus(shared, AssessmentStatus::Submitted, {}));
    REQUIRE(o.a->exchange().exportBundle({shared}, o.bundle("a2.ccbundle"), QStringLiteral("A again")));
    const auto fixed = import(*o.office.ws, o.bundle("a2.ccbundle"));
    CHECK(fixed.applied);
    CHECK(fixed.conflicts.empty());
    CHECK(valueOf(*o.office.ws, shared, "A1-02") == 5);
    CHECK(testing::valueOf(o.office.ws->assessments().find(shared)).status == AssessmentStatus::Submitted);

    // Approved work is never changed by a bundle: B's stale bundle is refused for this check.
    REQUIRE_OK(o.office.ws->assessments().setStatus(shared, AssessmentStatus::Approved, {}));
    const auto stale = import(*o.office.ws, o.bundle("b1.ccbundle"), Resolve::Theirs);
    REQUIRE(stale.refused.size() == 1);
    CHECK(valueOf(*o.office.ws, shared, "A2-01") == 80);
}

TEST_CASE("Bundles: a new check brings its community and set version; a lying or foreign bundle is refused",
          "[exchange][sqlite-only]")
{
    Offices o;
    // A registers a community the office does not know and checks it.
    cc::Community fresh = testing::exampleCommunity();
    fresh.id = cc::CommunityId::create();
    fresh.code = QStringLiteral("NEW-001");
    fresh.name = QStringLiteral("新社区");
    REQUIRE_OK(o.a->communities().add(fresh));
    const auto created = testing::valueOf(
        o.a->assessments().create({fresh.code, o.office.setCode, {}, cc::Round {2025, QStringLiteral("体检")}, {}}));
    answer(*o.a, created.assessment.id, "A2-01", 90);
    const QString path = o.bundle("new.ccbundle");
    REQUIRE(o.a->exchange().exportBundle({created.assessment.id}, path, QStringLiteral("new")));
    const QString before = testing::dumpDatabase(o.office.path);

    // Bad input, each refused with the place named and the office unchanged.
    const auto refusedWith = [&](const QString& broken, const char* words) {
        auto report = o.office.ws->exchange().importBundle(broken, false, Resolve::Theirs);
        REQUIRE_FALSE(report);
        INFO(report.error().message.toStdString());
        CHECK(report.error().message.contains(QFileInfo(broken).fileName()));
        CHECK(report.error().message.contains(QString::fromUtf8(words)));
        CHECK(testing::dumpDatabase(o.office.path) == before);
    };
    const QByteArray good = testing::readFile(path);
    testing::writeFile(o.bundle("truncated.ccbundle"), good.left(good.size() / 2));
    refusedWith(o.bundle("truncated.ccbundle"), "");
    testing::writeFile(o.bundle("text.ccbundle"), "indicator,value\nA1-01,是\n");
    refusedWith(o.bundle("text.ccbundle"), "not a CommunityCheck bundle");
    // A database instead of a bundle.
    refusedWith(o.office.path, "not a CommunityCheck bundle");
    const auto edited = [&](const char* name, const std::function<void(QSqlQuery&)>& change) {
        const QString copy = o.bundle(name);
        testing::writeFile(copy, good);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QString::fromLatin1(name));
            db.setDatabaseName(copy);
            REQUIRE(db.open());
            QSqlQuery q(db);
            change(q);
            db.close();
        }
        QSqlDatabase::removeDatabase(QString::fromLatin1(name));
        return copy;
    };
    refusedWith(
        edited("newer.ccbundle", [](QSqlQuery& q) { REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 2"))); }),
        "newer version");
    refusedWith(edited("badvalue.ccbundle",
                       [](QSqlQuery& q) {
                           REQUIRE(q.exec(QStringLiteral("UPDATE responses SET value_num = '12abc' WHERE rowid = 1")));
                       }),
                "not well formed");
    refusedWith(edited("noset.ccbundle", [](QSqlQuery& q) { REQUIRE(q.exec(QStringLiteral("DELETE FROM sets"))); }),
                "does not carry");
    refusedWith(
        edited("lying.ccbundle",
               [](QSqlQuery& q) { REQUIRE(q.exec(QStringLiteral("UPDATE sets SET sha256 = 'ab' || sha256"))); }),
        "checksum");
    // A building of a community the bundle does not carry, a ledger entry of an unknown item.
    refusedWith(edited("stray-building.ccbundle",
                       [](QSqlQuery& q) {
                           REQUIRE(q.exec(QStringLiteral("INSERT INTO buildings VALUES ('%1', '%2', 'A区', '1', '',"
                                                         " 6, NULL, NULL, '', NULL, '')")
                                              .arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                   QUuid::createUuid().toString(QUuid::WithoutBraces))));
                       }),
                "is not well formed");
    refusedWith(edited("stray-ledger.ccbundle",
                       [](QSqlQuery& q) {
                           REQUIRE(q.exec(QStringLiteral("INSERT INTO ledger SELECT uuid, '%1', 'H3.5', 1, '', '',"
                                                         " '2026-01-01T00:00:00Z', 'x' FROM assessments")
                                              .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))));
                       }),
                "building ledger");
    // The same code and version with other content (another province's set): refused by the set import.
    refusedWith(
        edited("foreign.ccbundle",
               [](QSqlQuery& q) {
                   REQUIRE(q.exec(QStringLiteral("UPDATE sets SET content = replace(content, '好社区', '好小区')")));
                   REQUIRE(q.exec(QStringLiteral("SELECT content FROM sets")));
                   REQUIRE(q.next());
                   const QByteArray content = q.value(0).toByteArray();
                   q.finish();
                   REQUIRE(q.prepare(QStringLiteral("UPDATE sets SET sha256 = ?")));
                   q.bindValue(
                       0, QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
                   REQUIRE(q.exec());
               }),
        "different content");

    // The good bundle: the community and the check arrive with their UUIDs.
    const auto report = import(*o.office.ws, path);
    CHECK(report.applied);
    CHECK(report.newCommunities == 1);
    CHECK(report.newAssessments == 1);
    CHECK(testing::valueOf(o.office.ws->assessments().find(created.assessment.id)).communityCode == u"NEW-001");
    CHECK(valueOf(*o.office.ws, created.assessment.id, "A2-01") == 90);

    // B registered the same community code on its own (another UUID): not duplicated silently; it is
    // a conflict to confirm, and confirmed it is the office's community.
    cc::Community twin = fresh;
    twin.id = cc::CommunityId::create();
    REQUIRE_OK(o.b->communities().add(twin));
    const auto twinCheck = testing::valueOf(
        o.b->assessments().create({twin.code, o.office.setCode, {}, cc::Round {2026, QStringLiteral("复检")}, {}}));
    REQUIRE(o.b->exchange().exportBundle({twinCheck.assessment.id}, o.bundle("twin.ccbundle"), QStringLiteral("twin")));
    const auto unconfirmed = import(*o.office.ws, o.bundle("twin.ccbundle"));
    CHECK_FALSE(unconfirmed.applied);
    REQUIRE(unconfirmed.conflicts.size() == 1);
    CHECK(unconfirmed.conflicts[0].item == u"#community");
    const auto confirmed = import(*o.office.ws, o.bundle("twin.ccbundle"), Resolve::Ours);
    CHECK(confirmed.applied);
    CHECK(confirmed.newCommunities == 0);
    CHECK(testing::valueOf(o.office.ws->assessments().find(twinCheck.assessment.id)).communityId == fresh.id);
    // Confirmed once: the next import of that laptop's bundle does not ask again.
    const auto later = import(*o.office.ws, o.bundle("twin.ccbundle"));
    CHECK(later.applied);
    CHECK(later.conflicts.empty());
}

TEST_CASE("Bundles: photos travel with their checksums, once; a photo that does not match is refused",
          "[exchange][sqlite-only]")
{
    Offices o;
    const cc::AssessmentId check = o.office.check;
    cc::PhotoUpload upload;
    upload.image = QByteArray(4096, 'x') + "jpeg of building 3";
    upload.thumbnail = QByteArray(512, 't');
    upload.photo.indicatorCode = QStringLiteral("A2-01");
    upload.photo.originalName = QStringLiteral("3号楼.jpg");
    upload.photo.originalSize = upload.image.size();
    upload.photo.originalSha256 =
        QString::fromLatin1(QCryptographicHash::hash(upload.image, QCryptographicHash::Sha256).toHex());
    upload.photo.width = 64;
    upload.photo.height = 48;
    const auto added = testing::valueOf(o.a->photos().add(check, {upload}));
    REQUIRE(added.size() == 1);
    const QString path = o.bundle("photo.ccbundle");
    REQUIRE(o.a->exchange().exportBundle({check}, path, QStringLiteral("photo")));

    // Tampered on the way: refused, nothing changes.
    const QString before = testing::dumpDatabase(o.office.path);
    const QString tampered = o.bundle("tampered.ccbundle");
    REQUIRE(QFile::copy(path, tampered));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(tampered);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("UPDATE photo_blobs SET image = CAST('forged' AS BLOB)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    auto refused = o.office.ws->exchange().importBundle(tampered, false, Resolve::Theirs);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("checksum")));
    CHECK(testing::dumpDatabase(o.office.path) == before);

    // The real one: the photo and its bytes arrive; a second import copies nothing.
    const auto report = import(*o.office.ws, path);
    CHECK(report.newPhotos == 1);
    const auto photos = testing::valueOf(o.office.ws->photos().list(check));
    REQUIRE(photos.size() == 1);
    CHECK(photos.front().id == added.front().id);
    CHECK(testing::valueOf(o.office.ws->photos().image(photos.front())) == upload.image);
    CHECK(import(*o.office.ws, path).newPhotos == 0);
    CHECK(testing::valueOf(o.office.ws->photos().list(check)).size() == 1);

    // A caption changed in the field travels; changed on both sides it is a conflict; a photo deleted in
    // the field is deleted in the office too.
    REQUIRE_OK(o.a->photos().setCaption(added.front().id, QStringLiteral("3号楼东侧外墙空鼓")));
    REQUIRE(o.a->exchange().exportBundle({check}, o.bundle("caption.ccbundle"), QStringLiteral("caption")));
    const auto caption = import(*o.office.ws, o.bundle("caption.ccbundle"));
    CHECK(caption.conflicts.empty());
    CHECK(testing::valueOf(o.office.ws->photos().list(check)).front().caption == u"3号楼东侧外墙空鼓");
    REQUIRE_OK(o.office.ws->photos().setCaption(added.front().id, QStringLiteral("外墙空鼓（复核）")));
    REQUIRE_OK(o.a->photos().setCaption(added.front().id, QStringLiteral("外墙空鼓约 2 平方米")));
    REQUIRE(o.a->exchange().exportBundle({check}, o.bundle("both.ccbundle"), QStringLiteral("both")));
    const auto both = import(*o.office.ws, o.bundle("both.ccbundle"));
    REQUIRE(both.conflicts.size() == 1);
    CHECK(both.conflicts.front().item.startsWith(u"#photo:"));
    CHECK(both.conflicts.front().theirs.contains(QStringLiteral("约 2 平方米")));
    REQUIRE(import(*o.office.ws, o.bundle("both.ccbundle"), Resolve::Theirs).applied);
    CHECK(testing::valueOf(o.office.ws->photos().list(check)).front().caption == u"外墙空鼓约 2 平方米");
    REQUIRE_OK(o.a->photos().remove({added.front().id}));
    REQUIRE(o.a->exchange().exportBundle({check}, o.bundle("gone.ccbundle"), QStringLiteral("gone")));
    const auto gone = import(*o.office.ws, o.bundle("gone.ccbundle"));
    CHECK(gone.conflicts.empty());
    CHECK(testing::valueOf(o.office.ws->photos().list(check)).empty());
}

TEST_CASE("Bundles: a value kept here is not reverted by the sender's next bundle; a copy sent elsewhere changes "
          "nothing",
          "[exchange][sqlite-only]")
{
    Offices o;
    const cc::AssessmentId check = o.office.check;
    answer(*o.a, check, "A1-02", 1);
    answer(*o.a, check, "A2-01", 50);
    REQUIRE(o.a->exchange().exportBundle({check}, o.bundle("a1.ccbundle"), QStringLiteral("1")));
    REQUIRE(import(*o.office.ws, o.bundle("a1.ccbundle")).applied);

    // The office corrects A1-02; the laptop's next bundles still say 1: the correction stays, without
    // a conflict (the laptop did not change it), however often they come.
    answer(*o.office.ws, check, "A1-02", 2);
    REQUIRE(o.a->exchange().exportBundle({check}, o.bundle("a2.ccbundle"), QStringLiteral("2")));
    for (int i = 0; i < 2; ++i) {
        const auto again = import(*o.office.ws, o.bundle("a2.ccbundle"));
        CHECK(again.applied);
        CHECK(again.conflicts.empty());
        CHECK(valueOf(*o.office.ws, check, "A1-02") == 2);
    }

    // The office changes A2-01 and sends the check somewhere else (an archive); the laptop changes it
    // too: a conflict, not a silent overwrite of the office's value.
    answer(*o.office.ws, check, "A2-01", 70);
    REQUIRE(o.office.ws->exchange().exportBundle({check}, o.bundle("archive.ccbundle"), QStringLiteral("archive")));
    answer(*o.a, check, "A2-01", 55);
    REQUIRE(o.a->exchange().exportBundle({check}, o.bundle("a3.ccbundle"), QStringLiteral("3")));
    const auto clash = import(*o.office.ws, o.bundle("a3.ccbundle"));
    CHECK_FALSE(clash.applied);
    REQUIRE(clash.conflicts.size() == 1);
    CHECK(clash.conflicts.front().item == u"A2-01");
    CHECK(valueOf(*o.office.ws, check, "A2-01") == 70);
}

TEST_CASE("Bundles: the agreed value a new check's answers get in SQL is the hash of each answer",
          "[exchange][sqlite-only]")
{
    Offices o;
    cc::Community fresh = testing::exampleCommunity();
    fresh.id = cc::CommunityId::create();
    fresh.code = QStringLiteral("NEW-002");
    REQUIRE_OK(o.a->communities().add(fresh));
    const auto created = testing::valueOf(
        o.a->assessments().create({fresh.code, o.office.setCode, {}, cc::Round {2025, QStringLiteral("体检")}, {}}));
    const cc::AssessmentId id = created.assessment.id;
    // Stored values of every shape the columns hold, written as they are (a second connection).
    std::vector<cc::StoredAnswer> shapes = {
        {QStringLiteral("X-INT"), 3, {}, false, {}, false, {}, {}},
        {QStringLiteral("X-REAL"), 0.1, {}, false, {}, false, {}, {}},
        {QStringLiteral("X-BIG"), 1.0e300, {}, false, {}, true, {}, {}},
        {QStringLiteral("X-TEXT"),
         {},
         QStringLiteral("设施齐全；户数 12"),
         false,
         QStringLiteral("备注\n两行"),
         false,
         {},
         {}},
        {QStringLiteral("X-EMPTY"), {}, QStringLiteral(""), false, {}, false, {}, {}},
        {QStringLiteral("X-NA"), {}, {}, true, QStringLiteral("无电梯"), false, {}, {}},
    };
    {
        auto db = testing::valueOf(cc::storage::Database::open(o.office.file(QStringLiteral("a.sqlite")),
                                                               cc::storage::Database::OpenMode::MustExist));
        cc::storage::AssessmentRepository(db->connection()).saveStoredAnswers(id, shapes);
    }
    REQUIRE(o.a->exchange().exportBundle({id}, o.bundle("shapes.ccbundle"), QStringLiteral("shapes")));
    const auto report = import(*o.office.ws, o.bundle("shapes.ccbundle"));
    REQUIRE(report.applied);
    REQUIRE(report.newAssessments == 1);

    auto db = testing::valueOf(cc::storage::Database::open(o.office.path, cc::storage::Database::OpenMode::MustExist));
    cc::storage::ExchangeRepository office(db->connection());
    const QString peer = QSysInfo::machineHostName() + QStringLiteral("/a.sqlite");
    const QHash<QString, QString> agreed = office.bases(id, peer);
    const std::vector<cc::StoredAnswer> stored = cc::storage::AssessmentRepository(db->connection()).storedAnswers(id);
    REQUIRE(stored.size() == shapes.size() + 1); // and the first round's remediation rate, N/A by itself
    for (const cc::StoredAnswer& a : stored) {
        INFO(a.indicatorCode.toStdString());
        CHECK(agreed.value(a.indicatorCode) == cc::ExchangeHash::answer(a));
    }
    // Values that differ in any column hash differently.
    QSet<QString> distinct;
    for (const cc::StoredAnswer& a : stored)
        distinct.insert(cc::ExchangeHash::answer(a));
    CHECK(distinct.size() == static_cast<qsizetype>(stored.size()));
}

TEST_CASE("Bundles: a bundle is attached read-only, under any file name", "[exchange][sqlite-only]")
{
    Offices o;
    answer(*o.a, o.office.check, "A2-01", 75);
    // Spaces, '#', '?', '%' and Chinese in the name; the file itself read-only.
    const QString path = o.bundle("县 数据包 #1 ?50%.ccbundle");
    REQUIRE(o.a->exchange().exportBundle({o.office.check}, path, QStringLiteral("odd name")));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = testing::readFile(path);
    {
        auto db =
            testing::valueOf(cc::storage::Database::open(o.office.path, cc::storage::Database::OpenMode::MustExist));
        cc::storage::ExchangeRepository exchange(db->connection());
        exchange.attachBundle(path);
        QSqlQuery q(db->connection());
        CHECK(q.exec(QStringLiteral("SELECT count(*) FROM bundle.responses")));
        CHECK_FALSE(q.exec(QStringLiteral("CREATE TABLE bundle.written (x)")));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM bundle.responses")));
        exchange.detachBundle();
    }
    const auto report = import(*o.office.ws, path);
    CHECK(report.applied);
    CHECK(valueOf(*o.office.ws, o.office.check, "A2-01") == 75);
    CHECK(testing::readFile(path) == before);
}

TEST_CASE("Bundles: the buildings and the building ledger travel; a ledger entry changed on both sides is a conflict",
          "[exchange][ledger][sqlite-only]")
{
    Offices o;
    const cc::AssessmentId shared = o.office.check;
    const QString code = o.office.community.code;
    const auto buildings = [&](cc::Workspace& ws, const char* csv) {
        REQUIRE_OK(ws.buildings().importCsv(code, QByteArray(csv), QStringLiteral("b.csv"), false));
    };
    const auto ledger = [&](cc::Workspace& ws, const char* csv) {
        REQUIRE_OK(ws.buildings().importLedgerCsv(shared, QByteArray(csv), QStringLiteral("l.csv")));
    };
    const auto entryOf =
        [&](cc::Workspace& ws, const char* number, const char* item) -> std::optional<cc::LedgerEntry> {
        for (const cc::LedgerEntry& e : testing::valueOf(ws.buildings().ledger(shared))) {
            if (e.number == QString::fromUtf8(number) && e.item == QString::fromLatin1(item))
                return e;
        }
        return std::nullopt;
    };
    // The office already has 1号楼 (under its own UUID); the laptop enters 1号楼 and 2号楼 and their ledger.
    buildings(*o.office.ws, "estate,building\n幸福小区,1号楼\n");
    buildings(*o.a, "estate,building,storeys\n幸福小区,1号楼,6\n幸福小区,2号楼,7\n");
    ledger(*o.a, "estate,building,item,severity\n幸福小区,1号楼,H3.5,一般\n幸福小区,2号楼,H2.1,严重\n");
    REQUIRE(o.a->exchange().exportBundle({shared}, o.bundle("ledger.ccbundle"), QStringLiteral("ledger")));

    const auto first = import(*o.office.ws, o.bundle("ledger.ccbundle"));
    REQUIRE(first.applied);
    CHECK(first.newBuildings == 1); // 2号楼; 1号楼 is the office's own, matched by 小区 and number
    const auto officeBuildings = testing::valueOf(o.office.ws->buildings().list(code));
    REQUIRE(officeBuildings.size() == 2);
    CHECK_FALSE(officeBuildings[0].storeys.has_value()); // the office's register keeps its values
    REQUIRE(entryOf(*o.office.ws, "2号楼", "H2.1"));
    CHECK(entryOf(*o.office.ws, "2号楼", "H2.1")->severity == cc::LedgerSeverity::kSerious);
    CHECK(entryOf(*o.office.ws, "1号楼", "H3.5")->building == officeBuildings[0].id);
    // Again: nothing changes.
    const auto again = import(*o.office.ws, o.bundle("ledger.ccbundle"));
    CHECK(again.applied);
    CHECK(again.updatedAnswers == 0);
    CHECK(again.newBuildings == 0);
    CHECK(again.conflicts.empty());

    // Both change 1号楼 H3.5: a conflict, named by 小区, building and item; taking theirs keeps ours
    // in the audit trail. The laptop alone changes 2号楼 H2.1: taken.
    ledger(*o.office.ws, "estate,building,item,severity,note\n幸福小区,1号楼,H3.5,较严重,复核\n");
    ledger(*o.a, "estate,building,item,severity\n幸福小区,1号楼,H3.5,严重\n幸福小区,2号楼,H2.1,一般\n");
    REQUIRE(o.a->exchange().exportBundle({shared}, o.bundle("ledger2.ccbundle"), QStringLiteral("ledger 2")));
    const auto stopped = import(*o.office.ws, o.bundle("ledger2.ccbundle"));
    CHECK_FALSE(stopped.applied);
    REQUIRE(stopped.conflicts.size() == 1);
    CHECK(stopped.conflicts[0].item == u"#ledger:幸福小区/1号楼/H3.5");
    CHECK(stopped.conflicts[0].ours.contains(u"较严重"));
    CHECK(stopped.conflicts[0].theirs.contains(u"严重"));
    const auto taken = import(*o.office.ws, o.bundle("ledger2.ccbundle"), Resolve::Theirs);
    REQUIRE(taken.applied);
    CHECK(entryOf(*o.office.ws, "1号楼", "H3.5")->severity == cc::LedgerSeverity::kSerious);
    CHECK(entryOf(*o.office.ws, "2号楼", "H2.1")->severity == cc::LedgerSeverity::kGeneral);
    bool loserKept = false;
    for (const cc::AuditEntry& e : testing::valueOf(o.office.ws->assessments().history(shared)))
        loserKept = loserKept || (e.field == u"#ledger:幸福小区/1号楼/H3.5" && e.oldValue.contains(u"复核"));
    CHECK(loserKept);

    // The office renames 2号楼 in its register; the laptop changes its ledger entry: the entry is
    // still found (by the building, not its name) and, changed on one side only, taken — never
    // written over a different entry.
    auto renamed = testing::valueOf(o.office.ws->buildings().list(code));
    for (cc::Building& b : renamed) {
        if (b.number == u"2号楼") {
            b.number = QStringLiteral("2栋");
            REQUIRE_OK(o.office.ws->buildings().save(b));
        }
    }
    ledger(*o.a, "estate,building,item,severity\n幸福小区,2号楼,H2.1,严重\n");
    REQUIRE(o.a->exchange().exportBundle({shared}, o.bundle("ledger3.ccbundle"), QStringLiteral("ledger 3")));
    const auto afterRename = import(*o.office.ws, o.bundle("ledger3.ccbundle"));
    REQUIRE(afterRename.applied);
    CHECK(afterRename.conflicts.empty());
    REQUIRE(entryOf(*o.office.ws, "2栋", "H2.1"));
    CHECK(entryOf(*o.office.ws, "2栋", "H2.1")->severity == cc::LedgerSeverity::kSerious);
    CHECK(testing::valueOf(o.office.ws->buildings().ledger(shared)).size() == 2);
}

TEST_CASE("Bundles: indicators counted from the ledger follow the merged ledger and are never a conflict of their own",
          "[exchange][ledger][sqlite-only]")
{
    Offices o;
    const cc::AssessmentId shared = o.office.check;
    const QString code = o.office.community.code;
    for (cc::Workspace* ws : {o.office.ws.get(), o.a.get()})
        REQUIRE_OK(ws->buildings().importCsv(
            code, QByteArray("estate,building\n幸福小区,1号楼\n幸福小区,2号楼\n"), QStringLiteral("b.csv"), false));
    // The office finds a 楼道 problem in 1号楼, the laptop another in 2号楼: each counts 1 building.
    REQUIRE_OK(o.office.ws->buildings().importLedgerCsv(
        shared, QByteArray("estate,building,item\n幸福小区,1号楼,H3.5\n"), QStringLiteral("l.csv")));
    REQUIRE_OK(o.a->buildings().importLedgerCsv(
        shared, QByteArray("estate,building,item\n幸福小区,2号楼,H3.1\n"), QStringLiteral("l.csv")));
    CHECK(valueOf(*o.office.ws, shared, "B6-01") == 1);
    CHECK(valueOf(*o.a, shared, "B6-01") == 1);
    REQUIRE(o.a->exchange().exportBundle({shared}, o.bundle("counted.ccbundle"), QStringLiteral("counted")));
    const auto report = import(*o.office.ws, o.bundle("counted.ccbundle"));
    REQUIRE(report.applied);
    CHECK(report.conflicts.empty()); // the two values differ, but both come from the ledger
    CHECK(valueOf(*o.office.ws, shared, "B6-01") == 2);
    for (const Response& r : testing::valueOf(o.office.ws->assessments().responses(shared))) {
        if (r.indicatorCode == u"B6-01")
            CHECK(r.note == u"2 栋: 1号楼、2号楼");
    }
}
