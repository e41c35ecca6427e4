#include "cases/CaseFilterBar.h"

#include "cases/CaseListQueries.h"
#include "cases/CodeCombo.h"
#include "cases/SavedFilters.h"
#include "cases/TextPrompt.h"
#include "common/IdleStep.h"
#include "common/MessageBox.h"
#include "common/ReaderTask.h"
#include "domain/Codes.h"
#include "safety/SecurityLevel.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace vangnet {

CaseFilterBar::CaseFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_phase(new CodeCombo(CodeKind::Phase, tr("All phases"), this))
    , m_form(new CodeCombo(CodeKind::ExploitationForm, tr("All forms of exploitation"), this))
    , m_threat(new CodeCombo(CodeKind::ThreatCode, tr("Any threat assessment"), this))
    , m_coordinator(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_reflection(new QCheckBox(tr("&Reflection ends within"), this))
    , m_reflectionDays(new QSpinBox(this))
    , m_overdue(new QCheckBox(tr("O&verdue tasks"), this))
    , m_level(new QComboBox(this))
    , m_waiting(new QCheckBox(tr("Waiting for a &bed"), this))
    , m_noConsent(new QCheckBox(tr("No placement co&nsent"), this))
    , m_saved(new QComboBox(this))
    , m_save(new QToolButton(this))
    , m_delete(new QToolButton(this))
{
    setObjectName(QStringLiteral("caseFilterBar"));
    m_search->setObjectName(QStringLiteral("caseSearchEdit"));
    m_search->setPlaceholderText(tr("Search names, aliases, case numbers and notes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search cases"));
    m_phase->setObjectName(QStringLiteral("phaseFilter"));
    m_phase->setAccessibleName(tr("Phase"));
    m_form->setObjectName(QStringLiteral("formFilter"));
    m_form->setAccessibleName(tr("Form of exploitation"));
    m_threat->setObjectName(QStringLiteral("threatFilter"));
    m_threat->setAccessibleName(tr("Threat assessment"));
    m_coordinator->setObjectName(QStringLiteral("coordinatorFilter"));
    m_coordinator->setAccessibleName(tr("Coordinator"));
    m_region->setObjectName(QStringLiteral("regionFilter"));
    m_region->setAccessibleName(tr("Region"));
    for (QComboBox *box : { m_coordinator, m_region }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    for (QComboBox *box :
        { static_cast<QComboBox *>(m_phase), static_cast<QComboBox *>(m_form), static_cast<QComboBox *>(m_threat) })
        box->setMinimumContentsLength(10);
    fillChoices(m_coordinator, {});
    fillChoices(m_region, {});
    m_reflection->setObjectName(QStringLiteral("reflectionFilter"));
    m_reflectionDays->setObjectName(QStringLiteral("reflectionDaysFilter"));
    m_reflectionDays->setRange(0, 92);
    m_reflectionDays->setValue(14);
    //: Suffix of the "Reflection ends within [14] days" spin box.
    m_reflectionDays->setSuffix(tr(" days"));
    m_reflectionDays->setAccessibleName(tr("Days until the reflection period ends"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_level->setAccessibleName(tr("Required security level"));
    m_level->addItem(tr("Any security level"), -1);
    for (int level = 2; level <= 4; ++level)
        m_level->addItem(levelChoice(level), level);
    m_level->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_level->setMinimumContentsLength(10);
    m_waiting->setObjectName(QStringLiteral("waitingForBedFilter"));
    m_waiting->setToolTip(tr("Open cases whose last placement request waits, is on a wait list or was refused"));
    m_noConsent->setObjectName(QStringLiteral("withoutPlacementConsentFilter"));
    m_noConsent->setToolTip(tr("Open cases without a valid consent for a placement request; with \"Waiting for a bed\": the "
                               "requests that are due but may not be sent"));
    m_saved->setObjectName(QStringLiteral("savedFilterCombo"));
    m_saved->setAccessibleName(tr("Saved filters"));
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saved->setMinimumContentsLength(12);
    m_save->setObjectName(QStringLiteral("saveFilterButton"));
    m_save->setText(tr("Save filter…"));
    m_save->setToolTip(tr("Save the current search and filters under a name (kept in the vault)"));
    m_delete->setObjectName(QStringLiteral("deleteFilterButton"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the chosen saved filter"));
    m_delete->setEnabled(false);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    auto *choices = new QGridLayout;
    choices->setContentsMargins(0, 0, 0, 0);
    choices->addWidget(m_phase, 0, 0);
    choices->addWidget(m_form, 0, 1);
    choices->addWidget(m_coordinator, 1, 0);
    choices->addWidget(m_region, 1, 1);
    choices->addWidget(m_threat, 2, 0);
    choices->addWidget(m_level, 2, 1);
    // The ticks share one row with the reflection period: the list keeps its height on a small screen.
    auto *reflectionRow = new QHBoxLayout;
    reflectionRow->addWidget(m_reflection);
    reflectionRow->addWidget(m_reflectionDays);
    reflectionRow->addSpacing(12);
    reflectionRow->addWidget(m_overdue);
    reflectionRow->addWidget(m_waiting);
    reflectionRow->addWidget(m_noConsent);
    reflectionRow->addStretch(1);
    auto *savedRow = new QHBoxLayout;
    auto *savedLabel = new QLabel(tr("Sa&ved:"), this);
    savedLabel->setBuddy(m_saved);
    savedRow->addWidget(savedLabel);
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(m_save);
    savedRow->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(choices);
    layout->addLayout(reflectionRow);
    layout->addLayout(savedRow);
    setTabOrder(m_search, m_phase);
    setTabOrder(m_phase, m_form);
    setTabOrder(m_form, m_coordinator);
    setTabOrder(m_coordinator, m_region);
    setTabOrder(m_region, m_threat);
    setTabOrder(m_threat, m_level);
    setTabOrder(m_level, m_reflection);
    setTabOrder(m_reflection, m_reflectionDays);
    setTabOrder(m_reflectionDays, m_overdue);
    setTabOrder(m_overdue, m_waiting);
    setTabOrder(m_waiting, m_noConsent);
    setTabOrder(m_noConsent, m_saved);
    setTabOrder(m_saved, m_save);
    setTabOrder(m_save, m_delete);

    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_applying)
            m_debounce->start();
    });
    // Enter runs the search at once.
    connect(m_search, &QLineEdit::returnPressed, this, &CaseFilterBar::emitNow);
    connect(m_debounce, &QTimer::timeout, this, &CaseFilterBar::emitNow);
    for (QComboBox *box : { static_cast<QComboBox *>(m_phase), static_cast<QComboBox *>(m_form),
             static_cast<QComboBox *>(m_threat), m_coordinator, m_region, m_level })
        connect(box, &QComboBox::currentIndexChanged, this, &CaseFilterBar::emitNow);
    connect(m_reflection, &QCheckBox::toggled, this, &CaseFilterBar::emitNow);
    connect(m_reflectionDays, &QSpinBox::valueChanged, this, [this] {
        if (m_reflection->isChecked())
            emitNow();
    });
    connect(m_overdue, &QCheckBox::toggled, this, &CaseFilterBar::emitNow);
    connect(m_waiting, &QCheckBox::toggled, this, &CaseFilterBar::emitNow);
    connect(m_noConsent, &QCheckBox::toggled, this, &CaseFilterBar::emitNow);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        m_delete->setEnabled(index > 0);
        if (index > 0)
            applySavedFilter(m_saved->itemText(index));
    });
    connect(m_save, &QToolButton::clicked, this, &CaseFilterBar::askAndSave);
    connect(m_delete, &QToolButton::clicked, this, &CaseFilterBar::deleteSaved);
    reloadSavedFilters();
}

void CaseFilterBar::fillChoices(QComboBox *box, const QStringList &values)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(box == m_coordinator ? tr("All coordinators") : tr("All regions"), QString());
    for (const QString &value : values)
        box->addItem(value, value);
    int index = box->findData(current);
    if (index < 0 && !current.isEmpty()) {
        // Chosen (or restored) before the lists came, and no open case has it now: keep it, as
        // setFilter() does, so that the bar still shows the filter the list applies.
        box->addItem(current, current);
        index = box->count() - 1;
    }
    box->setCurrentIndex(std::max(index, 0));
}

