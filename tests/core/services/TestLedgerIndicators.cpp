// SPDX-License-Identifier: GPL-3.0-or-later
// Indicators counted from the building ledger (`source_ledger`, issue 17 point 3): each building once,
// the buildings named in the answer's note, kept up to date by every path that changes the ledger,
// never typed.
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

namespace {

struct LedgerCheck : testing::Fixture
{
    LedgerCheck()
        : testing::Fixture({.set = testing::FixtureSet::Default})
    {
        REQUIRE_OK(ws->buildings().importCsv(community.code,
                                             QStringLiteral("estate,building,dwellings\n"
                                                            "幸福小区,1号楼,24\n幸福小区,3号楼,36\n幸福小区,5号楼,\n")
                                                 .toUtf8(),
                                             QStringLiteral("buildings.csv"),
                                             false));
        for (const cc::Building& b : testing::valueOf(ws->buildings().list(community.code)))
            buildings.push_back(b);
    }

    cc::Result<void> set(int building, const QString& item, bool present, const QString& severity = {})
    {
        cc::LedgerEntry e;
        e.building = buildings.at(static_cast<size_t>(building)).id;
        e.item = item;
        e.present = present;
        e.severity = severity;
        return ws->buildings().setLedgerEntry(check, e);
    }
    cc::Result<void> clear(int building, const QString& item)
    {
        cc::LedgerEntry e;
        e.building = buildings.at(static_cast<size_t>(building)).id;
        e.item = item;
        return ws->buildings().clearLedgerEntry(check, e);
    }
    double value(const QString& code)
    {
        const cc::Response r = stored(code);
        REQUIRE(std::holds_alternative<double>(r.value));
        return std::get<double>(r.value);
    }

    std::vector<cc::Building> buildings; // 1号楼, 3号楼, 5号楼
};

} // namespace

TEST_CASE("Ledger indicators: a building counts once, the note names the buildings, unanswered until recorded",
          "[ledger][services]")
{
    LedgerCheck f;
    CHECK_FALSE(f.stored(QStringLiteral("B6-01")).hasValue()); // nothing recorded: not answered, never 0

    REQUIRE_OK(f.set(1, QStringLiteral("H3.5"), true, cc::LedgerSeverity::kGeneral));
    CHECK(f.value(QStringLiteral("B6-01")) == 1);
    CHECK(f.stored(QStringLiteral("B6-01")).note == u"1 栋: 3号楼");
    // Two 楼道 problems in 1号楼: one building more, not two.
    REQUIRE_OK(f.set(0, QStringLiteral("H3.1"), true));
    REQUIRE_OK(f.set(0, QStringLiteral("H3.7"), true));
    REQUIRE_OK(f.set(2, QStringLiteral("H3.5"), false)); // checked, not found
    CHECK(f.value(QStringLiteral("B6-01")) == 2);
    CHECK(f.stored(QStringLiteral("B6-01")).note == u"2 栋: 1号楼、3号楼");
    REQUIRE_OK(f.clear(1, QStringLiteral("H3.5")));
    CHECK(f.value(QStringLiteral("B6-01")) == 1);

    // Checked and nothing found: 0, answered (a clean result, not a missing one).
    CHECK_FALSE(f.stored(QStringLiteral("B5-01")).hasValue());
    REQUIRE_OK(f.set(0, QStringLiteral("H2.1"), false));
    CHECK(f.value(QStringLiteral("B5-01")) == 0);
    CHECK(f.stored(QStringLiteral("B5-01")).note == u"0 栋");
    // The last entry of an indicator cleared: unanswered again.
    REQUIRE_OK(f.clear(0, QStringLiteral("H2.1")));
    CHECK_FALSE(f.stored(QStringLiteral("B5-01")).hasValue());

    // 非成套住宅 counts dwellings (套): 5号楼's are unknown, so only 1号楼's 24.
    REQUIRE_OK(f.set(0, QStringLiteral("H5.1"), true));
    REQUIRE_OK(f.set(2, QStringLiteral("H5.2"), true));
    CHECK(f.value(QStringLiteral("B4-05")) == 24);
    CHECK(f.stored(QStringLiteral("B4-05")).note == u"24 套: 1号楼、5号楼");

    // Scoring is that of a typed value: a bottom-line indicator with a building found fails.
    const auto scored = testing::valueOf(f.ws->assessments().score(f.check));
    CHECK(std::any_of(scored.score.bottomLineFailures.begin(),
                      scored.score.bottomLineFailures.end(),
                      [](const cc::Indicator* i) { return i->code == u"B6-01"; }));

    // A building renamed: the note follows (the check is still a draft).
    cc::Building renamed = f.buildings[0];
    renamed.number = QStringLiteral("1栋");
    REQUIRE_OK(f.ws->buildings().save(renamed));
    CHECK(f.stored(QStringLiteral("B6-01")).note == u"1 栋: 1栋");
    // Dwellings changed: the count follows.
    renamed.dwellings = 30;
    REQUIRE_OK(f.ws->buildings().save(renamed));
    CHECK(f.value(QStringLiteral("B4-05")) == 30);
}

