#include "CliContext.h"

#include "ExitCode.h"
#include "SecretPrompt.h"
#include "crypto/KdfParameters.h"
#include "domain/InputLimits.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace vangnet::cli {
namespace {

Result<QString> readSecretFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::InvalidInput, CliContext::tr("The file %1 cannot be read.").arg(path), f.errorString());
    QString text = QString::fromUtf8(f.readAll());
    // Only the line ending goes: spaces inside a passphrase are part of it.
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Runtime:
        return "runtime";
    case ErrorCode::InvalidInput:
        return "invalid_input";
    case ErrorCode::CannotUnlock:
        return "cannot_unlock";
    case ErrorCode::Refused:
        return "refused";
    case ErrorCode::Integrity:
        return "integrity";
    case ErrorCode::InUse:
        return "in_use";
    case ErrorCode::NotFound:
        return "not_found";
    case ErrorCode::AlreadyExists:
        return "already_exists";
    case ErrorCode::Cancelled:
        return "cancelled";
    }
    return "runtime";
}

} // namespace

Result<QString> CliContext::passphrase(const QString &prompt)
{
    if (qEnvironmentVariableIsSet("VANGNET_PASSPHRASE"))
        return qEnvironmentVariable("VANGNET_PASSPHRASE");
    if (!passphraseFile.isEmpty())
        return readSecretFile(passphraseFile);
    if (auto typed = promptHidden(prompt.isEmpty() ? tr("Passphrase: ") : prompt))
        return *typed;
    return Error(ErrorCode::InvalidInput,
        tr("No passphrase given: set VANGNET_PASSPHRASE, use --passphrase-file FILE, or run in a terminal to be asked."));
}

Result<QString> CliContext::secret(
    const char *envVariable, const std::optional<QString> &file, const QString &prompt, bool confirm)
{
    if (qEnvironmentVariableIsSet(envVariable))
        return qEnvironmentVariable(envVariable);
    if (file)
        return readSecretFile(*file);
    auto first = promptHidden(prompt);
    if (!first)
        return Error(ErrorCode::InvalidInput,
            tr("No value given: set %1, use the file option, or run in a terminal to be asked.")
                .arg(QString::fromLatin1(envVariable)));
    if (confirm) {
        auto second = promptHidden(tr("Repeat to confirm: "));
        if (!second || *second != *first)
            return Error(ErrorCode::InvalidInput, tr("The two entries differ. Nothing was changed."));
    }
    return *first;
}

Result<std::unique_ptr<Vault>> CliContext::openVault()
{
    if (!Vault::exists(vaultFolder))
        return Error(ErrorCode::CannotUnlock,
            tr("There is no vault at %1. Create one with \"vangnet-cli --vault FOLDER init\".").arg(vaultFolder));
    auto pass = passphrase();
    if (!pass)
        return pass.error();
    auto vault = Vault::open(vaultFolder, pass.value());
    if (vault && vault.value()->auditPending())
        warn(tr("The disk is full. The vault was opened for reading only: changes will fail until space is freed. The "
                "unlock is written to the audit log as soon as there is space again."));
    return vault;
}

Result<QByteArray> CliContext::readInputFile(const QString &file)
{
    QFile f;
    if (file == QLatin1String("-")) {
        if (!f.open(stdin, QIODevice::ReadOnly))
            return Error(ErrorCode::InvalidInput, tr("Standard input cannot be read."));
    } else {
        f.setFileName(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::InvalidInput, tr("The file %1 cannot be read.").arg(file), f.errorString());
    }
    // At most the limit and one byte more: /dev/zero or a runaway pipe is refused, never buffered whole.
    constexpr qint64 limit = InputLimits::MaxDocumentBytes;
    QByteArray data;
    while (data.size() <= limit) {
        const QByteArray chunk = f.read(limit + 1 - data.size());
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (data.size() > limit)
        return Error(
            ErrorCode::InvalidInput, tr("The input is larger than the limit of %1 MiB per document.").arg(limit / (1024 * 1024)));
    return data;
}

Result<QJsonDocument> CliContext::readJsonDocument(const QString &file)
{
    auto data = readInputFile(file);
    if (!data)
        return data.error();
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(data.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(ErrorCode::InvalidInput,
            tr("The JSON document is malformed at character %1: %2.").arg(parseError.offset).arg(parseError.errorString()));
    return doc;
}

void CliContext::print(const QString &text)
{
    if (json)
        return;
    // Names and notes come from the vault and from imported files: a terminal escape sequence in
    // them would be obeyed by the terminal, so every control character is shown as U+FFFD.
    QTextStream out(stdout);
    out << InputLimits::printable(text) << Qt::endl;
}

void CliContext::printJson(const QJsonValue &value)
{
    QTextStream out(stdout);
    if (value.isArray())
        out << QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else
        out << QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    out.flush();
}

int CliContext::fail(const Error &error)
{
    QTextStream err(stderr);
    if (json) {
        const QJsonObject o { { QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), QLatin1String(errorCodeName(error.code())) },
                { QStringLiteral("message"), error.message() }, { QStringLiteral("exitCode"), exitCodeFor(error.code()) } } } };
        err << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        err << InputLimits::printable(tr("vangnet-cli: %1").arg(error.message())) << Qt::endl;
        if (!error.detail().isEmpty() && qEnvironmentVariableIsSet("VANGNET_DEBUG"))
            err << QStringLiteral("  (") << error.detail() << QLatin1Char(')') << Qt::endl;
    }
    return exitCodeFor(error.code());
}

int CliContext::usage(const QString &message)
{
    return fail(Error(ErrorCode::InvalidInput, message + QLatin1Char(' ') + tr("See \"vangnet-cli --help\".")));
}

void CliContext::warn(const QString &message)
{
    QTextStream err(stderr);
    err << InputLimits::printable(tr("vangnet-cli: warning: %1").arg(message)) << Qt::endl;
}

int CliContext::rejectLeftovers(const Args &args)
{
    if (!args.error().isEmpty())
        return usage(args.error());
    if (!args.remaining().isEmpty()) {
        // Never echo an option's value: "--passphrase=..." after the command would put the secret
        // into the terminal's scrollback or a CI log.
        QString first = args.remaining().first();
        if (first.startsWith(QLatin1String("--")))
            first = first.section(QLatin1Char('='), 0, 0);
        return usage(tr("Unexpected argument: %1.").arg(first));
    }
    return ExitOk;
}

} // namespace vangnet::cli
