// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DemoData.h"

#include "core/domain/ResponseRules.h"
#include "core/services/DemoLedger.h"
#include "core/services/Workspace.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace cc {

namespace {

bool appliesTo(const Indicator& indicator, const Community& community)
{
    return !indicator.appliesTo || indicator.appliesTo->contains(community.type);
}

// Values people type: whole numbers for counts, one decimal for percentages and areas.
double tidy(const Indicator& indicator, double value)
{
    const bool whole = indicator.unit != u"%" && indicator.unit != u"m²" && indicator.unit != u"千米"
        && indicator.unit != u"公顷" && std::floor(indicator.target) == indicator.target;
    double v = whole ? std::round(value) : std::round(value * 10) / 10;
    if (indicator.min)
        v = std::max(v, *indicator.min);
    if (indicator.max)
        v = std::min(v, *indicator.max);
    return v;
}

double between(QRandomGenerator& rng, double lo, double hi)
{
    return lo + (hi - lo) * rng.generateDouble();
}

// A raw value whose normalised figure x lands in the pass or fail region of a number indicator.
std::optional<double> numberValue(const Indicator& ind, const Community& community, QRandomGenerator& rng, bool pass)
{
    double x = 0;
    if (ind.direction == Direction::HigherBetter) {
        const double zero = ind.zeroAt.value_or(0);
        const double span = ind.target - zero;
        // pass: at or above the pass score's share of the span; fail: clearly below it
        const double passAt = zero + span * ind.passScore / 100.0;
        x = pass ? between(rng, passAt + span * 0.02, ind.target + span * 0.3)
                 : between(rng, zero + span * 0.1, passAt - span * 0.12);
    } else {
        if (ind.zeroAt) {
            const double span = *ind.zeroAt - ind.target;
            const double passAt = *ind.zeroAt - span * ind.passScore / 100.0;
            if (ind.passScore >= 100 - 1e-9) // any count fails (a problem building): a few of them, as in life
                x = pass ? ind.target : between(rng, ind.target + span * 0.03, ind.target + span * 0.35);
            else
                x = pass ? between(rng, std::max(0.0, ind.target - span * 0.3), passAt - span * 0.02)
                         : between(rng, passAt + span * 0.12, *ind.zeroAt + span * 0.2);
        } else {
            const double step = std::max(1.0, std::abs(ind.target) * 0.3);
            x = pass ? between(rng, std::max(0.0, ind.target - step), ind.target)
                     : ind.target + between(rng, 0.6, 3.4) * step;
        }
        if (pass && ind.target == 0)
            x = 0;
    }
    if (!ind.normalizeBy.isEmpty()) {
        const auto figure = community.figure(ind.normalizeBy);
        if (!figure || *figure <= 0)
            return std::nullopt;
        x = x * *figure / ind.per;
    }
    return tidy(ind, x);
}

ResponseValue synthesizeValue(const Indicator& ind, const Community& community, QRandomGenerator& rng, bool pass)
{
    switch (ind.type) {
    case IndicatorType::Boolean:
        return pass ? ind.passValue : !ind.passValue;
    case IndicatorType::Number:
        if (auto v = numberValue(ind, community, rng, pass))
            return *v;
        return {};
    case IndicatorType::Rating: {
        const double span = ind.scaleMax - ind.scaleMin;
        const double passAt = ind.scaleMin + span * ind.passScore / 100.0;
        const double v = pass ? between(rng, passAt + 0.05 * span, ind.scaleMax)
                              : between(rng, ind.scaleMin + 0.3 * span, passAt - 0.05 * span);
        return std::clamp(std::round(v * 10) / 10, ind.scaleMin, ind.scaleMax);
    }
    case IndicatorType::Choice: {
        std::vector<const ChoiceOption*> candidates;
        for (const ChoiceOption& o : ind.options) {
            if ((o.score >= ind.passScore) == pass)
                candidates.push_back(&o);
        }
        if (candidates.empty())
            for (const ChoiceOption& o : ind.options)
                candidates.push_back(&o);
        return candidates.at(rng.bounded(static_cast<quint32>(candidates.size())))->code;
    }
    case IndicatorType::Checklist: {
        double total = 0;
        for (const ChecklistItem& i : ind.items)
            total += i.points;
        QStringList checked;
        double points = 0;
        for (const ChecklistItem& i : ind.items) {
            const bool take = pass ? rng.generateDouble() < 0.85 : rng.generateDouble() < 0.35;
            if (take) {
                checked.append(i.code);
                points += i.points;
            }
        }
        // Make the outcome match the intent: add items until passing, drop them until failing.
        for (const ChecklistItem& i : ind.items) {
            if (!pass || 100.0 * points / total >= ind.passScore)
                break;
            if (!checked.contains(i.code)) {
                checked.append(i.code);
                points += i.points;
            }
        }
        while (!pass && !checked.isEmpty() && 100.0 * points / total >= ind.passScore) {
            points -= ind.item(checked.last())->points;
            checked.removeLast();
        }
        return checked;
    }
    case IndicatorType::Text:
        return QString();
    }
    return {};
}

} // namespace

