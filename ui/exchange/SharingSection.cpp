#include "exchange/SharingSection.h"

#include "consent/ConsentPurposes.h"
#include "consent/ScopedFieldsText.h"
#include "exchange/Manifest.h"
#include "i18n/DateText.h"

#include "common/FileChooser.h"
#include "common/MessageBox.h"
#include "common/RefreshWhenShown.h"
#include "exchange/BundleExporter.h"
#include "exchange/ContactCard.h"
#include "exchange/ContactRepository.h"
#include "exchange/ContactsView.h"
#include "exchange/ExchangeFolderPanel.h"
#include "exchange/ExchangeRegister.h"
#include "exchange/ExportWizard.h"
#include "exchange/FingerprintLabel.h"
#include "exchange/IdentityStore.h"
#include "exchange/ImportDialog.h"
#include "exchange/ReceivedRecords.h"
#include "exchange/StatisticsExport.h"
#include "platform/AtomicFile.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vangnet {
namespace {

QTableWidget *makeTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int i = 0; i < cells.size(); ++i)
        table->setItem(row, i, new QTableWidgetItem(cells.at(i)));
}

} // namespace

SharingSection::SharingSection(QWidget *parent)
    : QWidget(parent)
    , m_refresh(new RefreshWhenShown(this, [this] { fill(); }))
    , m_identity(new QLabel(this))
    , m_identityName(new QLineEdit(this))
    , m_identityOrganisation(new QLineEdit(this))
    , m_fingerprint(new FingerprintLabel(this))
    , m_exportCard(new QPushButton(tr("Save my contact &card…"), this))
    , m_cardSaved(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_contacts(new ContactsView(this))
    , m_export(new QPushButton(tr("&Export cases…"), this))
    , m_import(new QPushButton(tr("&Import a bundle…"), this))
    , m_threshold(new QSpinBox(this))
    , m_statsRecipient(new QComboBox(this))
    , m_statsPreview(new QPushButton(tr("&Preview statistics"), this))
    , m_statsWrite(new QPushButton(tr("&Write statistics bundle…"), this))
    , m_statsTable(makeTable(QStringLiteral("statsTable"), { tr("Dimension"), tr("Value"), tr("Count") }, this))
    , m_recent(makeTable(QStringLiteral("recentTable"),
          { tr("When"), tr("Direction"), tr("Contact"), tr("Kind"), tr("Purpose"), tr("Cases") }, this))
    , m_received(
          makeTable(QStringLiteral("receivedTable"), { tr("Received"), tr("From"), tr("Case"), tr("Purpose"), tr("Data") }, this))
    , m_exchangeFolder(new ExchangeFolderPanel(this))
{
    setObjectName(QStringLiteral("sharingSection"));
    m_identity->setObjectName(QStringLiteral("identityLabel"));
    m_identity->setWordWrap(true);
    m_identityName->setObjectName(QStringLiteral("identityName"));
    m_identityOrganisation->setObjectName(QStringLiteral("identityOrganisation"));
    m_fingerprint->setObjectName(QStringLiteral("ownFingerprint"));
    m_cardSaved->setObjectName(QStringLiteral("cardSaved"));
    m_cardSaved->setWordWrap(true);
    m_exportCard->setObjectName(QStringLiteral("exportCard"));
    m_export->setObjectName(QStringLiteral("exportCases"));
    m_import->setObjectName(QStringLiteral("importBundle"));
    m_threshold->setObjectName(QStringLiteral("statsThreshold"));
    m_threshold->setRange(StatisticsExport::MinimumThreshold, 1000);
    m_threshold->setValue(StatisticsExport::DefaultThreshold);
    m_statsRecipient->setObjectName(QStringLiteral("statsRecipient"));
    m_statsPreview->setObjectName(QStringLiteral("statsPreview"));
    m_statsWrite->setObjectName(QStringLiteral("statsWrite"));
    m_statsWrite->setEnabled(false);

    // This vault's own card: what recipients see, and the fingerprint they compare by phone.
    auto *cardPage = new QWidget(this);
    auto *saveName = new QPushButton(tr("&Save name and organisation"), cardPage);
    saveName->setObjectName(QStringLiteral("saveIdentity"));
    auto *cardForm = new QFormLayout;
    cardForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    cardForm->addRow(tr("Your &name:"), m_identityName);
    cardForm->addRow(tr("Your &organisation:"), m_identityOrganisation);
    cardForm->addRow(QString(), saveName);
    auto *readAloud = new QLabel(tr("Your fingerprint. When someone adds your card, read these numbers out to them by "
                                    "phone; they compare them with what their screen shows."),
        cardPage);
    readAloud->setWordWrap(true);
    auto *cardButtons = new QHBoxLayout;
    cardButtons->addWidget(m_exportCard);
    cardButtons->addStretch();
    auto *cardLayout = new QVBoxLayout(cardPage);
    cardLayout->addWidget(m_identity);
    cardLayout->addLayout(cardForm);
    cardLayout->addWidget(readAloud);
    cardLayout->addWidget(m_fingerprint);
    cardLayout->addLayout(cardButtons);
    cardLayout->addWidget(m_cardSaved);
    cardLayout->addStretch();
    connect(saveName, &QPushButton::clicked, this, &SharingSection::saveIdentityName);
    connect(m_identityName, &QLineEdit::returnPressed, this, &SharingSection::saveIdentityName);
    connect(m_identityOrganisation, &QLineEdit::returnPressed, this, &SharingSection::saveIdentityName);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_export);
    actions->addWidget(m_import);
    actions->addStretch();

    auto *statsPage = new QWidget(this);
    auto *statsControls = new QHBoxLayout;
    statsControls->addWidget(new QLabel(tr("Suppress counts below:"), statsPage));
    statsControls->addWidget(m_threshold);
    statsControls->addWidget(new QLabel(tr("To:"), statsPage));
    statsControls->addWidget(m_statsRecipient, 1);
    statsControls->addWidget(m_statsPreview);
    statsControls->addWidget(m_statsWrite);
    auto *statsLayout = new QVBoxLayout(statsPage);
    statsLayout->addLayout(statsControls);
    statsLayout->addWidget(m_statsTable);

    m_tabs->setObjectName(QStringLiteral("sharingTabs"));
    m_tabs->addTab(cardPage, tr("My card"));
    m_tabs->addTab(m_contacts, tr("Contacts"));
    m_tabs->addTab(m_recent, tr("Recent exports and imports"));
    m_tabs->addTab(m_received, tr("Received registrations"));
    m_tabs->addTab(statsPage, tr("Statistics"));
    m_tabs->addTab(m_exchangeFolder, tr("Exchange folder"));
    connect(m_exchangeFolder, &ExchangeFolderPanel::changed, this, &SharingSection::reload);
    connect(m_exchangeFolder, &ExchangeFolderPanel::bundlesArrived, this, [this] {
        const int tab = m_tabs->indexOf(m_exchangeFolder);
        if (m_tabs->currentIndex() != tab)
            m_tabs->setTabText(tab, tr("Exchange folder (new)"));
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_exchangeFolder)
            m_tabs->setTabText(index, tr("Exchange folder"));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_tabs, 1);

    connect(m_exportCard, &QPushButton::clicked, this, [this] { exportCard(); });
    connect(m_export, &QPushButton::clicked, this, &SharingSection::openExportWizard);
    connect(m_import, &QPushButton::clicked, this, &SharingSection::openImportDialog);
    connect(m_statsPreview, &QPushButton::clicked, this, &SharingSection::previewStatistics);
    connect(m_statsWrite, &QPushButton::clicked, this, &SharingSection::writeStatistics);
    connect(m_contacts, &ContactsView::contactsChanged, this, &SharingSection::reload);
    clear();
}

