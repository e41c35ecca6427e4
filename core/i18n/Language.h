#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace vangnet {

// Installs Vangnet's own translation and Qt's for one language ("nl", "en"), or for the system
// locale when the code is empty. English is the source language; Dutch ships complete.
class Language
{
public:
    static QStringList available(); // {"en", "nl"}
    // Returns the language actually installed.
    static QString install(QCoreApplication &app, const QString &code = {});
};

} // namespace vangnet
