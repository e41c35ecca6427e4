#include "exchange/ExportWizard.h"

#include "cases/CaseSearch.h"
#include "common/BackgroundTask.h"
#include "consent/ConsentPurposes.h"
#include "exchange/ContactRepository.h"
#include "exchange/ExportPlanner.h"
#include "exchange/ExportWizardPage.h"
#include "exchange/IdentityStore.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vangnet {
namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2;

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

ExportWizard::ExportWizard(Database &db, const QStringList &preselected, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
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
    auto *recipientForm = new QFormLayout;
    recipientForm->addRow(tr("&Purpose:"), m_purpose);
    recipientForm->addRow(tr("Purpose &description:"), m_purposeText);
    auto *recipientLayout = new QVBoxLayout(recipient);
    recipientLayout->addWidget(m_contacts);
    recipientLayout->addLayout(recipientForm);
    connect(m_contacts, &QListWidget::currentRowChanged, this, &ExportWizard::updatePurposes);
    setPage(RecipientPage, recipient);

    // Cases.
    QWizardPage *cases
        = makePage(tr("Cases"), tr("Choose the cases to send. What may leave of each is decided on the next page."));
    m_cases = new QListWidget(cases);
    m_cases->setObjectName(QStringLiteral("caseList"));
    auto *casesLayout = new QVBoxLayout(cases);
    casesLayout->addWidget(m_cases);
    setPage(CasesPage, cases);

    // Preview.
    ExportWizardPage *preview = makePage(tr("Preview"), tr("Exactly what will leave, and what is held back and why."));
    m_previewSummary = new QLabel(preview);
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_previewSummary->setWordWrap(true);
    m_included = makeTable(QStringLiteral("includedTable"), { tr("Case"), tr("Scopes"), tr("Fields that leave") }, preview);
    m_heldBack = makeTable(QStringLiteral("heldBackTable"), { tr("Case"), tr("Held back because") }, preview);
    preview->setCompleteCheck([this] { return m_plan && !m_plan->isEmpty(); });
    m_previewPage = preview;
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->addWidget(m_previewSummary);
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
    auto *writeLayout = new QVBoxLayout(write);
    writeLayout->addLayout(fileRow);
    writeLayout->addLayout(buttons);
    writeLayout->addWidget(m_progress);
    writeLayout->addWidget(m_writeStatus);
    writeLayout->addStretch();
    connect(m_write, &QPushButton::clicked, this, &ExportWizard::startWrite);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportWizard::cancelWrite);
    setPage(WritePage, write);

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == PreviewPage)
            buildPreview();
    });
    loadContacts();
    loadCases(preselected);
}

ExportWizard::~ExportWizard()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportWizard::loadContacts()
{
    auto contacts = ContactRepository(m_db).list();
    if (!contacts)
        return;
    for (const Contact &c : contacts.value()) {
        const QString kind = c.kind == QLatin1String("team") ? tr("team") : tr("external");
        auto *item = new QListWidgetItem(
            c.verified ? tr("%1 (%2, verified)").arg(c.name, kind) : tr("%1 (%2, not verified)").arg(c.name, kind), m_contacts);
        item->setData(IdRole, c.id);
        item->setData(KindRole, c.kind);
        if (!c.verified) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(
                tr("Compare the fingerprint %1 by phone and mark the contact as verified first.").arg(c.fingerprint));
        }
    }
}

