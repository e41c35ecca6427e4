#include "cases/CaseEditor.h"

#include "audit/AuditLog.h"
#include "cases/Attachments.h"
#include "cases/CaseFormValues.h"
#include "cases/CaseJson.h"
#include "cases/CaseProblems.h"
#include "cases/CaseRepository.h"
#include "cases/CodeChecks.h"
#include "cases/CodeCombo.h"
#include "cases/TextPrompt.h"
#include "common/DateField.h"
#include "common/MessageBox.h"
#include "common/NameSearch.h"
#include "domain/InputLimits.h"
#include "domain/Phase.h"
#include "domain/ReflectionPeriod.h"
#include "i18n/DateText.h"
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
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

// The case editor's form: its sections built field by field, and the form read into and out of
// CaseJson's editable JSON.

namespace vangnet {

using namespace caseform;

QWidget *CaseEditor::scrolling(QWidget *content)
{
    auto *area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

QLabel *CaseEditor::errorLabel(const QString &key, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error_") + key);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    label->hide();
    m_errors.insert(key, label);
    m_tabOf.insert(key, m_buildingTab);
    return label;
}

void CaseEditor::watch(QWidget *field)
{
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        connect(edit, &QLineEdit::textChanged, this, &CaseEditor::refreshDerived);
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseEditor::refreshDerived);
    else if (auto *box = qobject_cast<QCheckBox *>(field))
        connect(box, &QCheckBox::toggled, this, &CaseEditor::refreshDerived);
    else if (auto *spin = qobject_cast<QSpinBox *>(field))
        connect(spin, &QSpinBox::valueChanged, this, &CaseEditor::refreshDerived);
    else if (auto *checks = qobject_cast<CodeChecks *>(field))
        connect(checks, &CodeChecks::changed, this, &CaseEditor::refreshDerived);
}

void CaseEditor::addField(QFormLayout *form, const QString &label, QWidget *field, const QString &key)
{
    auto *cell = new QWidget(form->parentWidget());
    auto *v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    v->addWidget(errorLabel(key, cell));
    cell->setFocusProxy(field);
    field->setProperty(kKeyProperty, key);
    auto *caption = new QLabel(label, form->parentWidget());
    caption->setBuddy(field);
    form->addRow(caption, cell);
    m_labels.insert(key, QString(label).remove(QLatin1Char('&')));
    watch(field);
}

QLineEdit *CaseEditor::lineEdit(const QString &key, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key + QStringLiteral("Edit"));
    edit->setPlaceholderText(placeholder);
    // The aliases field holds a comma-separated list; every other one a single value.
    if (key != QLatin1String("aliases"))
        edit->setMaxLength(InputLimits::MaxSingleLineChars);
    m_texts.insert(key, edit);
    return edit;
}

QLineEdit *CaseEditor::languagesEdit()
{
    QLineEdit *edit = lineEdit(QStringLiteral("languages"), tr("Type a language, e.g. Dutch, Romanian"));
    NameSearch::attachLanguageList(edit);
    return edit;
}

QLineEdit *CaseEditor::dateEdit(const QString &key)
{
    QLineEdit *edit = lineEdit(key, DateText::date(QDate(2026, 3, 31)));
    edit->setMaxLength(10);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    edit->setToolTip(tr("A date such as %1; the calendar button chooses one.").arg(DateText::date(QDate(2026, 3, 31))));
    DateField::addCalendar(edit);
    return edit;
}

