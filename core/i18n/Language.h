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
    // The QSettings key holding the chosen language code (empty: the system's).
    static QString settingsKey();
    // Returns the language actually installed.
    static QString install(QCoreApplication &app, const QString &code = {});
};

} // namespace vangnet