void ExportWizard::loadCases(const QStringList &preselected)
{
    auto found = CaseSearch(m_db).find(CaseFilter {}, CaseSort::NumberDesc, 0, 1000);
    if (!found)
        return;
    for (const CaseSummary &s : found.value()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2 %3").arg(s.number, s.givenName, s.familyName).trimmed(), m_cases);
        item->setData(IdRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(preselected.contains(s.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void ExportWizard::updatePurposes()
{
    m_purpose->clear();
    const QListWidgetItem *item = m_contacts->currentItem();
    if (!item)
        return;
    for (const QString &p : ExportPlanner::purposesFor(item->data(KindRole).toString()))
        m_purpose->addItem(p == QLatin1String("handover") ? tr("Handover (same organisation)") : ConsentPurposes::label(p), p);
}

QString ExportWizard::selectedContactId() const
{
    const QListWidgetItem *item = m_contacts->currentItem();
    return item && (item->flags() & Qt::ItemIsEnabled) ? item->data(IdRole).toString() : QString();
}

QStringList ExportWizard::checkedCaseIds() const
{
    QStringList ids;
    for (int i = 0; i < m_cases->count(); ++i)
        if (m_cases->item(i)->checkState() == Qt::Checked)
            ids.append(m_cases->item(i)->data(IdRole).toString());
    return ids;
}

bool ExportWizard::validateCurrentPage()
{
    if (currentId() == RecipientPage && selectedContactId().isEmpty()) {
        currentPage()->setSubTitle(tr("Choose a verified contact."));
        return false;
    }
    if (currentId() == CasesPage && checkedCaseIds().isEmpty()) {
        currentPage()->setSubTitle(tr("Choose at least one case."));
        return false;
    }
    return QWizard::validateCurrentPage();
}

void ExportWizard::buildPreview()
{
    m_included->setRowCount(0);
    m_heldBack->setRowCount(0);
    m_plan.reset();
    m_previewPage->refresh();
    auto plan = ExportPlanner(m_db).plan(
        selectedContactId(), m_purpose->currentData().toString(), checkedCaseIds(), QDate::currentDate(), m_purposeText->text());
    if (!plan) {
        m_previewSummary->setText(plan.error().message());
        return;
    }
    m_plan = plan.value();
    for (const PlannedCase &c : m_plan->included) {
        const int row = m_included->rowCount();
        m_included->insertRow(row);
        m_included->setItem(row, 0, new QTableWidgetItem(c.number));
        m_included->setItem(
            row, 1, new QTableWidgetItem(c.scopes.isEmpty() ? tr("whole case") : c.scopes.join(QStringLiteral(", "))));
        QString fields = m_plan->kind == QLatin1String("team")
            ? tr("the whole case, %n history entries", nullptr, int(c.history.size()))
                + (c.attachmentIds.isEmpty() ? QString() : tr(", %n attachments", nullptr, int(c.attachmentIds.size())))
            : c.data.keys().join(QStringLiteral(", "));
        if (!c.notes.isEmpty())
            fields += QLatin1Char('\n') + c.notes.join(QLatin1Char('\n'));
        m_included->setItem(row, 2, new QTableWidgetItem(fields));
    }
    for (const HeldBackCase &h : m_plan->heldBack) {
        const int row = m_heldBack->rowCount();
        m_heldBack->insertRow(row);
        m_heldBack->setItem(row, 0, new QTableWidgetItem(h.number));
        m_heldBack->setItem(row, 1, new QTableWidgetItem(h.reason));
    }
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
    m_previewPage->refresh();
}

void ExportWizard::chooseFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the bundle"), QString(), tr("Vangnet bundles (*.vnb)"));
    if (!file.isEmpty())
        m_outPath->setText(file.endsWith(QLatin1String(".vnb")) ? file : file + QStringLiteral(".vnb"));
}

void ExportWizard::startWrite()
{
    if (!m_plan || m_plan->isEmpty() || m_writing)
        return;
    const QString path = m_outPath->text().trimmed();
    if (path.isEmpty()) {
        m_writeStatus->setText(tr("Choose where to save the bundle."));
        return;
    }
    BundleExporter exporter(m_db);
    auto prepared = exporter.prepare(m_plan.value());
    if (!prepared) {
        m_writeStatus->setText(prepared.error().message());
        return;
    }
    auto keys = IdentityStore(m_db).keys();
    if (!keys) {
        m_writeStatus->setText(keys.error().message());
        return;
    }
    m_writing = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_write->setEnabled(false);
    m_cancelButton->setEnabled(true);
    button(QWizard::BackButton)->setEnabled(false);
    m_progress->setValue(0);
    m_writeStatus->setText(tr("Writing…"));

    auto sharedPrepared = std::make_shared<PreparedExport>(std::move(prepared.value()));
    auto sharedKeys = std::make_shared<IdentityKeys>(std::move(keys.value()));
    auto cancel = m_cancel;
    QPointer<QProgressBar> bar = m_progress;
    runInBackground(
        this,
        [sharedPrepared, sharedKeys, cancel, bar, path]() {
            // No database and no widgets here: only the file and the progress bar through the event loop.
            return BundleExporter::writeFile(*sharedPrepared, *sharedKeys, path, [cancel, bar](qint64 done, qint64 total) {
                if (total > 0 && bar)
                    QMetaObject::invokeMethod(bar, "setValue", Qt::QueuedConnection, Q_ARG(int, int(done * 1000 / total)));
                return !cancel->load();
            });
        },
        [this, sharedPrepared, path](Status written) {
            m_writing = false;
            m_cancelButton->setEnabled(false);
            if (!written) {
                m_write->setEnabled(true);
                button(QWizard::BackButton)->setEnabled(true);
                m_writeStatus->setText(written.error().code() == ErrorCode::Cancelled ? tr("Cancelled; no file was written.")
                                                                                      : written.error().message());
                return;
            }
            if (auto st = BundleExporter(m_db).record(*sharedPrepared); !st) {
                QFile::remove(path);
                m_write->setEnabled(true);
                m_writeStatus->setText(st.error().message());
                return;
            }
            m_progress->setValue(1000);
            m_bundleId = sharedPrepared->manifest.bundleId;
            m_writeStatus->setText(
                tr("Written: bundle %1 with %n case(s).", nullptr, int(sharedPrepared->manifest.cases.size())).arg(m_bundleId));
            m_writePage->refresh();
            emit bundleWritten(m_bundleId);
        });
}

void ExportWizard::cancelWrite()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace vangnet
