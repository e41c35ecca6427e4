#include "common/FileChooser.h"

#include <QFileDialog>

#include <optional>

namespace vangnet {
namespace {

std::optional<QString> g_nextFile;

std::optional<QString> takeNext()
{
    std::optional<QString> next;
    next.swap(g_nextFile);
    return next;
}

} // namespace

QString FileChooser::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString FileChooser::saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void FileChooser::setNextFile(const QString &file)
{
    g_nextFile = file;
}

} // namespace vangnet