void CaseFilterBar::setVault(Vault *vault)
{
    m_vault = vault;
    m_db = vault ? &vault->database() : nullptr;
    reloadSavedFilters();
    // Once the workspace is on screen, like the overview's figures.
    const quint64 generation = ++m_choicesGeneration;
    afterPendingEvents(this, [this, generation] {
        if (generation == m_choicesGeneration)
            refreshChoices();
    });
}

void CaseFilterBar::refreshChoices()
{
    const quint64 generation = ++m_choicesGeneration;
    if (!m_vault)
        return;
    // Two index walks of about a millisecond each at 100,000 cases: on a reader, so that the unlock
    // does not spend them on the window's thread (issue #12).
    using Lists = std::pair<QStringList, QStringList>;
    auto started = readInBackground(
        *m_vault, this,
        [](Database &db) -> Result<Lists> {
            auto coordinators = CaseListQueries::coordinators(db);
            if (!coordinators)
                return coordinators.error();
            auto regions = CaseListQueries::regions(db);
            if (!regions)
                return regions.error();
            return Lists { std::move(coordinators).value(), std::move(regions).value() };
        },
        [this, generation](Result<Lists> lists) {
            // An error leaves the lists as they are: the choices are a convenience, the list still
            // filters by what is typed and chosen.
            if (generation != m_choicesGeneration || !lists)
                return;
            fillChoices(m_coordinator, lists->first);
            fillChoices(m_region, lists->second);
        });
    if (started)
        m_choices = started.value();
}

