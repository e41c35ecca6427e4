#include "exchange/ExportWizard.h"

#include "consent/ScopedFieldsText.h"

#include "common/BackgroundTask.h"
#include "common/FileChooser.h"
#include "consent/ConsentPurposes.h"
#include "domain/InputLimits.h"
#include "exchange/AddContactDialog.h"
#include "exchange/ContactRepository.h"
#include "exchange/ContactVerification.h"
#include "exchange/ExchangeFolder.h"
#include "exchange/ExportCaseModel.h"
#include "exchange/ExportPlanner.h"
#include "exchange/ExportWizardPage.h"
#include "exchange/IdentityStore.h"
#include "exchange/Receipt.h"
#include "platform/AtomicFile.h"
#include "vault/Vault.h"
#include "vault/VaultReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vangnet {
namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2;
constexpr int VerifiedRole = Qt::UserRole + 3;

ExportWizardPage *makePage(const QString &title, const QString &subTitle)
{
    auto *page = new ExportWizardPage;
    page->setTitle(title);
    page->setSubTitle(subTitle);
    return page;
}

QTableWidget *makeTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

} // namespace

ExportWizard::ExportWizard(Vault &vault, const QStringList &preselected, QWidget *parent)
    : QWizard(parent)
    , m_vault(vault)
    , m_db(vault.database())
{
    setObjectName(QStringLiteral("exportWizard"));
    setWindowTitle(tr("Export cases"));
    setOption(QWizard::NoBackButtonOnLastPage);

    // Recipient and purpose.
    QWizardPage *recipient
        = makePage(tr("Recipient"), tr("Bundles go only to verified contacts: compare the fingerprint by phone first."));
    m_contacts = new QListWidget(recipient);
    m_contacts->setObjectName(QStringLiteral("recipientList"));
    m_purpose = new QComboBox(recipient);
    m_purpose->setObjectName(QStringLiteral("purposeCombo"));
    m_purposeText = new QLineEdit(recipient);
    m_purposeText->setObjectName(QStringLiteral("purposeText"));
    m_purposeText->setMaxLength(InputLimits::MaxSingleLineChars);
    auto *recipientForm = new QFormLayout;
    recipientForm->addRow(tr("&Purpose:"), m_purpose);
    recipientForm->addRow(tr("Purpose &description:"), m_purposeText);
    // Without a verified contact the wizard says what to do and offers the buttons that do it.
    m_noRecipient = new QLabel(recipient);
    m_noRecipient->setObjectName(QStringLiteral("noRecipient"));
    m_noRecipient->setWordWrap(true);
    m_addRecipient = new QPushButton(tr("&Add a contact from a card…"), recipient);
    m_addRecipient->setObjectName(QStringLiteral("addRecipient"));
    m_verifyRecipient = new QPushButton(tr("&Verify…"), recipient);
    m_verifyRecipient->setObjectName(QStringLiteral("verifyRecipient"));
    auto *contactButtons = new QHBoxLayout;
    contactButtons->addWidget(m_addRecipient);
    contactButtons->addWidget(m_verifyRecipient);
    contactButtons->addStretch();
    auto *recipientLayout = new QVBoxLayout(recipient);
    recipientLayout->addWidget(m_contacts, 1);
    recipientLayout->addWidget(m_noRecipient);
    recipientLayout->addLayout(contactButtons);
    recipientLayout->addLayout(recipientForm);
    connect(m_contacts, &QListWidget::currentRowChanged, this, &ExportWizard::updatePurposes);
    connect(m_addRecipient, &QPushButton::clicked, this, &ExportWizard::addRecipient);
    connect(m_verifyRecipient, &QPushButton::clicked, this, &ExportWizard::verifyRecipient);
    setPage(RecipientPage, recipient);

    // Cases: every case of the vault, searched and fetched page by page.
    QWizardPage *cases
        = makePage(tr("Cases"), tr("Choose the cases to send. What may leave of each is decided on the next page."));
    m_allCases = new QCheckBox(cases);
    m_allCases->setObjectName(QStringLiteral("allCases"));
    m_caseSearch = new QLineEdit(cases);
    m_caseSearch->setObjectName(QStringLiteral("caseSearch"));
    m_caseSearch->setPlaceholderText(tr("Search by name or case number"));
    m_caseSearch->setClearButtonEnabled(true);
    m_caseModel = new ExportCaseModel(this);
    m_cases = new QListView(cases);
    m_cases->setObjectName(QStringLiteral("caseList"));
    m_cases->setModel(m_caseModel);
    m_cases->setUniformItemSizes(true);
    m_checkAll = new QPushButton(tr("Check &all found"), cases);
    m_checkAll->setObjectName(QStringLiteral("checkAllCases"));
    m_uncheckAll = new QPushButton(tr("&Uncheck all"), cases);
    m_uncheckAll->setObjectName(QStringLiteral("uncheckAllCases"));
    m_chosen = new QLabel(cases);
    m_chosen->setObjectName(QStringLiteral("chosenCount"));
    auto *caseButtons = new QHBoxLayout;
    caseButtons->addWidget(m_checkAll);
    caseButtons->addWidget(m_uncheckAll);
    caseButtons->addStretch();
    caseButtons->addWidget(m_chosen);
    auto *casesLayout = new QVBoxLayout(cases);
    casesLayout->addWidget(m_allCases);
    casesLayout->addWidget(m_caseSearch);
    casesLayout->addWidget(m_cases, 1);
    casesLayout->addLayout(caseButtons);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(m_caseSearch, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { m_caseModel->setSearchText(m_caseSearch->text()); });
    connect(m_allCases, &QCheckBox::toggled, this, &ExportWizard::updateCaseChoice);
    connect(m_checkAll, &QPushButton::clicked, this, &ExportWizard::checkAllFound);
    connect(m_uncheckAll, &QPushButton::clicked, m_caseModel, &ExportCaseModel::uncheckAll);
    connect(m_caseModel, &ExportCaseModel::checkedCountChanged, this, &ExportWizard::updateCaseChoice);
    connect(m_caseModel, &QAbstractItemModel::modelReset, this, &ExportWizard::updateCaseChoice);
    connect(m_caseModel, &ExportCaseModel::queryFailed, m_chosen, &QLabel::setText);
    setPage(CasesPage, cases);

    // Preview.
    ExportWizardPage *preview = makePage(tr("Preview"), tr("Exactly what will leave, and what is held back and why."));
    m_previewSummary = new QLabel(preview);
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_previewSummary->setWordWrap(true);
    m_previewProgress = new QProgressBar(preview);
    m_previewProgress->setObjectName(QStringLiteral("previewProgress"));
    m_previewProgress->setVisible(false);
    m_cancelPreview = new QPushButton(tr("C&ancel"), preview);
    m_cancelPreview->setObjectName(QStringLiteral("cancelPreview"));
    m_cancelPreview->setVisible(false);
    connect(m_cancelPreview, &QPushButton::clicked, this, &ExportWizard::cancelPreview);
    m_included = makeTable(
        QStringLiteral("includedTable"), { tr("Case"), tr("Data agreed to"), tr("What leaves, with its values") }, preview);
    m_heldBack = makeTable(QStringLiteral("heldBackTable"), { tr("Case"), tr("Held back because") }, preview);
    preview->setCompleteCheck([this] { return !m_planning && m_plan && !m_plan->isEmpty(); });
    m_previewPage = preview;
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_previewProgress, 1);
    progressRow->addWidget(m_cancelPreview);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->addWidget(m_previewSummary);
    previewLayout->addLayout(progressRow);
    previewLayout->addWidget(new QLabel(tr("Will leave:"), preview));
    previewLayout->addWidget(m_included);
    previewLayout->addWidget(new QLabel(tr("Held back:"), preview));
    previewLayout->addWidget(m_heldBack);
    setPage(PreviewPage, preview);

    // Write.
    ExportWizardPage *write
        = makePage(tr("Write the bundle"), tr("The bundle is encrypted for the recipient and for this vault, and signed."));
    m_outPath = new QLineEdit(write);
    m_outPath->setObjectName(QStringLiteral("outPath"));
    auto *browse = new QPushButton(tr("&Browse…"), write);
    browse->setObjectName(QStringLiteral("browseBundle"));
    connect(browse, &QPushButton::clicked, this, &ExportWizard::chooseFile);
    m_write = new QPushButton(tr("&Write"), write);
    m_write->setObjectName(QStringLiteral("writeButton"));
    m_cancelButton = new QPushButton(tr("&Cancel writing"), write);
    m_cancelButton->setObjectName(QStringLiteral("cancelWrite"));
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(write);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_writeStatus = new QLabel(write);
    m_writeStatus->setObjectName(QStringLiteral("writeStatus"));
    m_writeStatus->setWordWrap(true);
    write->setCompleteCheck([this] { return !m_bundleId.isEmpty(); });
    m_writePage = write;
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_outPath);
    fileRow->addWidget(browse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_write);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    m_toMailbox = new QCheckBox(write);
    m_toMailbox->setObjectName(QStringLiteral("toMailbox"));
    m_toMailbox->setVisible(false); // shown when an exchange folder is set (updateMailboxChoice)
    m_toMailbox->setAccessibleName(tr("Put the bundle in the recipient's mailbox in the exchange folder"));
    connect(m_toMailbox, &QCheckBox::toggled, this, [this, browse](bool on) {
        m_outPath->setEnabled(!on);
        browse->setEnabled(!on);
    });
    auto *writeLayout = new QVBoxLayout(write);
    writeLayout->addWidget(m_toMailbox);
    writeLayout->addLayout(fileRow);
    writeLayout->addLayout(buttons);
    writeLayout->addWidget(m_progress);
    writeLayout->addWidget(m_writeStatus);
    writeLayout->addStretch();
    connect(m_write, &QPushButton::clicked, this, &ExportWizard::startWrite);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportWizard::cancelWrite);
    setPage(WritePage, write);

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == WritePage)
            updateMailboxChoice();
        if (id == PreviewPage)
            buildPreview();
        else if (m_planning)
            cancelPreview(); // Back while the preview is being made
    });
    loadContacts();
    m_caseModel->setDatabase(&m_db);
    for (const QString &id : preselected)
        m_caseModel->setChecked(id, true);
    updateCaseChoice();
}

