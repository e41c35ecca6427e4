#include "cases/CasePrivacyPage.h"

#include "cases/EraseCaseDialog.h"
#include "i18n/DateText.h"
#include "privacy/CaseEraser.h"
#include "privacy/LegalHolds.h"
#include "privacy/Retention.h"
#include "safety/SystemClock.h"
#include "vault/VaultConfig.h"

#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vangnet {
namespace {

QLabel *wrapping(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CasePrivacyPage::CasePrivacyPage(QWidget *parent)
    : QWidget(parent)
    , m_retention(wrapping(QStringLiteral("retentionText"), this))
    , m_holdState(wrapping(QStringLiteral("legalHoldState"), this))
    , m_holdReason(new QLineEdit(this))
    , m_setHold(new QPushButton(tr("Set &legal hold"), this))
    , m_liftHold(new QPushButton(tr("Li&ft legal hold"), this))
    , m_eraseState(wrapping(QStringLiteral("eraseState"), this))
    , m_erase(new QPushButton(tr("&Erase this case…"), this))
    , m_status(wrapping(QStringLiteral("privacyStatus"), this))
{
    setObjectName(QStringLiteral("casePrivacyPage"));
    auto *layout = new QVBoxLayout(this);

    auto *retention = new QGroupBox(tr("How long this case is kept"), this);
    auto *retentionLayout = new QVBoxLayout(retention);
    retentionLayout->addWidget(m_retention);
    layout->addWidget(retention);

    auto *hold = new QGroupBox(tr("Legal hold"), this);
    auto *holdLayout = new QVBoxLayout(hold);
    auto *holdIntro = new QLabel(tr("A legal hold keeps the case from being erased, for example while a criminal case or a "
                                    "residence procedure is pending. It always needs its reason."),
        hold);
    holdIntro->setWordWrap(true);
    holdLayout->addWidget(holdIntro);
    holdLayout->addWidget(m_holdState);
    auto *reasonLabel = new QLabel(tr("&Reason:"), hold);
    reasonLabel->setBuddy(m_holdReason);
    m_holdReason->setObjectName(QStringLiteral("legalHoldReason"));
    m_holdReason->setPlaceholderText(tr("for example: criminal case pending at the public prosecutor"));
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_holdReason, 1);
    holdLayout->addLayout(reasonRow);
    auto *holdButtons = new QHBoxLayout;
    m_setHold->setObjectName(QStringLiteral("setLegalHold"));
    m_liftHold->setObjectName(QStringLiteral("liftLegalHold"));
    holdButtons->addStretch(1);
    holdButtons->addWidget(m_setHold);
    holdButtons->addWidget(m_liftHold);
    holdLayout->addLayout(holdButtons);
    layout->addWidget(hold);

    auto *erase = new QGroupBox(tr("Erase"), this);
    auto *eraseLayout = new QVBoxLayout(erase);
    eraseLayout->addWidget(m_eraseState);
    m_erase->setObjectName(QStringLiteral("eraseCase"));
    auto *eraseRow = new QHBoxLayout;
    eraseRow->addStretch(1);
    eraseRow->addWidget(m_erase);
    eraseLayout->addLayout(eraseRow);
    layout->addWidget(erase);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_setHold, &QPushButton::clicked, this, &CasePrivacyPage::setHold);
    connect(m_liftHold, &QPushButton::clicked, this, &CasePrivacyPage::liftHold);
    connect(m_erase, &QPushButton::clicked, this, &CasePrivacyPage::askErase);
    connect(m_holdReason, &QLineEdit::returnPressed, this, &CasePrivacyPage::setHold);
    clear();
}

EraseCaseDialog *CasePrivacyPage::eraseDialog() const
{
    return m_dialog;
}

const Clock &CasePrivacyPage::clock() const
{
    return m_clock ? *m_clock : SystemClock::instance();
}

void CasePrivacyPage::clear()
{
    if (m_dialog)
        m_dialog->reject();
    m_caseId.clear();
    m_number.clear();
    m_db = nullptr;
    m_retention->clear();
    m_holdState->clear();
    m_holdReason->clear();
    m_eraseState->clear();
    m_status->clear();
    for (QWidget *w : { static_cast<QWidget *>(m_holdReason), static_cast<QWidget *>(m_setHold),
             static_cast<QWidget *>(m_liftHold), static_cast<QWidget *>(m_erase) })
        w->setEnabled(false);
}

