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
    CHECK(a->access().server);
    CHECK(a->access().assess);
    CHECK_FALSE(a->access().review);
    CHECK_FALSE(a->access().plan);
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
    CHECK(r->access().review);
    CHECK_FALSE(r->access().assess);
    auto answer = r->assessments().saveResponses(f.check, {number(QStringLiteral("A-03"), 1)});
    REQUIRE_FALSE(answer);
    CHECK(answer.error().code == cc::ErrorCode::Denied);

    // The planner works on projects and may not touch sets or answers.
    auto p = openAs(f, planner);
    CHECK(p->access().plan);
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