ExportWizard::~ExportWizard()
{
    stopWork();
}

void ExportWizard::loadContacts(const QString &select)
{
    const QString keep
        = select.isEmpty() && m_contacts->currentItem() ? m_contacts->currentItem()->data(IdRole).toString() : select;
    m_contacts->clear();
    int verified = 0;
    auto contacts = ContactRepository(m_db).list();
    if (contacts) {
        for (const Contact &c : contacts.value()) {
            const QString kind = c.kind == QLatin1String("team") ? tr("team") : tr("external");
            auto *item = new QListWidgetItem(
                c.verified ? tr("%1 (%2, verified)").arg(c.name, kind) : tr("%1 (%2, not verified)").arg(c.name, kind),
                m_contacts);
            item->setData(IdRole, c.id);
            item->setData(KindRole, c.kind);
            item->setData(VerifiedRole, c.verified);
            if (c.verified)
                ++verified;
            else
                item->setToolTip(
                    tr("Compare the fingerprint %1 by phone and mark the contact as verified first.").arg(c.fingerprint));
            if (c.id == keep)
                m_contacts->setCurrentItem(item);
        }
    }
    if (!contacts)
        m_noRecipient->setText(contacts.error().message());
    else if (contacts->isEmpty())
        m_noRecipient->setText(tr("There are no contacts yet. Add the recipient from the contact card they sent you, then "
                                  "compare the fingerprint with them by phone."));
    else if (verified == 0)
        m_noRecipient->setText(tr("No contact is verified yet. Choose the recipient, call them on a number you already "
                                  "know and compare the fingerprint (Verify…)."));
    else
        m_noRecipient->clear();
    m_noRecipient->setVisible(!m_noRecipient->text().isEmpty());
    updateRecipientButtons();
}

