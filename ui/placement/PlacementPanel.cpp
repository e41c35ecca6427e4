#include "placement/PlacementPanel.h"
#include "placement/PlacementHistoryBox.h"

#include "common/MessageBox.h"
#include "placement/OverrideLevelDialog.h"
#include "placement/PlacementRepository.h"
#include "shelters/AvailabilityFreshness.h"
#include "shelters/ShelterCodes.h"
#include "shelters/ShelterRepository.h"

#include <QCheckBox>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vangnet {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

// Background of the level badge: the screening's green/orange/red, darker for S4. White text
// on each has a contrast ratio above 4.5:1.
QColor levelColor(int level)
{
    switch (level) {
    case 0:
        return QColor(0x4a, 0x55, 0x5c);
    case 1:
        return QColor(0x1b, 0x6e, 0x20);
    case 2:
        return QColor(0xa8, 0x4a, 0x00);
    case 3:
        return QColor(0xb7, 0x1c, 0x1c);
    default:
        return QColor(0x6d, 0x0f, 0x2a);
    }
}

QString htmlList(const QStringList &lines)
{
    QString html = QStringLiteral("<ul style=\"margin-left:0px; -qt-list-indent:1;\">");
    for (const QString &line : lines)
        html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

QString points(int p)
{
    // A real minus sign reads better than a hyphen next to a number.
    return p > 0 ? QStringLiteral("+%1").arg(p) : p < 0 ? QStringLiteral("\u2212%1").arg(-p) : QStringLiteral("0");
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

PlacementPanel::PlacementPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("placementPanel"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("placementError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_caseLabel = new QLabel(this);
    m_caseLabel->setObjectName(QStringLiteral("placementCase"));

    auto *content = new QWidget;
    m_contentLayout = new QVBoxLayout(content);
    m_contentLayout->addWidget(m_error);
    m_contentLayout->addWidget(buildLevelBox());
    m_contentLayout->addWidget(buildSuggestionsBox(), 1);
    m_history = new PlacementHistoryBox(this);
    m_contentLayout->addWidget(m_history);
    connect(m_history, &PlacementHistoryBox::confirmRequested, this, [this](const QString &id) { confirmHeldBed(id); });
    connect(m_history, &PlacementHistoryBox::endRequested, this,
        [this](const QString &id, const QString &reason) { endPlacement(id, reason); });
    connect(m_history, &PlacementHistoryBox::refuseRequested, this,
        [this](const QString &id, const QString &reason) { refusePlacement(id, reason); });
    m_contentLayout->addStretch(0); // takes the room of the suggestions when there are none

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("placementScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    clear();
}

void PlacementPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool narrow = width() < kSideBySideWidth;
    m_suggestionSplitter->setOrientation(narrow ? Qt::Vertical : Qt::Horizontal);
    // Narrow, the type keeps a few words (the table scrolls sideways inside itself for the rest)
    // instead of giving way to "…".
    QHeaderView *header = m_suggestions->horizontalHeader();
    if (narrow && header->sectionResizeMode(TypeColumn) == QHeaderView::Stretch) {
        header->setSectionResizeMode(TypeColumn, QHeaderView::Interactive);
        header->resizeSection(TypeColumn, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
    } else if (!narrow) {
        header->setSectionResizeMode(TypeColumn, QHeaderView::Stretch);
    }
}

QWidget *PlacementPanel::buildLevelBox()
{
    auto *box = new QGroupBox(tr("Required security level"));
    box->setObjectName(QStringLiteral("levelBox"));
    m_levelBadge = new QLabel(box);
    m_levelBadge->setObjectName(QStringLiteral("requiredLevel"));
    m_levelBadge->setAlignment(Qt::AlignCenter);
    QFont big = m_levelBadge->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    m_levelBadge->setFont(big);
    m_levelBadge->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("S4")) + 32);
    m_levelBadge->setAutoFillBackground(true);
    m_levelBadge->setMargin(8);

    m_levelTitle = new QLabel(box);
    m_levelTitle->setObjectName(QStringLiteral("requiredLevelTitle"));
    QFont titleFont = m_levelTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_levelTitle->setFont(titleFont);
    m_levelTitle->setWordWrap(true);
    m_levelReasons = new QLabel(box);
    m_levelReasons->setObjectName(QStringLiteral("levelReasons"));
    m_levelReasons->setWordWrap(true);
    m_levelReasons->setTextFormat(Qt::RichText);
    m_overrideInfo = new QLabel(box);
    m_overrideInfo->setObjectName(QStringLiteral("overrideInfo"));
    m_overrideInfo->setWordWrap(true);

    m_overrideButton = new QPushButton(tr("Override level…"), box);
    m_overrideButton->setObjectName(QStringLiteral("overrideLevelButton"));
    m_clearOverrideButton = new QPushButton(tr("Remove override"), box);
    m_clearOverrideButton->setObjectName(QStringLiteral("clearOverrideButton"));
    m_judge = new QCheckBox(tr("A judge authorised secure youth care"), box);
    m_judge->setObjectName(QStringLiteral("judgeAuthorisation"));
    m_judge->setToolTip(tr("Secure youth care (closed) is suggested only with a judge's authorisation."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_overrideButton);
    buttons->addWidget(m_clearOverrideButton);
    buttons->addStretch(1);

    auto *text = new QVBoxLayout;
    text->addWidget(m_caseLabel);
    text->addWidget(m_levelTitle);
    text->addWidget(m_levelReasons);
    text->addWidget(m_overrideInfo);
    text->addLayout(buttons);
    text->addWidget(m_judge); // a row of its own: beside the buttons it made the panel scroll sideways at 1024 px
    auto *row = new QHBoxLayout(box);
    row->addWidget(m_levelBadge, 0, Qt::AlignTop);
    row->addLayout(text, 1);

    connect(m_overrideButton, &QPushButton::clicked, this, &PlacementPanel::askOverride);
    connect(m_clearOverrideButton, &QPushButton::clicked, this, [this] {
        if (MessageBox::question(this, tr("Remove override"), tr("Use the level derived from the threat assessment again?"),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes)
            clearOverride();
    });
    connect(m_judge, &QCheckBox::toggled, this, [this] { reload(); });
    return box;
}

QWidget *PlacementPanel::buildSuggestionsBox()
{
    auto *box = new QGroupBox(tr("Suggested shelters"));
    box->setObjectName(QStringLiteral("suggestionsBox"));
    m_suitable = new QLabel(box);
    m_suitable->setObjectName(QStringLiteral("suitableCount"));
    m_suitable->setWordWrap(true);

    m_suggestions = new QTableWidget(0, SuggestionColumnCount, box);
    m_suggestions->setObjectName(QStringLiteral("suggestionTable"));
    m_suggestions->setHorizontalHeaderLabels(
        { tr("Rank"), tr("Shelter"), tr("Type"), tr("Level"), tr("Region"), tr("Free beds"), tr("Score") });
    m_suggestions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_suggestions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_suggestions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_suggestions->setAlternatingRowColors(true);
    m_suggestions->setWordWrap(false);
    m_suggestions->verticalHeader()->setVisible(false);
    // The shelter's name matters most: it is never cut off; the long type labels give way instead.
    m_suggestions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_suggestions->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::Stretch);
    m_suggestions->setTextElideMode(Qt::ElideRight);
    m_suggestions->setMinimumHeight(m_suggestions->verticalHeader()->defaultSectionSize() * 6);

    m_reasons = new QTreeWidget(box);
    m_reasons->setObjectName(QStringLiteral("suggestionReasons"));
    m_reasons->setColumnCount(2);
    m_reasons->setHeaderLabels({ tr("Points"), tr("Reason") });
    m_reasons->setRootIsDecorated(false);
    m_reasons->setWordWrap(true);
    m_reasons->setSelectionMode(QAbstractItemView::NoSelection);
    m_reasons->setFocusPolicy(Qt::NoFocus);
    m_reasons->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_reasons->header()->setStretchLastSection(true);
    auto *reasonsBox = new QWidget(box);
    auto *reasonsLayout = new QVBoxLayout(reasonsBox);
    reasonsLayout->setContentsMargins(0, 0, 0, 0);
    auto *reasonsTitle = new QLabel(tr("Why this shelter (points):"), reasonsBox);
    reasonsLayout->addWidget(reasonsTitle);
    reasonsLayout->addWidget(m_reasons, 1);

    m_suggestionSplitter = new QSplitter(Qt::Horizontal, box);
    auto *splitter = m_suggestionSplitter;
    splitter->setObjectName(QStringLiteral("suggestionSplitter"));
    splitter->addWidget(m_suggestions);
    splitter->addWidget(reasonsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({ 640, 360 }); // scaled to the width the panel gets

    m_notes = new QLabel(box);
    m_notes->setObjectName(QStringLiteral("adviceNotes"));
    m_notes->setWordWrap(true);

    m_nothingFits = new QFrame(box);
    m_nothingFits->setObjectName(QStringLiteral("nothingFitsFrame"));
    m_nothingFits->setFrameShape(QFrame::StyledPanel);
    m_nothingFits->setAutoFillBackground(true);
    QPalette warn = m_nothingFits->palette();
    warn.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xe0));
    warn.setColor(QPalette::WindowText, QColor(0x3d, 0x2a, 0x00));
    m_nothingFits->setPalette(warn);
    m_nothingFitsText = new QLabel(m_nothingFits);
    m_nothingFitsText->setObjectName(QStringLiteral("nothingFitsAdvice"));
    m_nothingFitsText->setWordWrap(true);
    m_nothingFitsText->setTextFormat(Qt::RichText);
    m_nothingFitsText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_nothingFits->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *nothingLayout = new QVBoxLayout(m_nothingFits);
    nothingLayout->addWidget(m_nothingFitsText);

    m_holdButton = new QPushButton(tr("Hold bed…"), box);
    m_holdButton->setObjectName(QStringLiteral("holdBedButton"));
    m_holdButton->setToolTip(tr("Reserve a bed in the selected shelter for a number of days"));
    m_placeButton = new QPushButton(tr("Place…"), box);
    m_placeButton->setObjectName(QStringLiteral("placeButton"));
    m_placeButton->setToolTip(tr("Place the case in the selected shelter"));
    m_requestButton = new QPushButton(tr("Request bed"), box);
    m_requestButton->setObjectName(QStringLiteral("requestBedButton"));
    m_requestButton->setToolTip(
        tr("Ask the selected shelter for a bed; no bed is taken until it is held or the person is placed"));
    m_waitListButton = new QPushButton(tr("Put on wait list"), box);
    m_waitListButton->setObjectName(QStringLiteral("waitListButton"));
    m_waitListButton->setToolTip(tr("For an excluded shelter whose only obstacle is that it is full"));
    m_showExcluded = new QPushButton(box);
    m_showExcluded->setObjectName(QStringLiteral("showExcludedButton"));
    m_showExcluded->setCheckable(true);

    m_excluded = new QTreeWidget(box);
    m_excluded->setObjectName(QStringLiteral("excludedTree"));
    m_excluded->setColumnCount(2);
    m_excluded->setHeaderLabels({ tr("Shelter / rule"), tr("Why not") });
    m_excluded->setWordWrap(true);
    m_excluded->setUniformRowHeights(false);
    m_excluded->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_excluded->header()->setStretchLastSection(true);
    m_excluded->setMinimumHeight(m_suggestions->minimumHeight());
    m_excluded->setVisible(false);

    // Two rows: the actions on the selected shelter, then the excluded ones. In one row they made the
    // panel scroll sideways on a 1024 px screen (in Dutch).
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_requestButton);
    actions->addWidget(m_holdButton);
    actions->addWidget(m_placeButton);
    actions->addStretch(1);
    auto *excludedActions = new QHBoxLayout;
    excludedActions->addWidget(m_showExcluded);
    excludedActions->addWidget(m_waitListButton);
    excludedActions->addStretch(1);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_suitable);
    layout->addWidget(m_nothingFits);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_notes);
    layout->addLayout(actions);
    layout->addLayout(excludedActions);
    layout->addWidget(m_excluded, 1);

    connect(m_suggestions, &QTableWidget::itemSelectionChanged, this, [this] {
        showSelectedReasons();
        updateButtons();
    });
    connect(m_showExcluded, &QPushButton::toggled, this, [this](bool on) {
        m_excluded->setVisible(on);
        showExcluded();
    });
    connect(m_holdButton, &QPushButton::clicked, this, &PlacementPanel::askHold);
    connect(m_requestButton, &QPushButton::clicked, this, [this] { requestSelected(); });
    connect(m_waitListButton, &QPushButton::clicked, this, [this] { waitListSelected(); });
    connect(m_excluded, &QTreeWidget::itemSelectionChanged, this, &PlacementPanel::updateButtons);
    connect(m_placeButton, &QPushButton::clicked, this, [this] { placeSelected(); });
    return box;
}

