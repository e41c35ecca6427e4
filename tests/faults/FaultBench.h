#pragma once

#include "CliRunner.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace vangnet::test {

// One file-writing vangnet-cli command, run again and again against the same vault while something
// goes wrong (an injected ENOSPC/EIO, a kill at a crash point, a full disk), with the checks the
// fault tests share: after a failure the old state is intact (verify passes, the old passphrase and
// recovery key open the vault, every acknowledged write is there, a previous output file is byte
// for byte the same, nothing temporary or empty is left); after a success the new state is complete.
class FaultBench
{
public:
    enum class Command { Init, Passwd, Recover, CaseAdd, Attach, Import, Export, ShelterExport, CardExport, RecoveryKeyNew };
    static QString name(Command command);
    static QList<Command> all();

    // root: a folder for the files the command writes (the vault, the output); helpers go elsewhere.
    FaultBench(Command command, const QString &root);
    // Creates the vault and everything the command needs (through vangnet-cli, no faults).
    QString prepare();

    // Runs the command once with these extra environment variables; beforeRun is called just before
    // (after the bench's own files are in place), e.g. to fill the disk.
    CliResult attempt(const QProcessEnvironment &extra = {}, const std::function<void()> &beforeRun = {});
    // After an attempt that exited non-zero: "" when the old state is intact, else what is wrong.
    // crashed: killed at a crash point (exit 86); the new state is then acceptable too.
    QString checkFailed(const CliResult &r, bool crashed);
    // After an attempt that exited 0: "" when the new state is complete.
    QString checkSucceeded(const CliResult &r);

    const QString &root() const { return m_root; }

private:
    QString vaultFolder() const { return m_root + QStringLiteral("/vault"); }
    QString outputFile() const;
    QString helper(const QString &name) const { return m_helpers.filePath(name); }
    CliResult cli(const QString &folder, const QStringList &args, const QByteArray &stdinData = {}) const;
    // "" when passphrase, recovery key, verify and acknowledged data all check out.
    QString checkVault(const QString &passphrase, const QString &recoveryKey);
    // allowTemporaries: right after a kill, which leaves its temporary file (the next write removes it).
    QString checkLeftovers(bool allowTemporaries) const;
    QString checkOutputUnchanged() const;
    QString prepareExchange(const QString &sender, const QString &receiver, const QString &bundle);
    int countRows(const QString &passphrase, const QString &sql);
    static bool copyFolder(const QString &from, const QString &to);

    Command m_command;
    QString m_root;
    QTemporaryDir m_helpers;
    int m_attempts = 0;
    QString m_passphrase;
    QString m_recoveryKey;
    QString m_nextPassphrase;
    QString m_nextRecoveryKey; // recovery-key new: printed by a successful attempt
    QStringList m_caseIds; // acknowledged cases
    int m_attachments = 0; // acknowledged attachments
    int m_exports = 0; // acknowledged bundles
    int m_imported = 0; // cases acknowledged as imported
    QString m_caseId;
    QByteArray m_previousOutput; // an export's previous file, which a failure must leave alone
    QStringList m_pristineCaseIds; // import: the receiving vault is put back after each success
};

} // namespace vangnet::test
