// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/SavePath.h"

#include "app/common/Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>

QString SavePath::ask(QWidget* parent, const QString& title, const QString& fileName, const QString& filters)
{
    QString directory = settings::lastReportDirectory.value();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QDir::homePath();
    QString chosenFilter;
    const QString typed =
        QFileDialog::getSaveFileName(parent, title, QDir(directory).filePath(fileName), filters, &chosenFilter);
    if (typed.isEmpty())
        return {};
    const QString path = completed(typed, chosenFilter, QFileInfo(fileName).suffix());
    settings::lastReportDirectory.setValue(QFileInfo(path).absolutePath());
    return path;
}

QString SavePath::completed(const QString& path, const QString& chosenFilter, const QString& fallbackSuffix)
{
    if (!QFileInfo(path).suffix().isEmpty())
        return path;
    static const QRegularExpression pattern(QStringLiteral("\\*\\.(\\w+)"));
    const QRegularExpressionMatch match = pattern.match(chosenFilter);
    const QString suffix = match.hasMatch() ? match.captured(1) : fallbackSuffix;
    return suffix.isEmpty() ? path : path + u'.' + suffix;
}