void PlacementPanel::setCase(const QString &caseId, Database &db)
{
    m_db = &db;
    if (caseId != m_caseId) {
        m_caseId = caseId;
        m_history->forgetNames();
        const QSignalBlocker blocker(m_judge);
        m_judge->setChecked(false);
        m_showExcluded->setChecked(false);
    }
    reload();
}

void PlacementPanel::clear()
{
    m_db = nullptr;
    m_registry.clear();
    m_caseId.clear();
    m_view.reset();
    m_history->forgetNames();
    {
        const QSignalBlocker blocker(m_judge);
        m_judge->setChecked(false);
    }
    m_showExcluded->setChecked(false);
    m_error->clear();
    m_error->setVisible(false);
    showView();
}

void PlacementPanel::reload()
{
    if (!m_db || m_caseId.isEmpty()) {
        clear();
        return;
    }
    const QString selected = selectedShelterId();
    PlacementOptions options;
    options.judgeAuthorisation = m_judge->isChecked();
    options.limit = 0; // every suitable shelter, ranked; the first rows are the advice
    auto loaded = PlacementService(*m_db, &m_registry).load(m_caseId, options);
    if (!loaded) {
        m_view.reset();
        m_error->setText(loaded.error().message());
        m_error->setVisible(true);
    } else {
        m_view = std::move(loaded).value();
        m_error->clear();
        m_error->setVisible(false);
    }
    showView();
    if (!selected.isEmpty())
        selectSuggestion(selected);
}

