#include "shelters/ShelterExportDialog.h"

#include "common/PlaintextWriteConfirmation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vangnet {

ShelterExportDialog::ShelterExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_addresses(new QCheckBox(tr("Include addresses and references"), this))
{
    setObjectName(QStringLiteral("shelterExportDialog"));
    setWindowTitle(tr("Export shelters"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setText(QDir::home().filePath(QStringLiteral("shelters.json")));
    m_addresses->setObjectName(QStringLiteral("includeAddresses"));
    m_addresses->setToolTip(tr("Only for handing the registry to a colleague who places victims; recorded in the audit log."));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    auto *note
        = new QLabel(tr("The file is not encrypted. Without addresses it holds the registry as you see it in the list."), this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export"));
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(QString(), m_addresses);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ShelterExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ShelterExportDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShelterExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
    updateButtons();
}

QString ShelterExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ShelterExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

bool ShelterExportDialog::includeAddresses() const
{
    return m_addresses->isChecked();
}

void ShelterExportDialog::accept()
{
    if (path().isEmpty())
        return;
    // The one plaintext-file question of the program: it names the content and the file.
    if (m_addresses->isChecked()
        && !PlaintextWriteConfirmation::confirm(
            this, tr("the street addresses and references of every shelter (recorded in the audit log)"), path()))
        return;
    QDialog::accept();
}

void ShelterExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export shelters"), path(), tr("JSON files (*.json)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ShelterExportDialog::updateButtons()
{
    m_ok->setEnabled(!path().isEmpty());
}

} // namespace vangnet
