#include "shelters/ShelterEditorDialog.h"

#include "i18n/DateText.h"

#include "common/MessageBox.h"
#include "domain/Codes.h"
#include "domain/InputLimits.h"
#include "shelters/CodeCheckList.h"
#include "shelters/ShelterCodes.h"
#include "shelters/ShelterJson.h"
#include "shelters/ShelterRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace vangnet {
namespace {

enum Tab { ShelterTab, BedsTab, AdmissionTab, CareTab, AddressTab };

QVector<CodeCheckList::Entry> shelterEntries(ShelterCodeKind kind)
{
    QVector<CodeCheckList::Entry> out;
    for (const QString &code : ShelterCodes::all(kind))
        out.append({ code, ShelterCodes::label(kind, code) });
    return out;
}

QVector<CodeCheckList::Entry> caseEntries(CodeKind kind, bool sortByLabel)
{
    QVector<CodeCheckList::Entry> out;
    for (const QString &code : Codes::all(kind))
        out.append({ code,
            kind == CodeKind::Language ? QStringLiteral("%1 (%2)").arg(Codes::label(kind, code), code)
                                       : Codes::label(kind, code) });
    if (sortByLabel)
        std::sort(out.begin(), out.end(),
            [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.second, b.second) < 0; });
    return out;
}

void fillCombo(QComboBox *combo, ShelterCodeKind kind)
{
    for (const QString &code : ShelterCodes::all(kind))
        combo->addItem(ShelterCodes::label(kind, code), code);
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setVisible(false);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(p);
    return label;
}

} // namespace

ShelterEditorDialog::ShelterEditorDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_tabs(new QTabWidget(this))
    , m_generalError(problemLabel(this))
{
    setObjectName(QStringLiteral("shelterEditor"));
    setWindowTitle(tr("Shelter"));
    m_tabs->setObjectName(QStringLiteral("shelterEditorTabs"));
    m_generalError->setObjectName(QStringLiteral("shelterGeneralError"));

    m_tabs->addTab(buildShelterTab(), tr("Shelter"));
    m_tabs->addTab(buildBedsTab(), tr("Beds"));
    m_tabs->addTab(buildAdmissionTab(), tr("Who is admitted"));
    m_tabs->addTab(buildCareTab(), tr("Care and languages"));
    m_tabs->addTab(buildAddressTab(), tr("Address"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveShelterButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ShelterEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { updateAuthority(); });
    connect(m_confidentiality, &QComboBox::currentIndexChanged, this, [this] { updateAddressFields(); });
    connect(m_capacity, &QSpinBox::valueChanged, this, [this] { confirmAvailabilityToday(); });
    connect(m_freeBeds, &QSpinBox::valueChanged, this, [this] { confirmAvailabilityToday(); });
    connect(m_asOfKnown, &QCheckBox::toggled, m_asOf, &QWidget::setEnabled);
    connect(m_revealButton, &QPushButton::clicked, this, [this] { revealAddress(); });
    resize(640, 560);
    newShelter();
}

QWidget *ShelterEditorDialog::withProblem(QWidget *field, const QString &key, int tab)
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    box->setFocusProxy(field); // the row label's mnemonic reaches the field
    QLabel *label = problemLabel(box);
    label->setObjectName(QStringLiteral("problem_") + key);
    v->addWidget(label);
    m_problems.insert(key, label);
    m_tabOf.insert(key, tab);
    return box;
}

