#include "shelters/SheltersSection.h"

#include "common/EmptyResultsNotice.h"
#include "common/MessageBox.h"
#include "shelters/AvailabilityBoard.h"
#include "shelters/ShelterEditorDialog.h"
#include "shelters/ShelterFilterBar.h"
#include "shelters/ShelterFilterProxy.h"
#include "shelters/ShelterImportExport.h"
#include "shelters/ShelterRepository.h"
#include "shelters/ShelterTableModel.h"
#include "vault/Vault.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace vangnet {

SheltersSection::SheltersSection(QWidget *parent)
    : QWidget(parent)
    , m_model(new ShelterTableModel(this))
    , m_proxy(new ShelterFilterProxy(m_model, this))
    , m_filterBar(new ShelterFilterBar(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyResultsNotice(this))
    , m_count(new QLabel(this))
    , m_board(new AvailabilityBoard(this))
    , m_tabs(new QTabWidget(this))
    , m_newButton(new QPushButton(tr("New shelter…"), this))
    , m_editButton(new QPushButton(tr("Edit…"), this))
    , m_removeButton(new QPushButton(tr("Remove…"), this))
    , m_importButton(new QPushButton(tr("Import JSON…"), this))
    , m_exportButton(new QPushButton(tr("Export JSON…"), this))
{
    setObjectName(QStringLiteral("sheltersSection"));
    m_table->setObjectName(QStringLiteral("shelterTable"));
    m_count->setObjectName(QStringLiteral("shelterCount"));
    m_tabs->setObjectName(QStringLiteral("sheltersTabs"));
    m_newButton->setObjectName(QStringLiteral("newShelterButton"));
    m_editButton->setObjectName(QStringLiteral("editShelterButton"));
    m_removeButton->setObjectName(QStringLiteral("removeShelterButton"));
    m_importButton->setObjectName(QStringLiteral("importSheltersButton"));
    m_exportButton->setObjectName(QStringLiteral("exportSheltersButton"));
    m_exportButton->setToolTip(tr("Without addresses unless you ask for them"));

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ShelterTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Names are never cut off; the long type labels give way instead (elided, full text in the filter).
    m_table->horizontalHeader()->setSectionResizeMode(ShelterTableModel::TypeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ShelterTableModel::ConfidentialityColumn, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideRight);

    auto *registry = new QWidget(m_tabs);
    auto *registryLayout = new QVBoxLayout(registry);
    registryLayout->addWidget(m_filterBar);
    registryLayout->addWidget(m_empty, 1);
    registryLayout->addWidget(m_table, 1);
    m_empty->hide();
    registryLayout->addWidget(m_count);
    m_tabs->addTab(registry, tr("Registry"));
    m_tabs->addTab(m_board, tr("Availability"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_newButton);
    bar->addWidget(m_editButton);
    bar->addWidget(m_removeButton);
    bar->addStretch(1);
    bar->addWidget(m_importButton);
    bar->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_filterBar, &ShelterFilterBar::filterChanged, this, [this](const ShelterFilter &f) {
        m_proxy->setFilter(f);
        updateCount();
    });
    connect(m_empty, &EmptyResultsNotice::clearRequested, m_filterBar, &ShelterFilterBar::clearFilters);
    connect(m_model, &ShelterTableModel::reloaded, this, [this] {
        m_filterBar->setRegions(m_model->regions());
        m_board->setShelters(m_model->shelters());
        updateCount();
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateButtons(); });
    connect(m_table, &QTableView::activated, this, [this] { editSelected(); });
    connect(m_newButton, &QPushButton::clicked, this, &SheltersSection::newShelter);
    connect(m_editButton, &QPushButton::clicked, this, &SheltersSection::editSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &SheltersSection::removeSelected);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (m_vault && m_vault->isOpen() && ShelterImportExport::runImport(this, m_vault->database()))
            reload();
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        if (m_vault && m_vault->isOpen())
            ShelterImportExport::runExport(this, m_vault->database());
    });
    connect(m_board, &AvailabilityBoard::availabilityChanged, this, [this] { reload(); });
    clear();
}

