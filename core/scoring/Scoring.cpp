// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/Scoring.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace cc::scoring {

namespace {

constexpr double kEpsilon = 1e-9;

class ScoringText
{
    Q_DECLARE_TR_FUNCTIONS(Scoring)

public:
    static QString missingFigure(const QString& figure)
    {
        if (figure == u"households")
            return tr("community has no households figure");
        if (figure == u"buildings")
            return tr("community has no buildings figure");
        if (figure == u"population")
            return tr("community has no population figure");
        return tr("community has no area figure");
    }
    static QString figureName(QStringView figure)
    {
        if (figure == u"households")
            return tr("households");
        if (figure == u"buildings")
            return tr("buildings");
        if (figure == u"population")
            return tr("population");
        return tr("area (ha)");
    }
    static QString zeroFigure(const QString& figure, double value)
    {
        return tr("the community's %1 is %2, so the value cannot be taken per %1").arg(figureName(figure)).arg(value);
    }
    static QString wrongValue() { return tr("the stored value does not fit the indicator's type"); }
};

double clampScore(double s)
{
    return std::clamp(s, 0.0, 100.0);
}

std::optional<double> numberScore(const Indicator& ind, double x)
{
    if (ind.direction == Direction::HigherBetter) {
        const double zero = ind.zeroAt.value_or(0.0);
        if (x >= ind.target - kEpsilon)
            return 100.0;
        if (x <= zero)
            return 0.0;
        return clampScore(100.0 * (x - zero) / (ind.target - zero));
    }
    if (x <= ind.target + kEpsilon)
        return 100.0;
    if (!ind.zeroAt)
        return 0.0; // a step: any excess fails
    if (x >= *ind.zeroAt)
        return 0.0;
    return clampScore(100.0 * (*ind.zeroAt - x) / (*ind.zeroAt - ind.target));
}

// Walks the tree in set order, scoring indicators and aggregating groups (§4).
class Scorer
{
public:
    Scorer(const Community& community, const QHash<QString, const Response*>& responses)
        : m_community(community)
        , m_responses(responses)
    { }

    GroupResult group(const Group& g, const QStringList& inheritedUnits)
    {
        GroupResult out;
        out.group = &g;
        const QStringList units = g.responsibleUnits.isEmpty() ? inheritedUnits : g.responsibleUnits;
        double weighted = 0;
        double weights = 0;
        for (const Group& child : g.groups) {
            GroupResult childResult = group(child, units);
            if (child.weight > 0 && childResult.score) {
                weighted += child.weight * *childResult.score;
                weights += child.weight;
            }
            out.groups.push_back(std::move(childResult));
        }
        for (const Indicator& ind : g.indicators) {
            IndicatorResult r = indicator(ind);
            if (ind.weight > 0 && r.score && (r.status == Status::Pass || r.status == Status::Fail)) {
                weighted += ind.weight * *r.score;
                weights += ind.weight;
            }
            m_units.push_back(ind.responsibleUnits.isEmpty() ? units : ind.responsibleUnits);
            results.push_back(std::move(r));
        }
        if (weights > 0)
            out.score = weighted / weights;
        return out;
    }

    IndicatorResult indicator(const Indicator& ind)
    {
        IndicatorResult r;
        r.indicator = &ind;
        const Response* response = m_responses.value(ind.code, nullptr);
        if (response) {
            r.value = response->value;
            r.carriedOver = response->carriedOver;
        }
        const bool applies = !ind.appliesTo || ind.appliesTo->contains(m_community.type);
        if (!applies || (response && response->notApplicable)) {
            r.status = Status::NotApplicable;
            return r;
        }
        if (!response || !response->hasValue()) {
            r.status = Status::Unanswered;
            return r;
        }
        if (!ind.isScored()) {
            r.status = Status::Info;
            return r;
        }
        QString reason;
        r.score = indicatorScore(ind, m_community, r.value, &r.normalized, &reason);
        if (!r.score) {
            r.status = Status::Unanswered;
            r.reason = reason;
            return r;
        }
        r.status = round1(*r.score) >= ind.passScore - kEpsilon ? Status::Pass : Status::Fail;
        return r;
    }

