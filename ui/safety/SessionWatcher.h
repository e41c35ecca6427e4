#pragma once

#include <QObject>

namespace vangnet {

// The desktop's "about to sleep" and "session locked" events. On Linux with Qt D-Bus
// (VANGNET_HAVE_DBUS): org.freedesktop.login1's Manager.PrepareForSleep and this process's
// Session.Lock. Elsewhere it stays silent (the idle timer and the wall-clock check still lock).
class SessionWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionWatcher)

public:
    explicit SessionWatcher(QObject *parent = nullptr);
    // Whether the platform hooks are connected (false without D-Bus or logind).
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    void aboutToSleep();
    void resumed();
    void sessionLocked();

private Q_SLOTS:
    // Called by D-Bus (string-based connection: QDBusConnection needs a slot name).
    void onPrepareForSleep(bool starting);
    void onSessionLock();

private:
    void connectSession();

    bool m_connected = false;
};

} // namespace vangnet
