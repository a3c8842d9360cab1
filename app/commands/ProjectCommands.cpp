// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/ProjectCommands.h"

#include "core/services/ProjectService.h"

#include <QCoreApplication>

ProjectChangeCommand::ProjectChangeCommand(cc::ProjectService& service,
                                           std::vector<cc::Project> before,
                                           std::vector<cc::Project> after,
                                           const QString& text,
                                           Report report)
    : QUndoCommand(text)
    , m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_report(std::move(report))
{ }

QString ProjectChangeCommand::apply(cc::ProjectService& service, const cc::Project& target, const QString& reason)
{
    if (auto updated = service.update(target, reason, true); !updated) // exactly as it was
        return updated.error().message;
    return {};
}

void ProjectChangeCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    QString error;
    for (const cc::Project& p : m_after) {
        if (const QString e = apply(m_service, p, QCoreApplication::translate("ProjectChangeCommand", "redo"));
            !e.isEmpty())
            error = e;
    }
    if (m_report)
        m_report(error);
}

void ProjectChangeCommand::undo()
{
    QString error;
    for (auto it = m_before.rbegin(); it != m_before.rend(); ++it) {
        if (const QString e = apply(m_service, *it, QCoreApplication::translate("ProjectChangeCommand", "undo"));
            !e.isEmpty())
            error = e;
    }
    if (m_report)
        m_report(error);
}