void PlacementPanel::showView()
{
    showLevel();
    showSuggestions();
    showNothingFits();
    showExcluded();
    showHistory();
    updateButtons();
}

void PlacementPanel::showLevel()
{
    if (!m_view) {
        m_caseLabel->clear();
        m_levelBadge->setText(QStringLiteral("–"));
        m_levelBadge->setPalette(palette());
        m_levelTitle->setText(m_caseId.isEmpty() ? tr("Save the case to see placement advice.") : QString());
        m_levelReasons->clear();
        m_overrideInfo->clear();
        m_overrideInfo->setVisible(false);
        return;
    }
    const RequiredLevel &required = m_view->advice.required;
    m_caseLabel->setText(tr("Case %1").arg(m_view->caseNumber));
    m_levelBadge->setText(ShelterCodes::levelCode(required.level));
    QPalette p = m_levelBadge->palette();
    p.setColor(QPalette::Window, levelColor(required.level));
    p.setColor(QPalette::WindowText, Qt::white);
    m_levelBadge->setPalette(p);
    m_levelBadge->setToolTip(ShelterCodes::levelLabel(required.level));
    m_levelTitle->setText(ShelterCodes::levelLabel(required.level));
    m_levelReasons->setText(tr("How this level was reached:") + htmlList(required.reasons));
    if (required.overridden) {
        m_overrideInfo->setText(tr("Set by hand; the threat assessment gives %1. Reason: %2")
                                    .arg(ShelterCodes::levelCode(required.derivedLevel), required.overrideReason));
        m_overrideInfo->setVisible(true);
    } else {
        m_overrideInfo->clear();
        m_overrideInfo->setVisible(false);
    }
}