QWidget *CaseEditor::buildPersonTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    auto *caseBox = new QGroupBox(tr("Case"), page);
    auto *caseForm = new QFormLayout(caseBox);
    addField(caseForm, tr("C&oordinator:"), lineEdit(QStringLiteral("coordinator")), QStringLiteral("coordinator"));
    addField(caseForm, tr("Re&gion:"), lineEdit(QStringLiteral("region")), QStringLiteral("region"));
    layout->addWidget(caseBox);

    auto *identity = new QGroupBox(tr("Identity"), page);
    identity->setObjectName(QStringLiteral("identitySection"));
    auto *form = new QFormLayout(identity);
    addField(form, tr("&Given name:"), lineEdit(QStringLiteral("givenName")), QStringLiteral("givenName"));
    addField(form, tr("&Family name:"), lineEdit(QStringLiteral("familyName")), QStringLiteral("familyName"));
    addField(form, tr("&Aliases:"), lineEdit(QStringLiteral("aliases"), tr("Separate with commas")), QStringLiteral("aliases"));
    addField(form, tr("&Birth date:"), dateEdit(QStringLiteral("birthDate")), QStringLiteral("birthDate"));
    for (auto [key, kind, label] : { std::tuple { QStringLiteral("ageBand"), CodeKind::AgeBand, tr("Age &band:") },
             std::tuple { QStringLiteral("gender"), CodeKind::Gender, tr("G&ender:") },
             std::tuple { QStringLiteral("nationality"), CodeKind::Country, tr("&Nationality:") },
             std::tuple { QStringLiteral("countryOfBirth"), CodeKind::Country, tr("Country of bir&th:") } }) {
        auto *combo = new CodeCombo(kind, tr("Not recorded"), identity);
        combo->setObjectName(key + QStringLiteral("Combo"));
        m_codes.insert(key, combo);
        addField(form, label, combo, key);
    }
    addField(form, tr("&Languages:"), languagesEdit(), QStringLiteral("languages"));
    auto *interpreter = new QCheckBox(tr("&Interpreter needed"), identity);
    interpreter->setObjectName(QStringLiteral("interpreterNeededCheck"));
    m_flags.insert(QStringLiteral("interpreterNeeded"), interpreter);
    addField(form, QString(), interpreter, QStringLiteral("interpreterNeeded"));
    m_labels.insert(QStringLiteral("interpreterNeeded"), tr("Interpreter needed"));
    QLineEdit *phone = lineEdit(QStringLiteral("phone"));
    // Copying a phone number goes through the secure clipboard: hidden from clipboard managers and
    // cleared after 30 seconds, at lock and at quit.
    QAction *copyPhone
        = phone->addAction(QIcon::fromTheme(QStringLiteral("edit-copy"), QIcon(QStringLiteral(":/vangnet/icons/copy.svg"))),
            QLineEdit::TrailingPosition);
    copyPhone->setObjectName(QStringLiteral("copyPhoneAction"));
    copyPhone->setToolTip(tr("Copy the phone number (cleared from the clipboard after 30 seconds)"));
    connect(copyPhone, &QAction::triggered, this, [phone] {
        if (!phone->text().isEmpty())
            SecureClipboard::instance()->copySecret(phone->text());
    });
    addField(form, tr("&Phone:"), phone, QStringLiteral("phone"));
    layout->addWidget(identity);

    auto *minor = new QGroupBox(tr("Minor && representative"), page);
    auto *minorForm = new QFormLayout(minor);
    auto *isMinor = new QCheckBox(tr("&Minor (under 18)"), minor);
    isMinor->setObjectName(QStringLiteral("minorCheck"));
    m_flags.insert(QStringLiteral("minor"), isMinor);
    addField(minorForm, QString(), isMinor, QStringLiteral("minor"));
    m_labels.insert(QStringLiteral("minor"), tr("Minor"));
    auto *unaccompanied = new QCheckBox(tr("&Unaccompanied minor"), minor);
    unaccompanied->setObjectName(QStringLiteral("unaccompaniedMinorCheck"));
    m_flags.insert(QStringLiteral("unaccompaniedMinor"), unaccompanied);
    addField(minorForm, QString(), unaccompanied, QStringLiteral("unaccompaniedMinor"));
    m_labels.insert(QStringLiteral("unaccompaniedMinor"), tr("Unaccompanied minor"));
    auto *representative = new CodeCombo(CodeKind::LegalRepresentative, tr("None"), minor);
    representative->setObjectName(QStringLiteral("legalRepresentativeCombo"));
    m_codes.insert(QStringLiteral("legalRepresentative"), representative);
    addField(minorForm, tr("Legal &representative:"), representative, QStringLiteral("legalRepresentative"));
    layout->addWidget(minor);
    layout->addStretch(1);
    return scrolling(page);
}

