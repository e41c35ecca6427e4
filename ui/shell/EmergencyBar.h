#pragma once

#include <QWidget>

class QAction;
class QHBoxLayout;
class QPushButton;

namespace vangnet {

// The strip at the top of the window with the lock button (when unlocked) and the red "In danger? Call 112" button. It sits above
// the page stack, so it is there on every page: welcome, create, unlock and the unlocked workspace.
class EmergencyBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmergencyBar)

public:
    explicit EmergencyBar(QWidget *parent = nullptr);
    QPushButton *button() const { return m_button; }
    // A tool button on the left (e.g. Lock), shown only while the action is enabled.
    void addLeadingAction(QAction *action);

private:
    void showDialog();

    QPushButton *m_button;
    QHBoxLayout *m_layout;
};

} // namespace vangnet
