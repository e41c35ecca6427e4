#include "cases/CaseEditor.h"

#include "i18n/DateText.h"

#include "cases/CaseFormValues.h"

#include "audit/AuditLog.h"
#include "cases/AttachmentPreview.h"
#include "cases/Attachments.h"
#include "cases/CaseJson.h"
#include "cases/CaseProblems.h"
#include "cases/CaseRepository.h"
#include "cases/CodeChecks.h"
#include "cases/CodeCombo.h"
#include "cases/DraftOfferBar.h"
#include "cases/SectionList.h"
#include "cases/TextPrompt.h"
#include "common/LineEditWipe.h"
#include "common/MessageBox.h"
#include "domain/InputLimits.h"
#include "domain/Phase.h"
#include "domain/ReflectionPeriod.h"
#include "platform/AtomicFile.h"
#include "safety/DangerAssessment.h"
#include "safety/DangerBanner.h"
#include "safety/SecureClipboard.h"
#include "safety/VisitRulesRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vangnet {

using namespace caseform;

CaseEditor::CaseEditor(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_phaseLabel(new QLabel(this))
    , m_phaseButtons(new QHBoxLayout)
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_revertButton(new QPushButton(tr("Re&vert"), this))
    , m_duplicates(new QLabel(this))
    , m_generalError(new QLabel(this))
    , m_banner(new DangerBanner(this))
    , m_tabs(new SectionList(this))
    , m_backButton(new QPushButton(tr("Case list"), this))
    , m_draftOffer(new DraftOfferBar(this))
{
    setObjectName(QStringLiteral("caseEditor"));
    m_header->setObjectName(QStringLiteral("caseHeader"));
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.35);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_header->setTextFormat(Qt::PlainText);
    m_phaseLabel->setObjectName(QStringLiteral("phaseLabel"));
    m_phaseLabel->setTextFormat(Qt::PlainText);
    m_saveButton->setObjectName(QStringLiteral("saveCaseButton"));
    m_saveButton->setToolTip(tr("Save the changes to this case (Ctrl+S)"));
    m_revertButton->setObjectName(QStringLiteral("revertCaseButton"));
    m_revertButton->setToolTip(tr("Undo all changes since the last save"));
    m_duplicates->setObjectName(QStringLiteral("duplicatesLabel"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setTextFormat(Qt::PlainText);
    m_duplicates->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3d2e00; border: 1px solid #e0c060;"
                                               " border-radius: 4px; padding: 6px; }"));
    m_duplicates->hide();
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setWordWrap(true);
    m_generalError->setTextFormat(Qt::PlainText);
    m_generalError->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_generalError->hide();
    m_tabs->setObjectName(QStringLiteral("editorSections"));
    m_backButton->setObjectName(QStringLiteral("backToListButton"));
    m_backButton->setAccessibleName(tr("Back to the case list"));
    m_backButton->setToolTip(tr("Back to the case list (Alt+Left)"));
    m_backButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_backButton->setIcon(QIcon::fromTheme(QStringLiteral("go-previous")));
    m_backButton->hide();
    m_saveButton->setAccessibleName(tr("Save the case"));
    m_revertButton->setAccessibleName(tr("Revert the case"));

    m_buildingTab = 0;
    m_tabs->addSection(buildPersonTab(), tr("Person"));
    m_buildingTab = 1;
    m_tabs->addSection(buildResidenceTab(), tr("Residence && signal"));
    m_buildingTab = 2;
    m_tabs->addSection(buildExploitationTab(), tr("Exploitation"));
    m_buildingTab = 3;
    m_tabs->addSection(buildSafetyTab(), tr("Safety"));
    m_buildingTab = 4;
    m_tabs->addSection(buildNeedsTab(), tr("Needs"));
    m_buildingTab = 5;
    m_tabs->addSection(buildTasksTab(), tr("Tasks"));
    m_tabs->addSection(buildNotesTab(), tr("Notes"));
    m_tabs->addSection(buildAttachmentsTab(), tr("Attachments"));
    m_tabs->addSection(buildHistoryTab(), tr("History"));

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_backButton);
    titleRow->addWidget(m_header);
    titleRow->addWidget(m_phaseLabel);
    titleRow->addStretch(1);
    titleRow->addWidget(m_revertButton);
    titleRow->addWidget(m_saveButton);
    auto *phaseRow = new QHBoxLayout;
    m_phaseCaption = new QLabel(tr("Move to:"), this);
    m_phaseCaption->setObjectName(QStringLiteral("phaseCaption"));
    phaseRow->addWidget(m_phaseCaption);
    phaseRow->addLayout(m_phaseButtons);
    phaseRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(titleRow);
    layout->addLayout(phaseRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_generalError);
    layout->addWidget(m_draftOffer);
    layout->addWidget(m_tabs, 1);

    auto *saveAction = new QAction(tr("Save case"), this);
    saveAction->setObjectName(QStringLiteral("saveCaseAction"));
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_open)
            save();
    });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revertButton, &QPushButton::clicked, this, &CaseEditor::revert);
    connect(m_backButton, &QPushButton::clicked, this, &CaseEditor::backRequested);
    clear();
}

