#pragma once

#include <QObject>
#include <QRect>
#include <QSize>

class QWidget;

namespace vangnet {

// Keeps every top-level window (the main window, dialogs, wizards, message boxes) inside the
// available geometry of its screen: a laptop at 1024×600 (or 1536×864 at 150 %) has 1024×576
// logical pixels, and a window larger than that hides its buttons below the edge. Installed once
// on the application; a window is clamped when it is shown.
class WindowFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowFitter)

public:
    // The window manager has framed a window shown this long ago: fitted again with its real frame.
    static constexpr int kFramedDelayMs = 300;

    // Installs one fitter on the application (again: nothing).
    static void install();

    // `wanted` shrunk to fit `available`, never below `minimum` (a layout cannot go below it).
    static QSize fittedSize(const QSize &wanted, const QSize &minimum, const QSize &available);
    // Resizes and moves a top-level window into its screen's available geometry.
    static void fit(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WindowFitter(QObject *parent);
};

} // namespace vangnet
