#include "CliContext.h"
#include "CommandTable.h"
#include "ExitCode.h"
#include "i18n/Language.h"
#include "platform/ProcessHardening.h"
#include "vault/VaultPaths.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

using namespace vangnet;
using namespace vangnet::cli;

int main(int argc, char *argv[])
{
    hardenProcess();
    const CommandTable table;
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application;
    if (table.namesDocumentCommand(rawArguments)) {
        // Fonts for PDFs, never a window: the command line does not touch the display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Vangnet"));
    QCoreApplication::setApplicationName(QStringLiteral("Vangnet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VANGNET_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    QString language;
    if (const qsizetype i = args.indexOf(QStringLiteral("--lang")); i >= 0 && i + 1 < args.size()) {
        language = args.at(i + 1);
        args.remove(i, 2);
    }
    Language::install(app, language);

    CliContext ctx;
    ctx.vaultFolder = VaultPaths::defaultFolder();

    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--json")) {
            ctx.json = true;
        } else if (option == QLatin1String("--vault") || option == QLatin1String("--passphrase-file")) {
            if (args.isEmpty())
                return ctx.usage(CliContext::tr("The option %1 needs a value.").arg(option));
            (option == QLatin1String("--vault") ? ctx.vaultFolder : ctx.passphraseFile) = args.takeFirst();
        } else if (option == QLatin1String("--passphrase") || option.startsWith(QLatin1String("--passphrase="))) {
            return ctx.usage(CliContext::tr("A passphrase is never taken from the command line (other users can see it in the "
                                            "process list). Use VANGNET_PASSPHRASE or --passphrase-file."));
        } else if (option == QLatin1String("--help")) {
            QTextStream(stdout) << table.help();
            return ExitOk;
        } else if (option == QLatin1String("--version")) {
            QTextStream(stdout) << QStringLiteral("vangnet-cli ") << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        } else {
            // Only the name: the value of a mistyped option may be a secret ("--pasphrase=...").
            return ctx.usage(CliContext::tr("Unknown option: %1.").arg(option.section(QLatin1Char('='), 0, 0)));
        }
    }
    if (args.isEmpty()) {
        QTextStream(stderr) << table.help();
        return ExitUsage;
    }
    const Command *command = table.match(args);
    if (!command)
        return ctx.usage(CliContext::tr("Unknown command: %1.").arg(args.join(QLatin1Char(' '))));
    Args rest(args);
    return command->run(ctx, rest);
}