void ExportWizard::updateRecipientButtons()
{
    const QListWidgetItem *item = m_contacts->currentItem();
    m_verifyRecipient->setEnabled(item && !item->data(VerifiedRole).toBool());
}

void ExportWizard::addRecipient()
{
    if (m_addDialog)
        return;
    m_addDialog = AddContactDialog::chooseCard(m_db, this);
    if (m_addDialog)
        connect(m_addDialog, &AddContactDialog::contactAdded, this, [this](const QString &id) { loadContacts(id); });
}

void ExportWizard::verifyRecipient()
{
    const QListWidgetItem *item = m_contacts->currentItem();
    if (!item)
        return;
    const QString id = item->data(IdRole).toString();
    if (ContactVerification::ask(this, m_db, id))
        loadContacts(id);
}

void ExportWizard::updatePurposes()
{
    m_purpose->clear();
    const QListWidgetItem *item = m_contacts->currentItem();
    updateRecipientButtons();
    updateCaseChoice();
    if (!item)
        return;
    for (const QString &p : ExportPlanner::purposesFor(item->data(KindRole).toString()))
        m_purpose->addItem(p == QLatin1String("handover") ? tr("Handover (same organisation)") : ConsentPurposes::label(p), p);
}

void ExportWizard::updateCaseChoice()
{
    // The planner's own choice when no case is named: the open cases for a team contact, the cases
    // with a consent recorded for this recipient and purpose for an external one.
    m_allCases->setText(selectedContactKind() == QLatin1String("team")
            ? tr("All open cases")
            : tr("All cases with a consent for this recipient and purpose"));
    const bool choosing = !m_allCases->isChecked();
    m_caseSearch->setEnabled(choosing);
    m_cases->setEnabled(choosing);
    m_checkAll->setEnabled(choosing);
    m_uncheckAll->setEnabled(choosing);
    m_chosen->setText(tr("%1 found, %2 chosen.")
                          .arg(QLocale().toString(m_caseModel->totalCount()), QLocale().toString(m_caseModel->checkedCount())));
}

