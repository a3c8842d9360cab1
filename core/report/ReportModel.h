// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/Community.h"
#include "core/domain/IndicatorSet.h"
#include "core/domain/Photo.h"
#include "core/domain/Response.h"
#include "core/report/Remediation.h"
#include "core/scoring/Scoring.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

// The scored report as plain data: everything the PDF (and the ODT copy) shows, already worded in
// the report's language and taken from the scoring engine. Rendering lives in app/; this tree is
// what the tests check.
namespace cc::report {

// Per-database report settings (issuing unit, title, signature lines, logo).
struct ReportSettings
{
    QString title; // empty: the default title in the report's language
    QString issuingUnit; // 出具单位
    QStringList signatureLines; // e.g. 体检员, 复核人, 审核人; empty: the defaults in the report's language
    QString logoPath; // empty: no logo

    // Nothing set: the report uses its default title and signature lines in its own language (they
    // are never stored, so an English report of a Chinese office still reads in English).
    static ReportSettings defaults(const QString& language);
};

struct ScoreRow
{
    int level = 0; // 0 programme, 1 task, …
    QString code;
    QString name;
    double weight = 1;
    std::optional<double> score;
    std::optional<double> earlierScore; // same code in the earlier round, when there is one
};

struct IndicatorRow
{
    QString code;
    QString name;
    QString value; // with unit; "不适用" for N/A, empty when unanswered
    std::optional<double> score;
    QString status; // worded
    scoring::Status statusCode = scoring::Status::Unanswered;
    QString remark; // the note, the N/A reason, or why it cannot be scored
    bool bottomLine = false;
};

struct ProblemRow
{
    QString code;
    QString name;
    QString value;
    double score = 0;
    QString category; // 限时解决 / 尽力解决
    QDate deadline; // 限时解决 only (null otherwise): the check's date + the set's time_bound_months
    QString severity;
    QString responsibleUnits;
    QStringList projects; // project template names
    bool timeBound = false;
    bool overdue = false; // its deadline is before the report's date
};

struct PhotoItem
{
    PhotoId id;
    QString indicatorCode;
    QString indicatorName;
    QString caption;
    QString takenAt; // worded; empty when unknown
    QString storedSha256;
};

struct Comparison
{
    QString earlierRound;
    std::optional<double> earlierOverall;
    QString earlierGrade;
    std::optional<double> change; // overall now − then
};

struct ReportModel
{
    QString language;
    // cover
    QString title;
    QString communityName;
    QString communityCode;
    QString place; // city · county · street
    QString communityType;
    QString round;
    QString fileStem; // what the report's files are called: ReportBuilder::fileStem()
    QString setName;
    QDate date; // of the report
    QDate checkDate; // of the site visit
    QStringList assessors;
    QString issuingUnit;
    QString logoPath;
    QString status;
    // A check still being filled in (draft or returned): every page carries a 草稿 mark.
    bool draft = false;
    // summary
    bool hasAnswers = false;
    std::optional<double> overall;
    QString grade;
    QString computedGrade; // when the bottom-line cap lowered it
    bool capped = false;
    std::optional<double> coverage;
    bool provisional = false; // coverage below the set's provisional_below (scoring §4)
    double provisionalBelow = 0.8;
    int answered = 0;
    int applicable = 0;
    std::vector<IndicatorRow> bottomLineFailures;
    std::vector<ScoreRow> programmes; // the radar: top-level groups
    std::optional<Comparison> comparison;
    // body
    std::vector<ScoreRow> scores; // programmes with their tasks beneath
    std::vector<IndicatorRow> indicators; // set order
    std::vector<ProblemRow> problems; // 限时解决 first
    // 上一轮问题整改情况: the earlier round's problems followed into this check, and the new ones;
    // none in a first round (ReportService fills it in).
    std::optional<Remediation> remediation;
    std::vector<PhotoItem> photos;
    QStringList signatureLines;
};

// One scored check, as the report needs it (what AssessmentService::score() returns).
struct ScoredCheck
{
    const Assessment& assessment;
    const Community& community;
    const IndicatorSet& set;
    const std::vector<Response>& responses;
    const scoring::Score& score;
    QString statusText; // the check's state, worded
};

class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    // `earlier`: the community's check of an earlier round, for the change since then.
    static ReportModel build(const ScoredCheck& current,
                             const ScoredCheck* earlier,
                             const std::vector<Photo>& photos,
                             const ReportSettings& settings,
                             const QString& language,
                             const QDate& date);

    static QString statusText(scoring::Status status, const QString& language);
    // The one file-name rule for a check's report (the preview's suggestion and the batch's files):
    // community code and round, "NC-DH-001_2025体检", without characters file systems refuse.
    static QString fileStem(const Assessment& assessment);
    // The title and signature lines a report has when the settings give none.
    static QString defaultTitle();
    static QStringList defaultSignatureLines();
    // A value as people read it: yes/no, number with unit, option label, checked item labels.
    static QString valueText(const Indicator& indicator, const ResponseValue& value, const QString& language);
};

} // namespace cc::report
