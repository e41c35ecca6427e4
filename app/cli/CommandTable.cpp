#include "CommandTable.h"

#include <QCoreApplication>

namespace vangnet::cli {

CommandTable::CommandTable()
{
    addVaultCommands(m_commands);
    addCaseCommands(m_commands);
    addSafetyCommands(m_commands);
    addConsentCommands(m_commands);
    addShelterCommands(m_commands);
    addExchangeCommands(m_commands);
    addExchangeFolderCommands(m_commands);
    addBackupCommands(m_commands);
    addConfigCommands(m_commands);
    addPrivacyCommands(m_commands);
    addDocumentCommands(m_commands);
    addReportCommands(m_commands);
}

const Command *CommandTable::match(QStringList &words) const
{
    const Command *best = nullptr;
    qsizetype bestWords = 0;
    for (const Command &c : m_commands) {
        const QStringList parts = c.name.split(QLatin1Char(' '));
        if (parts.size() > words.size() || parts.size() <= bestWords)
            continue;
        if (words.mid(0, parts.size()) == parts) {
            best = &c;
            bestWords = parts.size();
        }
    }
    if (best)
        words.remove(0, bestWords);
    return best;
}

bool CommandTable::namesDocumentCommand(const QStringList &arguments) const
{
    for (const Command &c : m_commands) {
        if (!c.documents)
            continue;
        const QStringList parts = c.name.split(QLatin1Char(' '));
        for (qsizetype i = 0; i + parts.size() <= arguments.size(); ++i) {
            if (arguments.mid(i, parts.size()) == parts)
                return true;
        }
    }
    return false;
}

QString CommandTable::help() const
{
    QString text = QCoreApplication::translate("cli",
        "Usage: vangnet-cli [--vault FOLDER] [--json] [--passphrase-file FILE] COMMAND [ARGUMENTS]\n"
        "\n"
        "The passphrase comes from VANGNET_PASSPHRASE, --passphrase-file or a prompt; never from the command line.\n"
        "Exit codes: 0 success, 1 runtime error, 2 usage or invalid input, 3 cannot unlock, 4 refused by policy,\n"
        "5 integrity failure, 6 vault in use. See docs/CLI.md.\n"
        "\n"
        "Commands:\n");
    for (const Command &c : m_commands)
        text += QStringLiteral("  ") + QString(c.name + QLatin1Char(' ') + c.synopsis).leftJustified(44) + QLatin1Char(' ')
            + QCoreApplication::translate("cli", c.summary) + QLatin1Char('\n');
    return text;
}

} // namespace vangnet::cli
