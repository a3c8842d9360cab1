// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Community.h"
#include "core/services/Workspace.h"
#include "tests/support/TestServer.h"

#include <QTemporaryDir>

#include <memory>

// The one fixture builder of every test executable: a workspace in a temporary folder and, as
// asked, an indicator set, the spec's example community and a check of it with answers.
//
//   testing::Fixture f;                                          // mini set, DEMO-001, its 2025 体检 check
//   testing::Fixture f({.user = u"李明"_s, .responses = u"scoring/responses.csv"_s});
//   testing::Fixture f({.set = testing::FixtureSet::Demo});      // the built-in set and the demo data
namespace testing {

enum class FixtureSet {
    None, // an empty database
    Mini, // tests/data/scoring/mini-set.json (MINI 1), the spec's example set
    Default, // the built-in JX-HSQ set (resources/indicators/default.json)
    Demo, // the built-in set and the demo communities with their checks (DemoData::install)
};

struct FixtureOptions
{
    QString user = QStringLiteral("tester");
    FixtureSet set = FixtureSet::Mini;
    // The spec's example community (tests/data/scoring/community.json: DEMO-001 示例社区) and its
    // 2025 体检 check of the set; only with the Mini or Default set.
    bool check = true;
    QString responses = {}; // a responses CSV under tests/data imported into the check
    QStringList assessors = {}; // of the check
    QString fileName = QStringLiteral("test.sqlite");
    // False: a file even when the tests run against the test server (a test about the file itself).
    bool serverWhenTesting = true;
};

class Fixture
{
public:
    explicit Fixture(FixtureOptions options = {});
    virtual ~Fixture();
    Fixture(const Fixture&) = delete;
    Fixture& operator=(const Fixture&) = delete;

    cc::Workspace& workspace() { return *ws; }
    // A path in the fixture's folder.
    QString file(const QString& name) const { return dir.filePath(name); }
    // The stored answer of one indicator of the check (empty when unanswered).
    cc::Response stored(const QString& indicatorCode);
    // Closes the workspace and opens the file again (what a restart sees).
    void reopen();

    QTemporaryDir dir;
    // On the test server (CC_TEST_SERVER), the database the fixture works on instead of a file.
    std::unique_ptr<ServerScratch> server;
    QString path; // the file, or the server database's address
    std::unique_ptr<cc::Workspace> ws;
    cc::Community community; // as stored
    cc::AssessmentId check; // null without a check
    QString setCode; // MINI or JX-HSQ

private:
    QString m_user;
};

// The spec's example community, as tests/data/scoring/community.json describes it, in 南昌市东湖区.
cc::Community exampleCommunity();

} // namespace testing
