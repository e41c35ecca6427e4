#pragma once

#include <QString>

class QWidget;

namespace vangnet {

// The open and save file dialogs, behind a seam so that tests can answer them without a native
// dialog (as FolderChooser does for folders).
class FileChooser
{
public:
    static QString openFile(QWidget *parent, const QString &title, const QString &filter);
    static QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
    // Tests: the next call of either returns `file` without showing anything (empty: cancelled).
    static void setNextFile(const QString &file);
};

} // namespace vangnet