std::vector<Response> DemoData::synthesize(
    const IndicatorSet& set, const Community& community, quint32 seed, double quality, bool forceBottomLineFailure)
{
    QRandomGenerator rng(seed);
    std::vector<Response> out;
    bool forced = false;
    for (const Indicator* ind : set.indicatorsInOrder()) {
        if (!appliesTo(*ind, community))
            continue;
        const double roll = rng.generateDouble();
        if (!ind->required && roll < 0.3)
            continue; // optional indicators are sometimes left out
        bool pass = rng.generateDouble() < (ind->bottomLine ? std::min(0.97, quality + 0.25) : quality);
        if (forceBottomLineFailure && ind->bottomLine && !forced) {
            pass = false;
            forced = true;
        }
        Response r;
        r.indicatorCode = ind->code;
        if (ind->type == IndicatorType::Text) {
            r.value = QStringLiteral("演示备注：居民反映楼道堆物较多。"); // data, in the data's language
        } else {
            r.value = synthesizeValue(*ind, community, rng, pass);
            if (!r.hasValue())
                continue;
        }
        if (!ResponseRules::check(*ind, r.value).isEmpty())
            continue; // never store a value the entry screen would refuse
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<Community> DemoData::sampleCommunities()
{
    // Fictional communities in real districts; names and figures are made up for the demo.
    const auto make = [](const char* code,
                         const QString& name,
                         const char* type,
                         const QString& city,
                         const QString& county,
                         const QString& street,
                         qint64 households,
                         qint64 buildings,
                         qint64 population,
                         double area,
                         int year,
                         bool pilot) {
        Community c;
        c.code = QString::fromLatin1(code);
        c.name = name;
        c.type = QString::fromLatin1(type);
        c.city = city;
        c.county = county;
        c.street = street;
        c.households = households;
        c.buildings = buildings;
        c.population = population;
        c.areaHa = area;
        c.buildYear = year;
        c.pilot = pilot;
        c.note = QStringLiteral("演示数据");
        return c;
    };
    const QString nanchang = QStringLiteral("南昌市");
    const QString ganzhou = QStringLiteral("赣州市");
    const QString donghu = QStringLiteral("东湖区");
    const QString zhanggong = QStringLiteral("章贡区");
    return {
        make("NC-DH-001",
             QStringLiteral("豫章里社区"),
             "old_estate",
             nanchang,
             donghu,
             QStringLiteral("豫章街道"),
             3180,
             46,
             8620,
             18.5,
             1986,
             true),
        make("NC-DH-002",
             QStringLiteral("青湖苑社区"),
             "commercial_estate",
             nanchang,
             donghu,
             QStringLiteral("董家窑街道"),
             4120,
             38,
             11250,
             22.0,
             2008,
             true),
        make("NC-DH-003",
             QStringLiteral("机电厂社区"),
             "work_unit_compound",
             nanchang,
             donghu,
             QStringLiteral("彭家桥街道"),
             1960,
             29,
             5240,
             9.8,
             1979,
             false),
        make("GZ-ZG-001",
             QStringLiteral("厚德村社区"),
             "urban_village",
             ganzhou,
             zhanggong,
             QStringLiteral("南外街道"),
             2640,
             212,
             7830,
             30.2,
             1995,
             true),
        make("GZ-ZG-002",
             QStringLiteral("水东安居社区"),
             "resettlement",
             ganzhou,
             zhanggong,
             QStringLiteral("水东镇"),
             2890,
             34,
             8100,
             15.6,
             2012,
             false),
    };
}

Result<DemoSummary> DemoData::install(Workspace& workspace, const QString& setCode)
{
    auto set = workspace.sets().load(setCode);
    if (!set)
        return set.error();
    DemoSummary summary;
    // All or nothing: the services' own transactions become savepoints inside this one.
    auto installed = workspace.allOrNothing([&]() -> Result<void> {
        const auto communities = sampleCommunities();
        for (size_t index = 0; index < communities.size(); ++index) {
            const Community& sample = communities[index];
            if (workspace.communities().byCode(sample.code))
                continue; // already installed
            auto added = workspace.communities().add(sample);
            if (!added)
                return added.error();
            ++summary.communitiesAdded;
            const auto buildings = DemoLedger::buildings(
                added->community, static_cast<int>(sample.buildings.value_or(30)), static_cast<quint32>(7 + index));
            if (auto stored = workspace.buildings().importBuildings(
                    added->community, buildings, DemoLedger::buildingColumns(), QStringLiteral("demo"), false);
                !stored)
                return stored.error();

            // The first community was checked in 2025 and re-checked in 2026 after some works.
            const bool twoRounds = index == 0;
            std::vector<Round> rounds {Round {2025, QStringLiteral("体检")}};
            if (twoRounds)
                rounds.push_back(Round {2026, QStringLiteral("复检")});
            for (size_t r = 0; r < rounds.size(); ++r) {
                NewAssessment request;
                request.communityCode = sample.code;
                request.setCode = setCode;
                request.round = rounds[r];
                request.assessors = QStringList {QStringLiteral("李明"), QStringLiteral("王芳")};
                // Site visits in the spring of each round's year, a few days apart.
                request.checkDate = QDate(rounds[r].year, 4, 8).addDays(static_cast<qint64>(3 * index + 35 * r));
                auto created = workspace.assessments().create(request);
                if (!created)
                    return created.error();
                const double quality = 0.55 + 0.07 * static_cast<double>(index) + 0.12 * static_cast<double>(r);
                const bool bottomLineFailure = index == 0 && r == 0; // a hazard found in the baseline check
                const auto responses = synthesize(**set,
                                                  added->community,
                                                  static_cast<quint32>(20250 + 17 * index + r),
                                                  std::min(quality, 0.92),
                                                  bottomLineFailure || index == 3);
                if (auto saved = workspace.assessments().saveResponses(created->assessment.id, responses); !saved)
                    return saved.error();
                if (auto ledger = workspace.buildings().importLedgerRows(
                        created->assessment.id,
                        DemoLedger::ledger(**set,
                                           added->community,
                                           buildings,
                                           static_cast<quint32>(40250 + 17 * index + r),
                                           std::min(quality, 0.92),
                                           bottomLineFailure || index == 3),
                        QStringLiteral("demo"));
                    !ledger)
                    return ledger.error();
                // Baselines are approved; the newest re-check awaits review.
                const bool latest = r + 1 == rounds.size();
                auto status = workspace.assessments().setStatus(created->assessment.id,
                                                                latest && twoRounds ? AssessmentStatus::Submitted
                                                                                    : AssessmentStatus::Approved,
                                                                QStringLiteral("演示数据"));
                if (!status)
                    return status.error();
                ++summary.assessmentsAdded;
            }
        }
        // A sample price table, so that the demo's project list has costs and its annual plan has
        // something to weigh: a whole project by its class, a counted unit (a parking space, a metre) at
        // a small unit cost. Marked as sample prices; a county enters its own.
        if (summary.communitiesAdded > 0) {
            const auto price = [&](const ProjectTemplate& t) -> Result<void> {
                if (t.unitCost)
                    return {};
                double cost = 1.5; // a place, a point, a set (处, 个, 套)
                if (t.quantity == u"one") {
                    cost = t.projectClass == u"基础" ? 30
                        : t.projectClass == u"提升"  ? 45
                        : t.projectClass == u"管理"  ? 2
                                                     : 15;
                } else if (t.unit == u"栋") {
                    // Rebuilding a hazardous building costs several times reinforcing it (its alternative).
                    cost = t.code == u"P-DANGER-HOUSE" ? 160 : 40;
                } else if (t.unit == u"户" || t.unit == u"部") {
                    cost = t.unit == u"部" ? 35 : 3;
                } else if (t.unit == u"千米") {
                    cost = 150;
                } else if (t.unit.startsWith(u"m²")) {
                    cost = 0.05;
                } else if (t.unit == u"单元") {
                    cost = 25;
                } else if (t.unit == u"项") {
                    cost = 15;
                } else if (t.projectClass == u"管理") {
                    cost = 0.1;
                }
                return workspace.lists().setPrice({t.code, {}, cost, QStringLiteral("示例单价（演示数据）")});
            };
            for (const ProjectTemplate& t : (*set)->projectTemplates) {
                if (auto priced = price(t); !priced)
                    return priced.error();
            }
            for (const Indicator* indicator : (*set)->indicatorsInOrder()) {
                for (const ProjectRef& ref : indicator->projects) {
                    if (!ref.inlineTemplate)
                        continue;
                    if (auto priced = price(*ref.inlineTemplate); !priced)
                        return priced.error();
                }
            }
        }
        return {};
    });
    if (!installed)
        return installed.error();
    return summary;
}

} // namespace cc

namespace cc {

Result<DemoData::ProvinceSummary> DemoData::generateProvince(Workspace& workspace,
                                                             const QString& setCode,
                                                             int communities,
                                                             int rounds,
                                                             quint32 seed,
                                                             const std::function<void(int, int)>& progress)
{
    if (communities < 1 || rounds < 1 || rounds > 20)
        return makeError(ErrorCode::InvalidInput, tr("Give at least one community and between 1 and 20 rounds."));
    auto set = workspace.sets().load(setCode);
    if (!set)
        return set.error();
    QStringList types;
    for (const CommunityType& t : (*set)->communityTypes)
        types << t.code;
    if (types.isEmpty())
        types << QStringLiteral("mixed");
    static const char* const cities[] = {
        "南昌市", "景德镇市", "萍乡市", "九江市", "新余市", "鹰潭市", "赣州市", "吉安市", "宜春市", "抚州市", "上饶市"};
    constexpr int kCountiesPerCity = 9;

    QRandomGenerator rng(seed);
    ProvinceSummary summary;
    auto generated = workspace.allOrNothing([&]() -> Result<void> {
        for (int i = 0; i < communities; ++i) {
            const int city = i % 11;
            const int county = (i / 11) % kCountiesPerCity;
            Community c;
            c.code = QStringLiteral("SYN-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
            if (workspace.communities().byCode(c.code))
                return makeError(ErrorCode::Conflict,
                                 tr("The database already holds synthetic communities (%1); generate into a new "
                                    "database.")
                                     .arg(c.code));
            c.name = QStringLiteral("合成社区%1").arg(i + 1);
            c.type = types.at(static_cast<qsizetype>(rng.bounded(static_cast<quint32>(types.size()))));
            c.city = QString::fromUtf8(cities[city]);
            c.county = QStringLiteral("%1第%2县").arg(QString::fromUtf8(cities[city])).arg(county + 1);
            c.street = QStringLiteral("第%1街道").arg(static_cast<int>(rng.bounded(12u)) + 1);
            c.households = 1500 + rng.bounded(4500u);
            c.buildings = 20 + rng.bounded(41u); // ~40 buildings, each in the register and its ledger
            c.population = *c.households * 27 / 10;
            c.areaHa = 5.0 + rng.bounded(40u) + rng.bounded(10u) / 10.0;
            c.buildYear = 1970 + static_cast<int>(rng.bounded(50u));
            c.pilot = rng.bounded(20u) == 0;
            auto added = workspace.communities().add(c);
            if (!added)
                return added.error();
            ++summary.communities;
            const auto buildings =
                DemoLedger::buildings(added->community, static_cast<int>(*c.buildings), seed ^ static_cast<quint32>(i));
            if (auto stored = workspace.buildings().importBuildings(
                    added->community, buildings, DemoLedger::buildingColumns(), QStringLiteral("synthetic"), false);
                !stored)
                return stored.error();
            summary.buildings += static_cast<qint64>(buildings.size());
            const double baseQuality = 0.4 + 0.5 * rng.generateDouble();
            for (int r = 0; r < rounds; ++r) {
                NewAssessment request;
                request.communityCode = c.code;
                request.setCode = setCode;
                request.round = Round {2025 + r, r == 0 ? QStringLiteral("体检") : QStringLiteral("复检")};
                // Spread over the season without drawing on the random stream (the answers stay as they were);
                // a round further ahead than a check may be prepared for is dated as far ahead as allowed.
                request.checkDate =
                    std::min(QDate(2025 + r, 3, 1).addDays((i * 37 + r * 11) % 200), QDate::currentDate().addYears(1));
                auto created = workspace.assessments().create(request);
                if (!created)
                    return created.error();
                const auto responses = synthesize(**set,
                                                  added->community,
                                                  seed ^ static_cast<quint32>(i * 131 + r * 7919),
                                                  std::min(0.95, baseQuality + 0.06 * r),
                                                  rng.bounded(8u) == 0);
                if (auto saved = workspace.assessments().saveResponses(created->assessment.id, responses); !saved)
                    return saved.error();
                auto ledger = workspace.buildings().importLedgerRows(
                    created->assessment.id,
                    DemoLedger::ledger(**set,
                                       added->community,
                                       buildings,
                                       seed ^ static_cast<quint32>(i * 257 + r * 6007),
                                       std::min(0.95, baseQuality + 0.06 * r),
                                       false),
                    QStringLiteral("synthetic"));
                if (!ledger)
                    return ledger.error();
                summary.ledgerEntries += *ledger;
                // Filed as a province's checks are: earlier rounds approved, the newest awaiting review
                // (the planner's view reads submitted and approved checks only).
                const AssessmentStatus filed =
                    r + 1 < rounds ? AssessmentStatus::Approved : AssessmentStatus::Submitted;
                if (auto status =
                        workspace.assessments().setStatus(created->assessment.id, filed, tr("synthetic province"));
                    !status)
                    return status.error();
                summary.responses += static_cast<qint64>(responses.size());
                ++summary.assessments;
            }
            if (progress && ((i + 1) % 100 == 0 || i + 1 == communities))
                progress(i + 1, communities);
        }
        return {};
    });
    if (!generated)
        return generated.error();
    return summary;
}

} // namespace cc
