#include "consent/ConsentEditorDialog.h"

#include "ConsentFormDocument.h"
#include "DocumentLanguage.h"
#include "cases/CaseRepository.h"
#include "cases/CodeCombo.h"
#include "common/DocumentOutput.h"
#include "common/FormScrollArea.h"
#include "common/MessageBox.h"
#include "common/ReservedSpace.h"
#include "consent/ConsentPurposes.h"
#include "consent/ConsentRegister.h"
#include "consent/ConsentScopes.h"
#include "domain/InputLimits.h"
#include "exchange/AddContactDialog.h"
#include "exchange/ContactRepository.h"
#include "i18n/DateText.h"
#include "privacy/ConsentFormContent.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vangnet {
namespace {

constexpr int kRecipientNameRole = Qt::UserRole + 1;

} // namespace

ConsentEditorDialog::ConsentEditorDialog(Database &db, const QString &caseId, QWidget *parent, const QDate &today)
    : QDialog(parent)
    , m_db(db)
    , m_caseId(caseId)
    , m_today(today)
{
    setObjectName(QStringLiteral("consentEditor"));
    setWindowTitle(tr("Record consent"));
    if (auto c = CaseRepository(m_db).load(caseId)) {
        m_caseId = c->id;
        m_birthDate = c->birthDate;
        m_ageBand = c->ageBand;
    }

    auto *form = new QFormLayout;
    m_recipient = new QComboBox(this);
    m_recipient->setObjectName(QStringLiteral("recipient"));
    m_addRecipient = new QPushButton(tr("&Add a contact…"), this);
    m_addRecipient->setObjectName(QStringLiteral("addRecipient"));
    m_addRecipient->setToolTip(tr("Add the recipient from the contact card they sent you."));
    connect(m_addRecipient, &QPushButton::clicked, this, &ConsentEditorDialog::addContact);
    auto *recipientRow = new QHBoxLayout;
    recipientRow->addWidget(m_recipient, 1);
    recipientRow->addWidget(m_addRecipient);
    auto *recipientLabel = new QLabel(tr("&Recipient:"), this);
    recipientLabel->setBuddy(m_recipient);
    form->addRow(recipientLabel, recipientRow);

    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("purpose"));
    for (const QString &p : ConsentPurposes::all())
        m_purpose->addItem(ConsentPurposes::label(p), p);
    form->addRow(tr("&Purpose:"), m_purpose);
    m_purposeText = new QLineEdit(this);
    m_purposeText->setObjectName(QStringLiteral("purposeText"));
    m_purposeText->setMaxLength(InputLimits::MaxSingleLineChars);
    m_purposeText->setPlaceholderText(tr("Describe the purpose"));
    form->addRow(tr("Purpose &description:"), m_purposeText);

    QWidget *scopeBox = buildScopes();

    m_signer = new QComboBox(this);
    m_signer->setObjectName(QStringLiteral("signer"));
    for (const QString &s : ConsentRegister::signers())
        m_signer->addItem(ConsentRegister::signerLabel(s), s);
    form->addRow(tr("&Signed by:"), m_signer);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    for (const QString &m : ConsentRegister::methods())
        m_method->addItem(ConsentRegister::methodLabel(m), m);
    form->addRow(tr("&How:"), m_method);
    m_paperForm = new QCheckBox(tr("Signed on the consent form saved from here"), this);
    m_paperForm->setObjectName(QStringLiteral("paperFormSigned"));
    m_paperForm->setToolTip(tr("Save the consent form as a PDF first (Form as PDF…), print it and have it signed. Vangnet "
                               "then keeps the form's fingerprint with the consent, which proves which text was signed."));
    m_paperForm->setEnabled(false);
    form->addRow(QString(), m_paperForm);
    m_language = new CodeCombo(CodeKind::Language, QString(), this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language the person was informed in"));
    m_language->setCode(QStringLiteral("nl"));
    m_language->setToolTip(tr("The language the person was informed in; type part of its name to find it."));
    form->addRow(tr("&Language:"), m_language);
    m_interpreter = new QCheckBox(tr("An interpreter was used"), this);
    m_interpreter->setObjectName(QStringLiteral("interpreter"));
    form->addRow(QString(), m_interpreter);
    m_told = new QPlainTextEdit(this);
    m_told->setObjectName(QStringLiteral("told"));
    m_told->setPlaceholderText(tr("What the person was told: who receives what, why, and that consent can be withdrawn."));
    m_told->setMaximumHeight(80);
    form->addRow(tr("&Told:"), m_told);
    m_validFrom = new QDateEdit(m_today, this);
    m_validFrom->setObjectName(QStringLiteral("validFrom"));
    m_validFrom->setCalendarPopup(true);
    m_validFrom->setDisplayFormat(DateText::format());
    form->addRow(tr("Valid &from:"), m_validFrom);
    m_expires = new QDateEdit(ConsentRegister::defaultExpiry(m_today), this);
    m_expires->setObjectName(QStringLiteral("expires"));
    m_expires->setCalendarPopup(true);
    m_expires->setDisplayFormat(DateText::format());
    m_expires->setToolTip(
        tr("The first day the consent no longer holds. Default: 12 months, as the end of the trajectory is not known yet."));
    form->addRow(tr("&Expires on:"), m_expires);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The message keeps its room whether it is shown or not, so that ticking a scope never moves the
    // boxes under the pointer.
    ReservedSpace::forLabel(m_problem, 3);
    m_problem->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record consent"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConsentEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConsentEditorDialog::reject);
    m_formPdf = m_buttons->addButton(tr("F&orm as PDF…"), QDialogButtonBox::ActionRole);
    m_formPdf->setObjectName(QStringLiteral("formPdf"));
    m_formPdf->setToolTip(tr("The consent form to sign, in the language the person was informed in (Dutch or English)."));
    m_formPrint = m_buttons->addButton(tr("Pri&nt consent form…"), QDialogButtonBox::ActionRole);
    m_formPrint->setObjectName(QStringLiteral("formPrint"));
    connect(m_formPdf, &QPushButton::clicked, this, [this] { makeForm(false); });
    connect(m_formPrint, &QPushButton::clicked, this, [this] { makeForm(true); });

    // Two columns, so that the form fits a 1024×576 screen; on a shorter screen they scroll, while
    // the message and the buttons stay in view.
    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addWidget(scopeBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new FormScrollArea(columns, this), 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    loadContacts();
    connect(m_recipient, &QComboBox::currentIndexChanged, this, [this] {
        // The whereabouts were confirmed for the recipient chosen then.
        if (QCheckBox *where = m_scopes.value(QStringLiteral("whereabouts")); where->isChecked())
            confirmWhereabouts(true);
        revalidate();
    });
    connect(m_purpose, &QComboBox::currentIndexChanged, this, &ConsentEditorDialog::revalidate);
    connect(m_purposeText, &QLineEdit::textChanged, this, &ConsentEditorDialog::revalidate);
    connect(m_signer, &QComboBox::currentIndexChanged, this, &ConsentEditorDialog::revalidate);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ConsentEditorDialog::revalidate);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ConsentEditorDialog::revalidate);
    connect(m_interpreter, &QCheckBox::toggled, this, &ConsentEditorDialog::revalidate);
    connect(m_paperForm, &QCheckBox::toggled, this, &ConsentEditorDialog::revalidate);
    connect(m_validFrom, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        if (!m_expiryEdited) {
            const QSignalBlocker block(m_expires);
            m_expires->setDate(ConsentRegister::defaultExpiry(from));
        }
        revalidate();
    });
    connect(m_expires, &QDateEdit::dateChanged, this, [this] {
        m_expiryEdited = true;
        revalidate();
    });
    revalidate();
}

