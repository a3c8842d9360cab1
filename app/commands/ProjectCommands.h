// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"

#include <QUndoCommand>

#include <functional>

namespace cc {
class ProjectService;
}

// A change to projects (an edit, a decision, a status), already stored when the command is pushed
// (a refused change never reaches the stack): the first redo does nothing; undo stores the projects
// as they were, redo as they became. Every application goes through ProjectService, so each one
// is audited too.
class ProjectChangeCommand final : public QUndoCommand
{
public:
    using Report = std::function<void(const QString& error)>; // called after each undo/redo
    ProjectChangeCommand(cc::ProjectService& service,
                         std::vector<cc::Project> before,
                         std::vector<cc::Project> after,
                         const QString& text,
                         Report report);

    void redo() override;
    void undo() override;

    // Stores `target` over whatever the project is now: fields, then status.
    static QString apply(cc::ProjectService& service, const cc::Project& target, const QString& reason);

private:
    cc::ProjectService& m_service;
    std::vector<cc::Project> m_before;
    std::vector<cc::Project> m_after;
    Report m_report;
    bool m_first = true;
};
