#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace vangnet {

class PassphraseStrengthMeter;

// New passphrase, repeat, strength meter and the reason it is refused. Used wherever a passphrase
// is chosen: creating a vault, recovering it, changing the passphrase.
class PassphraseFields final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseFields)

public:
    explicit PassphraseFields(QWidget *parent = nullptr);

    QString passphrase() const;
    // Passes PassphrasePolicy and both fields match.
    bool isAcceptable() const;
    void clear();
    QLineEdit *firstField() const { return m_passphrase; }
    QLineEdit *lastField() const { return m_repeat; }

Q_SIGNALS:
    void acceptableChanged(bool acceptable);

private:
    void update();

    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    PassphraseStrengthMeter *m_meter;
    QLabel *m_mismatch;
    bool m_acceptable = false;
};

} // namespace vangnet
