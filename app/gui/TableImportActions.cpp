// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/TableImportActions.h"

#include "app/commands/Commands.h"
#include "app/gui/ErrorPresenter.h"
#include "core/services/Workspace.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace {

// The import runs while the cursor says so: a 50 MB workbook takes seconds.
template <typename F>
auto busy(F&& work)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = work();
    QApplication::restoreOverrideCursor();
    return result;
}

} // namespace

QString TableImportActions::askForTable(QWidget* parent, const QString& title)
{
    return QFileDialog::getOpenFileName(
        parent, title, {}, tr("Tables (*.xlsx *.csv);;Workbooks (*.xlsx);;CSV files (*.csv);;All files (*)"));
}

bool TableImportActions::importCommunities(QWidget* parent, cc::Workspace& workspace)
{
    const QString path = askForTable(parent, tr("Import communities (code, name, type, …)"));
    if (path.isEmpty())
        return false;
    auto imported = busy([&] { return workspace.communities().importFile(path); });
    if (!imported) {
        ErrorPresenter::show(parent, imported.error(), tr("Import communities"));
        return false;
    }
    QString text = tr("%1: %2 added, %3 updated, %4 unchanged.")
                       .arg(QFileInfo(path).fileName())
                       .arg(imported->added)
                       .arg(imported->updated)
                       .arg(imported->unchanged);
    if (!imported->warnings.isEmpty())
        text += u"\n\n" + imported->warnings.join(u'\n');
    QMessageBox::information(parent, tr("Import communities"), text);
    return imported->added + imported->updated > 0;
}

bool TableImportActions::importDemands(QWidget* parent, History& history)
{
    const QString path = askForTable(parent, tr("Import demands (community, text, source, date, support, …)"));
    if (path.isEmpty())
        return false;
    auto imported = busy([&] { return commands::importDemands(history, path); });
    if (!imported) {
        ErrorPresenter::show(parent, imported.error(), tr("Import demands"));
        return false;
    }
    QMessageBox::information(parent,
                             tr("Import demands"),
                             tr("%n demand(s) added", nullptr, static_cast<int>(imported->added.size()))
                                 + tr(", %n already stored.", nullptr, imported->skipped));
    return !imported->added.empty();
}

bool TableImportActions::importResources(QWidget* parent, History& history)
{
    const QString path = askForTable(parent, tr("Import resources (kind, name, community or county, …)"));
    if (path.isEmpty())
        return false;
    auto imported = busy([&] { return commands::importResources(history, path); });
    if (!imported) {
        ErrorPresenter::show(parent, imported.error(), tr("Import resources"));
        return false;
    }
    QMessageBox::information(parent,
                             tr("Import resources"),
                             tr("%n resource(s) added", nullptr, static_cast<int>(imported->added.size()))
                                 + tr(", %n already stored.", nullptr, imported->skipped));
    return !imported->added.empty();
}
