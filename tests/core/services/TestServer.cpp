// SPDX-License-Identifier: GPL-3.0-or-later
// The county server itself (issue 20): roles the server enforces, edits by several users at once,
// moving a file onto it, and its faults. These run only against the test cluster ([server]).
#include "core/services/Workspace.h"
#include "core/util/ServerAddress.h"
#include "core/util/ServerPasswords.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>
#include <thread>

using testing::Fixture;
using testing::valueOf;

namespace {

// The address of `database` on the test server as `user`.
QString addressAs(const QString& address, const QString& user)
{
    auto parsed = cc::ServerAddress::parse(address);
    REQUIRE(parsed.has_value());
    parsed->user = user;
    return parsed->toString();
}

// A user of the fixture's database with `role`, its password remembered for this process. Role
// names are the cluster's, so each test's are its own.
QString addUser(Fixture& f, const QString& stem, const QString& role)
{
    const QString name = stem + u'_' + f.server->name.right(8);
    auto added = valueOf(f.ws->server().addUser(name, role, {}));
    REQUIRE(added.created);
    cc::ServerPasswords::remember(addressAs(f.path, name), added.password);
    return name;
}

std::unique_ptr<cc::Workspace> openAs(Fixture& f, const QString& user)
{
    return valueOf(cc::Workspace::open(addressAs(f.path, user), cc::Workspace::OpenMode::MustExist, user));
}

// Runs one statement as `user` on its own connection, bypassing the app: what the server allows.
struct Raw
{
    bool ok = false;
    int rows = -1;
    QString error;
};
Raw rawAs(Fixture& f, const QString& user, const QString& sql)
{
    const auto address = cc::ServerAddress::parse(addressAs(f.path, user));
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString();
    Raw out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address->host);
        db.setPort(address->port);
        db.setUserName(user);
        db.setDatabaseName(address->database);
        db.setPassword(cc::ServerPasswords::forAddress(address->toString()));
        REQUIRE(db.open());
        QSqlQuery q(db);
        out.ok = q.exec(sql);
        out.rows = q.numRowsAffected();
        out.error = q.lastError().text();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

cc::Response number(const QString& code, double value, std::optional<qint64> version = {})
{
    cc::Response r;
    r.indicatorCode = code;
    r.value = value;
    r.version = version;
    return r;
}

cc::Response storedIn(cc::Workspace& ws, const cc::AssessmentId& check, const QString& code)
{
    for (const cc::Response& r : valueOf(ws.assessments().responses(check))) {
        if (r.indicatorCode == code)
            return r;
    }
    cc::Response none;
    none.indicatorCode = code;
    none.version = 0;
    return none;
}

} // namespace

