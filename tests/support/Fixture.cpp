// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/Fixture.h"

#include "core/services/DemoData.h"
#include "tests/support/TestSupport.h"

namespace testing {

cc::Community exampleCommunity()
{
    cc::Community c;
    c.code = QStringLiteral("DEMO-001");
    c.name = QStringLiteral("示例社区");
    c.type = QStringLiteral("commercial_estate");
    c.city = QStringLiteral("南昌市");
    c.county = QStringLiteral("东湖区");
    c.households = 800;
    c.buildings = 12;
    c.population = 2400;
    c.areaHa = 6.5;
    return c;
}

Fixture::Fixture(FixtureOptions options)
    : server(onServer() && options.serverWhenTesting ? std::make_unique<ServerScratch>() : nullptr)
    , path(server ? server->address : dir.filePath(options.fileName))
    , m_user(options.user)
{
    REQUIRE(dir.isValid());
    ws = valueOf(cc::Workspace::open(path, cc::Workspace::OpenMode::CreateIfMissing, m_user));
    switch (options.set) {
    case FixtureSet::None:
        return;
    case FixtureSet::Mini:
        REQUIRE_OK(ws->sets().importFile(dataPath(QStringLiteral("scoring/mini-set.json"))));
        setCode = QStringLiteral("MINI");
        break;
    case FixtureSet::Default:
    case FixtureSet::Demo:
        REQUIRE_OK(
            ws->sets().installBuiltin(readFile(sourcePath(QStringLiteral("resources/indicators/default.json")))));
        setCode = QStringLiteral("JX-HSQ");
        break;
    }
    if (options.set == FixtureSet::Demo) {
        REQUIRE_OK(cc::DemoData::install(*ws, setCode));
        return;
    }
    if (!options.check)
        return;
    community = valueOf(ws->communities().add(exampleCommunity())).community;
    auto created = valueOf(ws->assessments().create(
        {community.code, setCode, {}, cc::Round {2025, QStringLiteral("体检")}, options.assessors}));
    check = created.assessment.id;
    if (!options.responses.isEmpty())
        REQUIRE_OK(ws->assessments().importResponses(check, readFile(dataPath(options.responses)), options.responses));
}

Fixture::~Fixture() = default;

cc::Response Fixture::stored(const QString& indicatorCode)
{
    for (const cc::Response& r : valueOf(ws->assessments().responses(check))) {
        if (r.indicatorCode == indicatorCode)
            return r;
    }
    cc::Response none;
    none.indicatorCode = indicatorCode;
    return none;
}

void Fixture::reopen()
{
    ws.reset();
    ws = valueOf(cc::Workspace::open(path, cc::Workspace::OpenMode::MustExist, m_user));
}

} // namespace testing
