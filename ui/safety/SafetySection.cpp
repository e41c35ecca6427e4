#include "safety/SafetySection.h"

#include "common/MessageBox.h"
#include "common/RefreshWhenShown.h"
#include "safety/DraftStore.h"
#include "safety/IncidentDialog.h"
#include "safety/IncidentListModel.h"
#include "safety/IncidentRepository.h"
#include "safety/OpenRiskOverview.h"
#include "safety/OpenRisksModel.h"
#include "vault/Vault.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vangnet {
namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    // Columns as wide as what they show (the summaries are the long ones), the last one fills up.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

SafetySection::SafetySection(QWidget *parent)
    : QWidget(parent)
    , m_refresh(new RefreshWhenShown(this, [this] { reload(); }))
    , m_incidents(new IncidentListModel(this))
    , m_risks(new OpenRisksModel(this))
    , m_incidentView(makeTable(m_incidents, QStringLiteral("incidentView"), this))
    , m_riskView(makeTable(m_risks, QStringLiteral("openRiskView"), this))
    , m_newButton(new QPushButton(tr("&Record incident…"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_closeButton(new QPushButton(tr("&Close incident"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("safetySection"));
    m_newButton->setObjectName(QStringLiteral("newIncidentButton"));
    m_editButton->setObjectName(QStringLiteral("editIncidentButton"));
    m_closeButton->setObjectName(QStringLiteral("closeIncidentButton"));
    m_status->setObjectName(QStringLiteral("safetyStatus"));
    m_status->setWordWrap(true);

    auto *incidentsPage = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_closeButton);
    buttons->addStretch(1);
    auto *incidentsLayout = new QVBoxLayout(incidentsPage);
    incidentsLayout->addLayout(buttons);
    incidentsLayout->addWidget(m_incidentView, 1);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("safetyTabs"));
    tabs->addTab(m_riskView, tr("Open risks"));
    tabs->addTab(incidentsPage, tr("Incidents against staff"));

    auto *heading = new QLabel(tr("Staff safety. In imminent danger: call 112 and notify the police."), this);
    heading->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);

    connect(m_newButton, &QPushButton::clicked, this, &SafetySection::newIncident);
    connect(m_editButton, &QPushButton::clicked, this, &SafetySection::editSelected);
    connect(m_closeButton, &QPushButton::clicked, this, &SafetySection::closeSelected);
    connect(m_incidentView, &QTableView::doubleClicked, this, &SafetySection::editSelected);
    setEnabled(false);
}

SafetySection::~SafetySection() = default;

QString SafetySection::title() const
{
    return tr("Safety");
}

QString SafetySection::summary() const
{
    return tr("The team's open risks and the incidents against staff.");
}

QString SafetySection::helpPage() const
{
    return QStringLiteral("safety");
}

QIcon SafetySection::icon() const
{
    return style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

void SafetySection::vaultOpened(Vault &vault)
{
    m_vault = &vault;
    setEnabled(true);
    m_refresh->request();
    // After the window has switched to the workspace, not in the middle of unlocking (a lock while
    // the question is open would otherwise be followed by the rest of the unlock).
    QTimer::singleShot(0, this, &SafetySection::offerDrafts);
}

void SafetySection::clear()
{
    // Called by the lock while the vault is still open: unsaved edits go into the vault as a
    // draft, encrypted, before the editor and the models drop every decrypted value.
    if (m_editor) {
        if (m_vault && m_vault->isOpen() && m_editor->isModified())
            (void)DraftStore(m_vault->database()).save(draftKind(), m_editor->draftKey(), m_editor->draftJson());
        IncidentDialog *editor = m_editor;
        m_editor = nullptr;
        editor->setIncident(Incident());
        // Deleted now, not later: no widget may keep decrypted text once the lock returns.
        delete editor;
    }
    m_incidents->clear();
    m_risks->clear();
    m_status->clear();
    m_refresh->drop();
    m_vault = nullptr;
    setEnabled(false);
}

void SafetySection::reload()
{
    if (!m_vault)
        return;
    IncidentRepository repo(m_vault->database());
    auto incidents = repo.list();
    if (!incidents)
        return showError(incidents.error().message());
    auto numbers = repo.linkedCaseNumbers();
    if (!numbers)
        return showError(numbers.error().message());
    m_incidents->setIncidents(std::move(incidents.value()), std::move(numbers.value()));
    auto risks = OpenRiskOverview::list(m_vault->database());
    if (!risks)
        return showError(risks.error().message());
    m_risks->setRisks(std::move(risks.value()));
}

void SafetySection::newIncident()
{
    if (!m_vault || m_editor)
        return;
    openEditor(new IncidentDialog(m_vault, this));
}

void SafetySection::editSelected()
{
    if (!m_vault || m_editor)
        return;
    const Incident *incident = m_incidents->incidentAt(m_incidentView->currentIndex().row());
    if (!incident)
        return;
    auto *dialog = new IncidentDialog(m_vault, this);
    dialog->setIncident(*incident);
    openEditor(dialog);
}

void SafetySection::closeSelected()
{
    if (!m_vault)
        return;
    const Incident *incident = m_incidents->incidentAt(m_incidentView->currentIndex().row());
    if (!incident)
        return;
    if (auto st = IncidentRepository(m_vault->database()).setStatus(incident->id, QStringLiteral("closed")); !st)
        return showError(st.error().message());
    reload();
}

void SafetySection::openEditor(IncidentDialog *dialog)
{
    m_editor = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &SafetySection::saveEditor);
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        if (m_editor == dialog && m_vault)
            (void)DraftStore(m_vault->database()).remove(draftKind(), dialog->draftKey());
    });
    dialog->open();
}

void SafetySection::saveEditor()
{
    if (!m_editor || !m_vault)
        return;
    const Incident incident = m_editor->incident();
    const QString key = m_editor->draftKey();
    IncidentRepository repo(m_vault->database());
    auto stored = incident.id.isEmpty() ? repo.add(incident) : repo.update(incident);
    if (!stored)
        return showError(stored.error().message());
    (void)DraftStore(m_vault->database()).remove(draftKind(), key);
    m_status->setText(tr("The incident was saved."));
    reload();
}

void SafetySection::offerDrafts()
{
    if (!m_vault || !m_vault->isOpen())
        return;
    DraftStore drafts(m_vault->database());
    auto all = drafts.all();
    if (!all)
        return;
    for (const Draft &draft : all.value()) {
        if (draft.kind != draftKind())
            continue;
        if (m_editor) // one editor at a time; the rest waits for the next unlock
            return;
        const auto answer = MessageBox::question(this, tr("Unsaved changes"),
            tr("An incident had unsaved changes when Vangnet locked. They were kept encrypted in "
               "the vault. Open them again?"),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (!m_vault || !m_vault->isOpen())
            return; // locked while asking (quick hide): the draft stays for the next unlock
        if (answer != QMessageBox::Yes) {
            (void)drafts.remove(draft.kind, draft.key);
            continue;
        }
        auto *dialog = new IncidentDialog(m_vault, this);
        if (draft.key != QLatin1String("new")) {
            auto stored = IncidentRepository(m_vault->database()).find(draft.key);
            if (stored)
                dialog->setIncident(stored.value());
        }
        dialog->restoreDraft(draft.json);
        openEditor(dialog);
    }
}

void SafetySection::showError(const QString &message)
{
    m_status->setText(message);
}

} // namespace vangnet
