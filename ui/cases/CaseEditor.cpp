#include "cases/CaseEditor.h"

#include "audit/AuditLog.h"
#include "cases/AttachmentPreview.h"
#include "cases/Attachments.h"
#include "cases/CaseJson.h"
#include "cases/CaseProblems.h"
#include "cases/CaseRepository.h"
#include "cases/CodeChecks.h"
#include "cases/CodeCombo.h"
#include "cases/TextPrompt.h"
#include "common/FileChooser.h"
#include "common/LineEditWipe.h"
#include "common/MessageBox.h"
#include "crypto/SecureString.h"
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
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vangnet {
namespace {

const char *const kKeyProperty = "caseField";

QJsonValue textValue(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t);
}

// Accepts ISO dates and the Dutch day-month-year form (31-12-2025); anything else is passed on
// unchanged so that CaseJson names the field in its message.
QJsonValue dateValue(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QJsonValue(QJsonValue::Null);
    static const QRegularExpression dutch(QStringLiteral("^(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})$"));
    if (const auto m = dutch.match(t); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid())
            return d.toString(Qt::ISODate);
    }
    return t;
}

QJsonArray listValue(const QString &text)
{
    QJsonArray out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

QString listText(const QJsonValue &value)
{
    QStringList parts;
    for (const QJsonValue &v : value.toArray())
        parts.append(v.isDouble() ? QString::number(v.toInt()) : v.toString());
    return parts.join(QStringLiteral(", "));
}

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

bool cellChecked(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

QString displayValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return v.toBool() ? CaseEditor::tr("yes") : CaseEditor::tr("no");
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty())
            return QStringLiteral("—");
        QStringList parts;
        for (const QJsonValue &item : a)
            parts.append(item.isObject() ? QString::fromUtf8(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact))
                                         : displayValue(item));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

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
    , m_tabs(new QTabWidget(this))
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
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);

    m_buildingTab = 0;
    m_tabs->addTab(buildPersonTab(), tr("Person"));
    m_buildingTab = 1;
    m_tabs->addTab(buildResidenceTab(), tr("Residence && signal"));
    m_buildingTab = 2;
    m_tabs->addTab(buildExploitationTab(), tr("Exploitation"));
    m_buildingTab = 3;
    m_tabs->addTab(buildSafetyTab(), tr("Safety"));
    m_buildingTab = 4;
    m_tabs->addTab(buildNeedsTab(), tr("Needs"));
    m_buildingTab = 5;
    m_tabs->addTab(buildTasksTab(), tr("Tasks"));
    m_tabs->addTab(buildNotesTab(), tr("Notes"));
    m_tabs->addTab(buildAttachmentsTab(), tr("Attachments"));
    m_tabs->addTab(buildHistoryTab(), tr("History"));

    auto *titleRow = new QHBoxLayout;
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
    clear();
}

// ---- building the form ----

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

QLineEdit *CaseEditor::dateEdit(const QString &key)
{
    //: Placeholder of date fields; dd-mm-yyyy is accepted too.
    QLineEdit *edit = lineEdit(key, tr("YYYY-MM-DD"));
    edit->setMaxLength(10);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    edit->setToolTip(tr("A date such as 2025-03-31 or 31-03-2025"));
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
    addField(form, tr("&Languages:"), lineEdit(QStringLiteral("languages"), tr("Language codes, e.g. nl, ro, en")),
        QStringLiteral("languages"));
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

// ---- rows of the tables ----

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
    m_tasks->setItem(row, 1, new QTableWidgetItem(t.value(QStringLiteral("due")).toString()));
    m_tasks->setItem(row, 2, new QTableWidgetItem(t.value(QStringLiteral("owner")).toString()));
    m_tasks->setItem(row, 3, checkItem(t.value(QStringLiteral("done")).toBool()));
}

// ---- form <-> JSON ----

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
        it.value()->setText(v.isArray() ? listText(v) : v.toString());
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
    const QString proposal = start.isValid() ? ReflectionPeriod::latestEnd(start).toString(Qt::ISODate) : QString();
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
              .arg(locale.toString(proposed.reflectionEnd, QLocale::LongFormat), locale.toString(from, QLocale::LongFormat))
        : tr("The end of the reflection period (%1) is removed. Why? The reason is kept in the case history.")
              .arg(locale.toString(from, QLocale::LongFormat));
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
            m_reflectionLeft->setText(
                tr("%n day(s) left, ends on %1", nullptr, left).arg(QLocale().toString(end, QLocale::LongFormat)));
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

void CaseEditor::refreshNotes()
{
    m_notes->clear();
    for (const CaseNote &note : std::as_const(m_case.notes)) {
        auto *item = new QListWidgetItem(m_notes);
        item->setText(
            tr("%1 · %2\n%3").arg(QLocale().toString(note.at.toLocalTime(), QLocale::ShortFormat), note.author, note.text));
    }
    m_notes->scrollToBottom();
}