QWidget *ShelterEditorDialog::buildShelterTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("shelterName"));
    m_name->setMaxLength(InputLimits::MaxShelterNameChars);
    m_name->setPlaceholderText(tr("May be a cover name"));
    form->addRow(tr("&Name:"), withProblem(m_name, QStringLiteral("name"), ShelterTab));

    m_type = new QComboBox(page);
    m_type->setObjectName(QStringLiteral("shelterType"));
    fillCombo(m_type, ShelterCodeKind::ShelterType);
    form->addRow(tr("&Type:"), withProblem(m_type, QStringLiteral("type"), ShelterTab));

    m_level = new QComboBox(page);
    m_level->setObjectName(QStringLiteral("shelterLevel"));
    for (int level = ShelterCodes::kLowestLevel; level <= ShelterCodes::kHighestLevel; ++level)
        m_level->addItem(ShelterCodes::levelLabel(level), level);
    form->addRow(tr("&Security level:"), withProblem(m_level, QStringLiteral("securityLevel"), ShelterTab));

    m_confidentiality = new QComboBox(page);
    m_confidentiality->setObjectName(QStringLiteral("shelterConfidentiality"));
    fillCombo(m_confidentiality, ShelterCodeKind::AddressConfidentiality);
    form->addRow(
        tr("Address &confidentiality:"), withProblem(m_confidentiality, QStringLiteral("addressConfidentiality"), ShelterTab));

    m_region = new QLineEdit(page);
    m_region->setObjectName(QStringLiteral("shelterRegion"));
    m_region->setMaxLength(InputLimits::MaxShelterNameChars);
    m_region->setPlaceholderText(tr("Security region or province"));
    form->addRow(tr("&Region:"), withProblem(m_region, QStringLiteral("region"), ShelterTab));

    auto *authorityBox = new QWidget(page);
    auto *authorityLayout = new QVBoxLayout(authorityBox);
    authorityLayout->setContentsMargins(0, 0, 0, 0);
    m_authority = new QComboBox(authorityBox);
    m_authority->setObjectName(QStringLiteral("shelterAuthority"));
    fillCombo(m_authority, ShelterCodeKind::PlacingAuthority);
    m_authorityNote = new QLabel(tr("A COSM shelter is placed only through CoMensha."), authorityBox);
    m_authorityNote->setObjectName(QStringLiteral("authorityNote"));
    m_authorityNote->setWordWrap(true);
    authorityLayout->addWidget(m_authority);
    authorityLayout->addWidget(m_authorityNote);
    form->addRow(tr("&Placed by:"), withProblem(authorityBox, QStringLiteral("placingAuthority"), ShelterTab));

    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("shelterNotes"));
    m_notes->setPlaceholderText(tr("Practical notes: intake hours, contact procedure. Never an address."));
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("N&otes:"), withProblem(m_notes, QStringLiteral("notes"), ShelterTab));
    return page;
}

