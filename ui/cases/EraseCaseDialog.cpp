#include "cases/EraseCaseDialog.h"

#include "common/FormScrollArea.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vangnet {
namespace {

QString whatGoes(const ErasurePreview &p)
{
    QStringList items;
    items << EraseCaseDialog::tr("the case with all its fields and its history (%n change(s))", nullptr, p.historyEntries);
    if (p.notes > 0)
        items << EraseCaseDialog::tr("%n note(s)", nullptr, p.notes);
    if (p.attachments > 0)
        items << EraseCaseDialog::tr("%n scan(s)", nullptr, p.attachments);
    if (p.consents > 0)
        items << EraseCaseDialog::tr("%n consent(s)", nullptr, p.consents);
    if (p.placements > 0)
        items << EraseCaseDialog::tr("%n placement(s)", nullptr, p.placements);
    if (p.receivedRecords > 0)
        items << EraseCaseDialog::tr("%n record(s) received about this person", nullptr, p.receivedRecords);
    if (p.drafts > 0)
        items << EraseCaseDialog::tr("unsaved changes kept as a draft");
    if (p.savedFilters > 0)
        items << EraseCaseDialog::tr("%n saved search(es) that find this case", nullptr, p.savedFilters);
    QString html = QStringLiteral("<ul>");
    for (const QString &item : std::as_const(items))
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

} // namespace

EraseCaseDialog::EraseCaseDialog(const ErasurePreview &preview, QWidget *parent)
    : QDialog(parent)
    , m_number(preview.number)
    , m_reason(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("eraseCaseDialog"));
    setWindowTitle(tr("Erase case %1").arg(preview.number));
    auto *layout = new QVBoxLayout;
    auto *intro = new QLabel;
    intro->setObjectName(QStringLiteral("eraseSummary"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    QString text = tr("Erasing cannot be undone. This removes from this laptop:").toHtmlEscaped() + whatGoes(preview);
    if (preview.disclosures > 0)
        text += tr("The register of what was shared keeps %n entry(s) without personal data: who received which kind "
                   "of data, and when.",
                    nullptr, preview.disclosures)
                    .toHtmlEscaped()
            + QStringLiteral("<br>");
    text += tr("What remains: the case number, the date, the reason and who erased it. Copies that were shared or "
               "are in backups are not erased by this.")
                .toHtmlEscaped();
    intro->setText(text);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_reason->setObjectName(QStringLiteral("eraseReason"));
    m_reason->setPlaceholderText(tr("for example: asked by the person, retention period ended"));
    form->addRow(tr("&Reason:"), m_reason);
    m_confirm->setObjectName(QStringLiteral("eraseConfirmNumber"));
    auto *confirmLabel = new QLabel(tr("&Type the case number %1 to confirm:").arg(preview.number));
    confirmLabel->setBuddy(m_confirm);
    confirmLabel->setWordWrap(true);
    form->addRow(confirmLabel, m_confirm);
    layout->addLayout(form);

    auto *erase = m_buttons->addButton(tr("&Erase case"), QDialogButtonBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("eraseButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &EraseCaseDialog::updateButton);
    connect(m_confirm, &QLineEdit::textChanged, this, &EraseCaseDialog::updateButton);

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(new FormScrollArea(layout, this), 1);
    outer->addWidget(m_buttons);
    setMinimumWidth(560);
    updateButton();
}

QString EraseCaseDialog::reason() const
{
    return m_reason->text().trimmed();
}

void EraseCaseDialog::updateButton()
{
    const bool ok = !reason().isEmpty() && m_confirm->text().trimmed().compare(m_number, Qt::CaseInsensitive) == 0;
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::DestructiveRole)
            b->setEnabled(ok);
}

} // namespace vangnet
