// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Community.h"
#include "core/domain/IndicatorSet.h"
#include "core/domain/Response.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

// The scoring contract (spec/scoring.md), as pure functions over domain types: no storage, no GUI.
// Every score the app shows, prints or exports comes from here.
namespace cc::scoring {

enum class Status { Pass, Fail, NotApplicable, Unanswered, Info };

QString toString(Status status); // pass fail na unanswered info

// §7: the value people see, with one decimal; every decision about a score is taken on it.
double round1(double value);

// The revision of these rules. Raise it with any change that moves a score, a grade or a status:
// cached scores (the score cache) of another revision are then recomputed, never shown.
inline constexpr int kEngineRevision = 1;

struct IndicatorResult
{
    const Indicator* indicator = nullptr;
    Status status = Status::Unanswered;
    std::optional<double> score; // defined for pass and fail only
    ResponseValue value; // the stored value (kept also when the indicator is N/A)
    std::optional<double> normalized; // x of §2.1 for a normalised number
    QString reason; // why an answered indicator is unanswered (missing normaliser)
    bool carriedOver = false;
};

struct GroupResult
{
    const Group* group = nullptr;
    std::optional<double> score;
    std::vector<GroupResult> groups; // sub-groups only, as in the set
};

struct Problem
{
    const Indicator* indicator = nullptr;
    ResponseValue value;
    double score = 0;
    bool timeBound = false; // 限时解决 (time_bound, by default bottom_line) or 尽力解决
    std::optional<QDate> deadline; // 限时解决 only: the check's date + the set's time_bound_months
    LocalizedText category; // 限时解决 / 尽力解决
    LocalizedText severity; // from the set's severity bands
    QStringList responsibleUnits; // own, else the nearest ancestor group's
    QStringList projects; // project template codes
};

struct Score
{
    std::optional<double> overall;
    const GradeBand* grade = nullptr; // null: no grade
    const GradeBand* computedGrade = nullptr; // before the bottom-line cap
    bool capped = false;
    std::optional<double> coverage;
    // Coverage none or below the set's provisional_below (scoring §4): computed the same, shown as
    // provisional.
    bool provisional = true;
    std::vector<const Indicator*> bottomLineFailures;
    std::vector<GroupResult> groups;
    std::vector<IndicatorResult> indicators; // every indicator, in set order
    std::vector<Problem> problems; // 限时解决 first, then set order

    const IndicatorResult* result(QStringView code) const;
    int count(Status status) const;
};

// The score of one assessment: the set, the community (type and figures), its stored answers and
// the day of the check (the deadlines of 限时解决 problems count from it; none without a date).
Score score(const IndicatorSet& set,
            const Community& community,
            const std::vector<Response>& responses,
            const QDate& checkDate = {});

// §2: one indicator's score for a value, before pass/fail. Null when the value cannot be scored
// (a missing normaliser sets `reason`).
std::optional<double> indicatorScore(const Indicator& indicator,
                                     const Community& community,
                                     const ResponseValue& value,
                                     std::optional<double>* normalized = nullptr,
                                     QString* reason = nullptr);

// A `normalize_by` figure as people read it, in the UI language ("households" → 户数).
QString figureName(QStringView figure);

} // namespace cc::scoring
