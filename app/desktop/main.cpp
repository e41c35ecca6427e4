#include "demo/DemoVault.h"
#include "i18n/Language.h"
#include "platform/ProcessHardening.h"
#include "safety/SafetyGuard.h"
#include "safety/SystemClock.h"
#include "shell/MainWindow.h"
#include "vault/VaultPaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

using namespace vangnet;

namespace {

// Settings hold the interface language, the last vault folder and the safety timings (Settings
// dialog): nothing else, never case data.
const QString LanguageKey = Language::settingsKey();
const QString LastVaultKey = QStringLiteral("lastVaultFolder");

} // namespace

int main(int argc, char *argv[])
{
    hardenProcess();
    // Qt's own file and message dialogs: a native (GTK, portal, Windows, macOS) dialog runs outside
    // Qt's event handling, so quick hide (Ctrl+Shift+H) could not be caught while it has focus, and
    // desktop file pickers keep a "recently used" list that would name bundles and attachments.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vangnet"));
    QApplication::setApplicationName(QStringLiteral("Vangnet"));
    QApplication::setApplicationVersion(QStringLiteral(VANGNET_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("nl.vangnet.Vangnet"));

    // The language is installed before the parser so that --help is translated; it peeks at --lang.
    QSettings settings;
    QString language = settings.value(LanguageKey).toString();
    const QStringList args = QApplication::arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--lang")); i >= 0 && i + 1 < args.size()) {
        language = args.at(i + 1);
        if (Language::available().contains(language))
            settings.setValue(LanguageKey, language);
    }
    Language::install(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Vangnet: case management for care coordinators."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QApplication::translate("main", "Interface language (nl or en); remembered."), QStringLiteral("code"));
    const QCommandLineOption vaultOption(
        QStringLiteral("vault"), QApplication::translate("main", "Open the vault in FOLDER."), QStringLiteral("FOLDER"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QApplication::translate("main", "Open the demo vault with fictional data (created on first use)."));
    parser.addOptions({ langOption, vaultOption, demoOption });
    parser.process(app);

    MainWindow window { VaultSettings {} };
    QObject::connect(&window, &MainWindow::vaultFolderUsed, &app,
        [&settings](const QString &folder) { settings.setValue(LastVaultKey, folder); });
    if (parser.isSet(demoOption)) {
        window.startDemo();
    } else {
        QString folder = parser.value(vaultOption);
        if (folder.isEmpty())
            folder = settings.value(LastVaultKey, VaultPaths::defaultFolder()).toString();
        window.start(folder);
    }
    new SafetyGuard(&window, SystemClock::instance()); // issue 6: auto-lock, quick hide, clipboard
    window.resize(1280, 800); // WindowFitter keeps it within a smaller screen
    window.show();
    return QApplication::exec();
}
