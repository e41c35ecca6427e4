#include "vault/FolderChooser.h"

#include <QFileDialog>

#include <optional>

namespace vangnet {
namespace {

std::optional<QString> g_nextFolder;

} // namespace

QString FolderChooser::existingFolder(QWidget *parent, const QString &title, const QString &start)
{
    if (g_nextFolder) {
        const QString folder = *g_nextFolder;
        g_nextFolder.reset();
        return folder;
    }
    return QFileDialog::getExistingDirectory(parent, title, start);
}

void FolderChooser::setNextFolder(const QString &folder)
{
    g_nextFolder = folder;
}

} // namespace vangnet