TEST_CASE("Ledger indicators are never typed; N/A stays; a ledger import counts them too", "[ledger][services]")
{
    LedgerCheck f;
    // Typed in the entry screen's path or a responses CSV: refused, nothing stored.
    cc::Response typed;
    typed.indicatorCode = QStringLiteral("B6-01");
    typed.value = 3.0;
    const auto refused = f.ws->assessments().saveResponses(f.check, {typed});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"B6-01: is counted from the building ledger"));
    const auto csv = f.ws->assessments().importResponses(
        f.check, QByteArray("indicator,value\nB6-01,2\n"), QStringLiteral("answers.csv"));
    REQUIRE_FALSE(csv);
    CHECK(csv.error().message.contains(u"answers.csv"));
    CHECK(csv.error().message.contains(u"counted from the building ledger"));
    CHECK_FALSE(f.stored(QStringLiteral("B6-01")).hasValue());

    // N/A with a reason is the assessor's call and stays whatever the ledger says.
    cc::Response na;
    na.indicatorCode = QStringLiteral("B5-01");
    na.notApplicable = true;
    na.note = QStringLiteral("无管道燃气");
    REQUIRE_OK(f.ws->assessments().saveResponses(f.check, {na}));
    REQUIRE_OK(f.set(0, QStringLiteral("H2.1"), true));
    CHECK(f.stored(QStringLiteral("B5-01")).notApplicable);

    // N/A lifted (the entry screen stores "no answer"): counted again at once.
    REQUIRE_OK(
        f.ws->assessments().saveResponses(f.check, {cc::Response {QStringLiteral("B5-01"), {}, false, {}, false, {}}}));
    CHECK(f.value(QStringLiteral("B5-01")) == 1);
    // A computed answer cleared by hand: counted again too.
    REQUIRE_OK(
        f.ws->assessments().saveResponses(f.check, {cc::Response {QStringLiteral("B5-01"), {}, false, {}, false, {}}}));
    CHECK(f.value(QStringLiteral("B5-01")) == 1);
    CHECK(f.stored(QStringLiteral("B5-01")).note == u"1 栋: 1号楼");

    // A ledger table import computes them at once.
    REQUIRE_OK(f.ws->buildings().importLedgerCsv(f.check,
                                                 QStringLiteral("小区,楼栋,项目,是否存在\n"
                                                                "幸福小区,1号楼,H4.1,是\n幸福小区,3号楼,H4.3,是\n"
                                                                "幸福小区,5号楼,H4.1,否\n")
                                                     .toUtf8(),
                                                 QStringLiteral("台账.csv")));
    CHECK(f.value(QStringLiteral("B4-03")) == 2);
    CHECK(f.stored(QStringLiteral("B4-03")).note == u"2 栋: 1号楼、3号楼");

    // The next round does not carry them over: its own ledger counts them.
    cc::NewAssessment next;
    next.communityCode = f.community.code;
    next.setCode = f.setCode;
    next.round = cc::Round {2026, QStringLiteral("复检")};
    next.copyFromPrevious = true;
    const auto created = testing::valueOf(f.ws->assessments().create(next));
    CHECK(created.carriedOver > 0);
    for (const cc::Response& r : testing::valueOf(f.ws->assessments().responses(created.assessment.id)))
        CHECK(r.indicatorCode != u"B4-03");
}

