#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace vangnet::cli {

// The arguments after a command name: options (--name VALUE or --flag) and positionals.
// Each command takes what it knows; leftovers are reported as usage errors.
class Args
{
public:
    explicit Args(QStringList args)
        : m_args(std::move(args))
    { }

    // Removes and returns the value of --name VALUE (or --name=VALUE).
    std::optional<QString> take(const QString &name);
    bool takeFlag(const QString &name);
    // Removes and returns the next positional argument.
    std::optional<QString> takePositional();
    // Anything left over, for the "unexpected argument" message.
    QStringList remaining() const { return m_args; }
    // A missing value after an option is recorded here.
    QString error() const { return m_error; }

private:
    void checkValue(const QString &option, const QString &value);

    QStringList m_args;
    QString m_error;
};

} // namespace vangnet::cli
