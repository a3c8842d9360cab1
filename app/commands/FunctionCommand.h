// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QUndoCommand>

#include <functional>

// A change already stored when pushed, undone and redone by two functions (adding a demand or a
// resource: undo removes it, redo stores it again). The first redo does nothing; `report` gets the
// error of a failed undo or redo (empty on success).
class FunctionCommand final : public QUndoCommand
{
public:
    using Step = std::function<cc::Result<void>()>;
    using Report = std::function<void(const QString& error)>;

    FunctionCommand(const QString& text, Step redo, Step undo, Report report)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_report(std::move(report))
    { }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        run(m_redo);
    }
    void undo() override { run(m_undo); }

private:
    void run(const Step& step)
    {
        const auto result = step();
        if (m_report)
            m_report(result ? QString() : result.error().message);
    }

    Step m_redo;
    Step m_undo;
    Report m_report;
    bool m_first = true;
};