QWidget *ShelterEditorDialog::buildBedsTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_capacity = new QSpinBox(page);
    m_capacity->setObjectName(QStringLiteral("shelterCapacity"));
    m_capacity->setRange(0, 100000);
    form->addRow(tr("&Capacity (beds):"), withProblem(m_capacity, QStringLiteral("capacity"), BedsTab));

    m_freeBeds = new QSpinBox(page);
    m_freeBeds->setObjectName(QStringLiteral("shelterFreeBeds"));
    m_freeBeds->setRange(0, 100000);
    form->addRow(tr("&Free beds:"), withProblem(m_freeBeds, QStringLiteral("freeBeds"), BedsTab));

    auto *asOfBox = new QWidget(page);
    auto *asOfLayout = new QHBoxLayout(asOfBox);
    asOfLayout->setContentsMargins(0, 0, 0, 0);
    m_asOfKnown = new QCheckBox(tr("Confirmed on"), asOfBox);
    m_asOfKnown->setObjectName(QStringLiteral("shelterAsOfKnown"));
    m_asOf = new QDateEdit(asOfBox);
    m_asOf->setObjectName(QStringLiteral("shelterAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(DateText::format());
    asOfLayout->addWidget(m_asOfKnown);
    asOfLayout->addWidget(m_asOf);
    asOfLayout->addStretch(1);
    form->addRow(tr("Availability:"), withProblem(asOfBox, QStringLiteral("availabilityAsOf"), BedsTab));

    m_maxStay = new QSpinBox(page);
    m_maxStay->setObjectName(QStringLiteral("shelterMaxStay"));
    m_maxStay->setRange(0, 3650);
    m_maxStay->setSpecialValueText(tr("no maximum"));
    m_maxStay->setSuffix(tr(" days"));
    form->addRow(tr("&Longest stay:"), withProblem(m_maxStay, QStringLiteral("maxStayDays"), BedsTab));
    return page;
}

QWidget *ShelterEditorDialog::buildAdmissionTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_genders = new CodeCheckList(caseEntries(CodeKind::Gender, false), page);
    m_genders->setObjectName(QStringLiteral("shelterGenders"));
    m_genders->setVisibleRows(4);
    form->addRow(tr("&Genders:"), withProblem(m_genders, QStringLiteral("genders"), AdmissionTab));
    form->addRow(QString(), new QLabel(tr("None ticked: any gender."), page));

    auto *ages = new QWidget(page);
    auto *agesLayout = new QHBoxLayout(ages);
    agesLayout->setContentsMargins(0, 0, 0, 0);
    m_minAge = new QSpinBox(ages);
    m_minAge->setObjectName(QStringLiteral("shelterMinAge"));
    m_minAge->setRange(0, 120);
    m_maxAge = new QSpinBox(ages);
    m_maxAge->setObjectName(QStringLiteral("shelterMaxAge"));
    m_maxAge->setRange(0, 120);
    agesLayout->addWidget(m_minAge);
    agesLayout->addWidget(new QLabel(tr("to"), ages));
    agesLayout->addWidget(m_maxAge);
    agesLayout->addWidget(new QLabel(tr("years"), ages));
    agesLayout->addStretch(1);
    auto *ageProblems = new QWidget(page);
    auto *ageProblemLayout = new QVBoxLayout(ageProblems);
    ageProblemLayout->setContentsMargins(0, 0, 0, 0);
    ageProblemLayout->addWidget(withProblem(ages, QStringLiteral("maxAge"), AdmissionTab));
    QLabel *minProblem = problemLabel(ageProblems);
    minProblem->setObjectName(QStringLiteral("problem_minAge"));
    m_problems.insert(QStringLiteral("minAge"), minProblem);
    m_tabOf.insert(QStringLiteral("minAge"), AdmissionTab);
    ageProblemLayout->addWidget(minProblem);
    form->addRow(tr("&Ages:"), ageProblems);

    m_statuses = new CodeCheckList(caseEntries(CodeKind::ResidenceStatus, false), page);
    m_statuses->setObjectName(QStringLiteral("shelterResidenceStatuses"));
    m_statuses->setVisibleRows(5);
    form->addRow(tr("&Residence statuses:"), withProblem(m_statuses, QStringLiteral("residenceStatuses"), AdmissionTab));
    form->addRow(QString(), new QLabel(tr("None ticked: any residence status."), page));

    m_children = new QCheckBox(tr("Accepts children"), page);
    m_children->setObjectName(QStringLiteral("shelterChildren"));
    m_pets = new QCheckBox(tr("Accepts pets"), page);
    m_pets->setObjectName(QStringLiteral("shelterPets"));
    form->addRow(QString(), m_children);
    form->addRow(QString(), m_pets);
    return page;
}

QWidget *ShelterEditorDialog::buildCareTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_specialisms = new CodeCheckList(shelterEntries(ShelterCodeKind::Specialism), page);
    m_specialisms->setObjectName(QStringLiteral("shelterSpecialisms"));
    m_specialisms->setVisibleRows(10);
    form->addRow(tr("&Specialisms:"), withProblem(m_specialisms, QStringLiteral("specialisms"), CareTab));
    m_languages = new CodeCheckList(caseEntries(CodeKind::Language, true), page);
    m_languages->setObjectName(QStringLiteral("shelterLanguages"));
    m_languages->setVisibleRows(8);
    form->addRow(tr("Staff &languages:"), withProblem(m_languages, QStringLiteral("languages"), CareTab));
    return page;
}