void PlacementPanel::showSuggestions()
{
    m_suggestions->setRowCount(0);
    m_reasons->clear();
    m_notes->clear();
    m_notes->setVisible(false);
    if (!m_view) {
        m_suitable->clear();
        return;
    }
    const PlacementAdvice &advice = m_view->advice;
    const QVector<Suggestion> &list = advice.suggestions;
    m_suggestions->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Suggestion &s = list.at(row);
        auto *rank = cell(QString::number(row + 1), Qt::AlignRight | Qt::AlignVCenter);
        rank->setData(kIdRole, s.shelterId);
        m_suggestions->setItem(row, RankColumn, rank);
        m_suggestions->setItem(row, ShelterColumn, cell(s.name));
        m_suggestions->setItem(row, TypeColumn, cell(ShelterCodes::label(ShelterCodeKind::ShelterType, s.type)));
        auto *level = cell(ShelterCodes::levelCode(s.securityLevel), Qt::AlignCenter);
        level->setToolTip(ShelterCodes::levelLabel(s.securityLevel));
        m_suggestions->setItem(row, LevelColumn, level);
        m_suggestions->setItem(row, RegionColumn, cell(s.region));
        auto *beds = cell(QString::number(s.freeBeds), Qt::AlignRight | Qt::AlignVCenter);
        beds->setToolTip(AvailabilityFreshness::text(s.availabilityAsOf, QDate::currentDate()));
        if (const QColor c = AvailabilityFreshness::color(AvailabilityFreshness::level(s.availabilityAsOf, QDate::currentDate()));
            c.isValid())
            beds->setForeground(c);
        m_suggestions->setItem(row, FreeBedsColumn, beds);
        m_suggestions->setItem(row, ScoreColumn, cell(points(s.score), Qt::AlignRight | Qt::AlignVCenter));
    }
    m_suitable->setVisible(advice.suitableCount > 0);
    if (advice.suitableCount > 0)
        m_suitable->setText(
            tr("%n shelter(s) fit this case, best first. Every one is at or above the required level and has a free bed.",
                nullptr, advice.suitableCount));
    if (!advice.notes.isEmpty()) {
        m_notes->setText(advice.notes.join(QLatin1Char('\n')));
        m_notes->setVisible(true);
    }
    if (!list.isEmpty())
        m_suggestions->selectRow(0);
    showSelectedReasons();
}