QString SharingSection::title() const
{
    return tr("Sharing");
}

QString SharingSection::summary() const
{
    return tr("Send cases encrypted to CoMensha, a shelter or a colleague, and import what you receive.");
}

QString SharingSection::helpPage() const
{
    return QStringLiteral("sharing");
}

QIcon SharingSection::icon() const
{
    return style()->standardIcon(QStyle::SP_DriveNetIcon);
}

void SharingSection::vaultOpened(Vault &vault)
{
    m_vault = &vault;
    m_contacts->setDatabase(vault.database());
    setEnabled(true);
    m_refresh->request();
    m_exchangeFolder->setVault(&vault);
}

void SharingSection::stopWork()
{
    if (m_importDialog)
        m_importDialog->stopWork();
    if (m_exportWizard)
        m_exportWizard->stopWork();
    m_exchangeFolder->stop();
}

void SharingSection::clear()
{
    stopWork();
    // Closed later (deleteLater through WA_DeleteOnClose): the lock may come from inside one of them.
    if (m_importDialog) {
        m_importDialog->clearData();
        m_importDialog->close();
    }
    if (m_exportWizard) {
        m_exportWizard->clearData();
        m_exportWizard->close();
    }
    m_vault = nullptr;
    m_refresh->drop();
    m_exchangeFolder->setVault(nullptr);
    m_contacts->clear();
    m_identity->clear();
    m_identityName->clear();
    m_identityOrganisation->clear();
    m_fingerprint->setFingerprint(QString());
    m_cardSaved->clear();
    m_statsRecipient->clear();
    m_statsTable->setRowCount(0);
    m_recent->setRowCount(0);
    m_received->setRowCount(0);
    m_statsWrite->setEnabled(false);
    setEnabled(false);
}

