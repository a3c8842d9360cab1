// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ComputedAnswers.h"

#include "core/domain/LedgerFigures.h"
#include "core/domain/ResponseRules.h"
#include "core/services/SetService.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/BuildingRepository.h"
#include "core/storage/CommunityRepository.h"
#include "core/storage/Database.h"
#include "core/storage/LedgerRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace cc::ComputedAnswers {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ComputedAnswers)
};

bool computes(const IndicatorSet& set, bool ledger)
{
    const auto all = set.indicatorsInOrder();
    return std::any_of(all.begin(), all.end(), [&](const Indicator* i) {
        return ledger ? i->sourceLedger.has_value() : i->sourceRemediation;
    });
}

std::optional<Response>
storedAnswer(storage::AssessmentRepository& answers, const Assessment& check, const QString& code)
{
    for (Response& r : answers.responses(check.id)) {
        if (r.indicatorCode == code)
            return std::move(r);
    }
    return std::nullopt;
}

bool sameAnswer(const std::optional<Response>& stored, const Response& wanted)
{
    return stored && stored->notApplicable == wanted.notApplicable && stored->value == wanted.value
        && stored->note == wanted.note && !stored->carriedOver;
}

} // namespace

Result<bool> refreshLedger(storage::Database& db, SetService& sets, const Assessment& check, const QString& user)
{
    storage::AssessmentRepository answers(db.connection());
    auto set = sets.load(answers.setOf(check.id));
    if (!set)
        return set.error();
    bool changed = false;
    if (computes(**set, true)) {
        const std::vector<LedgerFigure> figures =
            ledgerFigures(**set,
                          storage::LedgerRepository(db.connection()).list(check.id),
                          storage::BuildingRepository(db.connection()).list(check.communityId));
        QHash<QString, Response> stored;
        for (Response& r : answers.responses(check.id))
            stored.insert(r.indicatorCode, std::move(r));
        std::vector<Response> toSave;
        for (const LedgerFigure& figure : figures) {
            const auto it = stored.constFind(figure.indicatorCode);
            if (it != stored.constEnd() && it->notApplicable)
                continue; // the assessor's call
            if (!figure.answered) {
                if (it != stored.constEnd()) {
                    answers.deleteResponse(check.id, figure.indicatorCode);
                    changed = true;
                }
                continue;
            }
            Response r;
            r.indicatorCode = figure.indicatorCode;
            r.value = figure.value;
            r.note = figure.note((*set)->indicator(figure.indicatorCode)->unit);
            if (it != stored.constEnd() && sameAnswer(*it, r))
                continue;
            toSave.push_back(std::move(r));
        }
        if (!toSave.empty()) {
            answers.saveResponses(check.id, toSave, user);
            changed = true;
        }
    }
    auto remediation = refreshRemediation(db, sets, check, user);
    if (!remediation)
        return remediation.error();
    return changed || *remediation;
}

std::optional<Assessment> earlierCheck(storage::Database& db, const Assessment& check)
{
    storage::AssessmentRepository repository(db.connection());
    if (check.previous) {
        if (auto linked = repository.find(*check.previous))
            return linked;
    }
    std::optional<Assessment> best;
    for (Assessment& a : repository.list(check.communityId)) {
        if (a.round.year < check.round.year && (!best || a.round.year > best->round.year))
            best = std::move(a);
    }
    return best;
}

Result<std::optional<report::Remediation>>
remediation(storage::Database& db, SetService& sets, const Assessment& check, const QDate& today)
{
    const auto earlier = earlierCheck(db, check);
    if (!earlier)
        return std::optional<report::Remediation>();
    storage::AssessmentRepository answers(db.connection());
    auto laterSet = sets.load(answers.setOf(check.id));
    if (!laterSet)
        return laterSet.error();
    auto earlierSet = sets.load(answers.setOf(earlier->id));
    if (!earlierSet)
        return earlierSet.error();
    const auto community = storage::CommunityRepository(db.connection()).find(check.communityId);
    if (!community)
        return makeError(ErrorCode::NotFound, Text::tr("No community has the code %1.").arg(check.communityCode));
    storage::LedgerRepository ledgers(db.connection());
    const std::vector<Building> buildings = storage::BuildingRepository(db.connection()).list(check.communityId);
    const scoring::Score thenScore =
        scoring::score(**earlierSet, *community, answers.responses(earlier->id), earlier->checkDate);
    const scoring::Score nowScore =
        scoring::score(**laterSet, *community, answers.responses(check.id), check.checkDate);
    const std::vector<LedgerEntry> thenLedger = ledgers.list(earlier->id);
    const std::vector<LedgerEntry> nowLedger = ledgers.list(check.id);
    return std::optional<report::Remediation>(report::trackProblems(
        {**earlierSet, thenScore, thenLedger, buildings}, {**laterSet, nowScore, nowLedger, buildings}, today));
}

Result<bool> refreshRemediation(storage::Database& db, SetService& sets, const Assessment& check, const QString& user)
{
    storage::AssessmentRepository answers(db.connection());
    auto set = sets.load(answers.setOf(check.id));
    if (!set)
        return set.error();
    if (!computes(**set, false))
        return false;
    auto tracked = remediation(db, sets, check, check.checkDate.isNull() ? QDate::currentDate() : check.checkDate);
    if (!tracked)
        return tracked.error();
    bool changed = false;
    for (const Indicator* ind : (*set)->indicatorsInOrder()) {
        if (!ind->sourceRemediation)
            continue;
        const std::optional<Response> stored = storedAnswer(answers, check, ind->code);
        Response wanted;
        wanted.indicatorCode = ind->code;
        const report::Remediation* r = tracked->has_value() ? &**tracked : nullptr;
        // The notes are data, worded once (in Chinese, as the national forms): not in the language of
        // whoever happened to trigger the count, which would rewrite them on every switch.
        if (!r) {
            wanted.notApplicable = true;
            wanted.note = QStringLiteral("首轮体检，没有上一轮问题清单");
        } else if (r->due == 0) {
            wanted.notApplicable = true;
            wanted.note = QStringLiteral("上一轮体检没有发现需要整治的问题");
        } else if (r->count(report::ProblemFate::Unchecked) == r->due) {
            // Nothing re-checked yet: no answer rather than a rate of 0 nobody measured.
            if (stored) {
                answers.deleteResponse(check.id, ind->code);
                changed = true;
            }
            continue;
        } else {
            wanted.value = *r->rate();
            QString note = QStringLiteral("上一轮问题 %1 项，已整改 %2 项").arg(r->due).arg(r->resolved);
            if (r->dueTimeBound > 0)
                note +=
                    QStringLiteral("；其中限时解决 %1 项，已整改 %2 项").arg(r->dueTimeBound).arg(r->resolvedTimeBound);
            if (const int open = r->count(report::ProblemFate::Unchecked); open > 0)
                note += QStringLiteral("；%1 项尚未复查").arg(open);
            wanted.note = note;
        }
        if (sameAnswer(stored, wanted))
            continue;
        answers.saveResponses(check.id, {wanted}, user);
        changed = true;
    }
    return changed;
}

} // namespace cc::ComputedAnswers
