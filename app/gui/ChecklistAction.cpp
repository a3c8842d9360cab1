// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ChecklistAction.h"

#include "app/gui/ChecksPanel.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/MainWindow.h"
#include "app/gui/SavePath.h"
#include "app/render/ChecklistPdf.h"
#include "app/render/ReportFonts.h"
#include "core/report/ReportModel.h"
#include "core/services/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QMainWindow>
#include <QStatusBar>

void ChecklistAction::print(MainWindow& window)
{
    const cc::Assessment* check = window.checksPanel() ? window.checksPanel()->current() : nullptr;
    if (!check) {
        window.statusBar()->showMessage(tr("Select a check first."), 5000);
        return;
    }
    const cc::Assessment chosen = *check; // the list may reload while the dialog is open
    const QString suggested = tr("%1 checklist.pdf").arg(cc::report::ReportBuilder::fileStem(chosen));
    const QString path = SavePath::ask(&window, tr("Print blank checklist"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        write(&window, window.workspace(), chosen, window.language(), path);
}

int ChecklistAction::write(QMainWindow* window,
                           cc::Workspace& workspace,
                           const cc::Assessment& check,
                           const QString& language,
                           const QString& path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto sheet = ChecklistPdf::forCheck(workspace, check.id, language);
    cc::Result<int> pages = sheet ? ChecklistPdf::write(*sheet, path) : cc::Result<int>(sheet.error());
    QApplication::restoreOverrideCursor();
    if (!pages) {
        ErrorPresenter::show(window, pages.error(), tr("Print blank checklist"));
        return 0;
    }
    QString message = tr("Checklist written: %1 (%n page(s))", nullptr, *pages).arg(QDir::toNativeSeparators(path));
    if (const QString warning = ReportFonts::cjkFamily().warning; !warning.isEmpty())
        message += u' ' + warning;
    window->statusBar()->showMessage(message, 10000);
    return *pages;
}