void ExportWizard::checkAllFound()
{
    if (auto st = m_caseModel->checkAllFound(); !st)
        m_chosen->setText(st.error().message());
}

QString ExportWizard::selectedContactId() const
{
    const QListWidgetItem *item = m_contacts->currentItem();
    return item && item->data(VerifiedRole).toBool() ? item->data(IdRole).toString() : QString();
}

QString ExportWizard::selectedContactKind() const
{
    const QListWidgetItem *item = m_contacts->currentItem();
    return item ? item->data(KindRole).toString() : QString();
}

bool ExportWizard::validateCurrentPage()
{
    if (currentId() == RecipientPage && selectedContactId().isEmpty()) {
        currentPage()->setSubTitle(m_contacts->currentItem()
                ? tr("This contact is not verified yet: compare the fingerprint by phone first (Verify…).")
                : tr("Choose a verified contact."));
        return false;
    }
    if (currentId() == CasesPage && !m_allCases->isChecked() && m_caseModel->checkedCount() == 0) {
        currentPage()->setSubTitle(tr("Choose at least one case."));
        return false;
    }
    return QWizard::validateCurrentPage();
}

void ExportWizard::forgetFinishedWorkers()
{
    m_workers.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
}

void ExportWizard::buildPreview()
{
    cancelPreview();
    m_included->setRowCount(0);
    m_heldBack->setRowCount(0);
    m_plan.reset();
    m_previewSummary->clear();
    m_previewPage->refresh();
    const QString contact = selectedContactId();
    const QString purpose = m_purpose->currentData().toString();
    const QString purposeText = m_purposeText->text();
    const bool plannerChooses = m_allCases->isChecked();
    const QStringList ids = plannerChooses ? QStringList() : m_caseModel->checkedIds();
    const QDate today = QDate::currentDate();
    // Made on first use, which writes: here, on the vault's own connection, never on the read-only reader.
    if (auto own = IdentityStore(m_db).ownIdentity(); !own) {
        m_previewSummary->setText(own.error().message());
        emit previewReady();
        return;
    }
    auto opened = m_vault.openReader();
    if (!opened) {
        m_previewSummary->setText(opened.error().message());
        emit previewReady();
        return;
    }
    std::shared_ptr<VaultReader> reader = std::move(opened.value());
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancelPlan = cancelled;
    m_planning = true;
    const quint64 generation = ++m_planGeneration;
    m_previewProgress->setRange(0, qMax<int>(1, int(ids.size())));
    if (plannerChooses)
        m_previewProgress->setRange(0, 0); // busy until the planner said which cases
    m_previewProgress->setValue(0);
    m_previewProgress->setFormat(tr("%v of %m"));
    m_previewProgress->setVisible(true);
    m_cancelPreview->setVisible(true);
    m_previewSummary->setText(tr("Reading the chosen cases and their consents…"));

    ExportWizard *self = this; // outlives the worker: stopWork() in the destructor waits for it
    forgetFinishedWorkers();
    m_workers.append(runInBackground(
        this,
        [reader, cancelled, contact, purpose, purposeText, ids, plannerChooses, today, self, generation]() mutable {
            auto planned = [&]() -> Result<ExportPlan> {
                const auto stopped
                    = [&](const Error &e) { return cancelled->load() ? Error(ErrorCode::Cancelled, tr("Cancelled.")) : e; };
                VaultReader::Access access = reader->access();
                if (!access)
                    return access.openError() ? *access.openError() : Error(ErrorCode::Runtime, tr("The vault was locked."));
                access.setCancelCheck([cancelled] { return cancelled->load(); });
                ExportPlanner planner(*access.database());
                QStringList chosen = ids;
                if (plannerChooses) {
                    auto found = planner.defaultCaseIds(contact, purpose);
                    if (!found)
                        return stopped(found.error());
                    chosen = found.value();
                }
                if (chosen.isEmpty())
                    return planner.plan(contact, purpose, {}, today, purposeText);
                std::optional<ExportPlan> plan;
                const int total = int(chosen.size());
                for (int first = 0; first < total; first += kPlanBatch) {
                    if (cancelled->load())
                        return Error(ErrorCode::Cancelled, tr("Cancelled."));
                    auto part = planner.plan(contact, purpose, chosen.mid(first, kPlanBatch), today, purposeText);
                    if (!part)
                        return stopped(part.error());
                    if (plan)
                        plan->append(part.value());
                    else
                        plan = std::move(part.value());
                    const int done = qMin(first + kPlanBatch, total);
                    QMetaObject::invokeMethod(
                        self, [self, generation, done, total] { self->showPlanProgress(generation, done, total); },
                        Qt::QueuedConnection);
                }
                return std::move(plan.value());
            }();
            reader.reset(); // closes its connection; SQLCipher wipes its copy of the key
            return planned;
        },
        [this, generation](Result<ExportPlan> plan) { planDone(generation, std::move(plan)); }));
}

