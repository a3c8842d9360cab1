// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Response.h"

#include <QUndoCommand>

class AssessmentDocument;

// One answer changed: redo stores the new answer, undo the old one (or clears it again). If the
// first redo fails, the command marks itself obsolete and QUndoStack drops it.
class SetResponseCommand final : public QUndoCommand
{
public:
    SetResponseCommand(AssessmentDocument& document, cc::Response before, cc::Response after);

    void redo() override;
    void undo() override;
    bool succeeded() const { return m_succeeded; }

private:
    AssessmentDocument& m_document;
    cc::Response m_before;
    cc::Response m_after;
    bool m_succeeded = false;
    bool m_first = true;
};
