#include "common/WindowFitter.h"

#include <QApplication>
#include <QEvent>
#include <QScreen>
#include <QStyle>
#include <QTimer>
#include <QWidget>

namespace vangnet {

WindowFitter::WindowFitter(QObject *parent)
    : QObject(parent)
{ }

void WindowFitter::install()
{
    auto *app = qApp;
    if (!app || app->findChild<WindowFitter *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new WindowFitter(app));
}

QSize WindowFitter::fittedSize(const QSize &wanted, const QSize &minimum, const QSize &available)
{
    return QSize(qMax(minimum.width(), qMin(wanted.width(), available.width())),
        qMax(minimum.height(), qMin(wanted.height(), available.height())));
}

void WindowFitter::fit(QWidget *window)
{
    QScreen *screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) is known only once the window manager has drawn it. Before that
    // a title bar and borders are assumed, so that the bottom edge does not end up below the screen;
    // a second fit once the window is framed uses the real frame.
    QSize frame = window->frameGeometry().size() - window->geometry().size();
    if (frame.isNull()) {
        const int border = window->style()->pixelMetric(QStyle::PM_MdiSubWindowFrameWidth, nullptr, window);
        frame = QSize(2 * border, window->style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, window) + 2 * border);
    }
    const QSize room = available.size() - frame;
    const QSize size = fittedSize(window->size(), window->minimumSize(), room);
    if (size != window->size())
        window->resize(size);
    QRect placed(window->frameGeometry().topLeft(), size + frame);
    if (placed.right() > available.right())
        placed.moveRight(available.right());
    if (placed.bottom() > available.bottom())
        placed.moveBottom(available.bottom());
    if (placed.left() < available.left())
        placed.moveLeft(available.left());
    if (placed.top() < available.top())
        placed.moveTop(available.top());
    if (placed.topLeft() != window->frameGeometry().topLeft())
        window->move(placed.topLeft());
}

bool WindowFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        const Qt::WindowType type = widget->windowType();
        if (widget->isWindow() && (type == Qt::Window || type == Qt::Dialog || type == Qt::Sheet)) {
            fit(widget);
            QTimer::singleShot(kFramedDelayMs, widget, [widget] { fit(widget); });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace vangnet