    std::vector<IndicatorResult> results;
    std::vector<QStringList> m_units; // responsible units, parallel to results

private:
    const Community& m_community;
    const QHash<QString, const Response*>& m_responses;
};

} // namespace

QString toString(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::NotApplicable:
        return QStringLiteral("na");
    case Status::Unanswered:
        return QStringLiteral("unanswered");
    case Status::Info:
        return QStringLiteral("info");
    }
    return {};
}

double round1(double value)
{
    return std::floor(10.0 * value + 0.5 + kEpsilon) / 10.0;
}

QString figureName(QStringView figure)
{
    return ScoringText::figureName(figure);
}

std::optional<double> indicatorScore(const Indicator& ind,
                                     const Community& community,
                                     const ResponseValue& value,
                                     std::optional<double>* normalized,
                                     QString* reason)
{
    switch (ind.type) {
    case IndicatorType::Boolean:
        if (const bool* b = std::get_if<bool>(&value))
            return *b == ind.passValue ? 100.0 : 0.0;
        break;
    case IndicatorType::Number:
        if (const double* v = std::get_if<double>(&value)) {
            double x = *v;
            if (!ind.normalizeBy.isEmpty()) {
                const auto figure = community.figure(ind.normalizeBy);
                if (!figure || *figure <= 0) {
                    if (reason)
                        *reason = figure ? ScoringText::zeroFigure(ind.normalizeBy, *figure)
                                         : ScoringText::missingFigure(ind.normalizeBy);
                    return std::nullopt;
                }
                x = *v / *figure * ind.per;
            }
            if (normalized)
                *normalized = x;
            return numberScore(ind, x);
        }
        break;
    case IndicatorType::Rating:
        if (const double* v = std::get_if<double>(&value))
            return clampScore(100.0 * (*v - ind.scaleMin) / (ind.scaleMax - ind.scaleMin));
        break;
    case IndicatorType::Choice:
        if (const QString* code = std::get_if<QString>(&value)) {
            if (const ChoiceOption* option = ind.option(*code))
                return option->score;
        }
        break;
    case IndicatorType::Checklist:
        if (const QStringList* codes = std::get_if<QStringList>(&value)) {
            double total = 0;
            double checked = 0;
            for (const ChecklistItem& item : ind.items) {
                total += item.points;
                if (codes->contains(item.code))
                    checked += item.points;
            }
            if (total > 0)
                return 100.0 * checked / total;
        }
        break;
    case IndicatorType::Text:
        return std::nullopt;
    }
    if (reason)
        *reason = ScoringText::wrongValue();
    return std::nullopt;
}

