#include "cases/CasesSection.h"

#include "i18n/DateText.h"

#include "cases/CaseDocumentsPage.h"
#include "cases/CaseEditor.h"
#include "cases/CaseFilterBar.h"
#include "cases/CaseListModel.h"
#include "cases/CasePrivacyPage.h"
#include "cases/CaseRepository.h"
#include "cases/CaseTable.h"
#include "cases/DeadlinesView.h"
#include "cases/DraftOfferBar.h"
#include "common/EmptyResultsNotice.h"
#include "common/MessageBox.h"
#include "consent/ConsentPanel.h"
#include "placement/PlacementPanel.h"
#include "safety/DraftStore.h"
#include "safety/VisitRulesPanel.h"
#include "vault/Vault.h"
#include "vault/ViewStateStore.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace vangnet {
namespace {

const QString kDraftKind = QStringLiteral("case");
const QString kNewCaseKey = QStringLiteral("new");

} // namespace

const QString &CasesSection::viewStateKey()
{
    static const QString key = QStringLiteral("caseList");
    return key;
}

CasesSection::CasesSection(QWidget *parent)
    : QWidget(parent)
    , m_model(new CaseListModel(this))
    , m_filterBar(new CaseFilterBar(this))
    , m_table(new CaseTable(m_model, this))
    , m_count(new QLabel(this))
    , m_deadlines(new DeadlinesView(this))
    , m_leftTabs(new QTabWidget(this))
    , m_right(new QStackedWidget(this))
    , m_placeholder(new QWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_newButton(new QPushButton(tr("&New case"), this))
    , m_searchingHint(new QTimer(this))
    , m_empty(new EmptyResultsNotice(this))
    , m_stateSave(new QTimer(this))
{
    setObjectName(QStringLiteral("casesSection"));
    m_newButton->setObjectName(QStringLiteral("newCaseButton"));
    m_newButton->setToolTip(tr("Start a new case file (Ctrl+N)"));
    m_newButton->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));

    m_count->setObjectName(QStringLiteral("caseCountLabel"));
    m_count->setEnabled(false);

    auto *casesPage = new QWidget(this);
    m_casesLayout = new QVBoxLayout(casesPage);
    m_casesLayout->setContentsMargins(0, 6, 0, 0);
    m_casesLayout->addWidget(m_filterBar);
    m_casesLayout->addWidget(m_empty, 1);
    m_casesLayout->addWidget(m_table, 1);
    m_empty->hide();
    m_casesLayout->addWidget(m_count);
    m_leftTabs->setObjectName(QStringLiteral("caseListTabs"));
    m_leftTabs->setDocumentMode(true);
    m_leftTabs->addTab(casesPage, tr("Cases"));
    m_leftTabs->addTab(m_deadlines, tr("Deadlines"));

    auto *left = new QWidget(this);
    m_left = left;
    left->setObjectName(QStringLiteral("caseListPane"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(10, 10, 4, 10);
    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(tr("Case files"), left);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_newButton);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_leftTabs, 1);

    m_placeholder->setObjectName(QStringLiteral("casePlaceholder"));
    auto *placeholderLayout = new QVBoxLayout(m_placeholder);
    auto *placeholderText
        = new QLabel(tr("Choose a case on the left, or start a new one with “New case” (Ctrl+N)."), m_placeholder);
    placeholderText->setWordWrap(true);
    placeholderText->setAlignment(Qt::AlignCenter);
    placeholderText->setEnabled(false);
    placeholderLayout->addWidget(placeholderText);
    m_right->addWidget(m_placeholder);

    m_splitter->setObjectName(QStringLiteral("casesSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_right);
    // The list gets room for number, name, phase, days left and next deadline; the form does
    // well with the rest.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 620, 560 });
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_newAction = new QAction(tr("&New case"), this);
    m_newAction->setObjectName(QStringLiteral("newCaseAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WindowShortcut);
    m_newAction->setEnabled(false);
    addAction(m_newAction);
    m_findAction = new QAction(tr("&Find case"), this);
    m_findAction->setObjectName(QStringLiteral("findCaseAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    m_findAction->setEnabled(false);
    addAction(m_findAction);
    connect(m_newAction, &QAction::triggered, this, [this] {
        Q_EMIT showRequested();
        newCase();
    });
    connect(m_newButton, &QPushButton::clicked, this, [this] { newCase(); });
    connect(m_findAction, &QAction::triggered, this, [this] {
        Q_EMIT showRequested();
        m_leftTabs->setCurrentIndex(0);
        m_filterBar->focusSearch();
    });

    connect(m_filterBar, &CaseFilterBar::filterChanged, this, &CasesSection::onFilterChanged);
    connect(m_empty, &EmptyResultsNotice::clearRequested, m_filterBar, &CaseFilterBar::clearFilters);
    connect(m_filterBar, &CaseFilterBar::savedFilterChosen, this, [this](const QString &name) {
        m_savedFilter = name;
        if (!m_restoring)
            saveListState();
    });
    m_stateSave->setSingleShot(true);
    m_stateSave->setInterval(kStateSaveDelayMs);
    connect(m_stateSave, &QTimer::timeout, this, &CasesSection::saveListState);
    // "Searching…" only for a search that takes a moment: most answer within a frame, and a label
    // flickering at every keystroke would distract.
    m_searchingHint->setSingleShot(true);
    m_searchingHint->setInterval(kSearchingHintMs);
    connect(m_searchingHint, &QTimer::timeout, this, &CasesSection::updateCount);
    connectList();
    connectDeadlines();
    connect(m_leftTabs, &QTabWidget::currentChanged, this,
        [this] { m_deadlines->setInSight(m_leftTabs->currentWidget() == m_deadlines); });
    setTabOrder(m_newButton, m_leftTabs);

    makeEditor();
    clear();
}

CasesSection::~CasesSection() = default;

namespace {

// The widget that Tab reaches just before `widget` (outside it), for a replacement to take its place.
QWidget *tabStopBefore(QWidget *widget)
{
    QWidget *before = widget->previousInFocusChain();
    while (before != widget && (widget->isAncestorOf(before) || !(before->focusPolicy() & Qt::TabFocus)))
        before = before->previousInFocusChain();
    return before == widget ? nullptr : before;
}

// Destroys `old` once control returns to the event loop (the lock may come from a key press inside
// it). Until then it stays hidden where it is, nameless: a widget taken out of its window with work
// still pending (an item view's timers) must not become a window of its own.
void destroyLater(QObject *old)
{
    if (auto *widget = qobject_cast<QWidget *>(old))
        widget->hide();
    old->setObjectName(QString());
    old->deleteLater();
}

} // namespace

void CasesSection::connectList()
{
    connect(m_table, &CaseTable::sortChosen, m_stateSave, qOverload<>(&QTimer::start));
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_restoring && m_vault)
            m_stateSave->start();
    });
    connect(m_model, &CaseListModel::totalCountChanged, this, &CasesSection::updateCount);
    connect(m_model, &CaseListModel::searchingChanged, this, [this](bool searching) {
        if (searching) {
            m_searchingHint->start();
            return;
        }
        m_searchingHint->stop();
        updateCount();
        updateEmptyNotice();
        // The new rows are in: the case in the editor is selected again if it is among them.
        selectCase(m_editor->caseId());
    });
    connect(m_model, &CaseListModel::queryFailed, this, [this](const QString &message) {
        m_count->setText(message);
        updateEmptyNotice();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { onCurrentRowChanged(current.row()); });
    // Narrow window: a click or Enter on a row shows the editor; arrow keys only move through the list.
    connect(m_table, &QAbstractItemView::clicked, this, [this] {
        if (m_editor->hasCase())
            setDetail(true);
    });
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (m_editor->hasCase())
            setDetail(true);
    });
}

void CasesSection::connectDeadlines()
{
    connect(m_deadlines, &DeadlinesView::openCaseRequested, this, [this](const QString &id) { openCase(id); });
    // Read when their tab is shown, not at every unlock and save behind the case list.
    m_deadlines->setInSight(m_leftTabs->currentWidget() == m_deadlines);
}

// The list, its model and the deadlines, made anew after every lock (like the editor): the tables
// that showed names go, with every cached row, tooltip and accessible text; each replacement takes
// its predecessor's place in the keyboard's order.
void CasesSection::dropListAndDeadlines()
{
    // Where Tab reaches each one from, taken before anything moves.
    QWidget *const oldTable = m_table;
    QWidget *tableBefore = tabStopBefore(m_table);
    QWidget *deadlinesBefore = tabStopBefore(m_deadlines->tabStops().constFirst());

    const int index = m_casesLayout->indexOf(m_table);
    m_casesLayout->removeWidget(m_table);
    destroyLater(m_table);
    destroyLater(m_model);
    m_model = new CaseListModel(this);
    m_table = new CaseTable(m_model, m_casesLayout->parentWidget());
    m_casesLayout->insertWidget(index, m_table, 1);
    if (tableBefore)
        setTabOrder(tableBefore, m_table);
    connectList();

    if (deadlinesBefore == oldTable)
        deadlinesBefore = m_table;
    const int tab = m_leftTabs->currentIndex();
    const int deadlinesTab = m_leftTabs->indexOf(m_deadlines);
    m_leftTabs->removeTab(deadlinesTab);
    destroyLater(m_deadlines);
    m_deadlines = new DeadlinesView;
    m_leftTabs->insertTab(deadlinesTab, m_deadlines, tr("Deadlines"));
    m_leftTabs->setCurrentIndex(tab);
    for (QWidget *stop : m_deadlines->tabStops()) {
        if (deadlinesBefore)
            setTabOrder(deadlinesBefore, stop);
        deadlinesBefore = stop;
    }
    connectDeadlines();
}

// The editor with its panels, made anew after every lock: a locked desktop keeps no widget that
// showed a case (its text documents, undo stacks and item models go with it, and the freed memory
// is wiped, platform/HeapWipe).
CaseEditor *CasesSection::makeEditor()
{
    auto *editor = new CaseEditor(this);
    m_editor = editor;
    m_right->addWidget(editor);
    connect(editor, &CaseEditor::caseSaved, this, &CasesSection::onCaseSaved);
    connect(editor, &CaseEditor::backRequested, this, &CasesSection::showList);
    connect(m_editor->draftOffer(), &DraftOfferBar::restoreRequested, this, [this] {
        if (!m_vault || m_offeredKey.isEmpty())
            return;
        DraftStore store(m_vault->database());
        if (auto draft = store.find(kDraftKind, m_offeredKey); draft && draft.value()) {
            m_editor->restoreForm(draft.value()->json);
            (void)store.remove(kDraftKind, m_offeredKey);
        }
        m_offeredKey.clear();
    });
    connect(m_editor->draftOffer(), &DraftOfferBar::discardRequested, this, [this] {
        if (m_vault && !m_offeredKey.isEmpty())
            (void)DraftStore(m_vault->database()).remove(kDraftKind, m_offeredKey);
        m_offeredKey.clear();
    });
    // Later features as extra tabs of the editor.
    auto *consent = new ConsentPanel;
    consent->setObjectName(QStringLiteral("consentPanel"));
    editor->addPanel(tr("Consent"), consent, [this, consent](const QString &caseId) {
        if (caseId.isEmpty() || !m_vault || !m_vault->isOpen())
            consent->clear();
        else
            consent->setCase(caseId, m_vault->database());
    });
    auto *placement = new PlacementPanel; // issue 4: required level, suggestions, place
    editor->addPanel(tr("Placement"), placement, [this, placement](const QString &caseId) {
        if (caseId.isEmpty() || !m_vault || !m_vault->isOpen())
            placement->clear();
        else
            placement->setCase(caseId, m_vault->database());
    });
    auto *visitRules = new VisitRulesPanel; // issue 6: staff safety per case
    editor->addPanel(tr("Visit rules"), visitRules, [this, visitRules](const QString &caseId) {
        if (caseId.isEmpty() || !m_vault || !m_vault->isOpen())
            visitRules->clear();
        else
            visitRules->setCase(caseId, m_vault->database());
    });
    connect(visitRules, &VisitRulesPanel::rulesChanged, editor, &CaseEditor::refreshVisitRules);
    auto *privacy = new CasePrivacyPage; // issue 16: retention, legal hold, erasure
    editor->addPanel(tr("Privacy and retention"), privacy, [this, privacy](const QString &caseId) {
        if (caseId.isEmpty() || !m_vault || !m_vault->isOpen())
            privacy->clear();
        else
            privacy->setCase(caseId, m_vault->database());
    });
    connect(privacy, &CasePrivacyPage::caseErased, this, [this] {
        m_editor->clear();
        m_model->reload();
        m_deadlines->refresh();
        showList(); // a narrow window showed only the editor
    });
    auto *documents = new CaseDocumentsPage; // issue 16: access report and handover summary
    documents->setObjectName(QStringLiteral("caseDocumentsPage"));
    editor->addPanel(tr("Documents"), documents, [this, documents](const QString &caseId) {
        if (caseId.isEmpty() || !m_vault || !m_vault->isOpen())
            documents->clear();
        else
            documents->setCase(caseId, m_vault->database());
    });
    return editor;
}

bool CasesSection::canLeave()
{
    return m_editor->maybeSave();
}

QString CasesSection::title() const
{
    return tr("Cases");
}

QString CasesSection::summary() const
{
    return tr("The case files of the victims you coordinate, from signal to closure.");
}

QString CasesSection::helpPage() const
{
    return QStringLiteral("cases");
}

QIcon CasesSection::icon() const
{
    return QIcon::fromTheme(QStringLiteral("folder-documents"), QIcon(QStringLiteral(":/vangnet/icons/vault.svg")));
}

void CasesSection::vaultOpened(Vault &vault)
{
    m_vault = &vault;
    Database *db = &vault.database();
    m_editor->setDatabase(db);
    m_filterBar->setVault(&vault);
    restoreListState();
    m_model->setFilter(m_filterBar->filter());
    m_model->setVault(&vault);
    m_deadlines->setVault(&vault);
    m_newButton->setEnabled(true);
    m_newAction->setEnabled(true);
    m_findAction->setEnabled(true);
    // After the window has switched to the workspace, not in the middle of unlocking.
    QTimer::singleShot(0, this, &CasesSection::offerDrafts);
}

void CasesSection::keepDraft()
{
    if (!m_vault || !m_vault->isOpen() || !m_editor->isDirty())
        return;
    const QString key = m_editor->isNew() ? kNewCaseKey : m_editor->caseId();
    // Encrypted inside the vault: unsaved work survives a lock without ever being in the clear.
    (void)DraftStore(m_vault->database()).save(kDraftKind, key, m_editor->draftJson());
}

void CasesSection::offerDrafts()
{
    if (!m_vault || !m_vault->isOpen())
        return;
    // The draft of the case that was open at the lock is asked about at once; drafts kept when the
    // user switched cases wait until their case is opened again (offered in place).
    if (m_resume.vaultId == m_vault->vaultId()) {
        DraftStore drafts(m_vault->database());
        const QString key = draftKey(m_resume.caseId);
        if (auto found = drafts.find(kDraftKind, key); found && found.value()) {
            const Draft draft = *found.value();
            const bool isNew = key == kNewCaseKey;
            const QString what = isNew ? tr("a new case") : tr("a case");
            const auto answer = MessageBox::question(this, tr("Unsaved changes"),
                tr("Unsaved changes to %1 were kept when the vault was locked (%2). Restore them?")
                    .arg(what, DateText::dateTime(draft.savedAt)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            (void)drafts.remove(draft.kind, draft.key); // answered: not offered in place as well
            if (answer == QMessageBox::Yes && (isNew ? newCase() : openCase(draft.key))) {
                m_editor->setCurrentSection(m_resume.section);
                m_editor->restoreForm(draft.json);
            }
        }
    }
    resumeWhereLeft();
}

QString CasesSection::draftKey(const QString &caseId)
{
    return caseId.isEmpty() ? kNewCaseKey : caseId;
}

bool CasesSection::parkEdits()
{
    if (!m_editor->isDirty())
        return true;
    if (!m_vault || !m_vault->isOpen())
        return false;
    const QString key = m_editor->isNew() ? kNewCaseKey : m_editor->caseId();
    if (!DraftStore(m_vault->database()).save(kDraftKind, key, m_editor->draftJson()))
        return false; // the editor asks Save/Discard/Cancel instead: nothing is dropped unasked
    m_editor->revert();
    return true;
}

void CasesSection::offerDraftInPlace(const QString &key)
{
    m_offeredKey.clear();
    if (!m_vault || !m_vault->isOpen())
        return;
    auto found = DraftStore(m_vault->database()).find(kDraftKind, key);
    if (!found || !found.value())
        return;
    m_offeredKey = key;
    m_editor->draftOffer()->offer(found.value()->savedAt);
}

void CasesSection::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateLayoutMode();
}

void CasesSection::updateLayoutMode()
{
    m_narrow = width() < kNarrowWidth;
    const bool detail = m_detail && m_right->currentWidget() == m_editor;
    m_left->setVisible(!m_narrow || !detail);
    m_right->setVisible(!m_narrow || detail);
    m_editor->setBackVisible(m_narrow && detail);
}

void CasesSection::setDetail(bool detail)
{
    m_detail = detail;
    updateLayoutMode();
}

void CasesSection::showList()
{
    setDetail(false);
    if (m_narrow)
        m_table->setFocus(Qt::OtherFocusReason);
}

void CasesSection::resumeWhereLeft()
{
    // Back where the user was before the lock: the same case, the same editor section. Only in the
    // vault it was left in ("Other vault…" may have opened another one since).
    if (!m_vault || !m_vault->isOpen())
        return; // locked again meanwhile (quick hide while a draft was offered): resume next time
    const Resume resume = std::exchange(m_resume, Resume {});
    if (resume.vaultId != m_vault->vaultId() || m_editor->hasCase())
        return;
    if (!resume.caseId.isEmpty() && CaseRepository(m_vault->database()).load(resume.caseId) && openCase(resume.caseId))
        m_editor->setCurrentSection(resume.section);
}

void CasesSection::stopWork()
{
    m_model->stop();
    m_deadlines->stop();
    m_filterBar->stop();
}

void CasesSection::clear()
{
    m_stateSave->stop();
    saveListState();
    keepDraft();
    if (m_vault && m_editor->hasCase())
        m_resume = Resume { m_vault->vaultId(), m_editor->caseId(), m_editor->currentSection() };
    m_offeredKey.clear();
    m_editor->clear();
    m_editor->setDatabase(nullptr);
    if (m_vault) {
        // Destroyed, not hidden: a fresh editor waits for the next unlock. deleteLater, as the lock
        // may come from one of the editor's own shortcuts.
        CaseEditor *old = m_editor;
        m_right->removeWidget(old);
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
        makeEditor();
    }
    m_model->clear();
    m_filterBar->clear();
    m_deadlines->clear();
    if (m_vault)
        dropListAndDeadlines();
    m_searchingHint->stop();
    m_count->clear();
    m_savedFilter.clear();
    updateEmptyNotice();
    m_right->setCurrentWidget(m_placeholder);
    setDetail(false);
    m_newButton->setEnabled(false);
    m_newAction->setEnabled(false);
    m_findAction->setEnabled(false);
    m_vault = nullptr;
}

bool CasesSection::openCase(const QString &caseId)
{
    if (!m_vault)
        return false;
    if (m_editor->hasCase() && m_editor->caseId() == caseId) {
        setDetail(true);
        Q_EMIT showRequested();
        return true;
    }
    // Another case: the edits of this one are kept as a draft instead of a question.
    parkEdits();
    if (!m_editor->openCase(caseId)) {
        selectCase(m_editor->caseId());
        return false;
    }
    m_right->setCurrentWidget(m_editor);
    selectCase(caseId);
    offerDraftInPlace(caseId);
    if (!m_browsing)
        setDetail(true);
    // Opened from elsewhere (the overview comes first after unlocking): the case is shown.
    Q_EMIT showRequested();
    return true;
}

bool CasesSection::newCase()
{
    if (!m_vault)
        return false;
    parkEdits();
    if (!m_editor->newCase())
        return false;
    m_right->setCurrentWidget(m_editor);
    selectCase(QString());
    offerDraftInPlace(kNewCaseKey);
    setDetail(true);
    return true;
}

void CasesSection::onFilterChanged(const CaseFilter &filter)
{
    if (!m_vault)
        return;
    m_model->setFilter(filter); // the case in the editor is selected again when the rows arrive
}

void CasesSection::onCurrentRowChanged(int row)
{
    if (m_selecting || row < 0)
        return;
    const QString id = m_model->caseIdAt(row);
    if (id.isEmpty() || id == m_editor->caseId())
        return;
    // Narrow window: moving through the list keeps it shown (a click or Enter shows the editor).
    m_browsing = m_narrow;
    openCase(id);
    m_browsing = false;
}

void CasesSection::onCaseSaved(const QString &caseId)
{
    m_model->reload(); // selects the saved case when the new rows arrive
    m_filterBar->refreshChoices();
    m_deadlines->refresh();
    selectCase(caseId);
}

void CasesSection::selectCase(const QString &caseId)
{
    m_selecting = true;
    const int row = caseId.isEmpty() ? -1 : m_model->rowOfCase(caseId);
    if (row < 0) {
        m_table->selectionModel()->clear();
    } else {
        const QModelIndex index = m_model->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    m_selecting = false;
}

void CasesSection::updateCount()
{
    if (!m_vault) {
        m_count->clear();
        return;
    }
    if (m_model->isSearching())
        m_count->setText(tr("Searching…"));
    else
        m_count->setText(tr("%n case(s)", nullptr, m_model->totalCount()));
}

void CasesSection::updateEmptyNotice()
{
    const CaseFilter &filter = m_model->filter();
    const QStringList filters = CaseFilterBar::describe(filter);
    const QString text = filter.text.trimmed();
    const bool empty = m_vault && !m_model->isSearching() && m_model->totalCount() == 0 && m_model->rowCount() == 0
        && (!text.isEmpty() || !filters.isEmpty());
    if (empty)
        m_empty->setResult(
            text.isEmpty() ? tr("No cases match the filters.") : tr("No cases found for ‘%1’.").arg(text), filters);
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
}

void CasesSection::applySort(int column, Qt::SortOrder order)
{
    if (!CaseListModel::canSort(column, order))
        return;
    m_table->horizontalHeader()->setSortIndicator(column, order);
    m_model->sort(column, order);
}

void CasesSection::restoreListState()
{
    if (!m_vault)
        return;
    m_restoring = true;
    auto state = ViewStateStore(m_vault->database()).load(viewStateKey());
    const QJsonObject o = state ? state.value() : QJsonObject();
    // Each vault starts from its own state, or from the defaults.
    const QJsonArray widths = o.value(QStringLiteral("columnWidths")).toArray();
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        const int stored = column < widths.size() ? widths.at(column).toInt(-1) : -1;
        m_table->setColumnWidth(column, stored >= 20 && stored <= 4000 ? stored : m_table->defaultWidth(column));
    }
    const int column = o.value(QStringLiteral("sortColumn")).toInt(CaseListModel::NumberColumn);
    const Qt::SortOrder order = o.value(QStringLiteral("sortOrder")).toString() == QLatin1String("ascending")
        ? Qt::AscendingOrder
        : Qt::DescendingOrder;
    if (CaseListModel::canSort(column, order))
        applySort(column, order);
    else
        applySort(CaseListModel::NumberColumn, Qt::DescendingOrder);
    m_savedFilter.clear();
    if (const QString name = o.value(QStringLiteral("savedFilter")).toString(); !name.isEmpty())
        m_filterBar->applySavedFilter(name); // a filter deleted since is simply not applied
    m_restoring = false;
}

void CasesSection::saveListState()
{
    if (!m_vault || !m_vault->isOpen())
        return;
    QHeaderView *header = m_table->horizontalHeader();
    QJsonArray widths;
    for (int column = 0; column < CaseListModel::ColumnCount; ++column)
        widths.append(header->sectionSize(column));
    const QJsonObject state { { QStringLiteral("sortColumn"), header->sortIndicatorSection() },
        { QStringLiteral("sortOrder"),
            header->sortIndicatorOrder() == Qt::AscendingOrder ? QStringLiteral("ascending") : QStringLiteral("descending") },
        { QStringLiteral("columnWidths"), widths }, { QStringLiteral("savedFilter"), m_savedFilter } };
    // Best effort: the list works the same without it, and a lock must not wait for a message box.
    (void)ViewStateStore(m_vault->database()).save(viewStateKey(), state);
}

} // namespace vangnet
