#pragma once

#include <QScrollArea>

class QLayout;

namespace vangnet {

// The body of a dialog or page that scrolls on a short screen (1024×576) while what is outside it –
// the message and the buttons – stays in view. Unlike a plain QScrollArea it asks for the whole
// body as its size, so on a large screen nothing scrolls; WindowFitter shrinks the window to the
// screen and only then the body scrolls. Only vertically: text wraps instead.
class FormScrollArea final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormScrollArea)

public:
    // Lays `content` out in the scrolled widget.
    explicit FormScrollArea(QLayout *content, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace vangnet
