// SPDX-License-Identifier: GPL-3.0-or-later
// 需求清单, 资源清单, 项目清单, the project library and the annual plan, through ProjectService.
#include "core/planning/ProjectGeneration.h"
#include "core/planning/ProjectMoney.h"
#include "core/services/DemoData.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <QStringDecoder>
#include <QStringEncoder>

using Catch::Approx;
using namespace cc;

namespace {

// Whether another way of solving the line's problem (its alternatives) is selected in the plan.
bool selectedAlternative(const planning::PlanView& plan, const planning::PlanView::Line& line)
{
    return std::any_of(plan.lines.begin(), plan.lines.end(), [&](const planning::PlanView::Line& other) {
        return other.line.selected
            && std::find(line.alternatives.begin(), line.alternatives.end(), other.project.id)
            != line.alternatives.end();
    });
}

// The demo database: NC-DH-001 has a 2025 and a 2026 check; every check has failed indicators.
struct Demo : testing::Fixture
{
    AssessmentId earlier; // NC-DH-001, 2025
    AssessmentId latest; // NC-DH-001, 2026

    Demo()
        : testing::Fixture({.user = QStringLiteral("planner"), .set = testing::FixtureSet::Demo})
    {
        for (const Assessment& a : testing::valueOf(ws->assessments().list(QStringLiteral("NC-DH-001"))))
            (a.round.year == 2026 ? latest : earlier) = a.id;
        REQUIRE_FALSE(latest.isNull());
        REQUIRE_FALSE(earlier.isNull());
    }