// ---- rows of the tables ----

// ---- form <-> JSON ----

// ---- opening, saving ----

void CaseEditor::setDatabase(Database *db)
{
    m_db = db;
}

bool CaseEditor::openCase(const QString &caseId)
{
    if (!m_db)
        return false;
    if (m_open && caseId == m_case.id)
        return true;
    if (!maybeSave())
        return false;
    auto loaded = CaseRepository(*m_db).load(caseId);
    if (!loaded) {
        MessageBox::warning(this, tr("Open case"), loaded.error().message());
        return false;
    }
    m_duplicates->hide();
    const int section = m_tabs->currentIndex();
    load(loaded.value());
    m_tabs->setCurrentIndex(section); // the section chosen stays when another case is opened
    return true;
}

bool CaseEditor::newCase()
{
    if (!m_db || !maybeSave())
        return false;
    Case c;
    c.coordinator = AuditLog::currentActor();
    m_duplicates->hide();
    load(c);
    m_tabs->setCurrentIndex(0);
    m_texts.value(QStringLiteral("givenName"))->setFocus(Qt::OtherFocusReason);
    return true;
}

void CaseEditor::refreshVisitRules()
{
    m_banner->setVisitRules(VisitRules {});
    if (m_db && !m_case.id.isEmpty()) {
        if (auto rules = VisitRulesRepository(*m_db).find(m_case.id); rules && rules.value())
            m_banner->setVisitRules(*rules.value());
    }
}

void CaseEditor::load(const Case &c)
{
    m_case = c;
    m_open = true;
    m_proposedEnd.clear();
    m_draftOffer->hide();
    setEnabled(true);
    clearProblems();
    populate(CaseJson::toEditableJson(c));
    m_baseline = formJson();
    m_noteEdit->clear();
    m_attachmentError->hide();
    refreshNotes();
    refreshAttachments();
    refreshHistory();
    refreshPhaseButtons();
    refreshHeader();
    refreshVisitRules();
    const bool saved = !c.id.isEmpty();
    for (QWidget *w : { static_cast<QWidget *>(m_noteEdit), static_cast<QWidget *>(m_addNote),
             static_cast<QWidget *>(m_addAttachment), static_cast<QWidget *>(m_saveAttachment) })
        w->setEnabled(saved);
    m_noteEdit->setPlaceholderText(saved ? QString() : tr("Save the new case first to add notes."));
    refreshDerived();
    notifyPanels();
    Q_EMIT caseOpened(c.id);
}

bool CaseEditor::isDirty() const
{
    return m_open && (formJson() != m_baseline || !pendingNote().isEmpty());
}

QString CaseEditor::pendingNote() const
{
    return m_noteEdit->toPlainText().trimmed();
}

QJsonObject CaseEditor::draftJson() const
{
    QJsonObject draft = formJson();
    if (!pendingNote().isEmpty())
        draft.insert(QStringLiteral("pendingNote"), m_noteEdit->toPlainText());
    return draft;
}

int CaseEditor::currentSection() const
{
    return m_tabs->currentIndex();
}

void CaseEditor::setCurrentSection(int index)
{
    if (index >= 0 && index < m_tabs->count())
        m_tabs->setCurrentIndex(index);
}

void CaseEditor::setBackVisible(bool visible)
{
    m_backButton->setVisible(visible);
}

