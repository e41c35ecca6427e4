#include "CliRunner.h"

#include <QProcess>

#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
#endif

namespace vangnet::test {

CliRunner::CliRunner()
    : m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.remove(QStringLiteral("VANGNET_PASSPHRASE"));
    m_env.remove(QStringLiteral("VANGNET_NEW_PASSPHRASE"));
    m_env.remove(QStringLiteral("VANGNET_RECOVERY_KEY"));
    m_env.remove(QStringLiteral("VANGNET_CRASH_AT"));
    m_env.insert(QStringLiteral("VANGNET_LANG"), QStringLiteral("en"));
}

QString CliRunner::program()
{
    return qEnvironmentVariable("VANGNET_CLI");
}

CliResult CliRunner::run(const QStringList &args, const QByteArray &stdinData, int timeoutMs) const
{
    QProcess p;
    p.setProcessEnvironment(m_env);
#if defined(__unix__) || defined(__APPLE__)
    // A session of its own: the child has no controlling terminal, so it can never stop to ask for
    // a passphrase on /dev/tty, even when the tests are run from a terminal.
    p.setChildProcessModifier([] { ::setsid(); });
#endif
    p.start(program(), args);
    CliResult r;
    if (!p.waitForStarted(10000)) {
        r.err = "could not start " + program().toUtf8();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

} // namespace vangnet::test
