#pragma once

#include "common/Result.h"

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace vangnet {

class VaultConfig;

// One folder setting of the vault (VaultConfig, e.g. backup.folder) in the settings dialog: the path,
// typed or chosen with "Choose…". Empty means "not set". Saving checks it as VaultConfig does, so a
// relative path is refused with VaultConfig's own message and nothing is stored.
class ConfigFolderField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigFolderField)

public:
    // accessibleName: the row's label without the mnemonic, for screen readers.
    ConfigFolderField(const QString &key, const QString &accessibleName, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    QString folder() const;
    void setFolder(const QString &folder);
    QLineEdit *edit() const { return m_edit; }

    void load(const VaultConfig &config);
    // Stores the folder, or resets the key when the field is empty; unchanged values are not written.
    Status save(VaultConfig &config) const;

private:
    void choose();

    QString m_key;
    QString m_loaded;
    QLineEdit *m_edit;
    QPushButton *m_choose;
};

} // namespace vangnet
