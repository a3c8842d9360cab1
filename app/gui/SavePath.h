// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// Where to save an export: every Export… of the app asks the same way.
class SavePath final
{
    Q_DECLARE_TR_FUNCTIONS(SavePath)

public:
    // Asks for a file, suggesting `fileName` (its suffix the default) in the folder of the last
    // export (the home folder at first) and remembering the folder chosen. A name typed without a
    // suffix gets the one of the filter chosen. Empty when cancelled.
    static QString ask(QWidget* parent, const QString& title, const QString& fileName, const QString& filters);
    // `path` with the suffix of `chosenFilter` ("Excel workbook (*.xlsx)") when it has none, else
    // `fallbackSuffix`; a path with a suffix stays as it is.
    static QString completed(const QString& path, const QString& chosenFilter, const QString& fallbackSuffix);
};
