#include "consent/ConsentPanel.h"

#include "i18n/DateText.h"

#include "common/MessageBox.h"
#include "consent/ConsentEditorDialog.h"
#include "consent/ConsentListModel.h"
#include "consent/ConsentPolicy.h"
#include "consent/ConsentPurposes.h"
#include "consent/ConsentRegister.h"
#include "consent/ConsentScopes.h"
#include "consent/DisclosureRegister.h"
#include "exchange/ContactRepository.h"
#include "privacy/DocumentDisclosure.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vangnet {
namespace {

QString scopeLabels(const QStringList &scopes)
{
    QStringList labels;
    for (const QString &s : scopes)
        labels.append(ConsentScopes::label(s));
    return labels.join(QStringLiteral(", "));
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

ConsentPanel::ConsentPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("consentPanel"));
    m_model = new ConsentListModel(this);
    m_consents = new QTableView(this);
    m_consents->setObjectName(QStringLiteral("consents"));
    m_consents->setModel(m_model);
    m_consents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_consents->setSelectionMode(QAbstractItemView::SingleSelection);
    m_consents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_consents->horizontalHeader()->setStretchLastSection(true);
    m_consents->verticalHeader()->hide();

    m_add = new QPushButton(tr("&Record consent…"), this);
    m_add->setObjectName(QStringLiteral("addConsent"));
    m_withdraw = new QPushButton(tr("&Withdraw…"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawConsent"));
    connect(m_add, &QPushButton::clicked, this, &ConsentPanel::addConsent);
    connect(m_withdraw, &QPushButton::clicked, this, &ConsentPanel::withdrawSelected);
    connect(m_consents->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConsentPanel::updateButtons);

    m_informLabel = new QLabel(this);
    m_informLabel->setObjectName(QStringLiteral("informRecipients"));
    m_informLabel->setWordWrap(true);
    m_informLabel->hide();

    m_overview = new QTreeWidget(this);
    m_overview->setObjectName(QStringLiteral("overview"));
    m_overview->setRootIsDecorated(false);
    m_overview->setHeaderLabels({ tr("Recipient"), tr("Purpose"), tr("May receive now"), tr("Why") });

    m_disclosures = new QTreeWidget(this);
    m_disclosures->setObjectName(QStringLiteral("disclosures"));
    m_disclosures->setRootIsDecorated(false);
    m_disclosures->setHeaderLabels({ tr("When"), tr("Recipient"), tr("Purpose"), tr("Scopes"), tr("Bundle") });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_withdraw);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Consents"), this));
    layout->addWidget(m_consents);
    layout->addLayout(buttons);
    layout->addWidget(m_informLabel);
    layout->addWidget(heading(tr("What may be shared now, and why"), this));
    layout->addWidget(m_overview);
    layout->addWidget(heading(tr("Disclosed so far"), this));
    layout->addWidget(m_disclosures);
    updateButtons();
}

void ConsentPanel::setCase(const QString &caseId, Database &db)
{
    m_db = &db;
    m_caseId = caseId;
    m_inform.clear();
    m_informLabel->hide();
    reload();
}

void ConsentPanel::clear()
{
    if (m_editor)
        m_editor->reject();
    m_db = nullptr;
    m_caseId.clear();
    m_inform.clear();
    m_informLabel->clear();
    m_informLabel->hide();
    m_model->clear();
    m_overview->clear();
    m_disclosures->clear();
    updateButtons();
}

void ConsentPanel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void ConsentPanel::reload()
{
    m_overview->clear();
    m_disclosures->clear();
    if (!m_db || m_caseId.isEmpty()) {
        m_model->clear();
        updateButtons();
        return;
    }
    QHash<QString, QString> names;
    if (auto contacts = ContactRepository(*m_db).list())
        for (const Contact &c : contacts.value())
            names.insert(c.id, c.name);

    auto consents = ConsentRegister(*m_db).forCase(m_caseId);
    m_model->setConsents(consents ? consents.value() : QVector<Consent>(), names, today());

    if (auto lines = ConsentPolicy(*m_db).overview(m_caseId, today())) {
        for (const RecipientOverview &o : lines.value()) {
            auto *item = new QTreeWidgetItem(m_overview);
            item->setText(0, o.contactVerified ? o.contactName : tr("%1 (not verified)").arg(o.contactName));
            item->setText(1, ConsentPurposes::label(o.purpose));
            item->setText(2, o.decision.allowed ? scopeLabels(o.decision.scopes) : tr("Nothing"));
            QString why = o.decision.reason;
            if (o.decision.allowed) {
                auto relied = ConsentRegister(*m_db).find(o.decision.consentId);
                why = relied ? tr("Valid consent; it expires on %1.").arg(DateText::date(relied->expires)) : tr("Valid consent.");
            }
            item->setText(3, why);
            item->setData(0, Qt::UserRole, o.contactId);
            item->setData(2, Qt::UserRole, o.decision.allowed);
        }
    }
    if (auto rows = DisclosureRegister(*m_db).forCase(m_caseId)) {
        for (const Disclosure &d : rows.value()) {
            auto *item = new QTreeWidgetItem(m_disclosures);
            item->setText(0, DateText::dateTime(d.at));
            item->setText(1, names.value(d.recipientId, d.recipientId));
            item->setText(2, ConsentPurposes::label(d.purpose));
            item->setText(3, scopeLabels(d.scopes));
            // A document handed over (the placement request) has no bundle to name.
            item->setText(4, DocumentDisclosure::isDocumentId(d.bundleId) ? tr("on paper") : d.bundleId);
        }
    }
    updateButtons();
}

void ConsentPanel::updateButtons()
{
    m_add->setEnabled(m_db != nullptr && !m_caseId.isEmpty());
    const QModelIndexList rows = m_consents->selectionModel()->selectedRows();
    const Consent *selected = rows.isEmpty() ? nullptr : m_model->consentAt(rows.first().row());
    m_withdraw->setEnabled(selected && !selected->isWithdrawn());
}

void ConsentPanel::addConsent()
{
    if (!m_db || m_caseId.isEmpty() || m_editor)
        return;
    m_editor = new ConsentEditorDialog(*m_db, m_caseId, this, today());
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &QDialog::accepted, this, [this] {
        reload();
        emit consentsChanged();
    });
    m_editor->open();
}