void PlacementPanel::showSelectedReasons()
{
    m_reasons->clear();
    const Suggestion *s = selectedSuggestion();
    if (!s)
        return;
    for (const ScoreReason &r : s->reasons) {
        auto *item = new QTreeWidgetItem(m_reasons, { points(r.points), r.text });
        item->setData(0, kIdRole, r.code);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignTop);
        item->setToolTip(1, r.text);
        const QColor c = r.points > 0 ? QColor(0x1b, 0x5e, 0x20) : r.points < 0 ? QColor(0xb0, 0x00, 0x20) : QColor();
        if (c.isValid()) {
            item->setForeground(0, c);
            item->setForeground(1, c);
        }
    }
    auto *total = new QTreeWidgetItem(m_reasons, { points(s->score), tr("Score of %1").arg(s->name) });
    total->setTextAlignment(0, Qt::AlignRight | Qt::AlignTop);
    QFont bold = m_reasons->font();
    bold.setBold(true);
    total->setFont(0, bold);
    total->setFont(1, bold);
}

void PlacementPanel::showExcluded()
{
    const int count = m_view ? int(m_view->advice.excluded.size()) : 0;
    m_showExcluded->setText(
        m_showExcluded->isChecked() ? tr("Hide excluded shelters") : tr("Show excluded shelters (%1)").arg(count));
    m_showExcluded->setEnabled(count > 0 || m_showExcluded->isChecked());
    m_excluded->clear();
    if (!m_view || !m_showExcluded->isChecked())
        return;
    QFont bold = m_excluded->font();
    bold.setBold(true);
    for (const Exclusion &e : m_view->advice.excluded) {
        auto *top = new QTreeWidgetItem(m_excluded);
        top->setData(0, kIdRole, e.shelterId);
        top->setText(0, e.name);
        top->setFont(0, bold);
        top->setText(1,
            tr("%1 · %2 · %n rule(s)", nullptr, int(e.violations.size()))
                .arg(ShelterCodes::levelCode(e.securityLevel), ShelterCodes::label(ShelterCodeKind::ShelterType, e.type)));
        for (const RuleViolation &v : e.violations) {
            auto *child = new QTreeWidgetItem(top);
            child->setData(0, kIdRole, PlacementRules::code(v.rule));
            child->setText(0, PlacementRules::title(v.rule));
            child->setText(1, v.text);
            child->setToolTip(1, v.text);
        }
        top->setExpanded(true);
    }
    m_excluded->resizeColumnToContents(0);
}