void CaseEditor::refreshAttachments()
{
    m_attachments->clear();
    if (!m_db || m_case.id.isEmpty())
        return;
    auto list = Attachments(*m_db).list(m_case.id);
    if (!list)
        return;
    for (const AttachmentInfo &a : list.value()) {
        auto *item = new QListWidgetItem(tr("%1 (%2, %3) · added %4")
                                             .arg(a.fileName, a.mediaType, QLocale().formattedDataSize(a.size),
                                                 QLocale().toString(a.addedAt.toLocalTime(), QLocale::ShortFormat)),
            m_attachments);
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, a.fileName);
    }
}

void CaseEditor::refreshHistory()
{
    m_history->setRowCount(0);
    if (!m_db || m_case.id.isEmpty())
        return;
    auto history = CaseRepository(*m_db).history(m_case.id);
    if (!history)
        return;
    const QVector<HistoryEntry> &entries = history.value();
    m_history->setRowCount(int(entries.size()));
    // Newest first: the last change is what a coordinator looks for.
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const HistoryEntry &e = entries.at(entries.size() - 1 - i);
        const int row = int(i);
        m_history->setItem(row, 0, new QTableWidgetItem(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat)));
        m_history->setItem(row, 1, new QTableWidgetItem(e.actor));
        m_history->setItem(row, 2, new QTableWidgetItem(fieldLabel(e.field)));
        auto *oldItem = new QTableWidgetItem(displayValue(e.oldValue));
        auto *newItem = new QTableWidgetItem(displayValue(e.newValue));
        oldItem->setToolTip(oldItem->text());
        newItem->setToolTip(newItem->text());
        m_history->setItem(row, 3, oldItem);
        m_history->setItem(row, 4, newItem);
    }
}

QString CaseEditor::fieldLabel(const QString &key) const
{
    static const QHash<QString, const char *> extra = {
        { QStringLiteral("phase"), QT_TR_NOOP("Phase") },
        { QStringLiteral("notes"), QT_TR_NOOP("Notes") },
        { QStringLiteral("attachments"), QT_TR_NOOP("Attachments") },
        { QStringLiteral("exploitationForms"), QT_TR_NOOP("Forms of exploitation") },
        { QStringLiteral("needs"), QT_TR_NOOP("Needs") },
        { QStringLiteral("reflectionEndReason"), QT_TR_NOOP("Reason for the reflection end") },
    };
    if (const auto it = extra.constFind(key); it != extra.cend())
        return tr(it.value());
    QString label = m_labels.value(key);
    label.remove(QLatin1Char(':'));
    return label.isEmpty() ? key : label;
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

bool CaseEditor::addNote(const QString &text)
{
    if (!m_db || !m_open || isNew() || text.trimmed().isEmpty())
        return false;
    auto note = CaseRepository(*m_db).addNote(m_case.id, text.trimmed());
    if (!note) {
        MessageBox::warning(this, tr("Add note"), note.error().message());
        return false;
    }
    m_case.notes.append(note.value());
    m_noteEdit->clear();
    refreshNotes();
    refreshHistory();
    Q_EMIT caseSaved(m_case.id);
    return true;
}

bool CaseEditor::addAttachmentFile(const QString &path)
{
    if (!m_db || !m_open || isNew())
        return false;
    auto added = Attachments(*m_db).addFile(m_case.id, path);
    if (!added) {
        m_attachmentError->setText(tr("“%1” was not added: %2").arg(QFileInfo(path).fileName(), added.error().message()));
        m_attachmentError->show();
        return false;
    }
    m_attachmentError->clear();
    m_attachmentError->hide();
    refreshAttachments();
    refreshHistory();
    Q_EMIT caseSaved(m_case.id);
    return true;
}

void CaseEditor::saveAttachmentCopy()
{
    QListWidgetItem *item = m_attachments->currentItem();
    if (!m_db || !item)
        return;
    auto content = Attachments(*m_db).content(item->data(Qt::UserRole).toString());
    if (!content) {
        MessageBox::warning(this, tr("Save a copy"), content.error().message());
        return;
    }
    AttachmentPreview::saveCopy(this, item->data(Qt::UserRole + 1).toString(), content.value());
    SecureString::wipe(content.value());
}

void CaseEditor::previewAttachment()
{
    QListWidgetItem *item = m_attachments->currentItem();
    if (!m_db || !item)
        return;
    auto content = Attachments(*m_db).content(item->data(Qt::UserRole).toString());
    if (!content) {
        MessageBox::warning(this, tr("Show the scan"), content.error().message());
        return;
    }
    delete m_preview;
    const QString fileName = item->data(Qt::UserRole + 1).toString();
    m_preview = new AttachmentPreview(
        fileName, Attachments::detectMediaType(content.value().left(16)), std::move(content).value(), this);
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    m_preview->open();
}

// ---- panels ----

void CaseEditor::addPanel(const QString &title, QWidget *panel, std::function<void(const QString &caseId)> onCaseChanged)
{
    m_tabs->addTab(panel, title);
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
