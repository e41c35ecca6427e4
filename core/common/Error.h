#pragma once

#include <QString>

namespace vangnet {

// What went wrong, in categories a caller can act on. The command line maps each category to its
// documented exit code (docs/CLI.md); the desktop picks the wording and the remedy from it.
enum class ErrorCode {
    Runtime, // I/O failure, full disk, an unexpected SQLite error
    InvalidInput, // bad arguments, malformed JSON, unknown codes, weak passphrase
    CannotUnlock, // wrong passphrase or recovery key, not a vault, not addressed to us
    Refused, // refused by policy, e.g. missing consent
    Integrity, // damaged or altered file, broken chain, unverified sender
    InUse, // the vault is open in another process
    NotFound, // no such vault, case, contact...
    AlreadyExists, // refusing to overwrite
    Cancelled, // the user cancelled a long operation
};

// An error crosses core's boundary as a value: a category and a message that is already
// translated (built with QCoreApplication::translate at the place it arises) and never
// contains case data.
class Error
{
public:
    Error(ErrorCode code, QString message, QString detail = {})
        : m_code(code)
        , m_message(std::move(message))
        , m_detail(std::move(detail))
    { }

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    // Technical detail for a "details" disclosure or a log line (SQLite message, errno text).
    const QString &detail() const { return m_detail; }

private:
    ErrorCode m_code;
    QString m_message;
    QString m_detail;
};

} // namespace vangnet
