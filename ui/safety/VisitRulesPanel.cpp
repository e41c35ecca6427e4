#include "safety/VisitRulesPanel.h"

#include "safety/VisitRuleCodes.h"
#include "safety/VisitRulesRepository.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vangnet {

VisitRulesPanel::VisitRulesPanel(QWidget *parent)
    : QWidget(parent)
    , m_note(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save visit rules"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("visitRulesPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Rules for every visit in this case, for the safety of staff. They are shown wherever a visit is planned."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const QString &code : VisitRuleCodes::all()) {
        auto *box = new QCheckBox(VisitRuleCodes::label(code), this);
        box->setObjectName(QStringLiteral("rule_") + code);
        box->setProperty("code", code);
        m_boxes.append(box);
        layout->addWidget(box);
    }
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    m_note->setObjectName(QStringLiteral("visitRulesNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    m_save->setObjectName(QStringLiteral("saveVisitRules"));
    m_status->setObjectName(QStringLiteral("visitRulesStatus"));
    m_status->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_save);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    clear();
}

void VisitRulesPanel::setEditable(bool editable)
{
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setEnabled(editable);
    m_note->setEnabled(editable);
    m_save->setEnabled(editable);
}

void VisitRulesPanel::clear()
{
    m_caseId.clear();
    m_db = nullptr;
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(false);
    m_note->clear();
    m_status->clear();
    setEditable(false);
}

void VisitRulesPanel::setCase(const QString &caseId, Database &db)
{
    clear();
    m_caseId = caseId;
    m_db = &db;
    auto found = VisitRulesRepository(db).find(caseId);
    if (!found) {
        m_status->setText(found.error().message());
        return;
    }
    if (found.value()) {
        const VisitRules &rules = *found.value();
        for (QCheckBox *box : std::as_const(m_boxes))
            box->setChecked(rules.rules.contains(box->property("code").toString()));
        m_note->setPlainText(rules.note);
    }
    setEditable(true);
}

bool VisitRulesPanel::save()
{
    if (!m_db || m_caseId.isEmpty())
        return false;
    VisitRules rules;
    rules.caseId = m_caseId;
    for (QCheckBox *box : std::as_const(m_boxes))
        if (box->isChecked())
            rules.rules.append(box->property("code").toString());
    rules.note = m_note->toPlainText().trimmed();
    auto stored = VisitRulesRepository(*m_db).set(rules);
    if (!stored) {
        m_status->setText(stored.error().message());
        return false;
    }
    m_status->setText(rules.isEmpty() ? tr("No visit rules for this case.") : tr("Visit rules saved."));
    emit rulesChanged(m_caseId);
    return true;
}

} // namespace vangnet
