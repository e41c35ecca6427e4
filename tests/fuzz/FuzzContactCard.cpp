// Contact cards come from e-mail and USB sticks: ContactCard::parse must refuse anything that is
// not a card signed by its own key, and never crash.
#include "FuzzIdentity.h"

#include "exchange/ContactCard.h"

#include <cstdlib>

using namespace vangnet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto card = ContactCard::parse(QString::fromUtf8(fuzz::bytes(data, size)));
    if (!card)
        return 0;
    // A card that parsed carries a complete identity (the signature was checked with it).
    if (!card->identity.isValid())
        std::abort();
    (void)card->identity.fingerprint();
    (void)card->toContact(QStringLiteral("team"));
    return 0;
}