SheltersSection::~SheltersSection() = default;

QString SheltersSection::title() const
{
    return tr("Shelters");
}

QString SheltersSection::summary() const
{
    return tr("The shelters you know: security level, capacity and free places.");
}

QString SheltersSection::helpPage() const
{
    return QStringLiteral("shelters");
}

QIcon SheltersSection::icon() const
{
    return QIcon::fromTheme(QStringLiteral("go-home"), QIcon(QStringLiteral(":/vangnet/icons/vault.svg")));
}

void SheltersSection::vaultOpened(Vault &vault)
{
    m_vault = &vault;
    m_board->setDatabase(&vault.database());
    m_model->setDatabase(&vault.database());
    updateButtons();
}

void SheltersSection::clear()
{
    if (m_editor) {
        m_editor->reject();
        delete m_editor;
    }
    m_vault = nullptr;
    m_board->setDatabase(nullptr);
    m_board->clear();
    m_model->setDatabase(nullptr);
    m_filterBar->reset();
    m_proxy->setFilter(m_filterBar->filter());
    updateButtons();
    updateCount();
}

void SheltersSection::reload()
{
    if (!m_vault || !m_vault->isOpen())
        return;
    const QString selected = selectedShelterId();
    m_model->reload();
    if (!m_model->lastError().isEmpty())
        m_count->setText(m_model->lastError());
    if (!selected.isEmpty()) {
        const int row = m_model->rowOf(selected);
        if (row >= 0) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            if (index.isValid())
                m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
}

void SheltersSection::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Placements change free beds elsewhere; show the registry as it is now.
    reload();
}

QString SheltersSection::selectedShelterId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_proxy->idAt(rows.first().row());
}

void SheltersSection::newShelter()
{
    openEditor(QString());
}

void SheltersSection::editSelected()
{
    const QString id = selectedShelterId();
    if (!id.isEmpty())
        openEditor(id);
}

void SheltersSection::openEditor(const QString &id)
{
    if (!m_vault || !m_vault->isOpen())
        return;
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    auto *dialog = new ShelterEditorDialog(m_vault->database(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!id.isEmpty() && !dialog->openShelter(id)) {
        delete dialog;
        return;
    }
    m_editor = dialog;
    connect(dialog, &ShelterEditorDialog::saved, this, [this](const QString &savedId) {
        reload();
        const int row = m_model->rowOf(savedId);
        const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
        if (index.isValid()) {
            m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
        }
    });
    dialog->open();
}

void SheltersSection::removeSelected()
{
    const QString id = selectedShelterId();
    if (id.isEmpty() || !m_vault || !m_vault->isOpen())
        return;
    const int row = m_model->rowOf(id);
    const QString name = row >= 0 ? m_model->shelter(row).name : id;
    if (MessageBox::question(this, tr("Remove shelter"),
            tr("Remove %1 from the registry? Its address and reference are deleted too.").arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const Status removed = ShelterRepository(m_vault->database()).remove(id);
    if (!removed)
        MessageBox::warning(this, tr("Remove shelter"), removed.error().message());
    reload();
}

void SheltersSection::updateButtons()
{
    const bool open = m_vault && m_vault->isOpen();
    const bool selected = open && !selectedShelterId().isEmpty();
    m_newButton->setEnabled(open);
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
    m_importButton->setEnabled(open);
    m_exportButton->setEnabled(open);
}

void SheltersSection::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(
        shown == total ? tr("%n shelter(s)", nullptr, total) : tr("%1 of %n shelter(s) shown", nullptr, total).arg(shown));
    updateEmptyNotice();
}

void SheltersSection::updateEmptyNotice()
{
    const ShelterFilter filter = m_filterBar->filter();
    const QStringList filters = ShelterFilterBar::describe(filter);
    const QString text = filter.text.trimmed();
    const bool empty = m_vault && m_proxy->rowCount() == 0 && (!text.isEmpty() || !filters.isEmpty());
    if (empty)
        m_empty->setResult(
            text.isEmpty() ? tr("No shelters match the filters.") : tr("No shelters found for ‘%1’.").arg(text), filters);
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
}

} // namespace vangnet