void ExportWizard::showPlanProgress(quint64 generation, int done, int total)
{
    if (generation != m_planGeneration || !m_planning)
        return;
    m_previewProgress->setRange(0, total);
    m_previewProgress->setValue(done);
}

void ExportWizard::cancelPreview()
{
    if (!m_planning)
        return;
    if (m_cancelPlan)
        m_cancelPlan->store(true);
    ++m_planGeneration; // its result, if it still comes, is dropped
    m_planning = false;
    m_previewProgress->setVisible(false);
    m_cancelPreview->setVisible(false);
    m_previewSummary->setText(tr("Preparing the preview was cancelled. Go back and forward again to start it anew."));
    m_previewPage->refresh();
    emit previewReady();
}

void ExportWizard::planDone(quint64 generation, Result<ExportPlan> plan)
{
    if (generation != m_planGeneration || !m_planning)
        return;
    m_planning = false;
    m_previewProgress->setVisible(false);
    m_cancelPreview->setVisible(false);
    if (plan) {
        m_plan = std::move(plan.value());
        showPlan();
    } else {
        m_previewSummary->setText(plan.error().message());
    }
    m_previewPage->refresh();
    emit previewReady();
}

void ExportWizard::showPlan()
{
    // Rows are sized to their text only for a short plan: measuring 10,000 rows would stall the window.
    constexpr int kSizedRows = 200;
    m_included->setRowCount(int(m_plan->included.size()));
    int row = 0;
    for (const PlannedCase &c : m_plan->included) {
        m_included->setItem(row, 0, new QTableWidgetItem(c.number));
        m_included->setItem(
            row, 1, new QTableWidgetItem(c.scopes.isEmpty() ? tr("whole case") : ScopedFieldsText::scopeNames(c.scopes)));
        QString fields = m_plan->kind == QLatin1String("team")
            ? tr("the whole case, %n history entries", nullptr, int(c.history.size()))
                + (c.attachmentIds.isEmpty() ? QString() : tr(", %n attachments", nullptr, int(c.attachmentIds.size())))
            : ScopedFieldsText::lines(c.data).join(QLatin1Char('\n'));
        if (!c.notes.isEmpty())
            fields += QLatin1Char('\n') + c.notes.join(QLatin1Char('\n'));
        auto *item = new QTableWidgetItem(fields);
        item->setToolTip(fields);
        m_included->setItem(row, 2, item);
        ++row;
    }
    m_heldBack->setRowCount(int(m_plan->heldBack.size()));
    row = 0;
    for (const HeldBackCase &h : m_plan->heldBack) {
        m_heldBack->setItem(row, 0, new QTableWidgetItem(h.number));
        auto *reason = new QTableWidgetItem(h.reason);
        reason->setToolTip(h.reason);
        m_heldBack->setItem(row, 1, reason);
        ++row;
    }
    if (m_included->rowCount() <= kSizedRows)
        m_included->resizeRowsToContents();
    if (m_plan->isEmpty()) {
        m_previewSummary->setText(
            tr("Nothing may be sent to %1 for this purpose: no chosen case has a valid consent. Nothing will be written.")
                .arg(m_plan->recipient.name));
    } else {
        m_previewSummary->setText(
            tr("%n case(s) will leave for %1;", nullptr, int(m_plan->included.size())).arg(m_plan->recipient.name)
            + QLatin1Char(' ') + tr("%n held back.", nullptr, int(m_plan->heldBack.size())));
    }
}

