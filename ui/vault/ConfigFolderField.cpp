#include "vault/ConfigFolderField.h"

#include "vault/FolderChooser.h"
#include "vault/VaultConfig.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace vangnet {

ConfigFolderField::ConfigFolderField(const QString &key, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_key(key)
    , m_edit(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose…"), this))
{
    setObjectName(key);
    m_edit->setObjectName(QStringLiteral("folderEdit"));
    m_edit->setAccessibleName(accessibleName);
    m_edit->setPlaceholderText(tr("Not set"));
    m_edit->setClearButtonEnabled(true);
    m_choose->setObjectName(QStringLiteral("chooseFolderButton"));
    m_choose->setAccessibleName(tr("Choose %1").arg(accessibleName));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_choose);
    setFocusProxy(m_edit);
    connect(m_choose, &QPushButton::clicked, this, &ConfigFolderField::choose);
}

QString ConfigFolderField::folder() const
{
    return m_edit->text().trimmed();
}

void ConfigFolderField::setFolder(const QString &folder)
{
    m_edit->setText(QDir::toNativeSeparators(folder));
}

void ConfigFolderField::load(const VaultConfig &config)
{
    auto value = config.value(m_key);
    m_loaded = value ? value.value() : QString();
    setFolder(m_loaded);
}

Status ConfigFolderField::save(VaultConfig &config) const
{
    const QString folder = QDir::fromNativeSeparators(this->folder());
    if (folder == m_loaded)
        return {};
    // VaultConfig's own message names the key; the dialog names the row instead.
    if (!folder.isEmpty() && !QDir::isAbsolutePath(folder))
        return Error(ErrorCode::InvalidInput,
            tr("%1: give the full path of a folder, such as /media/usb/backups.").arg(m_edit->accessibleName()));
    return folder.isEmpty() ? config.reset(m_key) : config.set(m_key, folder);
}

void ConfigFolderField::choose()
{
    const QString start = folder().isEmpty() ? QDir::homePath() : folder();
    const QString chosen = FolderChooser::existingFolder(this, m_edit->accessibleName(), start);
    if (!chosen.isEmpty())
        setFolder(chosen);
}

} // namespace vangnet