QWidget *CaseEditor::buildResidenceTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *residence = new QGroupBox(tr("Residence && B8 reflection period"), page);
    auto *form = new QFormLayout(residence);
    auto *status = new CodeCombo(CodeKind::ResidenceStatus, tr("Not recorded"), residence);
    status->setObjectName(QStringLiteral("residenceStatusCombo"));
    m_codes.insert(QStringLiteral("residenceStatus"), status);
    addField(form, tr("Residence &status:"), status, QStringLiteral("residenceStatus"));
    addField(form, tr("Reflection &starts:"), dateEdit(QStringLiteral("reflectionStart")), QStringLiteral("reflectionStart"));
    addField(form, tr("Reflection &ends:"), dateEdit(QStringLiteral("reflectionEnd")), QStringLiteral("reflectionEnd"));
    QLineEdit *reflectionEnd = m_texts.value(QStringLiteral("reflectionEnd"));
    reflectionEnd->setToolTip(reflectionEnd->toolTip() + QLatin1Char('\n')
        + tr("Filled in as three months after the start, the longest the B8 rule allows; it can be shortened. "
             "Moving it later asks for a reason, kept in the history."));
    connect(m_texts.value(QStringLiteral("reflectionStart")), &QLineEdit::textChanged, this, &CaseEditor::proposeReflectionEnd);
    m_reflectionBar = new QProgressBar(residence);
    m_reflectionBar->setObjectName(QStringLiteral("reflectionBar"));
    m_reflectionBar->setTextVisible(false);
    m_reflectionBar->setMaximumHeight(10);
    m_reflectionLeft = new QLabel(residence);
    m_reflectionLeft->setObjectName(QStringLiteral("reflectionDaysLabel"));
    auto *timeline = new QWidget(residence);
    auto *tl = new QVBoxLayout(timeline);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addWidget(m_reflectionBar);
    tl->addWidget(m_reflectionLeft);
    form->addRow(tr("Time line:"), timeline);
    layout->addWidget(residence);

    auto *signal = new QGroupBox(tr("Signal"), page);
    auto *signalForm = new QFormLayout(signal);
    for (auto [key, kind, label] : { std::tuple { QStringLiteral("reporterType"), CodeKind::ReporterType, tr("Signalled &by:") },
             std::tuple { QStringLiteral("policeStatus"), CodeKind::PoliceStatus, tr("&Police status:") },
             std::tuple { QStringLiteral("dossierType"), CodeKind::DossierType, tr("&Dossier type:") } }) {
        auto *combo = new CodeCombo(kind, tr("Not recorded"), signal);
        combo->setObjectName(key + QStringLiteral("Combo"));
        m_codes.insert(key, combo);
        addField(signalForm, label, combo, key);
    }
    layout->addWidget(signal);
    layout->addStretch(1);
    return scrolling(page);
}

QWidget *CaseEditor::buildExploitationTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *box = new QGroupBox(tr("Exploitation"), page);
    auto *form = new QFormLayout(box);
    m_forms = new CodeChecks(CodeKind::ExploitationForm, 2, box);
    m_forms->setObjectName(QStringLiteral("exploitationFormsChecks"));
    addField(form, tr("Forms:"), m_forms, QStringLiteral("exploitationForms"));
    addField(form, tr("Se&ctor:"), lineEdit(QStringLiteral("sector")), QStringLiteral("sector"));
    addField(form, tr("Region of e&xploitation:"), lineEdit(QStringLiteral("exploitationRegion")),
        QStringLiteral("exploitationRegion"));
    addField(form, tr("&From:"), dateEdit(QStringLiteral("exploitationPeriod.from")), QStringLiteral("exploitationPeriod.from"));
    addField(form, tr("&To:"), dateEdit(QStringLiteral("exploitationPeriod.to")), QStringLiteral("exploitationPeriod.to"));
    layout->addWidget(box);

    auto *perps = new QGroupBox(tr("Perpetrators"), page);
    auto *pl = new QVBoxLayout(perps);
    m_perpetrators = new QTableWidget(0, 5, perps);
    m_perpetrators->setObjectName(QStringLiteral("perpetratorsTable"));
    m_perpetrators->setHorizontalHeaderLabels(
        { tr("Alias"), tr("Relation"), tr("Known areas"), tr("Knows location"), tr("Searching") });
    m_perpetrators->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_perpetrators->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_perpetrators->verticalHeader()->hide();
    m_perpetrators->setTabKeyNavigation(false);
    m_perpetrators->setMinimumHeight(140);
    pl->addWidget(m_perpetrators);
    pl->addWidget(errorLabel(QStringLiteral("perpetrators"), perps));
    m_labels.insert(QStringLiteral("perpetrators"), tr("Perpetrators"));
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add &perpetrator"), perps);
    add->setObjectName(QStringLiteral("addPerpetratorButton"));
    auto *remove = new QPushButton(tr("Remove"), perps);
    remove->setObjectName(QStringLiteral("removePerpetratorButton"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    pl->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addPerpetratorRow({});
        m_perpetrators->setCurrentCell(m_perpetrators->rowCount() - 1, 0);
        m_perpetrators->setFocus();
        refreshDerived();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_perpetrators->currentRow() >= 0)
            m_perpetrators->removeRow(m_perpetrators->currentRow());
        refreshDerived();
    });
    connect(m_perpetrators, &QTableWidget::itemChanged, this, &CaseEditor::refreshDerived);
    layout->addWidget(perps);
    layout->addStretch(1);
    return scrolling(page);
}