TEST_CASE("Server: each role does its part, and the server refuses the rest even without the app", "[server][roles]")
{
    Fixture f; // the mini set, DEMO-001 and its 2025 check, made by the database's owner
    const QString assessor = addUser(f, QStringLiteral("a1"), QStringLiteral("assessor"));
    const QString other = addUser(f, QStringLiteral("a2"), QStringLiteral("assessor"));
    const QString reviewer = addUser(f, QStringLiteral("r1"), QStringLiteral("reviewer"));
    const QString planner = addUser(f, QStringLiteral("p1"), QStringLiteral("planner"));
    auto mine = valueOf(f.ws->assessments().create(
                            {f.community.code, f.setCode, {}, cc::Round {2026, QStringLiteral("复检")}, {assessor}}))
                    .assessment.id;

    auto a = openAs(f, assessor);
    CHECK(a->facts().access.server);
    CHECK(a->facts().access.assess);
    CHECK_FALSE(a->facts().access.review);
    CHECK_FALSE(a->facts().access.plan);
    CHECK(a->userName() == assessor); // the audit trail signs as the login, whatever --user said

    // Their own check takes answers; another's is refused by the app, with who may.
    REQUIRE_OK(a->assessments().saveResponses(mine, {number(QStringLiteral("A-02"), 12)}));
    auto refused = a->assessments().saveResponses(f.check, {number(QStringLiteral("A-02"), 99)});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == cc::ErrorCode::Denied);
    CHECK(refused.error().message.contains(assessor));
    // ... and by the server, when the app is bypassed: row-level security leaves the row alone.
    REQUIRE_OK(f.ws->assessments().saveResponses(f.check, {number(QStringLiteral("A-02"), 7)}));
    const Raw bypass = rawAs(f, assessor, QStringLiteral("UPDATE responses SET value_num = 99"));
    CHECK(bypass.ok);
    CHECK(std::get<double>(f.stored(QStringLiteral("A-02")).value) == 7);
    CHECK(std::get<double>(storedIn(*f.ws, mine, QStringLiteral("A-02")).value) == 99); // theirs: allowed
    // Approving their own check, or writing the project list or a set, is the server's no.
    const Raw approve = rawAs(f, assessor, QStringLiteral("UPDATE assessments SET status = 'approved'"));
    CHECK_FALSE(approve.ok);
    CHECK(approve.error.contains(QStringLiteral("reviewer")));
    CHECK_FALSE(rawAs(f, assessor, QStringLiteral("DELETE FROM projects")).ok);
    CHECK_FALSE(rawAs(f, other, QStringLiteral("DELETE FROM indicator_sets")).ok);
    auto setImport = a->sets().installBuiltin(
        testing::readFile(testing::sourcePath(QStringLiteral("resources/indicators/default.json"))));
    REQUIRE_FALSE(setImport);
    CHECK(setImport.error().code == cc::ErrorCode::Denied);

    // The reviewer approves a submitted check, and changes no answer.
    REQUIRE_OK(f.ws->assessments().setStatus(mine, cc::AssessmentStatus::Submitted, {}));
    auto r = openAs(f, reviewer);
    REQUIRE_OK(r->workflow().approve(mine, QStringLiteral("ok")));
    CHECK(r->facts().access.review);
    CHECK_FALSE(r->facts().access.assess);
    // What the row policies cannot say, the guard does: an assessor neither reopens their approved
    // check, nor files one as approved, nor deletes it, nor hides the real tables behind their own.
    CHECK_FALSE(rawAs(f, assessor, QStringLiteral("UPDATE assessments SET status = 'draft'")).ok);
    CHECK_FALSE(rawAs(f, assessor, QStringLiteral("DELETE FROM assessments")).ok);
    CHECK_FALSE(
        rawAs(f,
              assessor,
              QStringLiteral("INSERT INTO assessments (uuid, community_id, set_id, round_year, status, assessors,"
                             " created_at, updated_at) SELECT 'forged', community_id, set_id, 2030, 'approved',"
                             " '%1', created_at, updated_at FROM assessments LIMIT 1")
                  .arg(assessor))
            .ok);
    CHECK_FALSE(rawAs(f, assessor, QStringLiteral("CREATE TEMP TABLE assessments (id integer, assessors text)")).ok);
    CHECK_FALSE(rawAs(f, assessor, QStringLiteral("DELETE FROM photostore.photo_blobs")).ok);
    auto answer = r->assessments().saveResponses(f.check, {number(QStringLiteral("A-03"), 1)});
    REQUIRE_FALSE(answer);
    CHECK(answer.error().code == cc::ErrorCode::Denied);

    // The planner works on projects and may not touch sets or answers.
    auto p = openAs(f, planner);
    CHECK(p->facts().access.plan);
    REQUIRE_OK(p->projects().generate(f.check, QStringLiteral("zh_CN")));
    CHECK_FALSE(rawAs(f, planner, QStringLiteral("UPDATE responses SET note = 'x'")).rows > 0);
    CHECK_FALSE(rawAs(f, planner, QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")).ok);

    // A login without any role of this database cannot use it, and is told why.
    testing::execOnServer(QStringLiteral("CREATE ROLE nobody_%1 LOGIN PASSWORD 'pw'").arg(f.server->name.right(8)));
    const QString stranger = QStringLiteral("nobody_") + f.server->name.right(8);
    cc::ServerPasswords::remember(addressAs(f.path, stranger), QStringLiteral("pw"));
    auto none = cc::Workspace::open(addressAs(f.path, stranger), cc::Workspace::OpenMode::MustExist, stranger);
    REQUIRE_FALSE(none);
    CHECK(none.error().code == cc::ErrorCode::Denied);
}

TEST_CASE("Server: two users on one check keep both their answers; the same answer twice is a conflict",
          "[server][concurrency]")
{
    Fixture f;
    auto other = valueOf(cc::Workspace::open(f.path, cc::Workspace::OpenMode::MustExist, QStringLiteral("b")));
    // Both read the check, then each changes a different answer: both kept.
    const cc::Response a02 = storedIn(*f.ws, f.check, QStringLiteral("A-02"));
    const cc::Response a03 = storedIn(*other, f.check, QStringLiteral("A-03"));
    REQUIRE_OK(f.ws->assessments().saveResponses(f.check, {number(QStringLiteral("A-02"), 10, a02.version)}));
    REQUIRE_OK(other->assessments().saveResponses(f.check, {number(QStringLiteral("A-03"), 20, a03.version)}));
    CHECK(std::get<double>(storedIn(*f.ws, f.check, QStringLiteral("A-02")).value) == 10);
    CHECK(std::get<double>(storedIn(*f.ws, f.check, QStringLiteral("A-03")).value) == 20);

    // Both read A-02 at the same version; the second writer is told, and the first one's value stays.
    const qint64 seen = *storedIn(*other, f.check, QStringLiteral("A-02")).version;
    REQUIRE_OK(f.ws->assessments().saveResponses(f.check, {number(QStringLiteral("A-02"), 11, seen)}));
    auto second = other->assessments().saveResponses(f.check, {number(QStringLiteral("A-02"), 12, seen)});
    REQUIRE_FALSE(second);
    CHECK(second.error().code == cc::ErrorCode::Conflict);
    CHECK(second.error().message.contains(QStringLiteral("A-02")));
    CHECK(std::get<double>(storedIn(*f.ws, f.check, QStringLiteral("A-02")).value) == 11);
    // Clearing what another changed meanwhile is refused the same way.
    cc::Response clear;
    clear.indicatorCode = QStringLiteral("A-02");
    clear.version = seen;
    CHECK_FALSE(other->assessments().saveResponses(f.check, {clear}));
    // Read again, it goes through.
    REQUIRE_OK(other->assessments().saveResponses(
        f.check, {number(QStringLiteral("A-02"), 12, storedIn(*other, f.check, QStringLiteral("A-02")).version)}));

    // The other connection's commits are noticed (LISTEN/NOTIFY), this one's own are not. The
    // notices of the writes above arrive when they arrive: taken in first, until none comes.
    for (int quiet = 0, tries = 0; quiet < 3 && tries < 100; ++tries) {
        quiet = valueOf(f.ws->changedElsewhere()) ? 0 : quiet + 1;
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
    }
    REQUIRE_OK(f.ws->assessments().saveResponses(f.check, {number(QStringLiteral("A-03"), 1)}));
    CHECK_FALSE(valueOf(f.ws->changedElsewhere()));
    REQUIRE_OK(other->assessments().saveResponses(f.check, {number(QStringLiteral("A-03"), 2)}));
    bool noticed = false;
    for (int i = 0; i < 50 && !noticed; ++i) {
        noticed = valueOf(f.ws->changedElsewhere());
        if (!noticed)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    CHECK(noticed);
}

TEST_CASE("Server: 8 clients × 500 edits of one check: no edit lost, no deadlock", "[server][concurrency]")
{
    Fixture f({.set = testing::FixtureSet::Default});
    // Eight number indicators of their own, and one that all of them count up, reading it each time.
    auto set = valueOf(f.ws->sets().load(f.setCode));
    QStringList numbers;
    for (const cc::Indicator* indicator : set->indicatorsInOrder()) {
        if (indicator->type == cc::IndicatorType::Number && !indicator->isComputed() && !indicator->max
            && !indicator->appliesTo)
            numbers << indicator->code;
    }
    REQUIRE(numbers.size() >= 9);
    const QString shared = numbers.at(8);
    constexpr int kClients = 8;
    constexpr int kEdits = 500; // each: every other one its own answer, the rest the shared count
    std::atomic<int> failures {0};
    std::atomic<int> conflicts {0};
    std::vector<QString> errors(kClients);
    std::vector<std::thread> clients;
    for (int c = 0; c < kClients; ++c) {
        clients.emplace_back([&, c] {
            auto ws = cc::Workspace::open(f.path, cc::Workspace::OpenMode::MustExist, QStringLiteral("c%1").arg(c));
            if (!ws) {
                errors[c] = ws.error().message;
                ++failures;
                return;
            }
            qint64 own = 0;
            for (int i = 0; i < kEdits; ++i) {
                if (i % 2 == 0) {
                    auto saved = (*ws)->assessments().saveResponses(f.check, {number(numbers.at(c), i, own)});
                    if (!saved) {
                        errors[c] = saved.error().message;
                        ++failures;
                        return;
                    }
                    ++own;
                    continue;
                }
                // Read, add one, write at the version read; a conflict is read again and retried.
                for (;;) {
                    cc::Response current;
                    current.version = 0;
                    auto answers = (*ws)->assessments().responses(f.check);
                    if (!answers) {
                        errors[c] = answers.error().message;
                        ++failures;
                        return;
                    }
                    for (const cc::Response& r : *answers) {
                        if (r.indicatorCode == shared)
                            current = r;
                    }
                    const double count = current.hasValue() ? std::get<double>(current.value) : 0;
                    auto saved =
                        (*ws)->assessments().saveResponses(f.check, {number(shared, count + 1, current.version)});
                    if (saved)
                        break;
                    if (saved.error().code != cc::ErrorCode::Conflict) {
                        errors[c] = saved.error().message;
                        ++failures;
                        return;
                    }
                    ++conflicts;
                }
            }
        });
    }
    for (std::thread& client : clients)
        client.join();
    for (const QString& error : errors)
        CHECK(error.isEmpty());
    REQUIRE(failures == 0);
    // Every client's last value is stored, and not one increment of the shared count was lost.
    for (int c = 0; c < kClients; ++c)
        CHECK(std::get<double>(storedIn(*f.ws, f.check, numbers.at(c)).value) == kEdits - 2);
    CHECK(std::get<double>(storedIn(*f.ws, f.check, shared).value) == kClients * kEdits / 2);
    CHECK(*storedIn(*f.ws, f.check, shared).version == kClients * kEdits / 2);
    WARN("conflicts seen and retried: " << conflicts.load());
}

TEST_CASE("Server: a wrong password, a server that is not there, a newer schema: each said, nothing changed",
          "[server][faults]")
{
    Fixture f;
    const QString user = addUser(f, QStringLiteral("pw"), QStringLiteral("assessor"));
    const QString address = addressAs(f.path, user);
    cc::ServerPasswords::remember(address, QStringLiteral("not-the-password"));
    auto wrong = cc::Workspace::open(address, cc::Workspace::OpenMode::MustExist, user);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == cc::ErrorCode::Password);
    CHECK(wrong.error().message.contains(QStringLiteral("password")));

    auto down = cc::ServerAddress::parse(f.path);
    down->port = 1; // nothing listens there
    auto unreachable = cc::Workspace::open(down->toString(), cc::Workspace::OpenMode::MustExist, user);
    REQUIRE_FALSE(unreachable);
    CHECK(unreachable.error().code == cc::ErrorCode::Unreachable);
    CHECK(unreachable.error().message.contains(QStringLiteral("127.0.0.1:1")));

    auto missing = cc::ServerAddress::parse(f.path);
    missing->database = QStringLiteral("no_such_database");
    auto notThere = cc::Workspace::open(missing->toString(), cc::Workspace::OpenMode::MustExist, user);
    REQUIRE_FALSE(notThere);
    CHECK(notThere.error().code == cc::ErrorCode::NotFound);

    CHECK_FALSE(cc::ServerAddress::parse(QStringLiteral("postgresql://u:secret@127.0.0.1/db")));

    const QString before = testing::dumpDatabase(f.path);
    testing::execOnServer(QStringLiteral("UPDATE cc_schema SET version = 99"), f.server->name);
    auto newer = cc::Workspace::open(f.path, cc::Workspace::OpenMode::MustExist, QStringLiteral("x"));
    REQUIRE_FALSE(newer);
    CHECK(newer.error().code == cc::ErrorCode::NewerSchema);
    testing::execOnServer(QStringLiteral("UPDATE cc_schema SET version = 8"), f.server->name);
    CHECK(testing::dumpDatabase(f.path) == before);
}

TEST_CASE("Server: a connection cut in the middle of work saves nothing, and the next step works again",
          "[server][faults]")
{
    Fixture f;
    REQUIRE_OK(f.ws->assessments().saveResponses(f.check, {number(QStringLiteral("A-02"), 1)}));
    // The county's network drops, or an administrator ends the session: the server closes the connection.
    testing::execOnServer(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' "
                                         "AND application_name = 'communitycheck'")
                              .arg(f.server->name));
    auto cut = f.ws->assessments().saveResponses(f.check, {number(QStringLiteral("A-02"), 2)});
    REQUIRE_FALSE(cut);
    CHECK(cut.error().code == cc::ErrorCode::Unreachable);
    // Without a restart, the same workspace works again and nothing half-written is there.
    CHECK(std::get<double>(storedIn(*f.ws, f.check, QStringLiteral("A-02")).value) == 1);
    REQUIRE_OK(f.ws->assessments().saveResponses(f.check, {number(QStringLiteral("A-02"), 3)}));
    CHECK(std::get<double>(storedIn(*f.ws, f.check, QStringLiteral("A-02")).value) == 3);
}