void ExportWizard::chooseFile()
{
    const QString file = FileChooser::saveFile(this, tr("Save the bundle"), QString(), tr("Vangnet bundles (*.vnb)"));
    if (!file.isEmpty())
        m_outPath->setText(file.endsWith(QLatin1String(".vnb")) ? file : file + QStringLiteral(".vnb"));
}

// Offered when the exchange folder holds the recipient's mailbox; chosen then by default.
void ExportWizard::updateMailboxChoice()
{
    if (!m_plan) {
        m_toMailbox->setVisible(false);
        m_toMailbox->setChecked(false);
        return;
    }
    auto mailbox = ExchangeFolder::contactMailbox(m_db, m_plan->recipient.encPublicKey, m_plan->recipient.name);
    const auto folder = ExchangeFolder::configured(m_db);
    const bool set = folder && !folder->isEmpty();
    m_toMailbox->setVisible(set);
    m_toMailbox->setEnabled(mailbox.ok());
    m_toMailbox->setChecked(mailbox.ok());
    m_toMailbox->setText(mailbox.ok()
            ? tr("Put it in %1's mailbox in the exchange folder (the sync program takes it there)").arg(m_plan->recipient.name)
            : mailbox.error().message());
}

// What the write worker and the wizard share. The worker writes the bundle into the AtomicFile's
// temporary file; the wizard commits it inside the transaction that records the export. A wizard
// stopped before that drops the job, and the AtomicFile removes its temporary file: no file exists
// that is not recorded, and a file of the same name stays as it was.
struct ExportWizard::WriteJob
{
    std::atomic<bool> cancel { false };
    std::unique_ptr<AtomicFile> file;
    QString mailboxFileName; // set when the bundle goes into the recipient's mailbox
};