void CaseFilterBar::stop()
{
    ++m_choicesGeneration;
    m_choices.waitForFinished();
}

CaseFilter CaseFilterBar::filter() const
{
    CaseFilter f;
    f.text = m_search->text();
    f.phase = m_phase->code();
    f.exploitationForm = m_form->code();
    f.coordinator = m_coordinator->currentData().toString();
    f.region = m_region->currentData().toString();
    f.threatCode = m_threat->code();
    if (m_reflection->isChecked())
        f.reflectionEndingWithinDays = m_reflectionDays->value();
    f.overdueTasks = m_overdue->isChecked();
    if (const int level = m_level->currentData().toInt(); level >= 0)
        f.minRequiredLevel = level;
    f.waitingForBed = m_waiting->isChecked();
    f.withoutPlacementConsent = m_noConsent->isChecked();
    return f;
}

void CaseFilterBar::setFilter(const CaseFilter &filter)
{
    m_applying = true;
    m_search->setText(filter.text);
    m_phase->setCode(filter.phase);
    m_form->setCode(filter.exploitationForm);
    m_threat->setCode(filter.threatCode);
    for (auto [box, value] : { std::pair { m_coordinator, filter.coordinator }, std::pair { m_region, filter.region } }) {
        int index = box->findData(value);
        if (index < 0) {
            // A saved filter may name a coordinator without cases now: keep it selectable.
            box->addItem(value, value);
            index = box->count() - 1;
        }
        box->setCurrentIndex(index);
    }
    m_reflection->setChecked(filter.reflectionEndingWithinDays.has_value());
    if (filter.reflectionEndingWithinDays)
        m_reflectionDays->setValue(*filter.reflectionEndingWithinDays);
    m_overdue->setChecked(filter.overdueTasks);
    {
        int index = m_level->findData(filter.minRequiredLevel.value_or(-1));
        if (index < 0) {
            // Levels 0 and 1 are not offered (nearly every case needs them), but a saved filter may hold one.
            m_level->addItem(levelChoice(*filter.minRequiredLevel), *filter.minRequiredLevel);
            index = m_level->count() - 1;
        }
        m_level->setCurrentIndex(index);
    }
    m_waiting->setChecked(filter.waitingForBed);
    m_noConsent->setChecked(filter.withoutPlacementConsent);
    m_applying = false;
    emitNow();
}

void CaseFilterBar::clear()
{
    m_debounce->stop();
    m_applying = true;
    const QList<QWidget *> widgets = { m_search, m_phase, m_form, m_threat, m_coordinator, m_region, m_reflection,
        m_reflectionDays, m_overdue, m_level, m_waiting, m_noConsent, m_saved };
    for (QWidget *w : widgets)
        w->blockSignals(true);
    m_search->clear();
    m_phase->setCurrentIndex(0);
    m_form->setCurrentIndex(0);
    m_threat->setCurrentIndex(0);
    m_reflection->setChecked(false);
    m_reflectionDays->setValue(14);
    m_overdue->setChecked(false);
    m_level->setCurrentIndex(0);
    m_waiting->setChecked(false);
    m_noConsent->setChecked(false);
    stop();
    m_vault = nullptr;
    m_db = nullptr;
    // Emptied first: fillChoices() keeps the chosen value, and no name may survive the lock.
    m_coordinator->clear();
    m_region->clear();
    fillChoices(m_coordinator, {});
    fillChoices(m_region, {});
    reloadSavedFilters();
    for (QWidget *w : widgets)
        w->blockSignals(false);
    m_applying = false;
}

void CaseFilterBar::clearFilters()
{
    m_debounce->stop();
    m_applying = true;
    m_search->clear();
    m_phase->setCurrentIndex(0);
    m_form->setCurrentIndex(0);
    m_threat->setCurrentIndex(0);
    m_coordinator->setCurrentIndex(0);
    m_region->setCurrentIndex(0);
    m_reflection->setChecked(false);
    m_overdue->setChecked(false);
    m_level->setCurrentIndex(0);
    m_waiting->setChecked(false);
    m_noConsent->setChecked(false);
    {
        const QSignalBlocker blocker(m_saved);
        m_saved->setCurrentIndex(0);
    }
    m_delete->setEnabled(false);
    m_applying = false;
    Q_EMIT savedFilterChosen(QString());
    emitNow();
}

