// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ReportModel.h"

#include "core/domain/Ledger.h"

#include "core/domain/Vocabulary.h"

#include "core/domain/ResponseRules.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace cc::report {

namespace {

void collectScores(const scoring::GroupResult& g,
                   int level,
                   const QHash<QString, std::optional<double>>& earlier,
                   const QString& language,
                   std::vector<ScoreRow>& out)
{
    ScoreRow row;
    row.level = level;
    row.code = g.group->code;
    row.name = g.group->name.text(language);
    row.weight = g.group->weight;
    row.score = g.score;
    if (const auto it = earlier.constFind(g.group->code); it != earlier.constEnd())
        row.earlierScore = *it;
    out.push_back(row);
    for (const scoring::GroupResult& child : g.groups)
        collectScores(child, level + 1, earlier, language, out);
}

void collectEarlier(const std::vector<scoring::GroupResult>& groups, QHash<QString, std::optional<double>>& out)
{
    for (const scoring::GroupResult& g : groups) {
        out.insert(g.group->code, g.score);
        collectEarlier(g.groups, out);
    }
}

} // namespace

ReportSettings ReportSettings::defaults(const QString& language)
{
    Q_UNUSED(language)
    ReportSettings s;
    return s;
}

QString ReportBuilder::defaultTitle()
{
    return tr("Community health check report");
}

QStringList ReportBuilder::defaultSignatureLines()
{
    return {tr("Assessor"), tr("Reviewer"), tr("Approved by")};
}

QString ReportBuilder::statusText(scoring::Status status, const QString& language)
{
    Q_UNUSED(language)
    switch (status) {
    case scoring::Status::Pass:
        return tr("Pass");
    case scoring::Status::Fail:
        return tr("Fail");
    case scoring::Status::NotApplicable:
        return tr("N/A");
    case scoring::Status::Unanswered:
        return tr("Unanswered");
    case scoring::Status::Info:
        return tr("Recorded");
    }
    return {};
}

QString ReportBuilder::valueText(const Indicator& ind, const ResponseValue& value, const QString& language)
{
    if (const bool* b = std::get_if<bool>(&value))
        return *b ? tr("Yes") : tr("No");
    if (const double* d = std::get_if<double>(&value)) {
        const QString number = ResponseRules::formatNumber(*d);
        const QString unit = Vocabulary::unit(ind.unit, language);
        return unit.isEmpty() ? number : number + u' ' + unit;
    }
    if (const QString* s = std::get_if<QString>(&value)) {
        if (ind.type == IndicatorType::Choice) {
            if (const ChoiceOption* option = ind.option(*s))
                return option->label.text(language);
        }
        return *s;
    }
    if (const QStringList* codes = std::get_if<QStringList>(&value)) {
        if (codes->isEmpty())
            return tr("none checked");
        QStringList labels;
        for (const QString& code : *codes) {
            const ChecklistItem* item = ind.item(code);
            labels << (item ? item->label.text(language) : code);
        }
        return labels.join(QStringLiteral("、"));
    }
    return {};
}