void SharingSection::reload()
{
    if (m_vault)
        m_refresh->request();
}

void SharingSection::fill()
{
    if (!m_vault)
        return;
    Database &db = m_vault->database();
    if (auto own = IdentityStore(db).ownIdentity()) {
        m_identity->setText(own->name.isEmpty()
                ? tr("No name set yet. Recipients see your name and organisation on your contact card: fill them in "
                     "and save, then save the card and send it to them.")
                : own->organisation.isEmpty() ? tr("Your card shows: %1").arg(own->name)
                                              : tr("Your card shows: %1 (%2)").arg(own->name, own->organisation));
        m_identityName->setText(own->name);
        m_identityOrganisation->setText(own->organisation);
        m_fingerprint->setFingerprint(own->publicIdentity.fingerprint());
    } else {
        m_identity->setText(own.error().message());
    }
    m_statsRecipient->clear();
    if (auto contacts = ContactRepository(db).list())
        for (const Contact &c : contacts.value())
            if (c.verified)
                m_statsRecipient->addItem(c.name, c.id);
    if (auto threshold = StatisticsExport(db).threshold())
        m_threshold->setValue(threshold.value());
    m_recent->setRowCount(0);
    if (auto events = ExchangeRegister(db).recent())
        for (const ExchangeEvent &e : events.value())
            addRow(m_recent,
                { DateText::dateTime(e.at), e.exported ? tr("sent") : tr("received"), e.contactName, Manifest::kindLabel(e.kind),
                    ConsentPurposes::label(e.purpose), QString::number(e.caseCount) });
    m_received->setRowCount(0);
    if (auto received = ReceivedRecords(db).list())
        for (const ReceivedRecord &r : received.value()) {
            addRow(m_received,
                { DateText::dateTime(r.receivedAt), r.senderName, r.number, ConsentPurposes::label(r.purpose),
                    ScopedFieldsText::lines(r.data).join(QLatin1Char('\n')) });
        }
}

void SharingSection::previewStatistics()
{
    if (!m_vault)
        return;
    m_refresh->flush(); // the threshold
    m_statsTable->setRowCount(0);
    auto table = StatisticsExport(m_vault->database()).compute(m_threshold->value());
    if (!table) {
        MessageBox::warning(this, tr("Statistics"), table.error().message());
        return;
    }
    for (const StatisticsCell &c : table->cells)
        addRow(m_statsTable,
            { StatisticsTable::dimensionLabel(c.dimension), StatisticsTable::valueLabel(c.dimension, c.value),
                table->displayCount(c) });
    // Written only after it was shown.
    m_statsWrite->setEnabled(m_statsRecipient->count() > 0);
}

