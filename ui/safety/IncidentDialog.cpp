#include "safety/IncidentDialog.h"

#include "cases/CaseRepository.h"
#include "common/FormScrollArea.h"
#include "i18n/DateText.h"

#include "domain/InputLimits.h"
#include "safety/CasePicker.h"
#include "safety/IncidentCodes.h"
#include "safety/IncidentJson.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace vangnet {

IncidentDialog::IncidentDialog(Vault *vault, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_date(new QDateEdit(this))
    , m_setting(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_case(new CasePicker(this))
    , m_staffMember(new QLineEdit(this))
    , m_policeReport(new QCheckBox(tr("A police report was filed"), this))
    , m_policeReference(new QLineEdit(this))
    , m_consequences(new QPlainTextEdit(this))
    , m_aftercare(new QPlainTextEdit(this))
    , m_measures(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("incidentDialog"));
    setWindowTitle(tr("Incident against staff"));
    m_case->setVault(vault);
    for (QLineEdit *edit : { m_staffMember, m_policeReference })
        edit->setMaxLength(InputLimits::MaxSingleLineChars);
    m_date->setObjectName(QStringLiteral("incidentDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateText::format());
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDate(QDate::currentDate());
    m_setting->setObjectName(QStringLiteral("incidentSetting"));
    m_type->setObjectName(QStringLiteral("incidentType"));
    m_source->setObjectName(QStringLiteral("incidentSource"));
    m_status->setObjectName(QStringLiteral("incidentStatus"));
    fillCombo(m_setting, int(IncidentCodes::Kind::Setting));
    fillCombo(m_type, int(IncidentCodes::Kind::Type));
    fillCombo(m_source, int(IncidentCodes::Kind::Source));
    fillCombo(m_status, int(IncidentCodes::Kind::Status));
    m_description->setObjectName(QStringLiteral("incidentDescription"));
    m_staffMember->setObjectName(QStringLiteral("incidentStaffMember"));
    m_policeReport->setObjectName(QStringLiteral("incidentPoliceReport"));
    m_policeReference->setObjectName(QStringLiteral("incidentPoliceReference"));
    m_consequences->setObjectName(QStringLiteral("incidentConsequences"));
    m_aftercare->setObjectName(QStringLiteral("incidentAftercare"));
    m_measures->setObjectName(QStringLiteral("incidentMeasures"));
    for (QPlainTextEdit *edit : { m_description, m_consequences, m_aftercare, m_measures })
        edit->setTabChangesFocus(true);
    m_error->setObjectName(QStringLiteral("incidentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Setting:"), m_setting);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("&What happened:"), m_description);
    form->addRow(tr("Linked &case:"), m_case);
    form->addRow(tr("Staff &member:"), m_staffMember);
    form->addRow(QString(), m_policeReport);
    form->addRow(tr("Police &reference:"), m_policeReference);
    form->addRow(tr("Co&nsequences:"), m_consequences);
    form->addRow(tr("&Aftercare:"), m_aftercare);
    form->addRow(tr("&Measures:"), m_measures);
    form->addRow(tr("Stat&us:"), m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IncidentDialog::reject);
    // The form scrolls on a short screen; the message and the buttons stay below it, in view.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new FormScrollArea(form, this), 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setIncident(Incident());
}

void IncidentDialog::fillCombo(QComboBox *combo, int kind)
{
    const auto k = static_cast<IncidentCodes::Kind>(kind);
    if (k != IncidentCodes::Kind::Status)
        combo->addItem(tr("(choose)"), QString());
    for (const QString &code : IncidentCodes::all(k))
        combo->addItem(IncidentCodes::label(k, code), code);
}

void IncidentDialog::selectCode(QComboBox *combo, const QString &code)
{
    const int i = combo->findData(code);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

QString IncidentDialog::caseNumber(const QString &caseId) const
{
    if (caseId.isEmpty() || !m_vault || !m_vault->isOpen())
        return {};
    auto c = CaseRepository(m_vault->database()).load(caseId);
    return c ? c->number : QString();
}

void IncidentDialog::setIncident(const Incident &incident)
{
    m_original = incident;
    if (!m_original.date.isValid())
        m_original.date = QDate::currentDate();
    m_date->setDate(m_original.date);
    selectCode(m_setting, incident.setting);
    selectCode(m_type, incident.type);
    selectCode(m_source, incident.source);
    selectCode(m_status, incident.status);
    m_description->setPlainText(incident.description);
    m_case->setCase(incident.caseId, caseNumber(incident.caseId));
    m_staffMember->setText(incident.staffMember);
    m_policeReport->setChecked(incident.policeReportFiled);
    m_policeReference->setText(incident.policeReference);
    m_consequences->setPlainText(incident.consequences);
    m_aftercare->setPlainText(incident.aftercare);
    m_measures->setPlainText(incident.measures);
    m_error->hide();
    // Compare against what the form shows, not the raw input (e.g. a defaulted date).
    m_original = this->incident();
}

Incident IncidentDialog::incident() const
{
    Incident i = m_original;
    i.date = m_date->date();
    i.setting = m_setting->currentData().toString();
    i.type = m_type->currentData().toString();
    i.source = m_source->currentData().toString();
    i.status = m_status->currentData().toString();
    i.description = m_description->toPlainText().trimmed();
    i.caseId = m_case->caseId();
    i.staffMember = m_staffMember->text().trimmed();
    i.policeReportFiled = m_policeReport->isChecked();
    i.policeReference = m_policeReference->text().trimmed();
    i.consequences = m_consequences->toPlainText().trimmed();
    i.aftercare = m_aftercare->toPlainText().trimmed();
    i.measures = m_measures->toPlainText().trimmed();
    return i;
}

bool IncidentDialog::isModified() const
{
    return !(incident() == m_original);
}

QString IncidentDialog::draftKey() const
{
    return m_original.id.isEmpty() ? QStringLiteral("new") : m_original.id;
}

QJsonObject IncidentDialog::draftJson() const
{
    // The same field names as the incident JSON; a draft may be incomplete, so it is not validated.
    return IncidentJson::toJson(incident());
}

void IncidentDialog::restoreDraft(const QJsonObject &json)
{
    const auto text = [&json](const char *name) { return json.value(QLatin1String(name)).toString(); };
    Incident i = m_original;
    if (i.id.isEmpty())
        i.id = text("id");
    i.date = QDate::fromString(text("date"), Qt::ISODate);
    i.setting = text("setting");
    i.type = text("type");
    i.source = text("source");
    i.description = text("description");
    i.caseId = text("caseId");
    i.staffMember = text("staffMember");
    const QJsonObject police = json.value(QStringLiteral("policeReport")).toObject();
    i.policeReportFiled = police.value(QStringLiteral("filed")).toBool();
    i.policeReference = police.value(QStringLiteral("reference")).toString();
    i.consequences = text("consequences");
    i.aftercare = text("aftercare");
    i.measures = text("measures");
    i.status = text("status");
    Incident base = m_original;
    base.id = i.id;
    setIncident(i);
    // The restored edits stay unsaved changes against the stored (or empty) incident.
    m_original = base;
}

void IncidentDialog::accept()
{
    if (auto st = IncidentJson::validate(incident()); !st) {
        m_error->setText(st.error().message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace vangnet