TEST_CASE("Problems followed round over round: by indicator, and by building and item; the remediation rate is "
          "computed",
          "[ledger][services][remediation]")
{
    testing::Fixture f({.set = testing::FixtureSet::Default});
    cc::Community c = f.community;
    c.id = cc::CommunityId::create();
    c.code = QStringLiteral("TRACK-001");
    REQUIRE_OK(f.ws->communities().add(c));
    REQUIRE_OK(
        f.ws->buildings().importCsv(c.code,
                                    QByteArray("estate,building\n幸福小区,1号楼\n幸福小区,3号楼\n幸福小区,5号楼\n"),
                                    QStringLiteral("b.csv"),
                                    false));
    const auto create = [&](int year, const char* label) {
        cc::NewAssessment request;
        request.communityCode = c.code;
        request.setCode = f.setCode;
        request.round = cc::Round {year, QString::fromUtf8(label)};
        request.checkDate = QDate(year, 4, 1);
        return testing::valueOf(f.ws->assessments().create(request)).assessment.id;
    };
    const auto answerOf = [&](const cc::AssessmentId& id, const QString& code) {
        for (const cc::Response& r : testing::valueOf(f.ws->assessments().responses(id))) {
            if (r.indicatorCode == code)
                return r;
        }
        return cc::Response {};
    };
    const auto ledger = [&](const cc::AssessmentId& id, const char* csv) {
        REQUIRE_OK(f.ws->buildings().importLedgerCsv(id, QByteArray(csv), QStringLiteral("l.csv")));
    };
    const auto answer = [&](const cc::AssessmentId& id, const char* code, bool value) {
        REQUIRE_OK(f.ws->assessments().saveResponses(
            id, {cc::Response {QString::fromLatin1(code), value, false, {}, false, {}}}));
    };

    // 2025: three buildings' problems (two 楼道, one gas: all 限时解决, bottom-line) and C7-04 failed.
    const cc::AssessmentId first = create(2025, "体检");
    CHECK(answerOf(first, QStringLiteral("A3-01")).notApplicable); // a first round: N/A by itself
    ledger(first, "estate,building,item\n幸福小区,1号楼,H3.5\n幸福小区,3号楼,H3.1\n幸福小区,5号楼,H2.1\n");
    answer(first, "C7-04", false);

    // 2026: nothing re-checked yet — no rate rather than a 0 nobody measured.
    const cc::AssessmentId second = create(2026, "复检");
    CHECK_FALSE(answerOf(second, QStringLiteral("A3-01")).hasValue());
    CHECK_FALSE(answerOf(second, QStringLiteral("A3-01")).notApplicable);
    // 1号楼 fixed, 3号楼 not (and a new problem there), 5号楼 not visited; C7-04 built.
    ledger(second,
           "estate,building,item,present\n幸福小区,1号楼,H3.5,否\n幸福小区,3号楼,H3.1,是\n幸福小区,3号楼,H3.7,是\n");
    CHECK(std::get<double>(answerOf(second, QStringLiteral("A3-01")).value) == 25.0); // 1 of 4
    answer(second, "C7-04", true);
    const cc::Response rate = answerOf(second, QStringLiteral("A3-01"));
    CHECK(std::get<double>(rate.value) == 50.0); // 2 of 4
    CHECK(rate.note == u"上一轮问题 4 项，已整改 2 项；其中限时解决 3 项，已整改 1 项；1 项尚未复查");
    // Typing it is refused like any computed value.
    REQUIRE_FALSE(f.ws->assessments().saveResponses(
        second, {cc::Response {QStringLiteral("A3-01"), 80.0, false, {}, false, {}}}));

    // The list the report shows, a year after the first check's deadlines.
    const auto tracked = testing::valueOf(f.ws->assessments().remediation(second, QDate(2026, 6, 1)));
    REQUIRE(tracked);
    CHECK(tracked->due == 4);
    CHECK(tracked->resolved == 2);
    CHECK(tracked->rate() == 50.0);
    CHECK(tracked->timeBoundRate() == std::optional<double>(33.3)); // 1 of 3
    QStringList lines;
    for (const cc::report::TrackedProblem& p : tracked->problems)
        lines << QStringLiteral("%1 %2 %3 %4%5")
                     .arg(p.indicatorCode, p.buildingLabel, p.item)
                     .arg(static_cast<int>(p.fate))
                     .arg(p.overdue ? QStringLiteral(" overdue") : QString());
    CAPTURE(lines.join(u'\n').toStdString());
    // Resolved 0, persisting 1, unchecked 2, new 3; 限时解决 first, as the problem list orders them.
    CHECK(lines.contains(QStringLiteral("B5-01 5号楼 H2.1 2 overdue"))); // deadline 2026-04-01 passed, unchecked
    CHECK(lines.contains(QStringLiteral("B6-01 1号楼 H3.5 0")));
    CHECK(lines.contains(QStringLiteral("B6-01 3号楼 H3.1 1 overdue")));
    CHECK(lines.contains(QStringLiteral("C7-04   0")));
    CHECK(lines.contains(QStringLiteral("B6-01 3号楼 H3.7 3")));
    CHECK(tracked->problems.back().fate == cc::report::ProblemFate::New);
    CHECK(tracked->count(cc::report::ProblemFate::New) == 1);
    // A first round has nothing to follow.
    CHECK_FALSE(testing::valueOf(f.ws->assessments().remediation(first, QDate(2026, 6, 1))));
    // A re-check started from the earlier round's values: carried values are not a re-check, so no
    // rate yet (not "0 of N resolved" before anyone visited).
    cc::NewAssessment third;
    third.communityCode = c.code;
    third.setCode = f.setCode;
    third.round = cc::Round {2027, QStringLiteral("复检")};
    third.checkDate = QDate(2027, 4, 1);
    third.copyFromPrevious = true;
    const auto carried = testing::valueOf(f.ws->assessments().create(third));
    CHECK(carried.carriedOver > 0);
    CHECK_FALSE(answerOf(carried.assessment.id, QStringLiteral("A3-01")).hasValue());
    CHECK(testing::valueOf(f.ws->assessments().remediation(carried.assessment.id, QDate(2027, 6, 1)))
              ->count(cc::report::ProblemFate::Resolved)
          == 0);

    // The report: its section 上一轮问题整改情况 has the same list; its own problem list flags a deadline
    // that has passed on the report's date.
    const auto model = testing::valueOf(f.ws->reports().build(second, QStringLiteral("zh_CN"), QDate(2027, 6, 1)));
    REQUIRE(model.remediation);
    CHECK(model.remediation->problems.size() == tracked->problems.size());
    CHECK(model.remediation->rate() == 50.0);
    bool someOverdue = false;
    for (const cc::report::ProblemRow& p : model.problems) {
        CHECK(p.overdue == (p.deadline.isValid() && p.deadline < QDate(2027, 6, 1)));
        someOverdue = someOverdue || p.overdue;
    }
    CHECK(someOverdue); // 3号楼's 楼道 problem is due 2027-04-01
    CHECK_FALSE(testing::valueOf(f.ws->reports().build(first, QStringLiteral("zh_CN"), QDate(2026, 6, 1))).remediation);
}

