#include "safety/SecurityLevel.h"

namespace vangnet {

QString SecurityLevels::code(SecurityLevel level)
{
    return QStringLiteral("S%1").arg(static_cast<int>(level));
}

std::optional<SecurityLevel> SecurityLevels::fromCode(const QString &code)
{
    for (int i = 0; i <= static_cast<int>(SecurityLevel::S4); ++i) {
        const auto level = static_cast<SecurityLevel>(i);
        if (code == SecurityLevels::code(level))
            return level;
    }
    return std::nullopt;
}

QString SecurityLevels::description(SecurityLevel level)
{
    switch (level) {
    case SecurityLevel::S0:
        return tr("outpatient help, own home, safety plan");
    case SecurityLevel::S1:
        return tr("open shelter, address known");
    case SecurityLevel::S2:
        return tr("shielded: address not published, access control");
    case SecurityLevel::S3:
        return tr("secret address, outside the victim's and the exploiter's region");
    case SecurityLevel::S4:
        return tr("hiding address and/or police protection (the police decide)");
    }
    return {};
}

SecurityLevel SecurityLevels::raised(SecurityLevel level)
{
    return level == SecurityLevel::S4 ? SecurityLevel::S4 : static_cast<SecurityLevel>(static_cast<int>(level) + 1);
}

} // namespace vangnet