QString CaseFilterBar::levelChoice(int level)
{
    if (level >= 4)
        return tr("S4 (hiding address)");
    //: A choice of the case list's security level filter: "S3 or higher".
    return tr("%1 or higher").arg(SecurityLevels::code(SecurityLevel(level)));
}

QStringList CaseFilterBar::describe(const CaseFilter &filter)
{
    QStringList out;
    if (!filter.phase.isEmpty())
        out.append(tr("phase: %1").arg(Codes::label(CodeKind::Phase, filter.phase)));
    if (!filter.exploitationForm.isEmpty())
        out.append(tr("form of exploitation: %1").arg(Codes::label(CodeKind::ExploitationForm, filter.exploitationForm)));
    if (!filter.coordinator.isEmpty())
        out.append(tr("coordinator: %1").arg(filter.coordinator));
    if (!filter.region.isEmpty())
        out.append(tr("region: %1").arg(filter.region));
    if (!filter.threatCode.isEmpty())
        out.append(tr("threat assessment: %1").arg(Codes::label(CodeKind::ThreatCode, filter.threatCode)));
    if (filter.reflectionEndingWithinDays)
        out.append(tr("reflection period ends within %n day(s)", nullptr, *filter.reflectionEndingWithinDays));
    if (filter.overdueTasks)
        out.append(tr("overdue tasks only"));
    if (filter.minRequiredLevel)
        out.append(tr("required security level: %1").arg(levelChoice(*filter.minRequiredLevel)));
    if (filter.waitingForBed)
        out.append(tr("waiting for a bed"));
    if (filter.withoutPlacementConsent)
        out.append(tr("no valid placement consent"));
    return out;
}

QString CaseFilterBar::currentSavedFilter() const
{
    return m_saved->currentIndex() > 0 ? m_saved->currentText() : QString();
}

void CaseFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseFilterBar::emitNow()
{
    if (m_applying)
        return;
    m_debounce->stop();
    Q_EMIT filterChanged(filter());
}

void CaseFilterBar::reloadSavedFilters(const QString &select)
{
    const QSignalBlocker blocker(m_saved);
    m_saved->clear();
    m_saved->addItem(tr("(choose a saved filter)"));
    if (m_db) {
        if (auto all = SavedFilters(*m_db).all())
            for (const SavedFilter &f : all.value())
                m_saved->addItem(f.name);
    }
    const int index = select.isEmpty() ? 0 : m_saved->findText(select);
    m_saved->setCurrentIndex(index < 0 ? 0 : index);
    m_saved->setEnabled(m_db != nullptr);
    m_save->setEnabled(m_db != nullptr);
    m_delete->setEnabled(m_db != nullptr && m_saved->currentIndex() > 0);
}

bool CaseFilterBar::saveFilter(const QString &name)
{
    if (!m_db)
        return false;
    if (auto st = SavedFilters(*m_db).save(name, filter()); !st) {
        MessageBox::warning(this, tr("Save filter"), st.error().message());
        return false;
    }
    reloadSavedFilters(name.trimmed());
    Q_EMIT savedFilterChosen(name.trimmed());
    return true;
}

void CaseFilterBar::askAndSave()
{
    const QString current = m_saved->currentIndex() > 0 ? m_saved->currentText() : QString();
    if (auto name = TextPrompt::ask(this, tr("Save filter"), tr("Name of this filter:"), false, current);
        name && !name->isEmpty())
        saveFilter(*name);
}

void CaseFilterBar::applySavedFilter(const QString &name)
{
    if (!m_db)
        return;
    auto all = SavedFilters(*m_db).all();
    if (!all)
        return;
    for (const SavedFilter &f : all.value()) {
        if (f.name == name) {
            setFilter(f.filter);
            {
                const QSignalBlocker blocker(m_saved);
                m_saved->setCurrentIndex(m_saved->findText(name));
            }
            m_delete->setEnabled(true);
            Q_EMIT savedFilterChosen(name);
            return;
        }
    }
}

void CaseFilterBar::deleteSaved()
{
    if (!m_db || m_saved->currentIndex() <= 0)
        return;
    const QString name = m_saved->currentText();
    if (MessageBox::question(this, tr("Delete saved filter"), tr("Delete the saved filter “%1”?").arg(name)) != QMessageBox::Yes)
        return;
    if (auto st = SavedFilters(*m_db).remove(name); !st)
        MessageBox::warning(this, tr("Delete saved filter"), st.error().message());
    reloadSavedFilters();
    Q_EMIT savedFilterChosen(QString());
}

} // namespace vangnet
