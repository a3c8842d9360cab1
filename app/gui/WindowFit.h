// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QRect>
#include <QSize>

class QApplication;
class QWidget;

// Every window and dialog fits the screen it opens on, whatever its form says and whatever the
// scaling: one application-wide event filter sizes each top-level widget when it is first shown (the
// size it had on a screen of this size last time, else its own, never more than the screen's free
// area) and remembers its size per screen size when it is hidden.
class WindowFit final : public QObject
{
    Q_OBJECT

public:
    // Installs the filter on the application (once; later calls do nothing).
    static void install(QApplication& app);

    // Where a window of `wanted` geometry (its frame `margins` wide in total, the title bar included)
    // goes on a screen whose free area is `available`: no larger than it, and moved inside it.
    static QRect fitted(const QRect& wanted, const QSize& margins, const QRect& available);

    // The settings key under which a window's size on a screen of `screen` size is kept.
    static QString sizeKey(const QWidget& window, const QSize& screen);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
    void fit(QWidget& window);
    static void remember(const QWidget& window);
};