void ConsentEditorDialog::loadContacts(const QString &select)
{
    const QString keep = select.isEmpty() ? m_recipient->currentData().toString() : select;
    const QSignalBlocker block(m_recipient);
    m_recipient->clear();
    auto contacts = ContactRepository(m_db).list();
    if (!contacts)
        return;
    for (const Contact &c : contacts.value()) {
        QString text = c.organisation.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.organisation);
        if (!c.verified)
            text = tr("%1 – not verified").arg(text);
        m_recipient->addItem(text, c.id);
        m_recipient->setItemData(m_recipient->count() - 1, c.name, kRecipientNameRole);
    }
    if (const int index = m_recipient->findData(keep); index >= 0)
        m_recipient->setCurrentIndex(index);
}

void ConsentEditorDialog::addContact()
{
    if (m_addDialog)
        return;
    m_addDialog = AddContactDialog::chooseCard(m_db, this);
    if (m_addDialog)
        connect(m_addDialog, &AddContactDialog::contactAdded, this, [this](const QString &id) {
            loadContacts(id);
            revalidate();
        });
}

Consent ConsentEditorDialog::draft() const
{
    Consent c;
    c.caseId = m_caseId;
    c.recipientId = m_recipient->currentData().toString();
    c.purpose = m_purpose->currentData().toString();
    c.purposeText = ConsentPurposes::needsText(c.purpose) ? m_purposeText->text().trimmed() : QString();
    for (auto it = m_scopes.cbegin(); it != m_scopes.cend(); ++it)
        if (it.value()->isChecked())
            c.scopes.append(it.key());
    c.scopes = ConsentScopes::normalised(c.scopes);
    c.signer = m_signer->currentData().toString();
    c.method = m_method->currentData().toString();
    c.language = m_language->code();
    c.interpreterUsed = m_interpreter->isChecked();
    c.told = m_told->toPlainText().trimmed();
    c.validFrom = m_validFrom->date();
    c.expires = m_expires->date();
    if (m_paperForm->isChecked() && m_paperForm->isEnabled())
        c.paperFormSha256 = m_formSha256;
    return c;
}

