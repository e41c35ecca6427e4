#include "common/PlaintextWriteConfirmation.h"

#include "common/MessageBox.h"

#include <QDir>

namespace vangnet {

QString PlaintextWriteConfirmation::text(const QString &contents, const QString &path)
{
    return tr("You are about to write %1 to “%2”.\n\n"
              "This file is NOT encrypted: it leaves the vault's protection. Anyone who gets hold of it (on this "
              "disk, a USB stick, a synced or shared folder, a backup) can read it. Only your user account can open it "
              "on this computer.\n\n"
              "Write the unencrypted file? Delete it as soon as it is no longer needed.")
        .arg(contents, QDir::toNativeSeparators(path));
}

bool PlaintextWriteConfirmation::confirm(QWidget *parent, const QString &contents, const QString &path)
{
    return MessageBox::question(parent, tr("Write an unencrypted file?"), text(contents, path),
               QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Save;
}

} // namespace vangnet
