// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class History;
class QWidget;

namespace cc {
class Workspace;
}

// Tables a county or street office keeps in Excel or WPS, brought in from the desktop app: the
// community register (File → Import communities…) and the 需求清单 and 资源清单 (the Lists tab). Each
// asks for a CSV file or a workbook, imports all rows or none, and says what it did or where the
// file is wrong. The list imports are one undo step each.
class TableImportActions final
{
    Q_DECLARE_TR_FUNCTIONS(TableImportActions)

public:
    // True when the register changed.
    static bool importCommunities(QWidget* parent, cc::Workspace& workspace);
    // True when something was added.
    static bool importDemands(QWidget* parent, History& history);
    static bool importResources(QWidget* parent, History& history);

private:
    static QString askForTable(QWidget* parent, const QString& title);
};
