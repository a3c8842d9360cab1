// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AssessmentWorkflow.h"

#include "core/domain/ResponseRules.h"
#include "core/services/AssessmentService.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/Transaction.h"

namespace cc {

AssessmentWorkflow::AssessmentWorkflow(storage::Database& db, AssessmentService& assessments, const QString& userName)
    : m_db(db)
    , m_assessments(assessments)
    , m_user(userName)
{ }

Result<std::vector<SubmitBlocker>> AssessmentWorkflow::blockers(const AssessmentId& id, const QString& language)
{
    auto scored = m_assessments.score(id);
    if (!scored)
        return scored.error();
    auto counted = storage::reading([&] { return storage::AssessmentRepository(m_db.connection()).photoCounts(id); });
    if (!counted)
        return counted.error();
    const QHash<QString, int>& photos = *counted;
    std::vector<SubmitBlocker> out;
    for (const scoring::IndicatorResult& r : scored->score.indicators) {
        const Indicator& ind = *r.indicator;
        const QString name = ind.name.text(language);
        if (ind.required && r.status == scoring::Status::Unanswered) {
            out.push_back({SubmitBlocker::Kind::Unanswered,
                           ind.code,
                           name,
                           r.reason.isEmpty() ? tr("required, not answered")
                                              : tr("required, cannot be scored: %1").arg(r.reason)});
        }
        if (ind.evidence == Evidence::PhotoRequired && r.status == scoring::Status::Fail && photos.value(ind.code) == 0)
            out.push_back({SubmitBlocker::Kind::PhotoMissing, ind.code, name, tr("fails and needs a photo")});
        if (r.carriedOver && r.status != scoring::Status::NotApplicable)
            out.push_back({SubmitBlocker::Kind::CarriedOver,
                           ind.code,
                           name,
                           tr("carried over from the earlier round, not confirmed")});
    }
    return out;
}

Result<std::vector<SubmitBlocker>> AssessmentWorkflow::warnings(const AssessmentId& id, const QString& language)
{
    auto scored = m_assessments.score(id);
    if (!scored)
        return scored.error();
    std::vector<SubmitBlocker> out;
    for (const scoring::IndicatorResult& r : scored->score.indicators) {
        if (r.status == scoring::Status::NotApplicable)
            continue;
        if (const QString why = ResponseRules::plausibility(*r.indicator, scored->community, r.value); !why.isEmpty())
            out.push_back({SubmitBlocker::Kind::Implausible, r.indicator->code, r.indicator->name.text(language), why});
    }
    return out;
}

Result<void> AssessmentWorkflow::submit(const AssessmentId& id)
{
    // On a server, only one of the check's assessors submits it.
    if (auto assessment = m_assessments.find(id); assessment && assessment->isEditable()) {
        if (auto refused = AssessmentService::whyNotEditable(*assessment, m_db.access()))
            return *refused;
    }
    auto blocking = blockers(id, QStringLiteral("zh_CN"));
    if (!blocking)
        return blocking.error();
    if (!blocking->empty()) {
        QStringList lines;
        for (const SubmitBlocker& b : *blocking)
            lines << b.indicatorCode + QStringLiteral(": ") + b.reason;
        return makeError(ErrorCode::Locked,
                         tr("The check cannot be submitted yet: %n point(s) still open.",
                            nullptr,
                            static_cast<int>(blocking->size())),
                         lines.join(u'\n'));
    }
    return transition(id, {AssessmentStatus::Draft, AssessmentStatus::Returned}, AssessmentStatus::Submitted, {});
}

Result<void> AssessmentWorkflow::returnForRevision(const AssessmentId& id, const QString& comment)
{
    if (comment.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Say why the check goes back to the assessor."));
    return transition(id, {AssessmentStatus::Submitted}, AssessmentStatus::Returned, comment.trimmed());
}

Result<void> AssessmentWorkflow::approve(const AssessmentId& id, const QString& comment)
{
    return transition(id, {AssessmentStatus::Submitted}, AssessmentStatus::Approved, comment.trimmed());
}

Result<void> AssessmentWorkflow::reopen(const AssessmentId& id, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Reopening a submitted or approved check needs a reason."));
    return transition(
        id, {AssessmentStatus::Submitted, AssessmentStatus::Approved}, AssessmentStatus::Returned, reason.trimmed());
}

Result<void> AssessmentWorkflow::confirmCarriedOver(const AssessmentId& id, const QStringList& codes)
{
    auto assessment = m_assessments.find(id);
    if (!assessment)
        return assessment.error();
    if (!assessment->isEditable())
        return makeError(ErrorCode::Locked,
                         tr("The assessment %1 is marked \"%2\" and cannot be changed.")
                             .arg(id.toString(), AssessmentService::statusName(assessment->status)));
    if (auto refused = AssessmentService::whyNotEditable(*assessment, m_db.access()))
        return *refused;
    return storage::inTransaction(m_db, [&] {
        storage::AssessmentRepository(m_db.connection()).confirmCarriedOver(id, codes);
        if (assessment->wasSubmitted()) {
            storage::SettingsRepository(m_db.connection())
                .appendAudit({QDateTime::currentDateTimeUtc(),
                              m_user,
                              QStringLiteral("assessment"),
                              id.toString(),
                              QStringLiteral("carried_over"),
                              codes.isEmpty() ? QStringLiteral("*") : codes.join(u','),
                              QStringLiteral("confirmed"),
                              {}});
        }
    });
}

Result<void> AssessmentWorkflow::transition(const AssessmentId& id,
                                            std::initializer_list<AssessmentStatus> from,
                                            AssessmentStatus to,
                                            const QString& reason)
{
    auto assessment = m_assessments.find(id);
    if (!assessment)
        return assessment.error();
    if (std::find(from.begin(), from.end(), assessment->status) == from.end()) {
        return makeError(ErrorCode::Locked,
                         tr("The assessment %1 is marked \"%2\"; it cannot become \"%3\" from there.")
                             .arg(id.toString(),
                                  AssessmentService::statusName(assessment->status),
                                  AssessmentService::statusName(to)));
    }
    return m_assessments.setStatus(id, to, reason);
}

} // namespace cc