QWidget *CaseEditor::buildSafetyTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *box = new QGroupBox(tr("Threat assessment"), page);
    auto *form = new QFormLayout(box);
    auto *code = new CodeCombo(CodeKind::ThreatCode, tr("Not assessed"), box);
    code->setObjectName(QStringLiteral("threatCodeCombo"));
    m_codes.insert(QStringLiteral("threat.code"), code);
    addField(form, tr("Threat &code:"), code, QStringLiteral("threat.code"));
    addField(form, tr("&Instrument:"), lineEdit(QStringLiteral("threat.instrument")), QStringLiteral("threat.instrument"));
    addField(form, tr("Re&viewer:"), lineEdit(QStringLiteral("threat.reviewer")), QStringLiteral("threat.reviewer"));
    addField(form, tr("Next &review:"), dateEdit(QStringLiteral("threat.reviewDate")), QStringLiteral("threat.reviewDate"));
    for (auto [key, label] :
        { std::pair { QStringLiteral("threat.perpetratorSearching"), tr("A perpetrator is &searching for the person") },
            std::pair { QStringLiteral("threat.perpetratorKnowsLocation"), tr("A perpetrator &knows where the person is") },
            std::pair { QStringLiteral("threat.policeProtection"), tr("&Police protection / police threat assessment") } }) {
        auto *check = new QCheckBox(label, box);
        check->setObjectName(QString(key).remove(QLatin1Char('.')) + QStringLiteral("Check"));
        m_flags.insert(key, check);
        addField(form, QString(), check, key);
        m_labels.insert(key, QString(label).remove(QLatin1Char('&')));
    }
    layout->addWidget(box);
    auto *hint
        = new QLabel(tr("A red code, police protection or a perpetrator who searches for or knows where the person is shows "
                        "the red danger banner above this case."),
            page);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    layout->addWidget(hint);
    layout->addStretch(1);
    return scrolling(page);
}

QWidget *CaseEditor::buildNeedsTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *box = new QGroupBox(tr("Needs, children, pets"), page);
    auto *form = new QFormLayout(box);
    m_needs = new CodeChecks(CodeKind::Need, 2, box);
    m_needs->setObjectName(QStringLiteral("needsChecks"));
    addField(form, tr("Needs:"), m_needs, QStringLiteral("needs"));
    m_childrenCount = new QSpinBox(box);
    m_childrenCount->setObjectName(QStringLiteral("childrenCountSpin"));
    m_childrenCount->setRange(0, 30);
    m_childrenCount->setMaximumWidth(80);
    addField(form, tr("&Children with the person:"), m_childrenCount, QStringLiteral("childrenCount"));
    addField(
        form, tr("Children's &ages:"), lineEdit(QStringLiteral("childrenAges"), tr("e.g. 3, 7")), QStringLiteral("childrenAges"));
    addField(form, tr("P&ets:"), lineEdit(QStringLiteral("pets"), tr("Empty: no pets")), QStringLiteral("pets"));
    layout->addWidget(box);
    layout->addStretch(1);
    return scrolling(page);
}