    std::vector<Project> projects(const QString& community = QStringLiteral("NC-DH-001"))
    {
        auto all = ws->projects().list({community, {}, true});
        REQUIRE_OK(all);
        return *all;
    }
};

const Project* byTemplate(const std::vector<Project>& projects, const QString& code)
{
    for (const Project& p : projects) {
        if (p.templateCode == code && p.status != ProjectStatus::Obsolete)
            return &p;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Projects are generated from failed indicators once, however often generation runs", "[projects]")
{
    Demo d;
    auto first = d.ws->projects().generate(d.latest, QStringLiteral("zh_CN"));
    REQUIRE_OK(first);
    CHECK(first->added > 0);
    CHECK(first->updated == 0);
    const auto before = d.projects();
    REQUIRE(static_cast<int>(before.size()) == first->added);
    auto scored = d.ws->assessments().score(d.latest);
    REQUIRE_OK(scored);
    for (const Project& p : before) {
        CHECK(p.status == ProjectStatus::Candidate);
        CHECK(p.assessmentId == std::optional<AssessmentId>(d.latest));
        REQUIRE_FALSE(p.problemCodes.isEmpty()); // it keeps its origin
        for (const QString& code : p.problemCodes) {
            const auto* r = scored->score.result(code);
            REQUIRE(r);
            CHECK(r->status == scoring::Status::Fail);
        }
        CHECK_FALSE(p.templateCode.isEmpty());
        if (p.quantity && p.unitCost)
            CHECK(*p.cost == Approx(planning::roundWan(*p.quantity * *p.unitCost)));
    }
    auto second = d.ws->projects().generate(d.latest, QStringLiteral("zh_CN"));
    REQUIRE_OK(second);
    CHECK(second->added == 0);
    CHECK(second->updated == first->added);
    CHECK(d.projects().size() == before.size());
}

TEST_CASE("Undoing a generation puts back what it changed; generating again reuses the IDs given", "[projects][undo]")
{
    Demo d;
    auto first = d.ws->projects().generate(d.latest, QStringLiteral("zh_CN"));
    REQUIRE_OK(first);
    const Project target = d.projects().front();
    // A demand that speaks to the target's problem: the next generation links it to the target.
    Demand demand;
    demand.text = QStringLiteral("居民反映此问题多年未解决");
    demand.indicatorCodes = target.problemCodes;
    demand.support = 25;
    const Demand added = testing::valueOf(d.ws->lists().addDemand(demand, QStringLiteral("NC-DH-001")));
    auto second = d.ws->projects().generate(d.latest, QStringLiteral("zh_CN"));
    REQUIRE_OK(second);
    const Project linked = testing::valueOf(d.ws->projects().resolve(target.id.toString()));
    REQUIRE(linked.demandIds.size() == 1);
    CHECK(linked.support == 25);
    // The undo takes the link back with everything else generation changed: the demand is free again.
    REQUIRE_OK(d.ws->projects().undoGeneration(*second));
    const Project restored = testing::valueOf(d.ws->projects().resolve(target.id.toString()));
    CHECK(restored.demandIds.empty());
    CHECK(restored.problemCodes == target.problemCodes);
    CHECK(restored.worstScore == target.worstScore);
    REQUIRE_OK(d.ws->lists().removeDemand(added.id));

    // A first generation undone and done again (a redo) gives the projects the IDs they had.
    REQUIRE_OK(d.ws->projects().undoGeneration(*first));
    CHECK(d.projects().empty());
    auto again = d.ws->projects().generate(d.latest, QStringLiteral("zh_CN"), first->addedByOrigin);
    REQUIRE_OK(again);
    CHECK(again->addedIds == first->addedIds);
    CHECK(testing::valueOf(d.ws->projects().resolve(target.id.toString())).name == target.name);
}

TEST_CASE("The local price table overrides the template's unit cost, the county's own price first",
          "[projects][prices]")
{
    Demo d;
    REQUIRE_OK(d.ws->projects().generate(d.latest, QStringLiteral("zh_CN")));
    const auto before = d.projects();
    const Project* priced = nullptr;
    for (const Project& p : before) {
        if (p.quantity && *p.quantity > 0) {
            priced = &p;
            break;
        }
    }
    REQUIRE(priced);
    const QString code = priced->templateCode;
    const double quantity = *priced->quantity;
    REQUIRE_OK(d.ws->lists().setPrice({code, {}, 3.5, QStringLiteral("province")}));
    REQUIRE_OK(d.ws->lists().setPrice({code, priced->county, 4.25, QStringLiteral("county")}));
    REQUIRE_OK(d.ws->lists().setPrice({code, QStringLiteral("别的县"), 99, {}}));
    REQUIRE_OK(d.ws->projects().generate(d.latest, QStringLiteral("zh_CN")));
    const Project* after = byTemplate(d.projects(), code);
    REQUIRE(after);
    CHECK(*after->unitCost == Approx(4.25));
    CHECK(*after->cost == Approx(planning::roundWan(quantity * 4.25)));
    CHECK_FALSE(d.ws->lists().setPrice({code, {}, -1, {}})); // refused
}

TEST_CASE("A planner's edits survive regeneration and are audited", "[projects]")
{
    Demo d;
    REQUIRE_OK(d.ws->projects().generate(d.latest, QStringLiteral("zh_CN")));
    Project p = d.projects().front();
    p.name = QStringLiteral("豫章里社区电动自行车充电棚（一期）");
    p.cost = 12.5;
    p.projectClass = QStringLiteral("完善");
    auto saved = d.ws->projects().update(p, QStringLiteral("县住建局核定"));
    REQUIRE_OK(saved);
    CHECK(saved->edited);
    REQUIRE_OK(d.ws->projects().generate(d.latest, QStringLiteral("zh_CN")));
    auto again = d.ws->projects().resolve(p.id.toString());
    REQUIRE_OK(again);
    CHECK(again->name == p.name);
    CHECK(*again->cost == Approx(12.5));
    auto history = d.ws->projects().history(p.id);
    REQUIRE_OK(history);
    bool named = false;
    for (const auto& e : *history)
        named = named || (e.field == u"name" && e.newValue == p.name && e.user == d.ws->userName());
    CHECK(named);
    p.projectClass = QStringLiteral("豪华");
    CHECK_FALSE(d.ws->projects().update(p)); // not a class of the plan
}

TEST_CASE("Candidates of a superseded check are marked obsolete, never deleted", "[projects]")
{
    Demo d;
    // A check of an earlier round than another of the community: its candidates are born obsolete.
    auto born = d.ws->projects().generate(d.earlier, QStringLiteral("zh_CN"));
    REQUIRE_OK(born);
    REQUIRE(born->added > 0);
    CHECK(born->obsoleted == born->added);

    // NC-DH-002 has one check; its candidates stay until a later check generates its own.
    auto checks = d.ws->assessments().list(QStringLiteral("NC-DH-002"));
    REQUIRE_OK(checks);
    REQUIRE(checks->size() == 1);
    auto old = d.ws->projects().generate(checks->front().id, QStringLiteral("zh_CN"));
    REQUIRE_OK(old);
    CHECK(old->obsoleted == 0);
    auto next = d.ws->assessments().create(
        {QStringLiteral("NC-DH-002"), QStringLiteral("JX-HSQ"), {}, Round {2026, QStringLiteral("复检")}, {}, true});
    REQUIRE_OK(next);
    auto fresh = d.ws->projects().generate(next->assessment.id, QStringLiteral("zh_CN"));
    REQUIRE_OK(fresh);
    CHECK(fresh->obsoleted == old->added);
    int obsolete = 0;
    for (const Project& p : d.projects(QStringLiteral("NC-DH-002"))) {
        if (p.assessmentId == std::optional<AssessmentId>(checks->front().id)) {
            CHECK(p.status == ProjectStatus::Obsolete);
            ++obsolete;
        }
    }
    CHECK(obsolete == old->added); // all still there
}

TEST_CASE("Demands join the project of the indicator they speak to, or become a project of their own",
          "[projects][demands]")
{
    Demo d;
    REQUIRE_OK(d.ws->projects().generate(d.latest, QStringLiteral("zh_CN")));
    const Project target = d.projects().front();
    Demand linked;
    linked.text = QStringLiteral("楼下电动车乱停，希望建充电棚");
    linked.taskCode = QStringLiteral("C7");
    linked.source = DemandSource::Meeting;
    linked.support = 86;
    linked.indicatorCodes = {target.problemCodes.front()};
    REQUIRE_OK(d.ws->lists().addDemand(linked, QStringLiteral("NC-DH-001")));
    Demand own;
    own.text = QStringLiteral("增设小区休闲座椅");
    own.taskCode = QStringLiteral("C7");
    own.source = DemandSource::Hotline;
    own.support = 12;
    REQUIRE_OK(d.ws->lists().addDemand(own, QStringLiteral("NC-DH-001")));
    CHECK_FALSE(d.ws->lists().addDemand(own, QStringLiteral("NO-SUCH"))); // unknown community
    Demand empty;
    CHECK_FALSE(d.ws->lists().addDemand(empty, QStringLiteral("NC-DH-001"))); // no text

    auto again = d.ws->projects().generate(d.latest, QStringLiteral("zh_CN"));
    REQUIRE_OK(again);
    CHECK(again->added == 1); // the demand of its own
    auto updated = d.ws->projects().resolve(target.id.toString());
    REQUIRE_OK(updated);
    CHECK(updated->demandIds.size() == 1);
    CHECK(updated->support == 86);
    bool ownProject = false;
    for (const Project& p : d.projects()) {
        if (p.originKey.startsWith(QStringLiteral("D:"))) {
            ownProject = true;
            CHECK(p.name == own.text);
            CHECK(p.support == 12);
            CHECK_FALSE(p.cost.has_value()); // to be estimated
        }
    }
    CHECK(ownProject);
    auto third = d.ws->projects().generate(d.latest, QStringLiteral("zh_CN"));
    REQUIRE_OK(third);
    CHECK(third->added == 0);
}

TEST_CASE("Survey tallies import from CSV, all or nothing, naming the line", "[projects][demands][broken]")
{
    Demo d;
    testing::writeFile(
        d.file(QStringLiteral("t.csv")),
        QStringLiteral("item,mean,respondents,task\n夜间照明满意度,2.8,312,C7\n电梯使用满意度,3.9,298,C7\n").toUtf8());
    auto imported = d.ws->lists().importTallies(QStringLiteral("NC-DH-001"), d.file(QStringLiteral("t.csv")));
    REQUIRE_OK(imported);
    CHECK(imported->added.size() == 2);
    // The same file again adds nothing.
    auto again = d.ws->lists().importTallies(QStringLiteral("NC-DH-001"), d.file(QStringLiteral("t.csv")));
    REQUIRE_OK(again);
    CHECK(again->added.empty());
    CHECK(again->skipped == 2);
    testing::writeFile(d.file(QStringLiteral("b.csv")),
                       QStringLiteral("item,mean,respondents\n路面,3.1,100\n绿化,很好,80\n").toUtf8());
    auto refused = d.ws->lists().importTallies(QStringLiteral("NC-DH-001"), d.file(QStringLiteral("b.csv")));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("b.csv, line 3")));
    CHECK(refused.error().message.contains(QStringLiteral("很好")));
    auto tallies = d.ws->lists().tallies(QStringLiteral("NC-DH-001"));
    REQUIRE_OK(tallies);
    CHECK(tallies->size() == 2); // nothing of the broken file
}

TEST_CASE("Accept and reject: a rejection needs a reason; bundles carry their sub-items", "[projects]")
{
    Demo d;
    REQUIRE_OK(d.ws->projects().generate(d.latest, QStringLiteral("zh_CN")));
    const auto all = d.projects();
    REQUIRE(all.size() >= 3);
    CHECK_FALSE(d.ws->projects().decide(all[0].id, false, QStringLiteral("  "))); // no reason
    auto rejected = d.ws->projects().decide(all[0].id, false, QStringLiteral("已由街道自筹解决"));
    REQUIRE_OK(rejected);
    CHECK(rejected->status == ProjectStatus::Rejected);
    CHECK(rejected->decisionReason == u"已由街道自筹解决");
    auto bundle = d.ws->projects().bundle(QStringLiteral("老旧小区综合整治（打包）"), {all[1].id, all[2].id});
    REQUIRE_OK(bundle);
    CHECK(bundle->isBundle);
    if (all[1].cost && all[2].cost)
        CHECK(*bundle->cost == Approx(planning::roundWan(*all[1].cost + *all[2].cost)));
    REQUIRE_OK(d.ws->projects().decide(bundle->id, true, {}));
    auto item = d.ws->projects().resolve(all[1].id.toString());
    REQUIRE_OK(item);
    CHECK(item->status == ProjectStatus::Accepted);
    CHECK(item->bundleId == std::optional<ProjectId>(bundle->id));
    CHECK_FALSE(d.ws->projects().bundle(QStringLiteral("again"), {all[1].id, all[0].id})); // already bundled
}

TEST_CASE("The annual plan takes every 限时解决 project, fills the rest of the budget by priority, schedules what is "
          "in and keeps its texts",
          "[projects][plan]")
{
    Demo d;
    for (const QString& code :
         {QStringLiteral("NC-DH-001"), QStringLiteral("NC-DH-002"), QStringLiteral("NC-DH-003")}) {
        auto checks = d.ws->assessments().list(code);
        REQUIRE_OK(checks);
        REQUIRE_OK(d.ws->projects().generate(checks->front().id, QStringLiteral("zh_CN"))); // newest round first
    }
    auto county = d.projects().front().county;
    // The county's price table gives every template a unit cost; generating again applies it.
    int price = 0;
    for (const Project& p : d.projects()) {
        if (!p.cost && p.quantity)
            REQUIRE_OK(d.ws->lists().setPrice({p.templateCode, county, 2.0 + (price++ % 7), {}}));
    }
    for (const QString& code :
         {QStringLiteral("NC-DH-001"), QStringLiteral("NC-DH-002"), QStringLiteral("NC-DH-003")}) {
        auto checks = d.ws->assessments().list(code);
        REQUIRE_OK(checks);
        REQUIRE_OK(d.ws->projects().generate(checks->front().id, QStringLiteral("zh_CN")));
    }
    auto all = d.ws->projects().list({{}, county, false});
    REQUIRE_OK(all);
    double total = 0;
    int accepted = 0;
    for (const Project& p : *all) {
        if (p.cost) {
            REQUIRE_OK(d.ws->projects().decide(p.id, true, {}));
            total += *p.cost;
            ++accepted;
        }
    }
    REQUIRE(accepted >= 3);
    const double budget = planning::roundWan(total / 2);
    auto built = d.ws->plans().buildPlan(county, 2027, budget);
    REQUIRE_OK(built);
    int selected = 0;
    double sum = 0, mandatory = 0;
    for (const auto& line : built->lines) {
        if (line.line.selected) {
            ++selected;
            if (!line.line.measure) {
                sum += *line.line.yearCost;
                if (line.project.timeBound)
                    mandatory += *line.line.yearCost;
            }
            CHECK(line.project.status == ProjectStatus::Scheduled);
            CHECK(line.project.plannedYear == std::optional<int>(2027));
        } else {
            CHECK_FALSE(line.line.reason.isEmpty());
            // Obligations are never deferred, unless another way of solving the same problem (reinforce
            // or rebuild) is in.
            CHECK((!line.project.timeBound || selectedAlternative(*built, line)));
        }
    }
    CHECK(selected > 0);
    CHECK(selected < accepted);
    CHECK(sum == Approx(built->plan.totalCost).margin(0.005));
    CHECK(mandatory == Approx(built->plan.mandatoryCost).margin(0.005));
    CHECK(built->plan.shortfall == Approx(std::max(0.0, mandatory - budget)).margin(0.011));
    if (built->plan.shortfall == 0)
        CHECK(built->plan.totalCost <= budget);

    Plan texts;
    texts.tasks = QStringLiteral("完成 3 个社区的体检问题整改");
    texts.safeguards = QStringLiteral("县财政统筹，街道配套");
    REQUIRE_OK(d.ws->plans().setPlanTexts(county, 2027, texts));
    // Rebuilt with no money: only the obligations (and the measures, which cost nothing) stay in, the
    // shortfall is all they cost, the rest goes back to the library; the texts are kept.
    auto rebuilt = d.ws->plans().buildPlan(county, 2027, 0);
    REQUIRE_OK(rebuilt);
    CHECK(rebuilt->plan.totalCost == Approx(rebuilt->plan.mandatoryCost));
    CHECK(rebuilt->plan.shortfall == Approx(rebuilt->plan.mandatoryCost));
    CHECK(rebuilt->plan.tasks == texts.tasks);
    CHECK(rebuilt->plan.safeguards == texts.safeguards);
    for (const auto& line : rebuilt->lines) {
        if (line.project.timeBound && !line.alternatives.empty()) { // one way of an obligation stays in
            CHECK((line.line.selected != selectedAlternative(*rebuilt, line)));
            continue;
        }
        const bool stays = line.project.timeBound || line.line.measure;
        CHECK(line.line.selected == stays);
        CHECK(line.project.status == (stays ? ProjectStatus::Scheduled : ProjectStatus::InLibrary));
    }
    auto stored = d.ws->plans().plan(county, 2027);
    REQUIRE_OK(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->lines.size() == rebuilt->lines.size());
    CHECK_FALSE(d.ws->plans().buildPlan(county, 2027, -5)); // refused
}

TEST_CASE("A multi-year project the 2027 plan took carries its 2028 share into the 2028 plan, staying 2027's",
          "[projects][plan][years]")
{
    Demo d;
    REQUIRE_OK(d.ws->projects().generate(d.latest, QStringLiteral("zh_CN")));
    auto projects = d.projects();
    auto costed = std::find_if(projects.begin(), projects.end(), [](const Project& x) {
        return x.cost.has_value() && *x.cost > 0 && !x.timeBound && x.projectClass != u"管理";
    });
    REQUIRE(costed != projects.end());
    REQUIRE_OK(d.ws->projects().decide(costed->id, true, {}));
    Project works = testing::valueOf(d.ws->projects().resolve(costed->id.toString()));
    works.startYear = 2027;
    works.endYear = 2028;
    works = testing::valueOf(d.ws->projects().update(works));
    const double share2028 = planning::ProjectMoney::byYear(works).back().amount;

    const auto lineOf = [&](const planning::PlanView& view) {
        return std::find_if(
            view.lines.begin(), view.lines.end(), [&](const auto& l) { return l.project.id == works.id; });
    };
    const auto plan2027 = testing::valueOf(d.ws->plans().buildPlan(works.county, 2027, 100000));
    REQUIRE(lineOf(plan2027) != plan2027.lines.end());
    REQUIRE(lineOf(plan2027)->line.selected);
    const auto plan2028 = testing::valueOf(d.ws->plans().buildPlan(works.county, 2028, 100000));
    const auto line = lineOf(plan2028);
    REQUIRE(line != plan2028.lines.end());
    CHECK(line->line.selected);
    CHECK(*line->line.yearCost == Approx(share2028));
    const Project after = testing::valueOf(d.ws->projects().resolve(works.id.toString()));
    CHECK(after.status == ProjectStatus::Scheduled);
    CHECK(after.plannedYear == std::optional<int>(2027)); // still the plan that started it
    // And with no money in 2028 it is deferred there, but stays scheduled for 2027.
    const auto broke = testing::valueOf(d.ws->plans().buildPlan(works.county, 2028, 0));
    CHECK_FALSE(lineOf(broke)->line.selected);
    CHECK(testing::valueOf(d.ws->projects().resolve(works.id.toString())).plannedYear == std::optional<int>(2027));
}

TEST_CASE("A project carries its units, 实施主体, place, years and funding; parts that disagree are refused",
          "[projects][funding]")
{
    Demo d;
    REQUIRE_OK(d.ws->projects().generate(d.latest, QStringLiteral("zh_CN")));
    auto projects = d.projects();
    // Generation: the lead is the first unit the problem names, the others cooperate.
    const auto scored = testing::valueOf(d.ws->assessments().score(d.latest));
    for (const Project& p : projects) {
        if (p.problemCodes.isEmpty())
            continue;
        CAPTURE(p.name);
        const auto problem = std::find_if(scored.score.problems.begin(),
                                          scored.score.problems.end(),
                                          [&](const auto& pr) { return pr.indicator->code == p.problemCodes.first(); });
        REQUIRE(problem != scored.score.problems.end());
        CHECK(p.responsibleUnit == problem->responsibleUnits.value(0));
        for (const QString& unit : problem->responsibleUnits)
            CHECK(p.units().contains(unit));
        CHECK(p.deadline.isValid() == p.timeBound); // 限时解决 has a 完成时限
    }
    Project p = *std::find_if(projects.begin(), projects.end(), [](const Project& x) { return x.cost.has_value(); });
    const double cost = *p.cost;
    const QString before = testing::dumpDatabase(d.path);

    // An end year before the start year; a split that does not add up; years outside the span.
    Project bad = p;
    bad.startYear = 2027;
    bad.endYear = 2026;
    REQUIRE_ERROR_NAMING(d.ws->projects().update(bad), QStringLiteral("2026"));
    bad = p;
    bad.funding = {{FundingSource::Central, cost / 2}, {FundingSource::Local, cost / 4}};
    REQUIRE_ERROR_NAMING(d.ws->projects().update(bad), QStringLiteral("funding split"));
    bad = p;
    bad.startYear = 2026;
    bad.endYear = 2027;
    bad.yearAmounts = {{2026, cost / 2}, {2028, cost / 2}};
    REQUIRE_ERROR_NAMING(d.ws->projects().update(bad), QStringLiteral("2028"));
    CHECK(testing::dumpDatabase(d.path) == before); // nothing changed

    Project good = p;
    good.cooperatingUnits = {QStringLiteral("县气象局"), QStringLiteral("县统计局")}; // never a lead unit
    good.implementer = QStringLiteral("县燃气公司");
    good.location = QStringLiteral("1、3、5 栋");
    good.startYear = 2026;
    good.endYear = 2027;
    good.yearAmounts = {{2026, planning::roundWan(cost * 0.4)}, {2027, cost - planning::roundWan(cost * 0.4)}};
    good.funding = {{FundingSource::Central, planning::roundWan(cost / 2)},
                    {FundingSource::Residents, cost - planning::roundWan(cost / 2)}};
    const auto saved = testing::valueOf(d.ws->projects().update(good, QStringLiteral("县局核定")));
    CHECK(saved.implementer == u"县燃气公司");
    CHECK(saved.units().size() == 3);
    CHECK(saved.funding.size() == 2);
    CHECK(saved.yearAmounts.size() == 2);
    CHECK(saved.edited);
    const auto history = testing::valueOf(d.ws->projects().history(p.id));
    for (const char* field :
         {"implementer", "location", "cooperating_units", "start_year", "end_year", "funding", "year_amounts"}) {
        CAPTURE(field);
        CHECK(std::any_of(history.begin(), history.end(), [&](const AuditEntry& e) {
            return e.field == QLatin1String(field) && e.reason == u"县局核定" && e.user == d.ws->userName();
        }));
    }
    // The cost cannot move away from its years and its split: change them together.
    Project dearer = saved;
    dearer.cost = cost + 10;
    REQUIRE_ERROR_NAMING(d.ws->projects().update(dearer), QStringLiteral("add up to"));
    dearer.yearAmounts.clear(); // spread evenly now: only the split disagrees
    REQUIRE_ERROR_NAMING(d.ws->projects().update(dearer), QStringLiteral("funding split"));
    // Generating again keeps a person's values.
    REQUIRE_OK(d.ws->projects().generate(d.latest, QStringLiteral("zh_CN")));
    const auto after = testing::valueOf(d.ws->projects().resolve(p.id.toString()));
    CHECK(after.funding == saved.funding);
    CHECK(after.implementer == saved.implementer);
    CHECK(after.cooperatingUnits == saved.cooperatingUnits);
}

TEST_CASE("In the demo, the plan's work spreads over the departments: no unit leads more than 60 %",
          "[projects][plan][demo]")
{
    Demo d;
    for (const Assessment& a : testing::valueOf(d.ws->assessments().list()))
        REQUIRE_OK(d.ws->projects().generate(a.id, QStringLiteral("zh_CN")));
    for (const Project& p : testing::valueOf(d.ws->projects().list({{}, {}, false}))) {
        if (p.status == ProjectStatus::Candidate)
            REQUIRE_OK(d.ws->projects().decide(p.id, true, {}));
    }
    for (const auto& [county, budget] :
         {std::pair {QStringLiteral("东湖区"), 800.0}, {QStringLiteral("章贡区"), 400.0}}) {
        CAPTURE(county);
        const auto plan = testing::valueOf(d.ws->plans().buildPlan(county, 2027, budget));
        CHECK(plan.plan.shortfall == 0);
        std::map<QString, std::pair<int, double>> byLead;
        int projects = 0;
        double money = 0;
        for (const auto& line : plan.lines) {
            if (!line.line.selected || line.line.measure)
                continue;
            auto& lead = byLead[line.project.responsibleUnit];
            ++lead.first;
            lead.second += line.line.yearCost.value_or(0);
            ++projects;
            money += line.line.yearCost.value_or(0);
        }
        REQUIRE(projects >= 5);
        CHECK(byLead.size() >= 4);
        for (const auto& [unit, share] : byLead) {
            CAPTURE(unit, share.first, share.second);
            CHECK(share.first <= 0.6 * projects);
            CHECK(share.second <= 0.6 * money);
        }
    }
}
