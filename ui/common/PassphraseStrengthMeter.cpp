#include "common/PassphraseStrengthMeter.h"

#include "common/ReservedSpace.h"
#include "crypto/PassphrasePolicy.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace vangnet {

PassphraseStrengthMeter::PassphraseStrengthMeter(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_strength(new QLabel(this))
    , m_reason(new QLabel(this))
{
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, 3);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(8);
    m_bar->setAccessibleName(tr("Passphrase strength"));
    m_strength->setObjectName(QStringLiteral("strengthLabel"));
    m_strength->setMinimumWidth(m_strength->fontMetrics().horizontalAdvance(tr("Too weak")) + 8);
    ReservedSpace::forLabel(m_strength); // the word appears with the first character typed
    m_strength->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_reason->setObjectName(QStringLiteral("policyReasonLabel"));
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color: #a33;"));
    // Room for the longest reason the policy can give (resizeEvent), so the fields below stay put.
    for (const QString &sample : { QString(PassphrasePolicy::MinimumLength - 1, QLatin1Char('x')),
             QStringLiteral("abababababababab"), QStringLiteral("1234567890123"), QStringLiteral("password1234") })
        if (const Status st = PassphrasePolicy::check(sample); !st)
            m_possibleReasons.append(st.error().message());
    ReservedSpace::forLabel(m_reason, 2);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_bar, 1);
    row->addWidget(m_strength);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_reason);
    setPassphrase({});
}

void PassphraseStrengthMeter::setPassphrase(const QString &passphrase)
{
    if (passphrase.isEmpty()) {
        m_bar->setValue(0);
        m_strength->clear();
        m_reason->clear();
        m_reason->hide();
        return;
    }
    const Status check = PassphrasePolicy::check(passphrase);
    m_reason->setText(check ? QString() : check.error().message());
    m_reason->setVisible(!check);

    QString word;
    QString colour;
    int value = 0;
    switch (PassphrasePolicy::strength(passphrase)) {
    case PassphrasePolicy::Strength::Refused:
        word = tr("Too weak");
        colour = QStringLiteral("#c0392b");
        value = 0;
        break;
    case PassphrasePolicy::Strength::Fair:
        word = tr("Fair");
        colour = QStringLiteral("#d68910");
        value = 1;
        break;
    case PassphrasePolicy::Strength::Good:
        word = tr("Good");
        colour = QStringLiteral("#2e86c1");
        value = 2;
        break;
    case PassphrasePolicy::Strength::Strong:
        word = tr("Strong");
        colour = QStringLiteral("#1e8449");
        value = 3;
        break;
    }
    m_bar->setValue(value);
    m_bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }").arg(colour));
    m_strength->setText(word);
}

void PassphraseStrengthMeter::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Fixed, not only a minimum: a word-wrapped label asks for the height of its text at a narrower
    // width than it gets, and that request alone would move the form.
    m_reason->setFixedHeight(ReservedSpace::heightFor(m_reason, m_possibleReasons, width()));
}

QString PassphraseStrengthMeter::reason() const
{
    return m_reason->text();
}

} // namespace vangnet
