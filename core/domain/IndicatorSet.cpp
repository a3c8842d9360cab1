// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/IndicatorSet.h"

#include <algorithm>
#include <array>
#include <functional>

namespace cc {

namespace {

constexpr std::array<std::pair<IndicatorType, const char16_t*>, 6> kTypeNames {{
    {IndicatorType::Boolean, u"boolean"},
    {IndicatorType::Number, u"number"},
    {IndicatorType::Rating, u"rating"},
    {IndicatorType::Choice, u"choice"},
    {IndicatorType::Checklist, u"checklist"},
    {IndicatorType::Text, u"text"},
}};

const Indicator* findIn(const Group& group, QStringView code)
{
    for (const Group& child : group.groups) {
        if (const Indicator* found = findIn(child, code))
            return found;
    }
    for (const Indicator& indicator : group.indicators) {
        if (indicator.code == code)
            return &indicator;
    }
    return nullptr;
}

void collect(const Group& group, std::vector<const Indicator*>& out)
{
    for (const Group& child : group.groups)
        collect(child, out);
    for (const Indicator& indicator : group.indicators)
        out.push_back(&indicator);
}

} // namespace

QString toString(IndicatorType type)
{
    for (const auto& [value, name] : kTypeNames) {
        if (value == type)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<IndicatorType> indicatorTypeFromString(QStringView text)
{
    for (const auto& [value, name] : kTypeNames) {
        if (text == QStringView(name))
            return value;
    }
    return std::nullopt;
}

const ChoiceOption* Indicator::option(QStringView code) const
{
    auto it = std::find_if(options.begin(), options.end(), [&](const ChoiceOption& o) { return o.code == code; });
    return it == options.end() ? nullptr : &*it;
}

const ChecklistItem* Indicator::item(QStringView code) const
{
    auto it = std::find_if(items.begin(), items.end(), [&](const ChecklistItem& i) { return i.code == code; });
    return it == items.end() ? nullptr : &*it;
}

std::vector<const Indicator*> IndicatorSet::indicatorsInOrder() const
{
    std::vector<const Indicator*> out;
    for (const Group& group : groups)
        collect(group, out);
    return out;
}

const Indicator* IndicatorSet::indicator(QStringView code) const
{
    for (const Group& group : groups) {
        if (const Indicator* found = findIn(group, code))
            return found;
    }
    return nullptr;
}

const ProjectTemplate* IndicatorSet::projectTemplate(QStringView code) const
{
    auto it = std::find_if(
        projectTemplates.begin(), projectTemplates.end(), [&](const ProjectTemplate& t) { return t.code == code; });
    return it == projectTemplates.end() ? nullptr : &*it;
}

std::vector<const Group*> IndicatorSet::groupsOf(QStringView indicatorCode) const
{
    std::vector<const Group*> path;
    std::function<bool(const Group&)> find = [&](const Group& g) {
        path.push_back(&g);
        for (const Group& child : g.groups) {
            if (find(child))
                return true;
        }
        if (std::any_of(
                g.indicators.begin(), g.indicators.end(), [&](const Indicator& i) { return i.code == indicatorCode; }))
            return true;
        path.pop_back();
        return false;
    };
    for (const Group& g : groups) {
        if (find(g))
            return path;
    }
    return {};
}

const std::vector<SeverityBand>& defaultSeverityBands()
{
    static const std::vector<SeverityBand> bands {
        {30, LocalizedText {QStringLiteral("严重"), QStringLiteral("Severe"), {}}, {}},
        {60, LocalizedText {QStringLiteral("较严重"), QStringLiteral("Serious"), {}}, {}},
        {100.0001, LocalizedText {QStringLiteral("一般"), QStringLiteral("Moderate"), {}}, {}},
    };
    return bands;
}

std::vector<SeverityBand> IndicatorSet::severityBandsInOrder() const
{
    std::vector<SeverityBand> bands = severityBands.empty() ? defaultSeverityBands() : severityBands;
    std::stable_sort(
        bands.begin(), bands.end(), [](const SeverityBand& a, const SeverityBand& b) { return a.max < b.max; });
    return bands;
}

std::vector<BottomLineCap> IndicatorSet::caps() const
{
    if (!bottomLineCaps.empty())
        return bottomLineCaps;
    if (!bottomLineCap.isEmpty())
        return {BottomLineCap {1, bottomLineCap, {}}};
    return {};
}

bool IndicatorSet::declaresCommunityType(QStringView code) const
{
    return std::any_of(
        communityTypes.begin(), communityTypes.end(), [&](const CommunityType& t) { return t.code == code; });
}

int IndicatorSet::indicatorCount() const
{
    return static_cast<int>(indicatorsInOrder().size());
}

} // namespace cc
