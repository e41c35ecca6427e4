#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>
#include <QVariant>

#include <chrono>

class QMimeData;

namespace vangnet {

// Copies a sensitive field so that clipboard managers leave it alone (KDE's
// "x-kde-passwordManagerHint: secret", Windows' ExcludeClipboardContentFromMonitorProcessing and
// clipboard-history opt-outs) and takes it away again after 30 seconds, at lock and at quit –
// but only while the clipboard still holds what we put there: a later copy by the user stays.
class SecureClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecureClipboard)

public:
    static constexpr std::chrono::milliseconds defaultClearInterval { 30000 };
    static constexpr int minimumSeconds = 5;
    static constexpr int maximumSeconds = 600;
    // The QSettings key holding the interval in whole seconds (Settings dialog).
    static QString settingsKey();
    // A settings value as an interval: 5..600 seconds; anything else gives the default.
    static std::chrono::milliseconds intervalFromSetting(const QVariant &value);

    explicit SecureClipboard(QObject *parent = nullptr);
    // The application's instance (cleared on quit).
    static SecureClipboard *instance();

    // Tests shorten the interval.
    void setClearInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds clearInterval() const;

    void copySecret(const QString &text);
    // Empties the clipboard if it still holds our last copy. Called by the timer, at lock and at quit.
    void clearIfOurs();
    bool holdsOurs() const;

    // The MIME data copySecret() puts on the clipboard (exposed for tests).
    static QMimeData *secretMimeData(const QString &text);

Q_SIGNALS:
    void cleared();

private:
    QTimer m_timer;
    QByteArray m_fingerprint; // hash of what we copied; the text itself is not kept
};

} // namespace vangnet