Score score(const IndicatorSet& set,
            const Community& community,
            const std::vector<Response>& responses,
            const QDate& checkDate)
{
    QHash<QString, const Response*> byCode;
    byCode.reserve(static_cast<qsizetype>(responses.size()));
    for (const Response& r : responses)
        byCode.insert(r.indicatorCode, &r);

    Score out;
    Scorer scorer(community, byCode);
    double weighted = 0;
    double weights = 0;
    for (const Group& g : set.groups) {
        GroupResult result = scorer.group(g, {});
        if (g.weight > 0 && result.score) {
            weighted += g.weight * *result.score;
            weights += g.weight;
        }
        out.groups.push_back(std::move(result));
    }
    if (weights > 0)
        out.overall = weighted / weights;
    out.indicators = std::move(scorer.results);

    // Coverage (§4): required applicable indicators that are answered.
    int required = 0;
    int answered = 0;
    for (const IndicatorResult& r : out.indicators) {
        if (!r.indicator->required || r.status == Status::NotApplicable)
            continue;
        ++required;
        if (r.status == Status::Pass || r.status == Status::Fail || r.status == Status::Info)
            ++answered;
    }
    if (required > 0)
        out.coverage = static_cast<double>(answered) / required;
    out.provisional = !out.coverage || *out.coverage < set.provisionalThreshold() - 1e-12;

    for (const IndicatorResult& r : out.indicators) {
        if (r.indicator->bottomLine && r.status == Status::Fail)
            out.bottomLineFailures.push_back(r.indicator);
    }

    // Grade (§5): bands by min, whatever their file order; the bottom-line cap takes the worse.
    if (out.overall) {
        const double shown = round1(*out.overall);
        for (const GradeBand& band : set.grades) {
            if (band.min <= shown + kEpsilon && (!out.computedGrade || band.min > out.computedGrade->min))
                out.computedGrade = &band;
        }
        out.grade = out.computedGrade;
        // Caps that grow: every cap whose `failures` the check reaches applies; the worst wins.
        const auto failures = static_cast<int>(out.bottomLineFailures.size());
        if (out.grade && failures > 0) {
            for (const BottomLineCap& cap : set.caps()) {
                if (cap.failures > failures)
                    continue;
                const auto band = std::find_if(
                    set.grades.begin(), set.grades.end(), [&](const GradeBand& g) { return g.label.zh == cap.grade; });
                if (band != set.grades.end() && band->min < out.grade->min) {
                    out.grade = &*band;
                    out.capped = true;
                }
            }
        }
    }

    // Problems (§6): every failure, 限时解决 first, then set order.
    const std::vector<SeverityBand> bands = set.severityBandsInOrder();
    const std::optional<QDate> deadline =
        checkDate.isValid() ? std::optional<QDate>(checkDate.addMonths(set.deadlineMonths())) : std::nullopt;
    for (size_t i = 0; i < out.indicators.size(); ++i) {
        const IndicatorResult& r = out.indicators[i];
        if (r.status != Status::Fail)
            continue;
        Problem p;
        p.indicator = r.indicator;
        p.value = r.value;
        p.score = *r.score;
        p.timeBound = r.indicator->isTimeBound();
        p.category = p.timeBound ? LocalizedText {QStringLiteral("限时解决"), QStringLiteral("Time-bound"), {}}
                                 : LocalizedText {QStringLiteral("尽力解决"), QStringLiteral("Best effort"), {}};
        if (p.timeBound)
            p.deadline = deadline;
        if (!r.indicator->severity.isEmpty()) {
            // A fixed severity, whatever the score (the set reader made sure a band has that label).
            const auto band = std::find_if(
                bands.begin(), bands.end(), [&](const SeverityBand& b) { return b.label.zh == r.indicator->severity; });
            p.severity = band != bands.end() ? band->label : LocalizedText {r.indicator->severity, {}, {}};
        } else {
            const double shown = round1(p.score);
            for (const SeverityBand& band : bands) {
                if (shown < band.max - kEpsilon) {
                    p.severity = band.label;
                    break;
                }
            }
        }
        p.responsibleUnits = scorer.m_units[i];
        for (const ProjectRef& project : r.indicator->projects)
            p.projects.append(project.code);
        out.problems.push_back(std::move(p));
    }
    std::stable_sort(out.problems.begin(), out.problems.end(), [](const Problem& a, const Problem& b) {
        return a.timeBound && !b.timeBound;
    });
    return out;
}

const IndicatorResult* Score::result(QStringView code) const
{
    for (const IndicatorResult& r : indicators) {
        if (r.indicator->code == code)
            return &r;
    }
    return nullptr;
}

int Score::count(Status status) const
{
    return static_cast<int>(std::count_if(
        indicators.begin(), indicators.end(), [&](const IndicatorResult& r) { return r.status == status; }));
}

} // namespace cc::scoring
