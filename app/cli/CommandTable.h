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
};

class CommandTable
{
public:
    CommandTable();
    const std::vector<Command> &commands() const { return m_commands; }
    // Finds the longest command name that prefixes the arguments; consumes its words.
    const Command *match(QStringList &words) const;
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

} // namespace vangnet::cli
