#pragma once

#include "Args.h"

#include <QString>

#include <vector>

namespace vangnet::cli {

class CliContext;

// A command is "init" or a two-word group command such as "case add". Each group of commands
// lives in its own file (VaultCommands.cpp, CaseCommands.cpp, ...) and adds itself here.
struct Command
{
    QString name; // "init", "case add"
    QString synopsis; // "[--kdf-memory MIB] [--kdf-passes N]"
    const char *summary; // QT_TRANSLATE_NOOP("cli", ...)
    int (*run)(CliContext &ctx, Args &args);
    // Writes a document (PDF): main() then creates a QGuiApplication on the offscreen platform,
    // which QTextDocument and QPdfWriter need for fonts. Every other command stays on
    // QCoreApplication and never loads a platform plugin.
    bool documents = false;
};

class CommandTable
{
public:
    CommandTable();
    const std::vector<Command> &commands() const { return m_commands; }
    // Finds the longest command name that prefixes the arguments; consumes its words.
    const Command *match(QStringList &words) const;
    // True when the raw arguments name a command that writes documents (checked before the
    // application object exists: the words of the command's name appear in a row).
    bool namesDocumentCommand(const QStringList &arguments) const;
    QString help() const;

private:
    std::vector<Command> m_commands;
};

void addVaultCommands(std::vector<Command> &table);
void addCaseCommands(std::vector<Command> &table);
void addSafetyCommands(std::vector<Command> &table);
void addConsentCommands(std::vector<Command> &table);
void addShelterCommands(std::vector<Command> &table);
void addPlacementCommands(std::vector<Command> &table);
void addExchangeCommands(std::vector<Command> &table);
void addExchangeFolderCommands(std::vector<Command> &table);
void addBackupCommands(std::vector<Command> &table);
void addConfigCommands(std::vector<Command> &table);
void addPrivacyCommands(std::vector<Command> &table);
void addDocumentCommands(std::vector<Command> &table);
void addReportCommands(std::vector<Command> &table);

} // namespace vangnet::cli
