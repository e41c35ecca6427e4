#pragma once

#include <QString>

class QWidget;

namespace vangnet {

// The folder dialog, behind a seam so that tests can answer it without a native dialog.
class FolderChooser
{
public:
    static QString existingFolder(QWidget *parent, const QString &title, const QString &start);
    // Tests: the next call returns `folder` without showing anything.
    static void setNextFolder(const QString &folder);
};

} // namespace vangnet
