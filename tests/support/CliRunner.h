#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStringList>

namespace vangnet::test {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// Runs the vangnet-cli built with the project (path from the VANGNET_CLI environment variable,
// set by CTest). The passphrase goes in through the environment, as a user would pass it.
class CliRunner
{
public:
    CliRunner();
    QProcessEnvironment &environment() { return m_env; }
    void setPassphrase(const QString &passphrase) { m_env.insert(QStringLiteral("VANGNET_PASSPHRASE"), passphrase); }
    CliResult run(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 60000) const;
    static QString program();

private:
    QProcessEnvironment m_env;
};

} // namespace vangnet::test
