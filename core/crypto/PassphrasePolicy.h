#pragma once

#include "common/Result.h"

#include <QString>

namespace vangnet {

// Rules for a vault passphrase. The vault key sits behind Argon2id, but a passphrase from a
// cracking list or a keyboard walk falls in seconds regardless, so those are refused with the reason.
class PassphrasePolicy
{
public:
    static constexpr int MinimumLength = 12;

    enum class Strength { Refused, Fair, Good, Strong };

    // Ok, or InvalidInput with a translated reason that names the rule.
    static Status check(const QString &passphrase);
    // For the strength meter: a rough entropy estimate in bits (0 when refused).
    static int estimatedBits(const QString &passphrase);
    static Strength strength(const QString &passphrase);
};

} // namespace vangnet
