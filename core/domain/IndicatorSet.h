// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/LocalizedText.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace cc {

// The indicator set as described by spec/indicator-set-format.md, after parsing and
// applying defaults. Every node keeps the fields it did not recognise in `extra`, so that
// an export gives them back.

enum class IndicatorType { Boolean, Number, Rating, Choice, Checklist, Text };
enum class Direction { HigherBetter, LowerBetter };
enum class Evidence { None, Optional, PhotoRequired };

QString toString(IndicatorType type);
std::optional<IndicatorType> indicatorTypeFromString(QStringView text);

struct CommunityType
{
    QString code;
    LocalizedText name;
    QJsonObject extra;
};

struct GradeBand
{
    double min = 0;
    LocalizedText label;
    QJsonObject extra;
};

struct SeverityBand
{
    double max = 0;
    LocalizedText label;
    QJsonObject extra;
};

// One step of a bottom-line cap that grows (scoring §5): with at least `failures` failed
// bottom-line indicators, the grade is at most `grade` (a band's zh label).
struct BottomLineCap
{
    int failures = 1;
    QString grade;
    QJsonObject extra;
};

struct ProjectTemplate
{
    QString code;
    LocalizedText name;
    QString projectClass; // 基础 完善 提升 管理
    QString quantity; // one value gap
    QString unit;
    std::optional<double> unitCost; // 万元 per unit
    // Templates that solve the same problem another way (reinforce or rebuild); symmetric after
    // reading (listing B in A puts A in B), so a plan selects at most one of them per problem.
    QStringList alternatives;
    // Who usually carries such works out (实施主体: 燃气公司, 物业服务企业, 产权单位 …): a suggestion that
    // a project starts with. An extension of the format; empty when the set names none.
    QString implementer;
    QJsonObject extra;
};

// An indicator's `projects` entry: either a reference to a shared template or an inline one.
struct ProjectRef
{
    QString code;
    std::optional<ProjectTemplate> inlineTemplate;
};

struct ChoiceOption
{
    QString code;
    LocalizedText label;
    double score = 0;
    QJsonObject extra;
};

struct ChecklistItem
{
    QString code;
    LocalizedText label;
    double points = 1;
    QJsonObject extra;
};

// An indicator whose value comes from the building ledger instead of being typed (the format's
// `source_ledger`, an optional extension of format 1): the number of buildings with any of `items`
// present, each building counted once (national-tables.md §5.4), or the sum of their dwellings (套).
struct LedgerSource
{
    QStringList items; // ledger item codes: national (H1.0 … H9.4) or the set's own `ledger_items`
    bool countDwellings = false; // "count": "dwellings"; default "buildings"
    QJsonObject extra;
};

// A ledger item a set adds to the national ones (`ledger_items`), e.g. a city's refinement
// 通信管线未四网合一 under indicator 3 (national-tables.md §2.4).
struct SetLedgerItem
{
    QString code;
    int indicator = 0; // the national housing indicator (1–9) it belongs to, 0 for none
    LocalizedText name;
    QJsonObject extra;
};

struct Indicator
{
    QString code;
    LocalizedText name;
    LocalizedText guidance;
    IndicatorType type = IndicatorType::Boolean;
    QString unit;
    double weight = 1;
    bool required = true;
    bool scored = true;
    bool bottomLine = false;
    // A failure is 限时解决 (scoring §6); none: as bottom_line. Kept only when it differs from that,
    // so an explicit default and an omitted field are the same content.
    std::optional<bool> timeBound;
    QString severity; // a fixed severity (the zh label of a severity band), or empty: by score
    double passScore = 60; // defaults applied: 60, or 100 for bottom-line indicators
    bool passValue = true; // boolean only
    // number only
    Direction direction = Direction::HigherBetter;
    double target = 0;
    std::optional<double> zeroAt;
    QString normalizeBy; // households buildings population area_ha, or empty
    double per = 1;
    std::optional<double> min;
    std::optional<double> max;
    // rating only
    double scaleMin = 1;
    double scaleMax = 5;
    std::vector<ChoiceOption> options;
    std::vector<ChecklistItem> items;
    std::optional<QStringList> appliesTo; // absent = every community type
    Evidence evidence = Evidence::Optional;
    QString nationalRef;
    QString source;
    QStringList responsibleUnits;
    std::vector<ProjectRef> projects;
    std::optional<LedgerSource> sourceLedger; // computed from the building ledger, never typed
    // "source_remediation": true — the share of the earlier round's problems resolved in this check
    // (national indicator 60, 问题整治完成率), computed, never typed.
    bool sourceRemediation = false;
    QJsonObject extra;

    // `text` is never scored, whatever the file says.
    bool isScored() const { return scored && type != IndicatorType::Text; }
    bool isTimeBound() const { return timeBound.value_or(bottomLine); }
    bool isComputed() const { return sourceLedger.has_value() || sourceRemediation; }
    const ChoiceOption* option(QStringView code) const;
    const ChecklistItem* item(QStringView code) const;
};

struct Group
{
    QString code;
    LocalizedText name;
    double weight = 1;
    QStringList responsibleUnits;
    std::vector<Group> groups;
    std::vector<Indicator> indicators;
    QJsonObject extra;
};

// The severity bands of scoring §6 for a set that names none: 严重 below 30, 较严重 below 60, 一般.
const std::vector<SeverityBand>& defaultSeverityBands();

struct IndicatorSet
{
    QString code;
    QString version;
    LocalizedText name;
    LocalizedText description;
    QString source;
    std::vector<CommunityType> communityTypes;
    std::vector<GradeBand> grades;
    QString bottomLineCap; // "bottom_line_cap": one cap from the first failure
    std::vector<BottomLineCap> bottomLineCaps; // "bottom_line_caps": caps that grow; not with bottomLineCap
    std::optional<int> timeBoundMonths; // "time_bound_months"; none: 12 (kept only when not 12)
    std::optional<double> provisionalBelow; // "provisional_below"; none: 0.8 (kept only when not 0.8)
    std::vector<SeverityBand> severityBands; // empty: the default bands of scoring §6
    std::vector<ProjectTemplate> projectTemplates;
    std::vector<SetLedgerItem> ledgerItems; // "ledger_items": the set's own, besides the national ones
    std::vector<Group> groups;
    QJsonObject extra;

    // Every indicator in set order (scoring §1: a group's sub-groups before its own indicators).
    std::vector<const Indicator*> indicatorsInOrder() const;
    const Indicator* indicator(QStringView code) const;
    const ProjectTemplate* projectTemplate(QStringView code) const;
    // The groups from the top (the programme) down to the one that holds the indicator; empty when
    // no indicator has the code.
    std::vector<const Group*> groupsOf(QStringView indicatorCode) const;
    // The caps that apply to the grade, whichever way the file gave them (scoring §5).
    std::vector<BottomLineCap> caps() const;
    // The severity bands by `max` (scoring §6): the set's own, else the default ones.
    std::vector<SeverityBand> severityBandsInOrder() const;
    // Months from a check's date to the deadline of its 限时解决 problems (scoring §6).
    int deadlineMonths() const { return timeBoundMonths.value_or(12); }
    // Below this coverage the scores and the grade are provisional (scoring §4).
    double provisionalThreshold() const { return provisionalBelow.value_or(0.8); }
    bool declaresCommunityType(QStringView code) const;
    int indicatorCount() const;
};

} // namespace cc
