// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AssessmentDocument.h"

#include "app/commands/Commands.h"
#include "app/commands/History.h"
#include "core/domain/ResponseRules.h"
#include "core/services/Workspace.h"

AssessmentDocument::AssessmentDocument(History& history, const cc::AssessmentId& id, QObject* parent)
    : QObject(parent)
    , m_history(history)
    , m_id(id)
{
    ChangeHub& changes = history.changes();
    connect(&changes, &ChangeHub::answersChanged, this, [this](const cc::AssessmentId& id, const QString& code) {
        if (!(id == m_id))
            return;
        reloadOrReport();
        emit saved(code);
    });
    connect(&changes, &ChangeHub::photosChanged, this, [this](const cc::AssessmentId& id) {
        if (!(id == m_id))
            return;
        reloadOrReport(); // the photo rule of submission depends on them
        emit photosUpdated();
    });
    connect(&changes, &ChangeHub::workflowChanged, this, [this](const cc::AssessmentId& id) {
        if (id == m_id)
            reloadOrReport();
    });
    // A ledger step (done or undone in any window) changes the answers counted from the ledger.
    connect(&changes, &ChangeHub::ledgerChanged, this, [this](const cc::AssessmentId& id) {
        if (id == m_id)
            reloadOrReport();
    });
    connect(&changes, &ChangeHub::changedElsewhere, this, [this] {
        reloadOrReport(); // answers, photos or state changed by another program
        emit photosUpdated();
    });
}

cc::Workspace& AssessmentDocument::workspace()
{
    return m_history.workspace();
}

cc::Result<void> AssessmentDocument::reload()
{
    auto scored = workspace().assessments().score(m_id);
    if (!scored)
        return scored.error();
    m_scored = std::make_unique<cc::ScoredAssessment>(std::move(scored).value());
    emit changed();
    return {};
}

bool AssessmentDocument::catchUp()
{
    return m_history.catchUp();
}

void AssessmentDocument::reloadOrReport()
{
    if (auto reloaded = reload(); !reloaded)
        emit reloadFailed(reloaded.error());
}

cc::Response AssessmentDocument::response(const QString& code) const
{
    if (m_scored) {
        for (const cc::Response& r : m_scored->responses) {
            if (r.indicatorCode == code)
                return r;
        }
    }
    cc::Response empty;
    empty.indicatorCode = code;
    return empty;
}

bool AssessmentDocument::isEditable() const
{
    return m_scored && m_scored->assessment.isEditable()
        && m_history.workspace().facts().access.mayEditCheck(m_scored->assessment.assessors);
}

cc::Result<void> AssessmentDocument::setResponse(const cc::Response& response)
{
    if (!m_scored)
        return cc::makeError(cc::ErrorCode::NotFound, tr("The check is not loaded."));
    if (!isEditable())
        return cc::makeError(cc::ErrorCode::Locked, tr("This check is read-only."));
    const cc::Indicator* indicator = m_scored->set->indicator(response.indicatorCode);
    if (!indicator)
        return cc::makeError(cc::ErrorCode::InvalidInput,
                             tr("%1: no such indicator in this set.").arg(response.indicatorCode));
    if (const QString problem = cc::ResponseRules::check(*indicator, response.value); !problem.isEmpty())
        return cc::makeError(cc::ErrorCode::InvalidInput, tr("%1: %2").arg(response.indicatorCode, problem));
    cc::Response before = this->response(response.indicatorCode);
    // Written only if nobody changed the answer since this window read it (on a county server
    // another user may have): else the service says so, and the view shows theirs.
    cc::Response after = response;
    // A computed answer is rewritten by the service after every change (its version moves without
    // anyone typing): only its N/A is typed, unchecked.
    if (!indicator->isComputed())
        after.version = before.version.value_or(0);
    if (indicator->isComputed() && !before.notApplicable) {
        // A computed value is never written back, not even by undo: the step's "before" is "no
        // answer", and storing that has the service count the value again.
        before = cc::Response {};
        before.indicatorCode = response.indicatorCode;
    }
    return commands::setResponse(m_history, m_id, before, after);
}

cc::Result<void> AssessmentDocument::afterWorkflowStep(const cc::Result<void>& step)
{
    if (step)
        emit m_history.changes().workflowChanged(m_id);
    return step;
}

cc::Result<void> AssessmentDocument::submit()
{
    auto submitted = workspace().workflow().submit(m_id);
    if (submitted)
        m_history.retire(m_id); // read-only now: its answers and photos can no longer be taken back
    return afterWorkflowStep(submitted);
}

cc::Result<void> AssessmentDocument::returnForRevision(const QString& comment)
{
    return afterWorkflowStep(workspace().workflow().returnForRevision(m_id, comment));
}

cc::Result<void> AssessmentDocument::approve()
{
    return afterWorkflowStep(workspace().workflow().approve(m_id));
}

cc::Result<void> AssessmentDocument::reopen(const QString& reason)
{
    return afterWorkflowStep(workspace().workflow().reopen(m_id, reason));
}

cc::Result<void> AssessmentDocument::setCheckDate(const QDate& date)
{
    if (!m_scored)
        return cc::makeError(cc::ErrorCode::NotFound, tr("The check is not loaded."));
    auto changed = commands::setCheckDate(m_history, m_id, m_scored->assessment.checkDate, date);
    if (changed)
        reloadOrReport();
    return changed;
}

cc::Result<void> AssessmentDocument::confirmCarriedOver()
{
    return afterWorkflowStep(workspace().workflow().confirmCarriedOver(m_id));
}
