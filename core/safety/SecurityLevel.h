#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vangnet {

// The security scale of docs/domain.md ("Shelters and security levels"), ordered: a higher level
// protects more, so `shelter >= required` is a plain comparison.
enum class SecurityLevel { S0 = 0, S1, S2, S3, S4 };

class SecurityLevels
{
    Q_DECLARE_TR_FUNCTIONS(SecurityLevels)

public:
    // "S0" ... "S4": the interchange code.
    static QString code(SecurityLevel level);
    static std::optional<SecurityLevel> fromCode(const QString &code);
    // Translated meaning, e.g. "secret address, outside the victim's and the exploiter's region".
    static QString description(SecurityLevel level);
    // One step up, never beyond S4.
    static SecurityLevel raised(SecurityLevel level);
};

} // namespace vangnet