void PlacementPanel::showNothingFits()
{
    // With nothing to suggest, the advice takes the place of the empty table.
    const bool suggestions = !m_view || !m_view->advice.nothingFits;
    m_suggestionSplitter->setVisible(suggestions);
    m_contentLayout->setStretch(2, suggestions ? 1 : 0);
    m_contentLayout->setStretch(m_contentLayout->count() - 1, suggestions ? 0 : 1);
    if (!m_view || !m_view->advice.nothingFits) {
        m_nothingFits->setVisible(false);
        m_nothingFitsText->clear();
        return;
    }
    const NothingFits &n = *m_view->advice.nothingFits;
    QString html = QStringLiteral("<b>") + n.text.toHtmlEscaped() + QStringLiteral("</b>");
    if (!n.nextSteps.isEmpty())
        html += QStringLiteral("<p>") + tr("What you can do now:").toHtmlEscaped() + QStringLiteral("</p>")
            + htmlList(n.nextSteps);
    m_nothingFitsText->setText(html);
    m_nothingFits->setVisible(true);
}

void PlacementPanel::showHistory()
{
    m_history->showPlacements(m_db, m_caseId, m_view ? m_view->placements : QVector<Placement> {});
}

const Suggestion *PlacementPanel::selectedSuggestion() const
{
    if (!m_view)
        return nullptr;
    const QList<QTableWidgetItem *> items = m_suggestions->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_view->advice.suggestions.size() ? &m_view->advice.suggestions.at(row) : nullptr;
}

QString PlacementPanel::selectedShelterId() const
{
    const Suggestion *s = selectedSuggestion();
    return s ? s->shelterId : QString();
}

bool PlacementPanel::selectSuggestion(const QString &shelterId)
{
    for (int row = 0; row < m_suggestions->rowCount(); ++row) {
        if (m_suggestions->item(row, RankColumn)->data(kIdRole).toString() == shelterId) {
            m_suggestions->selectRow(row);
            m_suggestions->scrollToItem(m_suggestions->item(row, RankColumn));
            return true;
        }
    }
    return false;
}

void PlacementPanel::setShowExcluded(bool show)
{
    m_showExcluded->setChecked(show);
}

QString PlacementPanel::selectedPlacementId() const
{
    return m_history->selectedPlacementId();
}

void PlacementPanel::updateButtons()
{
    const bool loaded = m_view.has_value();
    m_overrideButton->setEnabled(loaded);
    m_clearOverrideButton->setEnabled(loaded && m_view->advice.required.overridden);
    m_clearOverrideButton->setVisible(loaded && m_view->advice.required.overridden);
    m_judge->setEnabled(loaded);
    const bool suggestion = selectedSuggestion() != nullptr;
    m_holdButton->setEnabled(suggestion);
    m_placeButton->setEnabled(suggestion);
    m_requestButton->setEnabled(suggestion);
    bool onlyFull = false;
    if (const QTreeWidgetItem *item = m_excluded->currentItem(); loaded && item && item->isSelected() && !item->parent()) {
        const QString id = item->data(0, kIdRole).toString();
        for (const Exclusion &e : m_view->advice.excluded)
            if (e.shelterId == id)
                onlyFull = e.violations.size() == 1 && e.violations.first().rule == PlacementRule::FreeBed;
    }
    m_waitListButton->setEnabled(onlyFull);
    m_waitListButton->setVisible(m_showExcluded->isChecked());
}

void PlacementPanel::changed()
{
    m_history->forgetNames();
    reload();
    Q_EMIT placementsChanged(m_caseId);
}

bool PlacementPanel::setOverride(int level, const QString &reason)
{
    if (!m_db || !m_view)
        return false;
    const Status status = PlacementService(*m_db, &m_registry).setOverride(m_view->caseId, level, reason.trimmed());
    if (!status) {
        MessageBox::warning(this, tr("Override security level"), status.error().message());
        return false;
    }
    reload();
    return true;
}

bool PlacementPanel::clearOverride()
{
    if (!m_db || !m_view)
        return false;
    const Status status = PlacementService(*m_db, &m_registry).clearOverride(m_view->caseId);
    if (!status) {
        MessageBox::warning(this, tr("Remove override"), status.error().message());
        return false;
    }
    reload();
    return true;
}

