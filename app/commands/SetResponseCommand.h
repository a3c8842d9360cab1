// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Response.h"

#include <QUndoCommand>

class AssessmentDocument;

// One answer changed, already stored when the command is pushed (so a refused store never touches
// the stack): the first redo does nothing, later redos store the new answer, undo the old one (or
// clears it again).
class SetResponseCommand final : public QUndoCommand
{
public:
    SetResponseCommand(AssessmentDocument& document, cc::Response before, cc::Response after);

    void redo() override;
    void undo() override;

private:
    AssessmentDocument& m_document;
    cc::Response m_before;
    cc::Response m_after;
    bool m_first = true;
};