TEST_CASE("Server: a county's file moves onto the server whole, verified, or not at all", "[server][import]")
{
    // A laptop's database with the demo province's checks, answers, projects and photos.
    Fixture laptop({.set = testing::FixtureSet::Demo, .serverWhenTesting = false});
    const QString file = laptop.path;
    laptop.ws.reset();
    // Text that COPY must escape, and a number with every digit.
    testing::execRaw(
        file,
        QStringLiteral("UPDATE communities SET note = 'tab' || char(9) || 'line' || char(10) || 'back\\slash"
                       "' || char(13) || '\\N', area_ha = 0.1 + 0.2 WHERE rowid = 1"));
    const QString fileDump = testing::dumpDatabase(file);

    SECTION("everything arrives, counted and checksummed, and scores the same")
    {
        Fixture server({.set = testing::FixtureSet::None});
        auto imported = valueOf(server.ws->server().importFile(file, {}));
        qint64 rows = 0;
        for (const auto& table : imported)
            rows += table.rows;
        CHECK(rows > 1000);
        auto back = valueOf(cc::Workspace::open(file, cc::Workspace::OpenMode::MustExist, QStringLiteral("x")));
        CHECK(valueOf(server.ws->assessments().list()).size() == valueOf(back->assessments().list()).size());
        for (const cc::Assessment& check : valueOf(back->assessments().list())) {
            CHECK(valueOf(server.ws->assessments().score(check.id)).score.overall
                  == valueOf(back->assessments().score(check.id)).score.overall);
        }
        // The server's own keys go on after the moved ones.
        REQUIRE_OK(server.ws->communities().add(testing::exampleCommunity()));
        // Into a server database that holds records already, never.
        auto again = server.ws->server().importFile(file, {});
        REQUIRE_FALSE(again);
        CHECK(again.error().code == cc::ErrorCode::Conflict);
        CHECK(testing::dumpDatabase(file) == fileDump); // the file itself is never changed
    }
    SECTION("a bad row stops it with its table named, and the server keeps nothing")
    {
        testing::execRaw(file, QStringLiteral("UPDATE communities SET households = 'many' WHERE rowid = 3"));
        Fixture server({.set = testing::FixtureSet::None});
        const QString before = testing::dumpDatabase(server.path);
        auto failed = server.ws->server().importFile(file, {});
        REQUIRE_FALSE(failed);
        CHECK(failed.error().message.contains(QStringLiteral("communities")));
        CHECK(testing::dumpDatabase(server.path) == before);
    }
    SECTION("the connection lost in the middle: nothing kept, and the import runs again")
    {
        Fixture server({.set = testing::FixtureSet::None});
        const QString before = testing::dumpDatabase(server.path);
        bool cut = false;
        auto failed = server.ws->server().importFile(file, [&](const QString& table, qint64) {
            if (table == u"responses" && !cut) {
                cut = true;
                testing::execOnServer(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                                     "datname = '%1' AND application_name = 'communitycheck'")
                                          .arg(server.server->name));
            }
        });
        REQUIRE_FALSE(failed);
        CHECK(failed.error().code == cc::ErrorCode::Unreachable);
        CHECK(testing::dumpDatabase(server.path) == before);
        REQUIRE_OK(server.ws->server().importFile(file, {}));
        CHECK(testing::dumpDatabase(file) == fileDump); // the file itself is never changed
    }
}