QWidget *CaseEditor::buildTasksTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_tasks = new QTableWidget(0, 4, page);
    m_tasks->setObjectName(QStringLiteral("tasksTable"));
    m_tasks->setHorizontalHeaderLabels({ tr("Task"), tr("Due (YYYY-MM-DD)"), tr("Owner"), tr("Done") });
    m_tasks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tasks->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tasks->verticalHeader()->hide();
    m_tasks->setTabKeyNavigation(false);
    layout->addWidget(m_tasks, 1);
    layout->addWidget(errorLabel(QStringLiteral("tasks"), page));
    m_labels.insert(QStringLiteral("tasks"), tr("Tasks"));
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add &task"), page);
    add->setObjectName(QStringLiteral("addTaskButton"));
    auto *remove = new QPushButton(tr("Remove"), page);
    remove->setObjectName(QStringLiteral("removeTaskButton"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addTaskRow(QJsonObject { { QStringLiteral("kind"), Codes::all(CodeKind::TaskKind).value(0) } });
        m_tasks->setCurrentCell(m_tasks->rowCount() - 1, 0);
        m_tasks->setFocus();
        refreshDerived();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_tasks->currentRow() >= 0)
            m_tasks->removeRow(m_tasks->currentRow());
        refreshDerived();
    });
    connect(m_tasks, &QTableWidget::itemChanged, this, &CaseEditor::refreshDerived);
    return page;
}

QWidget *CaseEditor::buildNotesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_notes = new QListWidget(page);
    m_notes->setObjectName(QStringLiteral("notesList"));
    m_notes->setWordWrap(true);
    m_notes->setAlternatingRowColors(true);
    layout->addWidget(m_notes, 1);
    auto *caption = new QLabel(tr("&New note:"), page);
    m_noteEdit = new QPlainTextEdit(page);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMaximumHeight(90);
    caption->setBuddy(m_noteEdit);
    layout->addWidget(caption);
    layout->addWidget(m_noteEdit);
    m_addNote = new QPushButton(tr("A&dd note"), page);
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_addNote);
    layout->addLayout(row);
    connect(m_addNote, &QPushButton::clicked, this, [this] { addNote(m_noteEdit->toPlainText()); });
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &CaseEditor::refreshDerived);
    return page;
}

QWidget *CaseEditor::buildAttachmentsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *info = new QLabel(tr("Scans are kept encrypted inside the vault: PDF, PNG, JPEG or TIFF, at most %1 MB each.")
                                .arg(Attachments::kMaxBytes / (1024 * 1024)),
        page);
    info->setWordWrap(true);
    layout->addWidget(info);
    m_attachments = new QListWidget(page);
    m_attachments->setObjectName(QStringLiteral("attachmentsList"));
    layout->addWidget(m_attachments, 1);
    m_attachmentError = new QLabel(page);
    m_attachmentError->setObjectName(QStringLiteral("attachmentError"));
    m_attachmentError->setWordWrap(true);
    m_attachmentError->setTextFormat(Qt::PlainText);
    m_attachmentError->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_attachmentError->hide();
    layout->addWidget(m_attachmentError);
    m_addAttachment = new QPushButton(tr("Add &file…"), page);
    m_addAttachment->setObjectName(QStringLiteral("addAttachmentButton"));
    m_previewAttachment = new QPushButton(tr("&Show"), page);
    m_previewAttachment->setObjectName(QStringLiteral("previewAttachmentButton"));
    m_previewAttachment->setAccessibleName(tr("Show the selected scan"));
    m_previewAttachment->setToolTip(tr("Shows the scan inside Vangnet, without writing it to disk"));
    m_saveAttachment = new QPushButton(tr("Save a &copy…"), page);
    m_saveAttachment->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_saveAttachment->setToolTip(tr("Writes an unencrypted copy of the scan to a place you choose"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_addAttachment);
    row->addWidget(m_previewAttachment);
    row->addWidget(m_saveAttachment);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_addAttachment, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Add a scan"), QString(), tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
        if (!path.isEmpty())
            addAttachmentFile(path);
    });
    connect(m_saveAttachment, &QPushButton::clicked, this, &CaseEditor::saveAttachmentCopy);
    connect(m_previewAttachment, &QPushButton::clicked, this, &CaseEditor::previewAttachment);
    connect(m_attachments, &QListWidget::itemActivated, this, &CaseEditor::previewAttachment);
    return page;
}