ReportModel ReportBuilder::build(const ScoredCheck& current,
                                 const ScoredCheck* earlier,
                                 const std::vector<Photo>& photos,
                                 const ReportSettings& settings,
                                 const QString& language,
                                 const QDate& date)
{
    const IndicatorSet& set = current.set;
    const scoring::Score& score = current.score;
    const Community& c = current.community;
    ReportModel m;
    m.language = language;
    m.title = settings.title.isEmpty() ? defaultTitle() : settings.title;
    m.communityName = c.name;
    m.communityCode = c.code;
    QStringList place;
    for (const QString& part : {c.city, c.county, c.street}) {
        if (!part.isEmpty())
            place << part;
    }
    m.place = place.join(QStringLiteral(" · "));
    m.communityType = c.type;
    for (const CommunityType& t : set.communityTypes) {
        if (t.code == c.type)
            m.communityType = t.name.text(language);
    }
    m.round = current.assessment.round.toString();
    m.fileStem = fileStem(current.assessment);
    m.setName = set.name.text(language) + QStringLiteral(" (") + set.code + u' ' + set.version + u')';
    m.date = date;
    m.checkDate = current.assessment.checkDate;
    m.assessors = current.assessment.assessors;
    m.issuingUnit = settings.issuingUnit;
    m.logoPath = settings.logoPath;
    m.status = current.statusText;
    m.draft =
        current.assessment.status == AssessmentStatus::Draft || current.assessment.status == AssessmentStatus::Returned;
    m.signatureLines = settings.signatureLines.isEmpty() ? defaultSignatureLines() : settings.signatureLines;

    m.overall = score.overall;
    m.grade = score.grade ? score.grade->label.text(language) : QString();
    m.capped = score.capped;
    if (score.capped && score.computedGrade)
        m.computedGrade = score.computedGrade->label.text(language);
    m.coverage = score.coverage;
    m.provisional = score.provisional;
    m.provisionalBelow = set.provisionalThreshold();

    // Indicator detail, in set order, and the counts of the summary.
    QHash<QString, const Response*> responses;
    for (const Response& r : current.responses)
        responses.insert(r.indicatorCode, &r);
    for (const scoring::IndicatorResult& r : score.indicators) {
        const Indicator& ind = *r.indicator;
        IndicatorRow row;
        row.code = ind.code;
        row.name = ind.name.text(language);
        row.statusCode = r.status;
        row.status = statusText(r.status, language);
        row.score = r.score;
        row.bottomLine = ind.bottomLine;
        const Response* response = responses.value(ind.code, nullptr);
        if (r.status == scoring::Status::NotApplicable) {
            row.value = statusText(scoring::Status::NotApplicable, language);
            if (response && response->notApplicable)
                row.remark = response->note;
            else if (ind.appliesTo)
                row.remark = tr("does not apply to this community type");
        } else {
            row.value = valueText(ind, r.value, language);
            row.remark = !r.reason.isEmpty() ? r.reason : (response ? response->note : QString());
        }
        if (r.status != scoring::Status::NotApplicable) {
            ++m.applicable;
            if (r.status != scoring::Status::Unanswered)
                ++m.answered;
        }
        if (ind.bottomLine && r.status == scoring::Status::Fail)
            m.bottomLineFailures.push_back(row);
        m.indicators.push_back(std::move(row));
    }
    m.hasAnswers = m.answered > 0;

    QHash<QString, std::optional<double>> earlierScores;
    if (earlier) {
        collectEarlier(earlier->score.groups, earlierScores);
        Comparison cmp;
        cmp.earlierRound = earlier->assessment.round.toString();
        cmp.earlierOverall = earlier->score.overall;
        cmp.earlierGrade = earlier->score.grade ? earlier->score.grade->label.text(language) : QString();
        if (score.overall && earlier->score.overall)
            cmp.change = *score.overall - *earlier->score.overall;
        m.comparison = cmp;
    }
    for (const scoring::GroupResult& g : score.groups) {
        const size_t first = m.scores.size();
        collectScores(g, 0, earlierScores, language, m.scores);
        m.programmes.push_back(m.scores[first]); // the programme's own row
    }

    for (const scoring::Problem& p : score.problems) {
        ProblemRow row;
        row.code = p.indicator->code;
        row.name = p.indicator->name.text(language);
        row.value = valueText(*p.indicator, p.value, language);
        row.score = p.score;
        row.category = p.category.text(language);
        row.deadline = p.deadline.value_or(QDate());
        row.overdue = row.deadline.isValid() && row.deadline < date;
        row.severity = p.severity.text(language);
        row.responsibleUnits = Vocabulary::bodies(p.responsibleUnits, language)
                                   .join(language.startsWith(u"zh") ? QStringLiteral("、") : QStringLiteral("; "));
        row.timeBound = p.timeBound;
        for (const ProjectRef& ref : p.indicator->projects) {
            const ProjectTemplate* t = ref.inlineTemplate ? &*ref.inlineTemplate : set.projectTemplate(ref.code);
            row.projects << (t ? t->name.text(language) : ref.code);
        }
        m.problems.push_back(std::move(row));
    }

    for (const Photo& p : photos) {
        PhotoItem item;
        item.id = p.id;
        item.indicatorCode = p.indicatorCode;
        if (const Indicator* ind = set.indicator(p.indicatorCode)) {
            item.indicatorName = ind->name.text(language);
        } else if (const auto ledger = parseLedgerPhotoKey(p.indicatorCode)) {
            // A ledger photo: named by its item (its caption names the building).
            const LedgerItem* ledgerItem = findLedgerItem(ledgerItemsOf(set), ledger->item);
            item.indicatorCode = ledger->item;
            if (ledgerItem)
                item.indicatorName =
                    language.startsWith(u"en") && !ledgerItem->nameEn.isEmpty() ? ledgerItem->nameEn : ledgerItem->name;
        }
        item.caption = p.caption.isEmpty() ? p.originalName : p.caption;
        if (p.takenAt.isValid())
            item.takenAt = p.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        item.storedSha256 = p.storedSha256;
        m.photos.push_back(std::move(item));
    }
    return m;
}

QString ReportBuilder::fileStem(const Assessment& a)
{
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f\s]+)"));
    QString name = a.communityCode + u'_' + QString::number(a.round.year) + a.round.label;
    name.replace(unsafe, QStringLiteral("_"));
    return name;
}

} // namespace cc::report