QWidget *ShelterEditorDialog::buildAddressTab()
{
    auto *page = new QWidget;
    auto *outer = new QVBoxLayout(page);
    m_addressPages = new QStackedWidget(page);
    m_addressPages->setObjectName(QStringLiteral("addressPages"));

    // Page 0: hidden, with the deliberate reveal.
    auto *hidden = new QWidget(m_addressPages);
    auto *hiddenLayout = new QVBoxLayout(hidden);
    auto *explanation = new QLabel(tr("The address and reference are hidden. Revealing them is recorded in the audit log. "
                                      "You can save changes to this shelter without revealing them."),
        hidden);
    explanation->setObjectName(QStringLiteral("addressHiddenNote"));
    explanation->setWordWrap(true);
    m_revealButton = new QPushButton(tr("Reveal address…"), hidden);
    m_revealButton->setObjectName(QStringLiteral("revealAddressButton"));
    hiddenLayout->addWidget(explanation);
    hiddenLayout->addWidget(m_revealButton, 0, Qt::AlignLeft);
    hiddenLayout->addStretch(1);
    m_addressPages->addWidget(hidden);

    // Page 1: the fields (a new shelter, or after the reveal).
    auto *shown = new QWidget(m_addressPages);
    auto *form = new QFormLayout(shown);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_address = new QLineEdit(shown);
    m_address->setObjectName(QStringLiteral("shelterAddress"));
    m_address->setMaxLength(InputLimits::MaxShelterAddressChars);
    form->addRow(tr("Street &address:"), withProblem(m_address, QStringLiteral("address"), AddressTab));
    m_reference = new QLineEdit(shown);
    m_reference->setObjectName(QStringLiteral("shelterReference"));
    m_reference->setMaxLength(InputLimits::MaxShelterReferenceChars);
    m_reference->setPlaceholderText(tr("Opaque code from CoMensha or the police"));
    form->addRow(tr("&Reference:"), withProblem(m_reference, QStringLiteral("reference"), AddressTab));
    m_addressNote = new QLabel(shown);
    m_addressNote->setObjectName(QStringLiteral("addressNote"));
    m_addressNote->setWordWrap(true);
    form->addRow(QString(), m_addressNote);
    m_addressPages->addWidget(shown);

    outer->addWidget(m_addressPages);
    return page;
}

void ShelterEditorDialog::newShelter()
{
    m_loading = true;
    m_id.clear();
    m_loadedConfidentiality.clear();
    m_revealed = false;
    setWindowTitle(tr("New shelter"));
    m_name->clear();
    // The general shelter is the neutral start; COSM would fix the placing authority at once.
    selectData(m_type, QStringLiteral("general_shelter"));
    m_level->setCurrentIndex(1);
    m_confidentiality->setCurrentIndex(0);
    m_region->clear();
    m_authority->setCurrentIndex(0);
    m_notes->clear();
    m_capacity->setValue(0);
    m_freeBeds->setValue(0);
    m_asOfKnown->setChecked(true);
    m_asOf->setEnabled(true);
    m_asOf->setDate(today());
    m_maxStay->setValue(0);
    m_genders->setCodes({});
    m_minAge->setValue(18);
    m_maxAge->setValue(120);
    m_statuses->setCodes({});
    m_children->setChecked(false);
    m_pets->setChecked(false);
    m_languages->setCodes({});
    m_specialisms->setCodes({});
    m_address->clear();
    m_reference->clear();
    m_loading = false;
    clearProblems();
    updateAuthority();
    updateAddressFields();
    m_tabs->setCurrentIndex(ShelterTab);
}

