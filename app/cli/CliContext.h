#pragma once

#include "Args.h"
#include "common/Result.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace vangnet::cli {

// What every command shares: the global options, the way to get a passphrase, the unlocked vault
// and the two output channels (human text or --json on stdout; messages on stderr).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(cli)

public:
    QString vaultFolder;
    bool json = false;
    QString passphraseFile;

    // The passphrase from VANGNET_PASSPHRASE, --passphrase-file or a no-echo prompt.
    Result<QString> passphrase(const QString &prompt = {});
    // A second secret (new passphrase, recovery key): environment variable, file option, prompt.
    Result<QString> secret(const char *envVariable, const std::optional<QString> &file, const QString &prompt, bool confirm);

    // Unlocks the vault named by --vault (or the default one).
    Result<std::unique_ptr<Vault>> openVault();

    // The bytes of --file FILE ("-": standard input), at most InputLimits::MaxDocumentBytes.
    Result<QByteArray> readInputFile(const QString &file);
    // Reads a JSON document from --file FILE ("-": standard input), within the same limit.
    Result<QJsonDocument> readJsonDocument(const QString &file);

    void print(const QString &text); // stdout, human mode only
    void printJson(const QJsonValue &value); // stdout, --json mode
    int fail(const Error &error); // stderr; returns the exit code
    int usage(const QString &message); // stderr; returns 2
    void warn(const QString &message); // stderr
    // Rejects leftovers after a command took what it knows; returns 0 when there are none.
    int rejectLeftovers(const Args &args);
};

} // namespace vangnet::cli