void ConsentPanel::withdrawSelected()
{
    const QModelIndexList rows = m_consents->selectionModel()->selectedRows();
    const Consent *selected = rows.isEmpty() ? nullptr : m_model->consentAt(rows.first().row());
    if (!m_db || !selected || selected->isWithdrawn())
        return;
    const QString id = selected->id;
    const auto answer = MessageBox::question(this, tr("Withdraw consent"),
        tr("Withdraw this consent? No data may go to this recipient for this purpose any more. Data sent earlier cannot be "
           "called back; "
           "Vangnet lists the recipients to inform."));
    if (answer != QMessageBox::Yes)
        return;
    auto done = ConsentRegister(*m_db).withdraw(id, QString());
    if (!done) {
        MessageBox::warning(this, tr("Withdraw consent"), done.error().message());
        return;
    }
    m_inform = done->informRecipients;
    if (m_inform.isEmpty()) {
        m_informLabel->setText(tr("The consent is withdrawn. Nothing was sent under it, so nobody needs to be informed."));
    } else {
        QStringList lines;
        for (const DisclosureRecipient &r : m_inform)
            lines.append(tr("%1 (received data on %2)").arg(r.name, DateText::dateTime(r.disclosedAt)));
        m_informLabel->setText(tr("The consent is withdrawn. Inform these recipients that the person withdrew consent:\n%1")
                                   .arg(lines.join(QLatin1Char('\n'))));
    }
    m_informLabel->show();
    reload();
    emit consentsChanged();
}

} // namespace vangnet