QWidget *CaseEditor::buildHistoryTab()
{
    m_history = new QTableWidget(0, 5, this);
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("Field"), tr("Old value"), tr("New value") });
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setWordWrap(false);
    m_history->setTabKeyNavigation(false);
    return m_history;
}

void CaseEditor::addPerpetratorRow(const QJsonObject &p)
{
    const QSignalBlocker blocker(m_perpetrators);
    const int row = m_perpetrators->rowCount();
    m_perpetrators->insertRow(row);
    m_perpetrators->setItem(row, 0, new QTableWidgetItem(p.value(QStringLiteral("alias")).toString()));
    auto *relation = new CodeCombo(CodeKind::PerpetratorRelation, tr("Unknown"), m_perpetrators);
    relation->setCode(p.value(QStringLiteral("relation")).toString());
    relation->setAccessibleName(tr("Relation"));
    connect(relation, &QComboBox::currentIndexChanged, this, &CaseEditor::refreshDerived);
    m_perpetrators->setCellWidget(row, 1, relation);
    m_perpetrators->setItem(row, 2, new QTableWidgetItem(listText(p.value(QStringLiteral("knownAreas")))));
    m_perpetrators->setItem(row, 3, checkItem(p.value(QStringLiteral("knowsLocation")).toBool()));
    m_perpetrators->setItem(row, 4, checkItem(p.value(QStringLiteral("activelySearching")).toBool()));
}

void CaseEditor::addTaskRow(const QJsonObject &t)
{
    const QSignalBlocker blocker(m_tasks);
    const int row = m_tasks->rowCount();
    m_tasks->insertRow(row);
    auto *kind = new CodeCombo(CodeKind::TaskKind, QString(), m_tasks);
    kind->setCode(t.value(QStringLiteral("kind")).toString());
    kind->setAccessibleName(tr("Task"));
    connect(kind, &QComboBox::currentIndexChanged, this, &CaseEditor::refreshDerived);
    m_tasks->setCellWidget(row, 0, kind);
    m_tasks->setItem(row, 1, new QTableWidgetItem(DateText::fromIso(t.value(QStringLiteral("due")).toString())));
    m_tasks->setItem(row, 2, new QTableWidgetItem(t.value(QStringLiteral("owner")).toString()));
    m_tasks->setItem(row, 3, checkItem(t.value(QStringLiteral("done")).toBool()));
}

