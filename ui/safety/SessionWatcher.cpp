#include "safety/SessionWatcher.h"

#ifdef VANGNET_HAVE_DBUS
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace vangnet {

#ifdef VANGNET_HAVE_DBUS
namespace {
const QString Login1Service = QStringLiteral("org.freedesktop.login1");
const QString Login1Path = QStringLiteral("/org/freedesktop/login1");
const QString ManagerInterface = QStringLiteral("org.freedesktop.login1.Manager");
const QString SessionInterface = QStringLiteral("org.freedesktop.login1.Session");
} // namespace
#endif

SessionWatcher::SessionWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef VANGNET_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected())
        return;
    m_connected = bus.connect(
        Login1Service, Login1Path, ManagerInterface, QStringLiteral("PrepareForSleep"), this, SLOT(onPrepareForSleep(bool)));
    connectSession();
#endif
}

void SessionWatcher::connectSession()
{
#ifdef VANGNET_HAVE_DBUS
    // Our own session's object path, asked for without blocking the start-up.
    QDBusMessage call
        = QDBusMessage::createMethodCall(Login1Service, Login1Path, ManagerInterface, QStringLiteral("GetSessionByPID"));
    call << static_cast<quint32>(QCoreApplication::applicationPid());
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::systemBus().asyncCall(call, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *w;
        if (reply.isError())
            return;
        const bool ok = QDBusConnection::systemBus().connect(
            Login1Service, reply.value().path(), SessionInterface, QStringLiteral("Lock"), this, SLOT(onSessionLock()));
        m_connected = m_connected || ok;
    });
#endif
}

void SessionWatcher::onPrepareForSleep(bool starting)
{
    if (starting)
        Q_EMIT aboutToSleep();
    else
        Q_EMIT resumed();
}

void SessionWatcher::onSessionLock()
{
    Q_EMIT sessionLocked();
}

} // namespace vangnet
