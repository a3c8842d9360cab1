// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/WindowFit.h"

#include <QApplication>
#include <QEvent>
#include <QScreen>
#include <QSettings>
#include <QWidget>
#include <QWindow>

namespace {

const char* const fittedProperty = "cc_windowFitted";

bool isFittable(const QWidget& w)
{
    if (!w.isWindow() || w.testAttribute(Qt::WA_DontShowOnScreen))
        return false;
    const Qt::WindowType type = w.windowType();
    return type == Qt::Window || type == Qt::Dialog || type == Qt::Sheet;
}

// The frame a window manager adds, before the window has one to measure: a title bar and borders.
QSize frameAllowance(const QWidget& w)
{
    const QRect frame = w.frameGeometry();
    const QRect inner = w.geometry();
    if (w.isVisible() && frame != inner)
        return frame.size() - inner.size();
    return QGuiApplication::platformName() == u"offscreen" ? QSize(0, 0) : QSize(16, 40);
}

} // namespace

void WindowFit::install(QApplication& app)
{
    if (app.findChild<WindowFit*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app.installEventFilter(new WindowFit(&app));
}

QRect WindowFit::fitted(const QRect& wanted, const QSize& margins, const QRect& available)
{
    // The frame: borders of half the width on each side, the rest of its height is the title bar.
    const int side = margins.width() / 2;
    const int title = margins.height() - side;
    const QRect client = available.adjusted(side, title, -side, -side);
    QRect r(wanted.topLeft(), wanted.size().boundedTo(client.size()).expandedTo(QSize(1, 1)));
    if (r.right() > client.right())
        r.moveRight(client.right());
    if (r.bottom() > client.bottom())
        r.moveBottom(client.bottom());
    if (r.left() < client.left())
        r.moveLeft(client.left());
    if (r.top() < client.top())
        r.moveTop(client.top());
    return r;
}

QString WindowFit::sizeKey(const QWidget& window, const QSize& screen)
{
    const QString name =
        window.objectName().isEmpty() ? QString::fromLatin1(window.metaObject()->className()) : window.objectName();
    return QStringLiteral("windows/%1/%2x%3").arg(name).arg(screen.width()).arg(screen.height());
}

bool WindowFit::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Show && event->type() != QEvent::Hide)
        return false;
    auto* w = qobject_cast<QWidget*>(watched);
    if (!w || !isFittable(*w))
        return false;
    if (event->type() == QEvent::Show && !w->property(fittedProperty).toBool()) {
        w->setProperty(fittedProperty, true);
        fit(*w);
    } else if (event->type() == QEvent::Hide && w->property(fittedProperty).toBool()) {
        remember(*w);
    }
    return false;
}

void WindowFit::fit(QWidget& w)
{
    QScreen* screen = w.screen();
    if (w.parentWidget() && w.parentWidget()->window()->isVisible())
        screen = w.parentWidget()->window()->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize margins = frameAllowance(w);
    QSize size = w.size();
    const QVariant stored = QSettings().value(sizeKey(w, screen->size()));
    if (stored.canConvert<QSize>() && stored.toSize().isValid())
        size = stored.toSize().expandedTo(w.minimumSizeHint());
    // Centred on the window it belongs to, or on the screen.
    QRect wanted(QPoint(), size);
    const QWidget* owner = w.parentWidget() ? w.parentWidget()->window() : nullptr;
    wanted.moveCenter(owner && owner->isVisible() ? owner->geometry().center() : available.center());
    if (w.windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return;
    const QRect r = fitted(wanted, margins, available);
    w.resize(r.size());
    w.move(r.topLeft() - QPoint(margins.width() / 2, margins.height() - margins.width() / 2)); // the frame's corner
}

void WindowFit::remember(const QWidget& w)
{
    if (!w.screen() || w.windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen | Qt::WindowMinimized))
        return;
    QSettings().setValue(sizeKey(w, w.screen()->size()), w.size());
}
