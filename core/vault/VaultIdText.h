#pragma once

#include <QString>

namespace vangnet {

// A vault's identifier as people read and compare it (screen, recovery sheet): its 32 hexadecimal
// digits in groups of four, capitals, no braces or dashes: "3F2A 91BC 0D4E ...".
inline QString readableVaultId(const QString &uuid)
{
    QString digits = uuid;
    digits.remove(QLatin1Char('-')).remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    digits = digits.toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < digits.size(); i += 4)
        groups.append(digits.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

} // namespace vangnet
