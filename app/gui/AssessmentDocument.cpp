// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AssessmentDocument.h"

#include "app/commands/SetResponseCommand.h"
#include "core/domain/ResponseRules.h"
#include "core/services/Workspace.h"

AssessmentDocument::AssessmentDocument(cc::Workspace& workspace, const cc::AssessmentId& id, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_id(id)
{ }

cc::Result<void> AssessmentDocument::reload()
{
    auto scored = m_workspace.assessments().score(m_id);
    if (!scored)
        return scored.error();
    m_scored = std::make_unique<cc::ScoredAssessment>(std::move(scored).value());
    emit changed();
    return {};
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

cc::Result<void> AssessmentDocument::store(const cc::Response& response)
{
    if (auto saved = m_workspace.assessments().saveResponses(m_id, {response}); !saved)
        return saved.error();
    auto reloaded = reload();
    emit saved(response.indicatorCode);
    return reloaded;
}

cc::Result<void> AssessmentDocument::setResponse(const cc::Response& response)
{
    // Refuse what the store would refuse before touching the stack, so a refused value never
    // costs the redo history.
    if (!m_scored)
        return cc::makeError(cc::ErrorCode::NotFound, tr("The check is not loaded."));
    if (!m_scored->assessment.isEditable())
        return cc::makeError(cc::ErrorCode::Locked, tr("This check is read-only."));
    const cc::Indicator* indicator = m_scored->set->indicator(response.indicatorCode);
    if (!indicator)
        return cc::makeError(cc::ErrorCode::InvalidInput,
                             tr("%1: no such indicator in this set.").arg(response.indicatorCode));
    if (const QString problem = cc::ResponseRules::check(*indicator, response.value); !problem.isEmpty())
        return cc::makeError(cc::ErrorCode::InvalidInput, tr("%1: %2").arg(response.indicatorCode, problem));
    const cc::Response before = this->response(response.indicatorCode);
    if (auto stored = store(response); !stored)
        return stored.error(); // nothing on the stack, the redo history intact
    m_undoStack.push(new SetResponseCommand(*this, before, response));
    return {};
}

void AssessmentDocument::photosChanged()
{
    (void)reload();
    emit photosUpdated();
}