QString ConsentEditorDialog::problem() const
{
    return m_problem->text();
}

void ConsentEditorDialog::revalidate()
{
    m_purposeText->setEnabled(ConsentPurposes::needsText(m_purpose->currentData().toString()));
    QString message;
    if (m_recipient->count() == 0)
        message = tr("There are no contacts yet: add the recipient from the contact card they sent you (Add a contact…).");
    else if (draft().scopes.isEmpty())
        message = tr("Tick the data the person agreed to share.");
    else if (auto st = ConsentRegister::validate(draft(), m_birthDate, m_ageBand, m_today); !st)
        message = st.error().message();
    m_problem->setText(message);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());

    // A form can be made once recipient, purpose and scopes are chosen; a saved form stays the one
    // that can be signed only while what it says is unchanged.
    const Consent d = draft();
    const bool formPossible = !d.recipientId.isEmpty() && !d.scopes.isEmpty();
    m_formPdf->setEnabled(formPossible);
    m_formPrint->setEnabled(formPossible);
    const bool savedFormHolds = !m_formSha256.isEmpty() && m_formSavedKey == formKey();
    if (!savedFormHolds && m_paperForm->isChecked()) {
        const QSignalBlocker block(m_paperForm);
        m_paperForm->setChecked(false);
    }
    m_paperForm->setEnabled(savedFormHolds);
}

QString ConsentEditorDialog::formKey() const
{
    QStringList scopes;
    for (auto it = m_scopes.cbegin(); it != m_scopes.cend(); ++it)
        if (it.value()->isChecked())
            scopes.append(it.key());
    return QStringList { m_recipient->currentData().toString(), m_purpose->currentData().toString(),
        m_purposeText->text().trimmed(), scopes.join(QLatin1Char(',')), m_signer->currentData().toString(), m_language->code(),
        m_interpreter->isChecked() ? QStringLiteral("1") : QString(), m_validFrom->date().toString(Qt::ISODate),
        m_expires->date().toString(Qt::ISODate) }
        .join(QLatin1Char('|'));
}

QString ConsentEditorDialog::formLanguage() const
{
    const QString informed = m_language->code();
    return DocumentLanguage::available().contains(informed) ? informed : DocumentLanguage::current();
}

void ConsentEditorDialog::makeForm(bool print)
{
    const QString code = formLanguage();
    QString html;
    {
        const DocumentLanguage language(code);
        auto form = ConsentFormContent::collect(m_db, draft(), m_today);
        if (!form) {
            m_problem->setText(form.error().message());
            return;
        }
        auto text = ConsentFormDocument::html(form.value(), code);
        if (!text) {
            m_problem->setText(text.error().message());
            return;
        }
        html = text.value();
    }
    if (print) {
        DocumentOutput::print(this, html, tr("Print the consent form"));
        return;
    }
    const QString key = formKey();
    DocumentOutput::savePdf(this, html, ConsentFormDocument::neutralTitle(), tr("consent-form.pdf"),
        tr("the consent form with the person's name and what they agree to share"),
        [this, key](const QString &path, const QByteArray &pdf) {
            m_formSha256 = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
            m_formSavedKey = key;
            revalidate();
            Q_EMIT formSaved(path);
        });
}