QJsonObject CaseEditor::formJson() const
{
    QJsonObject o = CaseJson::toEditableJson(m_case);
    QJsonObject period = o.value(QStringLiteral("exploitationPeriod")).toObject();
    QJsonObject threat = o.value(QStringLiteral("threat")).toObject();
    static const QStringList dates = { QStringLiteral("birthDate"), QStringLiteral("reflectionStart"),
        QStringLiteral("reflectionEnd"), QStringLiteral("exploitationPeriod.from"), QStringLiteral("exploitationPeriod.to"),
        QStringLiteral("threat.reviewDate") };
    static const QStringList lists = { QStringLiteral("aliases"), QStringLiteral("languages") };
    const auto put = [&](const QString &key, const QJsonValue &value) {
        if (key.startsWith(QLatin1String("threat.")))
            threat.insert(key.mid(7), value);
        else if (key.startsWith(QLatin1String("exploitationPeriod.")))
            period.insert(key.mid(19), value);
        else
            o.insert(key, value);
    };
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const QString text = it.value()->text();
        if (dates.contains(it.key()))
            put(it.key(), dateValue(text));
        else if (it.key() == QLatin1String("languages"))
            put(it.key(), NameSearch::languageCodes(text));
        else if (lists.contains(it.key()))
            put(it.key(), listValue(text));
        else if (it.key() == QLatin1String("childrenAges")) {
            QJsonArray ages;
            for (const QJsonValue &v : listValue(text)) {
                bool ok = false;
                const int age = v.toString().toInt(&ok);
                ages.append(ok ? QJsonValue(age) : v); // not a number: CaseJson names the field
            }
            put(it.key(), ages);
        } else
            put(it.key(), textValue(text));
    }
    for (auto it = m_codes.cbegin(); it != m_codes.cend(); ++it)
        put(it.key(), textValue(it.value()->code()));
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it)
        put(it.key(), it.value()->isChecked());
    o.insert(QStringLiteral("exploitationForms"), QJsonArray::fromStringList(m_forms->codes()));
    o.insert(QStringLiteral("needs"), QJsonArray::fromStringList(m_needs->codes()));
    o.insert(QStringLiteral("childrenCount"), m_childrenCount->value());

    QJsonArray perpetrators;
    for (int row = 0; row < m_perpetrators->rowCount(); ++row) {
        const auto *relation = qobject_cast<const CodeCombo *>(m_perpetrators->cellWidget(row, 1));
        perpetrators.append(QJsonObject { { QStringLiteral("alias"), textValue(cellText(m_perpetrators, row, 0)) },
            { QStringLiteral("relation"), textValue(relation ? relation->code() : QString()) },
            { QStringLiteral("knownAreas"), listValue(cellText(m_perpetrators, row, 2)) },
            { QStringLiteral("knowsLocation"), cellChecked(m_perpetrators, row, 3) },
            { QStringLiteral("activelySearching"), cellChecked(m_perpetrators, row, 4) } });
    }
    o.insert(QStringLiteral("perpetrators"), perpetrators);
    QJsonArray tasks;
    for (int row = 0; row < m_tasks->rowCount(); ++row) {
        const auto *kind = qobject_cast<const CodeCombo *>(m_tasks->cellWidget(row, 0));
        tasks.append(QJsonObject { { QStringLiteral("kind"), textValue(kind ? kind->code() : QString()) },
            { QStringLiteral("due"), dateValue(cellText(m_tasks, row, 1)) },
            { QStringLiteral("owner"), textValue(cellText(m_tasks, row, 2)) },
            { QStringLiteral("done"), cellChecked(m_tasks, row, 3) } });
    }
    o.insert(QStringLiteral("tasks"), tasks);
    o.insert(QStringLiteral("exploitationPeriod"), period);
    o.insert(QStringLiteral("threat"), threat);
    return o;
}

void CaseEditor::populate(const QJsonObject &form)
{
    m_loading = true;
    const QJsonObject period = form.value(QStringLiteral("exploitationPeriod")).toObject();
    const QJsonObject threat = form.value(QStringLiteral("threat")).toObject();
    const auto get = [&](const QString &key) {
        if (key.startsWith(QLatin1String("threat.")))
            return threat.value(key.mid(7));
        if (key.startsWith(QLatin1String("exploitationPeriod.")))
            return period.value(key.mid(19));
        return form.value(key);
    };
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const QJsonValue v = get(it.key());
        if (it.key() == QLatin1String("languages"))
            it.value()->setText(NameSearch::languagesText(v.toArray()));
        else
            it.value()->setText(v.isArray() ? listText(v) : DateText::fromIso(v.toString()));
        it.value()->setCursorPosition(0);
    }
    for (auto it = m_codes.cbegin(); it != m_codes.cend(); ++it)
        it.value()->setCode(get(it.key()).toString());
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it)
        it.value()->setChecked(get(it.key()).toBool());
    QStringList forms;
    for (const QJsonValue &v : form.value(QStringLiteral("exploitationForms")).toArray())
        forms.append(v.toString());
    m_forms->setCodes(forms);
    QStringList needs;
    for (const QJsonValue &v : form.value(QStringLiteral("needs")).toArray())
        needs.append(v.toString());
    m_needs->setCodes(needs);
    m_childrenCount->setValue(form.value(QStringLiteral("childrenCount")).toInt());
    m_perpetrators->setRowCount(0);
    for (const QJsonValue &v : form.value(QStringLiteral("perpetrators")).toArray())
        addPerpetratorRow(v.toObject());
    m_tasks->setRowCount(0);
    for (const QJsonValue &v : form.value(QStringLiteral("tasks")).toArray())
        addTaskRow(v.toObject());
    m_tasks->resizeColumnsToContents();
    m_loading = false;
}

} // namespace vangnet
