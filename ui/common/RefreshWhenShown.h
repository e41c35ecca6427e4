#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace vangnet {

// Fills a widget from the vault when the user can see it: at once while it is visible, otherwise at
// its next show. At unlock the sections the user does not see then read nothing, so that the window
// switches to the workspace within a frame at 100,000 cases (issue #12, vangnet-bench-ui).
class RefreshWhenShown final : public QObject
{
public:
    RefreshWhenShown(QWidget *widget, std::function<void()> refresh);

    // Refreshes now if the widget is visible, otherwise at its next show.
    void request();
    // Nothing is refreshed at the next show (the vault is locked).
    void drop() { m_pending = false; }
    // Refreshes now if a refresh waits (code about to read what the widget shows).
    void flush();
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    std::function<void()> m_refresh;
    bool m_pending = false;
};

} // namespace vangnet