bool CaseEditor::maybeSave()
{
    if (!isDirty())
        return true;
    const QString what
        = isNew() ? tr("The new case has unsaved changes.") : tr("Case %1 has unsaved changes.").arg(m_case.number);
    const auto answer = MessageBox::question(this, tr("Unsaved changes"), what + QLatin1Char(' ') + tr("Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

bool CaseEditor::save()
{
    if (!m_db || !m_open)
        return false;
    clearProblems();
    auto parsed = CaseJson::fromJson(formJson());
    if (!parsed) {
        showProblems(CaseProblems::split(parsed.error()));
        return false;
    }
    Case c = std::move(parsed).value();
    QString reflectionReason;
    if (!askReflectionReason(c, reflectionReason))
        return false;
    CaseRepository repo(*m_db);
    QString id = m_case.id;
    if (isNew()) {
        auto created = repo.create(c, reflectionReason);
        if (!created) {
            showProblems(CaseProblems::split(created.error()));
            return false;
        }
        id = created->id;
        if (!created->possibleDuplicates.isEmpty()) {
            QStringList lines;
            for (const DuplicateHint &hint : created->possibleDuplicates)
                lines.append(hint.reason == QLatin1String("alias") ? tr("%1 (an alias matches)").arg(hint.number)
                                                                   : tr("%1 (same name and birth date)").arg(hint.number));
            m_duplicates->setText(tr("Possible duplicate: this person may already have a case: %1. Check before going on.")
                                      .arg(lines.join(QStringLiteral(", "))));
            m_duplicates->show();
        }
    } else {
        c.id = m_case.id;
        c.phase = m_case.phase;
        if (auto st = repo.update(c, reflectionReason); !st) {
            showProblems(CaseProblems::split(st.error()));
            return false;
        }
    }
    auto reloaded = repo.load(id);
    if (!reloaded) {
        MessageBox::warning(this, tr("Save case"), reloaded.error().message());
        return false;
    }
    const int tab = m_tabs->currentIndex();
    const QString note = pendingNote();
    load(reloaded.value());
    m_tabs->setCurrentIndex(tab);
    Q_EMIT caseSaved(id);
    // A note typed but not added is saved with the case; it would otherwise be lost on leaving.
    if (!note.isEmpty() && !addNote(note))
        m_noteEdit->setPlainText(note);
    return true;
}

void CaseEditor::revert()
{
    if (!m_open)
        return;
    clearProblems();
    populate(m_baseline);
    m_noteEdit->clear();
    refreshDerived();
}

void CaseEditor::restoreForm(const QJsonObject &form)
{
    if (!m_open)
        return;
    QJsonObject fields = form;
    const QString note = fields.take(QStringLiteral("pendingNote")).toString();
    populate(fields);
    if (!note.isEmpty() && !isNew())
        m_noteEdit->setPlainText(note);
    refreshDerived();
}

void CaseEditor::clear()
{
    m_case = Case();
    m_open = false;
    m_baseline = QJsonObject();
    populate(CaseJson::toEditableJson(Case()));
    for (QLineEdit *edit : std::as_const(m_texts))
        wipeLineEdit(edit); // also drops the undo history, which clear() would keep
    m_noteEdit->clear();
    m_notes->clear();
    delete m_preview; // destroyed, with its copy of the scan, not just hidden
    m_attachments->clear();
    m_attachmentError->clear();
    m_attachmentError->hide();
    m_history->setRowCount(0);
    m_duplicates->clear();
    m_duplicates->hide();
    m_draftOffer->hide();
    clearProblems();
    m_banner->clear();
    m_reflectionLeft->clear();
    m_reflectionBar->setValue(0);
    refreshPhaseButtons();
    refreshHeader();
    m_lastDirty = false;
    m_saveButton->setEnabled(false);
    m_revertButton->setEnabled(false);
    setEnabled(false);
    notifyPanels();
}

// ---- the B8 reflection period ----

void CaseEditor::proposeReflectionEnd()
{
    if (m_loading)
        return;
    QLineEdit *endEdit = m_texts.value(QStringLiteral("reflectionEnd"));
    const QString endText = endEdit->text().trimmed();
    if (!endText.isEmpty() && endText != m_proposedEnd)
        return; // typed or recorded by hand: never overwritten
    const QDate start
        = QDate::fromString(dateValue(m_texts.value(QStringLiteral("reflectionStart"))->text()).toString(), Qt::ISODate);
    const QString proposal = start.isValid() ? DateText::date(ReflectionPeriod::latestEnd(start)) : QString();
    if (proposal.isEmpty() && endText.isEmpty())
        return;
    m_proposedEnd = proposal;
    endEdit->setText(proposal);
}

bool CaseEditor::askReflectionReason(const Case &after, QString &reason)
{
    Case proposed = after;
    ReflectionPeriod::proposeEnd(proposed);
    const Case before = isNew() ? Case() : m_case;
    if (!ReflectionPeriod::endDeparts(before, proposed))
        return true;
    const QDate from
        = before.reflectionEnd.isValid() ? before.reflectionEnd : ReflectionPeriod::latestEnd(proposed.reflectionStart);
    const QLocale locale;
    const QString question = proposed.reflectionEnd.isValid()
        ? tr("The reflection period now ends on %1 instead of %2. Why? The reason is kept in the case history.")
              .arg(DateText::date(proposed.reflectionEnd), DateText::date(from))
        : tr("The end of the reflection period (%1) is removed. Why? The reason is kept in the case history.")
              .arg(DateText::date(from));
    const auto answer = TextPrompt::ask(this, tr("Reflection period changed"), question);
    if (!answer || answer->isEmpty()) {
        showProblems({ FieldProblem {
            QStringLiteral("reflectionEnd"), tr("give a reason for the changed end (an extension or an early end) to save") } });
        return false;
    }
    reason = *answer;
    return true;
}

// ---- derived display ----

void CaseEditor::refreshDerived()
{
    if (m_loading)
        return;
    // The danger banner follows the form as it is typed, not only after saving.
    DangerFacts facts;
    facts.threatCode = m_codes.value(QStringLiteral("threat.code"))->code();
    facts.policeProtection = m_flags.value(QStringLiteral("threat.policeProtection"))->isChecked();
    facts.perpetratorSearching = m_flags.value(QStringLiteral("threat.perpetratorSearching"))->isChecked();
    facts.perpetratorKnowsLocation = m_flags.value(QStringLiteral("threat.perpetratorKnowsLocation"))->isChecked();
    for (int row = 0; row < m_perpetrators->rowCount(); ++row)
        facts.addPerpetrator(cellChecked(m_perpetrators, row, 3), cellChecked(m_perpetrators, row, 4));
    if (m_open)
        m_banner->setAssessment(DangerAssessment::assess(facts));

    // The B8 time line: days left of the reflection period.
    const QDate start
        = QDate::fromString(dateValue(m_texts.value(QStringLiteral("reflectionStart"))->text()).toString(), Qt::ISODate);
    const QDate end
        = QDate::fromString(dateValue(m_texts.value(QStringLiteral("reflectionEnd"))->text()).toString(), Qt::ISODate);
    const QDate today = QDate::currentDate();
    if (end.isValid()) {
        const int left = int(today.daysTo(end));
        if (left > 0)
            m_reflectionLeft->setText(tr("%n day(s) left, ends on %1", nullptr, left).arg(DateText::date(end)));
        else if (left == 0)
            m_reflectionLeft->setText(tr("Ends today"));
        else
            m_reflectionLeft->setText(tr("Ended %n day(s) ago", nullptr, -left));
        m_reflectionLeft->setStyleSheet(left < 14 ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }") : QString());
        const QDate from = start.isValid() && start <= end ? start : end.addMonths(-3);
        const int total = qMax(1, int(from.daysTo(end)));
        m_reflectionBar->setRange(0, total);
        m_reflectionBar->setValue(qBound(0, int(from.daysTo(today)), total));
        m_reflectionBar->setVisible(true);
    } else {
        m_reflectionLeft->setText(m_open ? tr("No reflection period recorded") : QString());
        m_reflectionLeft->setStyleSheet(QString());
        m_reflectionBar->setVisible(false);
    }

    const bool dirty = isDirty();
    m_saveButton->setEnabled(m_open && (dirty || isNew()));
    m_revertButton->setEnabled(dirty);
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        refreshHeader();
        Q_EMIT dirtyChanged(dirty);
    }
}

void CaseEditor::refreshHeader()
{
    if (!m_open) {
        m_header->setText(tr("No case open"));
        m_phaseLabel->clear();
        return;
    }
    // The case number only: names never leave the form (screens are shared, windows are listed).
    QString title = isNew() ? tr("New case") : m_case.number;
    if (m_lastDirty)
        title += QStringLiteral(" *");
    m_header->setText(title);
    m_phaseLabel->setText(tr("Phase: %1").arg(Codes::label(CodeKind::Phase, m_case.phase)));
}

void CaseEditor::refreshPhaseButtons()
{
    while (QLayoutItem *item = m_phaseButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_phaseCaption)
        m_phaseCaption->setVisible(m_open && !isNew());
    if (!m_open || isNew())
        return;
    const QStringList &order = Phase::order();
    const qsizetype here = order.indexOf(m_case.phase);
    for (const QString &target : Phase::allowedTargets(m_case.phase, m_case.previousPhase)) {
        QString text;
        if (target == QLatin1String("closed"))
            text = tr("Close case…");
        else if (m_case.phase == QLatin1String("closed"))
            text = tr("Reopen (%1)…").arg(Codes::label(CodeKind::Phase, target));
        else if (order.indexOf(target) > here)
            text = tr("→ %1").arg(Codes::label(CodeKind::Phase, target));
        else
            text = tr("← %1").arg(Codes::label(CodeKind::Phase, target));
        auto *button = new QPushButton(text, this);
        button->setObjectName(QStringLiteral("phaseButton_") + target);
        button->setToolTip(tr("Move this case to the phase “%1”").arg(Codes::label(CodeKind::Phase, target)));
        connect(button, &QPushButton::clicked, this, [this, target] { changePhase(target); });
        m_phaseButtons->addWidget(button);
    }
}

// ---- validation display ----

void CaseEditor::clearProblems()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    m_generalError->clear();
    m_generalError->hide();
}

void CaseEditor::showProblems(const QVector<FieldProblem> &problems)
{
    int firstTab = -1;
    QStringList general;
    for (const FieldProblem &p : problems) {
        // "tasks[1].due" belongs under the tasks table, "perpetrators[0].relation" under the perpetrators.
        QString key = p.field;
        if (!m_errors.contains(key) && key.contains(QLatin1Char('[')))
            key = key.left(key.indexOf(QLatin1Char('[')));
        QLabel *label = m_errors.value(key);
        const QString text = fieldLabel(key) + QStringLiteral(": ") + p.message;
        if (!label) {
            general.append(p.field.isEmpty() ? p.message : text);
            continue;
        }
        label->setText(label->text().isEmpty() ? text : label->text() + QLatin1Char('\n') + text);
        label->show();
        if (firstTab < 0)
            firstTab = m_tabOf.value(key, -1);
    }
    if (!general.isEmpty()) {
        m_generalError->setText(general.join(QLatin1Char('\n')));
        m_generalError->show();
    }
    if (firstTab >= 0)
        m_tabs->setCurrentIndex(firstTab);
}

// ---- actions on a saved case ----

bool CaseEditor::changePhase(const QString &target)
{
    if (!m_db || !m_open || isNew())
        return false;
    if (!maybeSave())
        return false;
    const QString from = m_case.phase;
    QString reason;
    if (Phase::needsReason(from, target)) {
        const QString label = target == QLatin1String("closed") ? tr("Why is case %1 being closed?").arg(m_case.number)
                                                                : tr("Why is case %1 being reopened?").arg(m_case.number);
        auto answer = TextPrompt::ask(this, tr("Reason"), label, true);
        if (!answer)
            return false;
        if (answer->isEmpty()) {
            MessageBox::warning(this, tr("Reason"), tr("A reason is required to close or reopen a case."));
            return false;
        }
        reason = *answer;
    }
    if (auto st = CaseRepository(*m_db).changePhase(m_case.id, target, reason); !st) {
        MessageBox::warning(this, tr("Change phase"), st.error().message());
        return false;
    }
    const QString id = m_case.id;
    auto reloaded = CaseRepository(*m_db).load(id);
    if (reloaded)
        load(reloaded.value());
    Q_EMIT caseSaved(id);
    return true;
}

// ---- panels ----

void CaseEditor::addPanel(const QString &title, QWidget *panel, std::function<void(const QString &caseId)> onCaseChanged)
{
    m_tabs->addSection(panel, title);
    m_panels.push_back(Panel { panel, std::move(onCaseChanged) });
    if (m_panels.back().onCaseChanged)
        m_panels.back().onCaseChanged(m_open ? m_case.id : QString());
}

void CaseEditor::notifyPanels()
{
    for (const Panel &panel : m_panels)
        if (panel.onCaseChanged)
            panel.onCaseChanged(m_open ? m_case.id : QString());
}

} // namespace vangnet
