#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace vangnet {

// A bar and a word ("Too weak", "Fair", "Good", "Strong") following PassphrasePolicy, plus the
// policy's reason when the passphrase is refused.
class PassphraseStrengthMeter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseStrengthMeter)

public:
    explicit PassphraseStrengthMeter(QWidget *parent = nullptr);

    void setPassphrase(const QString &passphrase);
    // The policy's reason, empty when acceptable or nothing typed yet.
    QString reason() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QProgressBar *m_bar;
    QLabel *m_strength;
    QLabel *m_reason;
    QStringList m_possibleReasons; // what PassphrasePolicy can say, for the room reserved
};

} // namespace vangnet