bool ShelterEditorDialog::openShelter(const QString &id)
{
    auto found = ShelterRepository(m_db).find(id);
    if (!found) {
        MessageBox::warning(this, tr("Shelter"), found.error().message());
        return false;
    }
    newShelter();
    const Shelter &s = found.value();
    m_loading = true;
    m_id = s.id;
    m_loadedConfidentiality = s.addressConfidentiality;
    setWindowTitle(tr("Shelter: %1").arg(s.name));
    m_name->setText(s.name);
    selectData(m_type, s.type);
    selectData(m_level, s.securityLevel);
    selectData(m_confidentiality, s.addressConfidentiality);
    m_region->setText(s.region);
    selectData(m_authority, s.placingAuthority);
    m_notes->setPlainText(s.notes);
    m_capacity->setValue(s.capacity);
    m_freeBeds->setValue(s.freeBeds);
    m_asOfKnown->setChecked(s.availabilityAsOf.isValid());
    m_asOf->setEnabled(s.availabilityAsOf.isValid());
    m_asOf->setDate(s.availabilityAsOf.isValid() ? s.availabilityAsOf : today());
    m_maxStay->setValue(s.maxStayDays);
    m_genders->setCodes(s.genders);
    m_minAge->setValue(s.minAge);
    m_maxAge->setValue(s.maxAge);
    m_statuses->setCodes(s.residenceStatuses);
    m_children->setChecked(s.acceptsChildren);
    m_pets->setChecked(s.acceptsPets);
    m_languages->setCodes(s.languages);
    m_specialisms->setCodes(s.specialisms);
    // The repository never hands out the address here; keep the fields empty until a reveal.
    m_address->clear();
    m_reference->clear();
    m_loading = false;
    updateAuthority();
    updateAddressFields();
    return true;
}

