#pragma once

#include <QObject>
#include <QPointer>

class QFocusFrame;
class QWidget;

namespace vangnet {

// A visible focus ring around whichever control has the keyboard, in every window and with every
// style: a 2-pixel frame in the palette's highlight colour (high-contrast palettes included), drawn
// outside the control so that style sheets on the control itself cannot hide it.
class FocusIndicator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusIndicator)

public:
    // Starts following the keyboard focus once; later calls do nothing.
    static void install();
    // The ring around the focused control (for tests); null before any control had the keyboard.
    static QFocusFrame *frame();

private:
    explicit FocusIndicator(QObject *parent);
    void follow(QWidget *now);

    QPointer<QFocusFrame> m_frame;
};

} // namespace vangnet
