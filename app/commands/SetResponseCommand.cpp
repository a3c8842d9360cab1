// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/SetResponseCommand.h"

#include "app/gui/AssessmentDocument.h"
#include "app/gui/ErrorPresenter.h"

#include <QCoreApplication>

SetResponseCommand::SetResponseCommand(AssessmentDocument& document, cc::Response before, cc::Response after)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(QCoreApplication::translate("SetResponseCommand", "Answer %1").arg(m_after.indicatorCode));
}

void SetResponseCommand::redo()
{
    if (m_first) { // stored before the push
        m_first = false;
        return;
    }
    if (auto stored = m_document.store(m_after); !stored)
        ErrorPresenter::show(nullptr, stored.error());
}

void SetResponseCommand::undo()
{
    if (auto stored = m_document.store(m_before); !stored)
        ErrorPresenter::show(nullptr, stored.error());
}