void ConsentEditorDialog::accept()
{
    revalidate();
    if (!problem().isEmpty())
        return;
    auto added = ConsentRegister(m_db).add(draft(), m_today);
    if (!added) {
        m_problem->setText(added.error().message());
        return;
    }
    m_stored = added.value();
    QDialog::accept();
}

QWidget *ConsentEditorDialog::buildScopes()
{
    // Scopes in groups, the legal ground in the group's title, one plain line beside each box (a grid
    // row each, so that wrapped lines never run into each other).
    struct Group
    {
        QString title;
        QStringList scopes;
    };
    const QList<Group> groups = {
        { tr("Data about the person and the case"),
            { QStringLiteral("identity"), QStringLiteral("exploitation"), QStringLiteral("children"),
                QStringLiteral("residence_status") } },
        { tr("Where the person stays"), { QStringLiteral("whereabouts") } },
        { tr("Special categories (GDPR art. 9)"), { QStringLiteral("health"), QStringLiteral("sexual_life") } },
        { tr("Criminal-offence data (GDPR art. 10)"), { QStringLiteral("perpetrators") } },
    };
    auto *box = new QGroupBox(tr("Data the person agreed to share"), this);
    box->setObjectName(QStringLiteral("scopes"));
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(4);
    int row = 0;
    for (const Group &group : groups) {
        auto *title = new QLabel(group.title, box);
        title->setObjectName(QStringLiteral("scopeGroup_") + group.scopes.first());
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        grid->addWidget(title, row++, 0, 1, 2);
        for (const QString &scope : group.scopes) {
            auto *check = new QCheckBox(ConsentScopes::label(scope), box);
            check->setObjectName(QStringLiteral("scope_") + scope);
            check->setAccessibleName(ConsentScopes::label(scope));
            const QString legal = ConsentScopes::legalNote(scope);
            check->setToolTip(legal.isEmpty() ? ConsentScopes::description(scope) : legal);
            auto *line = new QLabel(ConsentScopes::description(scope), box);
            line->setObjectName(QStringLiteral("note_") + scope);
            line->setWordWrap(true);
            line->setToolTip(check->toolTip());
            line->setBuddy(check);
            grid->addWidget(check, row, 0, Qt::AlignTop);
            grid->addWidget(line, row++, 1, Qt::AlignTop);
            m_scopes.insert(scope, check);
            connect(check, &QCheckBox::toggled, this, [this, scope](bool on) {
                if (on && ConsentScopes::revealsWhereabouts(scope))
                    confirmWhereabouts(false);
                revalidate();
            });
        }
    }
    grid->setRowStretch(row, 1);
    return box;
}

void ConsentEditorDialog::confirmWhereabouts(bool recipientChanged)
{
    QCheckBox *where = m_scopes.value(QStringLiteral("whereabouts"));
    const QString recipient = m_recipient->currentData(kRecipientNameRole).toString();
    const QString question = recipient.isEmpty()
        ? tr("Whereabouts tell where the person stays. Choose the recipient first, then tick Whereabouts again.")
        : tr("Whereabouts tell where the person stays. Share them with %1 only if the person agreed to exactly that "
             "and %1 needs them to keep the person safe.\n\nShare where the person stays with %1?")
              .arg(recipient);
    const auto answer = recipient.isEmpty()
        ? MessageBox::information(this, tr("Share where the person stays?"), question)
        : MessageBox::question(this,
            recipientChanged ? tr("The recipient changed: share where the person stays?") : tr("Share where the person stays?"),
            question);
    if (answer != QMessageBox::Yes) {
        const QSignalBlocker block(where);
        where->setChecked(false);
    }
}

AddContactDialog *ConsentEditorDialog::addContactDialog() const
{
    return m_addDialog;
}

} // namespace vangnet
