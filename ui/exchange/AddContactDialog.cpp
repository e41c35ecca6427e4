#include "exchange/AddContactDialog.h"

#include "common/FileChooser.h"
#include "common/MessageBox.h"
#include "exchange/ContactRepository.h"
#include "exchange/FingerprintLabel.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace vangnet {

AddContactDialog::AddContactDialog(Database &db, const ContactCard &card, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_card(card)
{
    setObjectName(QStringLiteral("addContactDialog"));
    setWindowTitle(tr("Add a contact"));

    auto *from = new QLabel(card.organisation.isEmpty() ? tr("Contact card of %1.").arg(card.name)
                                                        : tr("Contact card of %1 (%2).").arg(card.name, card.organisation),
        this);
    from->setWordWrap(true);
    from->setTextFormat(Qt::PlainText);

    m_name = new QLineEdit(card.name, this);
    m_name->setObjectName(QStringLiteral("contactName"));
    m_team = new QRadioButton(tr("&Team: a colleague in my own organisation"), this);
    m_team->setObjectName(QStringLiteral("kindTeam"));
    m_external = new QRadioButton(tr("E&xternal: CoMensha, a shelter, the police, another organisation"), this);
    m_external->setObjectName(QStringLiteral("kindExternal"));
    m_external->setChecked(true);
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_team);
    kinds->addButton(m_external);
    auto *kindBox = new QVBoxLayout;
    kindBox->addWidget(m_team);
    kindBox->addWidget(m_external);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Kind:"), kindBox);

    auto *howTo = new QLabel(tr("Call %1 on a phone number you already know (not one from the card) and ask them to read "
                                "out their fingerprint. It must match this one exactly:")
                                 .arg(card.name),
        this);
    howTo->setWordWrap(true);
    howTo->setTextFormat(Qt::PlainText);
    auto *fingerprint = new FingerprintLabel(this);
    fingerprint->setObjectName(QStringLiteral("cardFingerprint"));
    fingerprint->setFingerprint(card.identity.fingerprint());
    m_compared = new QCheckBox(tr("They read out this fingerprint to me by phone and it &matches"), this);
    m_compared->setObjectName(QStringLiteral("fingerprintCompared"));
    auto *later = new QLabel(tr("Without this the contact is added as not verified: nothing can be sent to it until "
                                "you compare the fingerprint (Verify… in the contacts list)."),
        this);
    later->setWordWrap(true);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add contact"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddContactDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddContactDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(from);
    layout->addLayout(form);
    layout->addWidget(howTo);
    layout->addWidget(fingerprint);
    layout->addWidget(m_compared);
    layout->addWidget(later);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
}

AddContactDialog *AddContactDialog::chooseCard(Database &db, QWidget *parent)
{
    const QString path = FileChooser::openFile(parent, tr("Add a contact from a card"), tr("Contact cards (*.vncard)"));
    if (path.isEmpty())
        return nullptr;
    return openCard(db, path, parent);
}

AddContactDialog *AddContactDialog::openCard(Database &db, const QString &path, QWidget *parent)
{
    auto card = ContactCard::readFile(path);
    if (!card) {
        MessageBox::warning(parent, tr("Add a contact"), card.error().message());
        return nullptr;
    }
    auto *dialog = new AddContactDialog(db, card.value(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void AddContactDialog::accept()
{
    const QString kind = m_team->isChecked() ? QStringLiteral("team") : QStringLiteral("external");
    Contact contact = m_card.toContact(kind, m_name->text());
    // Added and verified together, or not at all.
    Transaction tx(m_db);
    if (!tx.began()) {
        m_problem->setText(tx.began().error().message());
        m_problem->show();
        return;
    }
    ContactRepository contacts(m_db);
    auto added = contacts.add(contact);
    Status st = added ? (m_compared->isChecked() ? contacts.verify(added->id) : Status()) : Status(added.error());
    if (st)
        st = tx.commit();
    if (!st) {
        m_problem->setText(st.error().message());
        m_problem->show();
        return;
    }
    m_addedId = added->id;
    emit contactAdded(m_addedId);
    QDialog::accept();
}

} // namespace vangnet
