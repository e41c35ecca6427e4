#include "Args.h"

#include "domain/InputLimits.h"

#include <QCoreApplication>

namespace vangnet::cli {

std::optional<QString> Args::take(const QString &name)
{
    const QString flag = QStringLiteral("--") + name;
    for (int i = 0; i < m_args.size(); ++i) {
        const QString &a = m_args.at(i);
        if (a == flag) {
            if (i + 1 >= m_args.size()) {
                m_error = QCoreApplication::translate("cli", "The option %1 needs a value.").arg(flag);
                m_args.removeAt(i);
                return std::nullopt;
            }
            QString value = m_args.at(i + 1);
            m_args.remove(i, 2);
            checkValue(flag, value);
            return value;
        }
        if (a.startsWith(flag + QLatin1Char('='))) {
            QString value = a.mid(flag.size() + 1);
            m_args.removeAt(i);
            checkValue(flag, value);
            return value;
        }
        if (a == QLatin1String("--"))
            break;
    }
    return std::nullopt;
}

void Args::checkValue(const QString &option, const QString &value)
{
    // Every value on the command line is one short line (docs/CLI.md, "Limits"); longer texts come
    // from files. The value itself is never echoed.
    if (value.size() <= InputLimits::MaxSingleLineChars && InputLimits::isSingleLine(value))
        return;
    const QString what = option.isEmpty() ? QCoreApplication::translate("cli", "An argument") : option;
    m_error = QCoreApplication::translate("cli", "%1 takes one line of at most %2 characters, without control characters.")
                  .arg(what)
                  .arg(InputLimits::MaxSingleLineChars);
}

bool Args::takeFlag(const QString &name)
{
    const QString flag = QStringLiteral("--") + name;
    const qsizetype i = m_args.indexOf(flag);
    if (i < 0)
        return false;
    m_args.removeAt(i);
    return true;
}

std::optional<QString> Args::takePositional()
{
    for (int i = 0; i < m_args.size(); ++i) {
        const QString &a = m_args.at(i);
        if (a == QLatin1String("--")) {
            if (i + 1 < m_args.size()) {
                QString value = m_args.at(i + 1);
                m_args.removeAt(i + 1);
                return value;
            }
            return std::nullopt;
        }
        // "-" alone is a positional (standard input).
        if (!a.startsWith(QLatin1String("--"))) {
            QString value = a;
            m_args.removeAt(i);
            checkValue(QString(), value);
            return value;
        }
    }
    return std::nullopt;
}

} // namespace vangnet::cli
