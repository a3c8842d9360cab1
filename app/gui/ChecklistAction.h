// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"

#include <QCoreApplication>
#include <QString>

class MainWindow;
class QMainWindow;
namespace cc {
class Workspace;
}

// Check → Print blank checklist…: the paper checklist of the selected check as a PDF, for an
// assessor who works on paper and types the answers back later (ChecklistPdf).
class ChecklistAction final
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistAction)

public:
    // Asks where to save the checklist of the check the window's checks list has current (none: says
    // to select one first) and writes it.
    static void print(MainWindow& window);
    // Writes the checklist of `check` to `path`; the outcome in the status bar, a failure in a message.
    // Returns the page count, 0 on failure.
    static int write(QMainWindow* window,
                     cc::Workspace& workspace,
                     const cc::Assessment& check,
                     const QString& language,
                     const QString& path);
};
