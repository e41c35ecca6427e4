#include "safety/SecureClipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace vangnet {
namespace {

QByteArray fingerprint(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

QString SecureClipboard::settingsKey()
{
    return QStringLiteral("safety/clipboardSeconds");
}

std::chrono::milliseconds SecureClipboard::intervalFromSetting(const QVariant &value)
{
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (!ok || seconds < minimumSeconds || seconds > maximumSeconds)
        return defaultClearInterval;
    return std::chrono::seconds(seconds);
}

SecureClipboard::SecureClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultClearInterval);
    connect(&m_timer, &QTimer::timeout, this, &SecureClipboard::clearIfOurs);
    if (auto *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &SecureClipboard::clearIfOurs);
}

SecureClipboard *SecureClipboard::instance()
{
    static SecureClipboard *clipboard = new SecureClipboard(QCoreApplication::instance());
    return clipboard;
}

void SecureClipboard::setClearInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::chrono::milliseconds SecureClipboard::clearInterval() const
{
    return m_timer.intervalAsDuration();
}

QMimeData *SecureClipboard::secretMimeData(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    // KDE Klipper and other X11/Wayland managers that follow KDE's convention skip this entry.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#ifdef Q_OS_WIN
    // Windows clipboard history, cloud clipboard and monitoring tools skip registered formats.
    const QByteArray zero(sizeof(int), '\0');
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), zero);
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""), zero);
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""), zero);
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""), zero);
#endif
    return mime;
}

void SecureClipboard::copySecret(const QString &text)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    clipboard->setMimeData(secretMimeData(text), QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->clear(QClipboard::Selection);
    m_fingerprint = fingerprint(text);
    m_timer.start();
}

bool SecureClipboard::holdsOurs() const
{
    if (m_fingerprint.isEmpty())
        return false;
    const QClipboard *clipboard = QGuiApplication::clipboard();
    return clipboard && fingerprint(clipboard->text(QClipboard::Clipboard)) == m_fingerprint;
}

void SecureClipboard::clearIfOurs()
{
    m_timer.stop();
    if (holdsOurs()) {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        Q_EMIT cleared();
    }
    m_fingerprint.clear();
}

} // namespace vangnet
