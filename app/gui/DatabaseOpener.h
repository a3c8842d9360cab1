// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/Workspace.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <memory>

class QStatusBar;
class QWidget;

// How the desktop app opens a database: a new file is created; an older one is upgraded only after
// the user agreed (a complete backup is made first, and named); a refusal changes nothing.
class DatabaseOpener final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    // `checkLater`: leave the integrity checks to the window's background check (a big file opens
    // at once); otherwise they run before the database is returned.
    static cc::Result<std::unique_ptr<cc::Workspace>>
    open(QWidget* parent, const QString& path, const QString& user, bool checkLater);
    // File → Open database…: a file to open or create, starting in the folder of `current` (empty:
    // cancelled). A photo file chosen stands for the database it belongs to, said in `statusBar`.
    static QString askForFile(QWidget* parent, const QString& current, QStatusBar* statusBar);
};