void ExportWizard::startWrite()
{
    if (!m_plan || m_plan->isEmpty() || m_writing)
        return;
    QString path = m_outPath->text().trimmed();
    QString mailboxFileName;
    if (!m_toMailbox->isHidden() && m_toMailbox->isChecked()) {
        auto mailbox = ExchangeFolder::contactMailbox(m_db, m_plan->recipient.encPublicKey, m_plan->recipient.name);
        if (!mailbox) {
            m_writeStatus->setText(mailbox.error().message());
            return;
        }
        mailboxFileName = ExchangeFolder::newBundleFileName();
        path = QDir(mailbox.value()).filePath(mailboxFileName);
    }
    if (path.isEmpty()) {
        m_writeStatus->setText(tr("Choose where to save the bundle."));
        return;
    }
    auto keys = IdentityStore(m_db).keys();
    if (!keys) {
        m_writeStatus->setText(keys.error().message());
        return;
    }
    auto opened = m_vault.openReader();
    if (!opened) {
        m_writeStatus->setText(opened.error().message());
        return;
    }
    std::shared_ptr<VaultReader> reader = std::move(opened.value());
    auto job = std::make_shared<WriteJob>();
    job->file = std::make_unique<AtomicFile>(path);
    job->mailboxFileName = mailboxFileName;
    m_writeJob = job;
    m_writing = true;
    m_write->setEnabled(false);
    m_cancelButton->setEnabled(true);
    button(QWizard::BackButton)->setEnabled(false);
    m_progress->setValue(0);
    m_writeStatus->setText(tr("Gathering the cases' data…"));

    const quint64 generation = ++m_writeGeneration;
    auto plan = std::make_shared<const ExportPlan>(m_plan.value());
    auto workerKeys = std::make_shared<IdentityKeys>(std::move(keys.value()));
    ExportWizard *self = this; // outlives the worker: stopWork() in the destructor waits for it
    forgetFinishedWorkers();
    m_workers.append(runInBackground(
        this,
        [reader, plan, workerKeys, job, self, generation]() mutable -> Result<std::shared_ptr<PreparedExport>> {
            // Reads the attachments through the reader; the write itself touches no database.
            auto prepared = [&]() -> Result<PreparedExport> {
                VaultReader::Access access = reader->access();
                if (!access)
                    return access.openError() ? *access.openError() : Error(ErrorCode::Runtime, tr("The vault was locked."));
                access.setCancelCheck([job] { return job->cancel.load(); });
                return BundleExporter(*access.database()).prepare(*plan);
            }();
            reader.reset();
            if (!prepared || job->cancel.load()) {
                workerKeys.reset();
                return job->cancel.load() ? Error(ErrorCode::Cancelled, tr("Cancelled.")) : prepared.error();
            }
            QMetaObject::invokeMethod(
                self, [self, generation] { self->showWriteStarted(generation); }, Qt::QueuedConnection);
            int reported = -1;
            const Status written
                = BundleExporter::writeFile(prepared.value(), *workerKeys, *job->file, [&](qint64 done, qint64 total) {
                      const int permille = total > 0 ? int(done * 1000 / total) : 0;
                      if (permille != reported) {
                          reported = permille;
                          QMetaObject::invokeMethod(
                              self, [self, generation, permille] { self->showWriteProgress(generation, permille); },
                              Qt::QueuedConnection);
                      }
                      return !job->cancel.load();
                  });
            workerKeys.reset(); // wiped before the wizard can see the work as finished
            if (!written)
                return written.error();
            if (!job->mailboxFileName.isEmpty()) {
                auto hash = Receipt::hashFile(job->file->temporaryPath());
                if (!hash)
                    return hash.error();
                prepared->mailboxFileName = job->mailboxFileName;
                prepared->bundleHash = hash.value();
            }
            return std::make_shared<PreparedExport>(std::move(prepared.value()));
        },
        [this, generation, job](Result<std::shared_ptr<PreparedExport>> written) {
            if (generation != m_writeGeneration)
                return; // stopWork() dealt with it
            writeDone(job, std::move(written));
        }));
}

