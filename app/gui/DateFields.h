// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QApplication;

// Tab leaves a date field. Qt's date fields take Tab to move between year, month and day, so a
// keyboard user typing down a form sent the next field's figures into the date. Arrow keys still
// move between the sections. One application-wide event filter.
class DateFields final : public QObject
{
    Q_OBJECT

public:
    static void install(QApplication& app); // once; later calls do nothing

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};