void CasePrivacyPage::setCase(const QString &caseId, Database &db)
{
    clear();
    m_caseId = caseId;
    m_db = &db;
    refresh();
}

void CasePrivacyPage::refresh()
{
    if (!m_db || m_caseId.isEmpty())
        return;
    Database &db = *m_db;
    auto status = Retention(db, clock()).forCase(m_caseId);
    auto hold = LegalHolds(db).find(m_caseId);
    auto preview = CaseEraser(db, clock()).preview(m_caseId);
    if (!status || !hold || !preview) {
        m_status->setText(!status ? status.error().message() : !hold ? hold.error().message() : preview.error().message());
        return;
    }
    m_number = preview->number;
    if (!status->has_value()) {
        VaultConfig config(db);
        const auto adult = config.integer(VaultConfig::RetentionYearsAdult);
        const auto minor = config.integer(VaultConfig::RetentionYearsMinor);
        m_retention->setText(tr("This case is open. Its retention period starts on the day it is closed: then it is kept "
                                "%1 years, or %2 years when it was opened for a minor.")
                                 .arg(adult ? adult.value() : 0)
                                 .arg(minor ? minor.value() : 0));
    } else {
        const RetentionStatus &s = **status;
        QString text = tr("Closed on %1. Kept until %2: %n year(s) after closing, as the vault's settings say for a case "
                          "%3.",
            nullptr, s.years)
                           .arg(DateText::date(s.closedOn), DateText::date(s.endsOn), Retention::regimeLabel(s.regime));
        if (s.due)
            text += QLatin1Char(' ') + tr("The retention period has ended: the case should now be erased.");
        m_retention->setText(text);
    }
    const bool held = hold->has_value();
    if (held)
        m_holdState->setText(tr("Legal hold since %1, set by %2. Reason: %3")
                                 .arg(DateText::date((*hold)->setAt.toLocalTime().date()), (*hold)->setBy, (*hold)->reason));
    else
        m_holdState->setText(tr("No legal hold."));
    m_holdReason->setEnabled(!held);
    m_setHold->setEnabled(!held);
    m_liftHold->setEnabled(held);
    m_erase->setEnabled(!held);
    m_eraseState->setText(held ? tr("This case cannot be erased while the legal hold stands.")
                               : tr("Erasing removes the case and everything it holds from this laptop for good; only "
                                    "its number, the date, the reason and who erased it remain."));
}

void CasePrivacyPage::setHold()
{
    if (!m_db || !m_setHold->isEnabled())
        return;
    if (auto st = LegalHolds(*m_db).set(m_caseId, m_holdReason->text()); !st) {
        m_status->setText(st.error().message());
        return;
    }
    m_holdReason->clear();
    refresh();
    m_status->setText(tr("Legal hold set."));
}

void CasePrivacyPage::liftHold()
{
    if (!m_db)
        return;
    if (auto st = LegalHolds(*m_db).lift(m_caseId); !st) {
        m_status->setText(st.error().message());
        return;
    }
    refresh();
    m_status->setText(tr("Legal hold lifted."));
}

void CasePrivacyPage::askErase()
{
    if (!m_db || m_dialog)
        return;
    auto preview = CaseEraser(*m_db, clock()).preview(m_caseId);
    if (!preview) {
        m_status->setText(preview.error().message());
        return;
    }
    m_dialog = new EraseCaseDialog(preview.value(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog)
            erase(m_dialog->reason());
    });
    m_dialog->open();
}

void CasePrivacyPage::erase(const QString &reason)
{
    if (!m_db)
        return;
    const QString caseId = m_caseId;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto erased = CaseEraser(*m_db, clock()).erase(caseId, reason);
    QApplication::restoreOverrideCursor();
    if (!erased) {
        m_status->setText(erased.error().message());
        refresh();
        return;
    }
    clear();
    Q_EMIT caseErased(caseId); // the editor closes the case, which clears this page again
    m_status->setText(tr("Case %1 was erased.").arg(erased->number));
}

} // namespace vangnet