void ExportWizard::showWriteStarted(quint64 generation)
{
    if (generation == m_writeGeneration && m_writing)
        m_writeStatus->setText(tr("Writing…"));
}

void ExportWizard::showWriteProgress(quint64 generation, int permille)
{
    if (generation == m_writeGeneration && m_writing)
        m_progress->setValue(permille);
}

void ExportWizard::writeDone(const std::shared_ptr<WriteJob> &job, Result<std::shared_ptr<PreparedExport>> written)
{
    m_writing = false;
    m_writeJob.reset();
    m_cancelButton->setEnabled(false);
    if (!written) {
        m_write->setEnabled(true);
        button(QWizard::BackButton)->setEnabled(true);
        m_writeStatus->setText(
            written.error().code() == ErrorCode::Cancelled ? tr("Cancelled; no file was written.") : written.error().message());
        emit writeFinished();
        return;
    }
    const PreparedExport &prepared = *written.value();
    if (auto st = BundleExporter(m_db).record(prepared, job->file.get()); !st) {
        job->file.reset();
        m_write->setEnabled(true);
        button(QWizard::BackButton)->setEnabled(true);
        m_writeStatus->setText(st.error().message());
        emit writeFinished();
        return;
    }
    m_progress->setValue(1000);
    m_bundleId = prepared.manifest.bundleId;
    m_writeStatus->setText(
        tr("Written: bundle %1 with %n case(s).", nullptr, int(prepared.manifest.cases.size())).arg(m_bundleId));
    m_writePage->refresh();
    emit bundleWritten(m_bundleId);
    emit writeFinished();
}

void ExportWizard::cancelWrite()
{
    if (m_writeJob)
        m_writeJob->cancel.store(true);
}

void ExportWizard::stopWork()
{
    cancelPreview();
    cancelWrite();
    for (QFuture<void> &worker : m_workers)
        worker.waitForFinished();
    m_workers.clear();
    if (m_writing) {
        // The worker ended, but its result has not been handled (and will not be: the vault is about
        // to lock). A file it wrote is not recorded, so it must not stay.
        ++m_writeGeneration;
        m_writing = false;
        if (m_writeJob)
            m_writeJob->file.reset(); // removes the temporary file the worker wrote
        m_writeJob.reset();
        m_cancelButton->setEnabled(false);
        m_write->setEnabled(true);
        m_writeStatus->setText(tr("Cancelled; no file was written."));
        emit writeFinished();
    }
}

void ExportWizard::clearData()
{
    m_plan.reset();
    m_included->setRowCount(0);
    m_heldBack->setRowCount(0);
    m_previewSummary->clear();
    m_caseModel->setDatabase(nullptr);
    m_previewPage->refresh();
}

void ExportWizard::reject()
{
    stopWork();
    QWizard::reject();
}

AddContactDialog *ExportWizard::addContactDialog() const
{
    return m_addDialog;
}

} // namespace vangnet
