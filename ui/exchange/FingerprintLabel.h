#pragma once

#include <QLabel>

namespace vangnet {

// A fingerprint set out to be read aloud over the phone: its groups of five digits in a larger
// fixed-width font, four groups a line, selectable. The accessible text is the plain fingerprint.
class FingerprintLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FingerprintLabel)

public:
    explicit FingerprintLabel(QWidget *parent = nullptr);

    void setFingerprint(const QString &fingerprint);
    QString fingerprint() const { return m_fingerprint; }
    // The fingerprint's groups, four a line (also used in message texts).
    static QString grouped(const QString &fingerprint);

private:
    QString m_fingerprint;
};

} // namespace vangnet