bool ShelterEditorDialog::revealAddress()
{
    if (isNew() || m_revealed)
        return m_revealed;
    const auto answer = MessageBox::question(this, tr("Reveal address"),
        tr("Show the stored address and reference of this shelter? This is recorded in the audit log with your name."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    auto revealed = ShelterRepository(m_db).revealAddress(m_id);
    if (!revealed) {
        MessageBox::warning(this, tr("Reveal address"), revealed.error().message());
        return false;
    }
    m_loading = true;
    m_address->setText(revealed->address);
    m_reference->setText(revealed->reference);
    m_loading = false;
    m_revealed = true;
    updateAddressFields();
    return true;
}

QJsonObject ShelterEditorDialog::formJson() const
{
    QJsonObject o {
        { QStringLiteral("name"), m_name->text() },
        { QStringLiteral("type"), m_type->currentData().toString() },
        { QStringLiteral("securityLevel"), ShelterCodes::levelCode(m_level->currentData().toInt()) },
        { QStringLiteral("addressConfidentiality"), m_confidentiality->currentData().toString() },
        { QStringLiteral("region"), m_region->text() },
        { QStringLiteral("placingAuthority"), m_authority->currentData().toString() },
        { QStringLiteral("capacity"), m_capacity->value() },
        { QStringLiteral("freeBeds"), m_freeBeds->value() },
        { QStringLiteral("availabilityAsOf"),
            m_asOfKnown->isChecked() ? QJsonValue(m_asOf->date().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("genders"), QJsonArray::fromStringList(m_genders->codes()) },
        { QStringLiteral("minAge"), m_minAge->value() },
        { QStringLiteral("maxAge"), m_maxAge->value() },
        { QStringLiteral("residenceStatuses"), QJsonArray::fromStringList(m_statuses->codes()) },
        { QStringLiteral("acceptsChildren"), m_children->isChecked() },
        { QStringLiteral("acceptsPets"), m_pets->isChecked() },
        { QStringLiteral("languages"), QJsonArray::fromStringList(m_languages->codes()) },
        { QStringLiteral("specialisms"), QJsonArray::fromStringList(m_specialisms->codes()) },
        { QStringLiteral("maxStayDays"), m_maxStay->value() > 0 ? QJsonValue(m_maxStay->value()) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("notes"), m_notes->toPlainText() },
    };
    if (!m_id.isEmpty())
        o.insert(QStringLiteral("id"), m_id);
    // Without a reveal the keys stay out, so the stored address and reference are kept.
    if (isNew() || m_revealed) {
        o.insert(QStringLiteral("address"), m_address->isEnabled() ? m_address->text() : QString());
        o.insert(QStringLiteral("reference"), m_reference->text());
    }
    return o;
}

bool ShelterEditorDialog::save()
{
    clearProblems();
    auto parsed = ShelterJson::fromJson(formJson());
    if (!parsed) {
        showProblems(parsed.error().message());
        return false;
    }
    auto saved = ShelterRepository(m_db).save(parsed.value());
    if (!saved) {
        showProblems(saved.error().message());
        return false;
    }
    m_id = saved.value();
    m_loadedConfidentiality = parsed->shelter.addressConfidentiality;
    Q_EMIT this->saved(m_id);
    return true;
}

void ShelterEditorDialog::accept()
{
    if (save())
        QDialog::accept();
}

QString ShelterEditorDialog::problemText(const QString &key) const
{
    const QLabel *label = m_problems.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

void ShelterEditorDialog::showProblems(const QString &message)
{
    // ShelterJson names each field by its JSON key ("field freeBeds: cannot exceed the capacity"),
    // also in translations; each part goes under its field.
    int firstTab = -1;
    QStringList unplaced;
    bool placedAny = false;
    for (auto it = m_problems.constBegin(); it != m_problems.constEnd(); ++it) {
        const QRegularExpression re(QStringLiteral("\\b%1: ([^;]+)").arg(QRegularExpression::escape(it.key())));
        const QRegularExpressionMatch match = re.match(message);
        if (!match.hasMatch())
            continue;
        QString text = match.captured(1).trimmed();
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper(); // shown on its own under the field
        it.value()->setText(text);
        it.value()->setVisible(true);
        placedAny = true;
        const int tab = m_tabOf.value(it.key(), -1);
        if (firstTab < 0 || (tab >= 0 && tab < firstTab))
            firstTab = tab;
    }
    if (!placedAny) {
        m_generalError->setText(message);
        m_generalError->setVisible(true);
    } else {
        m_generalError->setText(tr("Please correct the marked fields."));
        m_generalError->setVisible(true);
    }
    if (firstTab >= 0)
        m_tabs->setCurrentIndex(firstTab);
}

void ShelterEditorDialog::clearProblems()
{
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->setVisible(false);
    }
    m_generalError->clear();
    m_generalError->setVisible(false);
}

void ShelterEditorDialog::updateAuthority()
{
    const bool cosm = m_type->currentData().toString() == QLatin1String("cosm");
    if (cosm)
        selectData(m_authority, QStringLiteral("comensha"));
    m_authority->setEnabled(!cosm);
    m_authorityNote->setVisible(cosm);
}

void ShelterEditorDialog::updateAddressFields()
{
    const bool showFields = isNew() || m_revealed;
    m_addressPages->setCurrentIndex(showFields ? 1 : 0);
    const bool secret = m_confidentiality->currentData().toString() == QLatin1String("secret");
    m_address->setEnabled(!secret);
    if (secret) {
        m_address->setPlaceholderText(tr("Never stored for a secret address"));
        m_addressNote->setText(tr("A secret address is never stored: keep only the region and an opaque reference."));
    } else {
        m_address->setPlaceholderText(QString());
        m_addressNote->setText(tr("Shown only to those who reveal it; every reveal is recorded."));
    }
    if (!showFields && secret && m_loadedConfidentiality != QLatin1String("secret") && !m_loadedConfidentiality.isEmpty())
        m_revealButton->setToolTip(tr("Saving as secret deletes the stored street address."));
    else
        m_revealButton->setToolTip(QString());
}

void ShelterEditorDialog::confirmAvailabilityToday()
{
    if (m_loading)
        return;
    // Changing the beds is confirming them now.
    m_asOfKnown->setChecked(true);
    m_asOf->setDate(today());
}

} // namespace vangnet