void SharingSection::writeStatistics()
{
    m_refresh->flush(); // the recipients and the threshold
    if (!m_vault || m_statsRecipient->currentData().toString().isEmpty())
        return;
    const QString file = FileChooser::saveFile(this, tr("Save the statistics bundle"), QString(), tr("Vangnet bundles (*.vnb)"));
    if (file.isEmpty())
        return;
    Database &db = m_vault->database();
    auto table = StatisticsExport(db).compute(m_threshold->value());
    if (!table) {
        MessageBox::warning(this, tr("Statistics"), table.error().message());
        return;
    }
    BundleExporter exporter(db);
    auto prepared = exporter.prepareStatistics(m_statsRecipient->currentData().toString(), table->toJson());
    auto written = prepared ? exporter.write(prepared.value(), file) : Result<ExportResult>(prepared.error());
    if (!written)
        MessageBox::warning(this, tr("Statistics"), written.error().message());
    reload();
}

bool SharingSection::setIdentityName(const QString &name, const QString &organisation)
{
    if (!m_vault)
        return false;
    if (name.trimmed().isEmpty()) {
        MessageBox::warning(this, tr("Name and organisation"), tr("A contact card needs a name."));
        return false;
    }
    if (auto st = IdentityStore(m_vault->database()).setName(name, organisation); !st) {
        MessageBox::warning(this, tr("Name and organisation"), st.error().message());
        return false;
    }
    reload();
    return true;
}

void SharingSection::saveIdentityName()
{
    setIdentityName(m_identityName->text(), m_identityOrganisation->text());
}

void SharingSection::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

bool SharingSection::exportCard()
{
    if (!m_vault)
        return false;
    auto named = IdentityStore(m_vault->database()).ownIdentity();
    if (named && named->name.trimmed().isEmpty()) {
        MessageBox::warning(this, tr("Contact card"),
            tr("Fill in your name and organisation and save them first, so that recipients know whose card it is."));
        m_identityName->setFocus();
        return false;
    }
    const QString suggested = named ? named->name.trimmed() + QStringLiteral(".vncard") : QString();
    const QString file = FileChooser::saveFile(this, tr("Save my contact card"), suggested, tr("Contact cards (*.vncard)"));
    if (file.isEmpty())
        return false;
    IdentityStore store(m_vault->database());
    auto own = store.ownIdentity();
    auto keys = store.keys();
    if (!own || !keys) {
        MessageBox::warning(this, tr("Contact card"), !own ? own.error().message() : keys.error().message());
        return false;
    }
    if (auto st = AtomicFile::writeAll(file, ContactCard::write(own->name, own->organisation, keys.value()).toUtf8()); !st) {
        MessageBox::warning(this, tr("Contact card"), st.error().message());
        return false;
    }
    m_cardSaved->setText(tr("Your card is saved as %1. Send the file to the recipient (e-mail or a USB stick are fine: it "
                            "holds no secrets), then read your fingerprint out to them by phone.")
                             .arg(QDir::toNativeSeparators(file)));
    return true;
}

void SharingSection::openExportWizard()
{
    if (!m_vault)
        return;
    auto *wizard = new ExportWizard(*m_vault, {}, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_exportWizard = wizard;
    connect(wizard, &ExportWizard::bundleWritten, this, &SharingSection::reload);
    wizard->open();
}

ExportWizard *SharingSection::exportWizard() const
{
    return m_exportWizard;
}

ImportDialog *SharingSection::importDialog() const
{
    return m_importDialog;
}

void SharingSection::openImportDialog()
{
    if (!m_vault)
        return;
    auto *dialog = new ImportDialog(m_vault->database(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_importDialog = dialog;
    connect(dialog, &ImportDialog::imported, this, &SharingSection::reload);
    dialog->open();
}

} // namespace vangnet