bool PlacementPanel::placeSelected()
{
    const Suggestion *s = selectedSuggestion();
    if (!m_db || !s)
        return false;
    const Suggestion chosen = *s;
    if (MessageBox::question(this, tr("Place"),
            tr("Place case %1 in %2 (%3, %4)? One of its %n free bed(s) is taken.", nullptr, chosen.freeBeds)
                .arg(m_view->caseNumber, chosen.name, ShelterCodes::levelCode(chosen.securityLevel), chosen.region),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;
    PlacementOptions options;
    options.judgeAuthorisation = m_judge->isChecked();
    const auto placed = PlacementService(*m_db, &m_registry).place(m_view->caseId, chosen.shelterId, 0, QString(), options);
    if (!placed) {
        MessageBox::warning(this, tr("Place"), placed.error().message());
        return false;
    }
    changed();
    return true;
}

bool PlacementPanel::requestSelected()
{
    const Suggestion *s = selectedSuggestion();
    if (!m_db || !s)
        return false;
    PlacementOptions options;
    options.judgeAuthorisation = m_judge->isChecked();
    const auto requested = PlacementService(*m_db, &m_registry).request(m_view->caseId, s->shelterId, false, QString(), options);
    if (!requested) {
        MessageBox::warning(this, tr("Request bed"), requested.error().message());
        return false;
    }
    changed();
    return true;
}

bool PlacementPanel::waitListSelected()
{
    const QTreeWidgetItem *item = m_excluded->currentItem();
    if (!m_db || !m_view || !item || item->parent())
        return false;
    PlacementOptions options;
    options.judgeAuthorisation = m_judge->isChecked();
    const auto listed = PlacementService(*m_db, &m_registry)
                            .request(m_view->caseId, item->data(0, kIdRole).toString(), true, QString(), options);
    if (!listed) {
        MessageBox::warning(this, tr("Put on wait list"), listed.error().message());
        return false;
    }
    changed();
    return true;
}

bool PlacementPanel::refusePlacement(const QString &placementId, const QString &reason)
{
    if (!m_db)
        return false;
    if (reason.trimmed().isEmpty()) {
        MessageBox::warning(this, tr("Refused by shelter"), tr("A refusal is recorded only with a reason."));
        return false;
    }
    const auto refused = PlacementRepository(*m_db).transition(placementId, QStringLiteral("refused"), reason.trimmed());
    if (!refused) {
        MessageBox::warning(this, tr("Refused by shelter"), refused.error().message());
        return false;
    }
    changed();
    return true;
}

bool PlacementPanel::holdSelected(int days)
{
    const Suggestion *s = selectedSuggestion();
    if (!m_db || !s)
        return false;
    PlacementOptions options;
    options.judgeAuthorisation = m_judge->isChecked();
    const auto held = PlacementService(*m_db, &m_registry).place(m_view->caseId, s->shelterId, days, QString(), options);
    if (!held) {
        MessageBox::warning(this, tr("Hold bed"), held.error().message());
        return false;
    }
    changed();
    return true;
}

bool PlacementPanel::endPlacement(const QString &placementId, const QString &reason)
{
    if (!m_db)
        return false;
    const auto ended = PlacementRepository(*m_db).end(placementId, reason.trimmed());
    if (!ended) {
        MessageBox::warning(this, tr("End placement"), ended.error().message());
        return false;
    }
    changed();
    return true;
}

bool PlacementPanel::confirmHeldBed(const QString &placementId)
{
    if (!m_db)
        return false;
    const auto placed = PlacementRepository(*m_db).transition(placementId, QStringLiteral("placed"), tr("Held bed taken up"));
    if (!placed) {
        MessageBox::warning(this, tr("Take up held bed"), placed.error().message());
        return false;
    }
    changed();
    return true;
}

void PlacementPanel::askOverride()
{
    if (!m_view)
        return;
    const RequiredLevel &required = m_view->advice.required;
    OverrideLevelDialog dialog(required.derivedLevel, required.level, this);
    if (required.overridden)
        dialog.setReason(required.overrideReason);
    if (dialog.exec() == QDialog::Accepted)
        setOverride(dialog.level(), dialog.reason());
}

void PlacementPanel::askHold()
{
    const Suggestion *s = selectedSuggestion();
    if (!s)
        return;
    bool ok = false;
    const int days
        = QInputDialog::getInt(this, tr("Hold bed"), tr("Hold a bed in %1 for how many days?").arg(s->name), 3, 1, 90, 1, &ok);
    if (ok)
        holdSelected(days);
}

} // namespace vangnet
