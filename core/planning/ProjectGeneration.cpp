// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/ProjectGeneration.h"

#include <cmath>

namespace cc::planning {

double roundWan(double value)
{
    return std::floor(value * 100.0 + 0.5) / 100.0;
}

std::optional<double> quantityFor(const ProjectTemplate& t,
                                  const Indicator& indicator,
                                  const Community& community,
                                  const ResponseValue& value)
{
    if (t.quantity == u"value") {
        if (const double* v = std::get_if<double>(&value))
            return std::max(0.0, *v);
        return std::nullopt;
    }
    if (t.quantity == u"gap") {
        const double* v = std::get_if<double>(&value);
        if (!v || indicator.type != IndicatorType::Number)
            return std::nullopt;
        double bound = indicator.target; // needed (higher-better) or allowed (lower-better)
        if (!indicator.normalizeBy.isEmpty()) {
            const auto figure = community.figure(indicator.normalizeBy);
            if (!figure || indicator.per <= 0)
                return std::nullopt;
            bound = indicator.target * *figure / indicator.per;
        }
        const double gap = indicator.direction == Direction::HigherBetter ? bound - *v : *v - bound;
        return std::max(0.0, std::ceil(gap - 1e-9));
    }
    return 1.0; // "one", and the default
}

std::vector<Project> candidatesFromScore(const IndicatorSet& set,
                                         const Community& community,
                                         const scoring::Score& score,
                                         const PriceLookup& price,
                                         const QString& language)
{
    std::vector<Project> out;
    for (const scoring::Problem& problem : score.problems) {
        for (const ProjectRef& ref : problem.indicator->projects) {
            const ProjectTemplate* t = ref.inlineTemplate ? &*ref.inlineTemplate : set.projectTemplate(ref.code);
            if (!t)
                continue; // the set validator refuses such references; nothing to generate
            const QString key = QStringLiteral("T:") + t->code;
            auto existing = std::find_if(out.begin(), out.end(), [&](const Project& p) { return p.originKey == key; });
            const std::optional<double> quantity = quantityFor(*t, *problem.indicator, community, problem.value);
            if (existing != out.end()) {
                // One project for every indicator that names the template: the origins add up and
                // the larger need counts (one shed serves both indicators).
                existing->problemCodes << problem.indicator->code;
                existing->timeBound = existing->timeBound || problem.timeBound;
                for (const QString& unit : problem.responsibleUnits) {
                    if (unit != existing->responsibleUnit && !existing->cooperatingUnits.contains(unit))
                        existing->cooperatingUnits << unit;
                }
                if (problem.deadline && (!existing->deadline.isValid() || *problem.deadline < existing->deadline))
                    existing->deadline = *problem.deadline;
                existing->worstScore = std::min(existing->worstScore.value_or(100.0), problem.score);
                if (quantity && (!existing->quantity || *quantity > *existing->quantity))
                    existing->quantity = quantity;
                if (existing->quantity && existing->unitCost)
                    existing->cost = roundWan(*existing->quantity * *existing->unitCost);
                continue;
            }
            Project p;
            p.communityId = community.id;
            p.communityCode = community.code;
            p.communityName = community.name;
            p.county = community.county;
            p.originKey = key;
            p.templateCode = t->code;
            p.problemCodes = {problem.indicator->code};
            p.name = t->name.text(language);
            p.quantity = quantity;
            p.unit = t->unit;
            p.unitCost = price ? price(t->code) : std::nullopt;
            if (!p.unitCost)
                p.unitCost = t->unitCost;
            if (p.quantity && p.unitCost)
                p.cost = roundWan(*p.quantity * *p.unitCost);
            // The lead unit is the first the indicator (or its nearest group) names; the others cooperate.
            p.responsibleUnit = problem.responsibleUnits.value(0);
            p.cooperatingUnits = problem.responsibleUnits.mid(1);
            p.implementer = t->implementer;
            p.alternativeTemplates = t->alternatives;
            p.projectClass = t->projectClass;
            p.timeBound = problem.timeBound;
            p.deadline = problem.deadline.value_or(QDate());
            p.worstScore = problem.score;
            p.status = ProjectStatus::Candidate;
            out.push_back(std::move(p));
        }
    }
    return out;
}

} // namespace cc::planning
