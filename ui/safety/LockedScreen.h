#pragma once

#include <QWidget>

namespace vangnet {

// The neutral screen of "quick hide": covers the whole window with a plain "Vangnet is locked",
// without a vault path, a name or even the emergency bar. A click or a key press takes it away and
// reveals the unlock page underneath.
class LockedScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockedScreen)

public:
    explicit LockedScreen(QWidget *window);
    void cover();

Q_SIGNALS:
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void dismiss();
};

} // namespace vangnet