TEST_CASE("Ledger photos: stored under the building and item, refused for another community's building, named in "
          "the report",
          "[ledger][services][photos]")
{
    LedgerCheck f;
    const auto photo = [&](const QString& key) {
        cc::Photo p;
        p.indicatorCode = key;
        p.originalName = QStringLiteral("楼道.jpg");
        p.originalSize = 3000;
        p.originalSha256 = QString(64, u'a');
        p.width = 2048;
        p.height = 1536;
        p.caption = QStringLiteral("幸福小区 3号楼");
        return f.ws->photos().add(f.check, {cc::PhotoUpload {p, QByteArray("jpeg bytes"), QByteArray("thumb")}});
    };
    REQUIRE_OK(f.set(1, QStringLiteral("H3.5"), true));
    const auto added = testing::valueOf(photo(cc::ledgerPhotoKey(f.buildings[1].id, QStringLiteral("h3.5"))));
    REQUIRE(added.size() == 1);
    CHECK(added.front().indicatorCode == cc::ledgerPhotoKey(f.buildings[1].id, QStringLiteral("H3.5")));
    CHECK(added.front().indicatorCode.endsWith(u"/H3.5")); // the item as the catalogue spells it

    // Another community's building, an item no catalogue has: refused, nothing stored.
    cc::Community other = f.community;
    other.id = cc::CommunityId::create();
    other.code = QStringLiteral("OTHER-1");
    REQUIRE_OK(f.ws->communities().add(other));
    REQUIRE_OK(f.ws->buildings().importCsv(
        other.code, QByteArray("estate,building\n别的小区,1号楼\n"), QStringLiteral("b.csv"), false));
    const auto stranger = testing::valueOf(f.ws->buildings().list(other.code)).front();
    const auto refused = photo(cc::ledgerPhotoKey(stranger.id, QStringLiteral("H3.5")));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"not in the register of the check's community"));
    REQUIRE_FALSE(photo(cc::ledgerPhotoKey(f.buildings[1].id, QStringLiteral("H3.99"))));
    CHECK(testing::valueOf(f.ws->photos().list(f.check)).size() == 1);

    // The report's photo pages name the item, the caption the building.
    const auto model = testing::valueOf(f.ws->reports().build(f.check, QStringLiteral("zh_CN"), QDate(2025, 6, 1)));
    REQUIRE(model.photos.size() == 1);
    CHECK(model.photos.front().indicatorCode == u"H3.5");
    CHECK(model.photos.front().indicatorName == u"灭火器缺失、未设置灭火器保护设施");
    CHECK(model.photos.front().caption == u"幸福小区 3号楼");
}
