#include "exchange/ContactVerification.h"

#include "common/MessageBox.h"
#include "exchange/ContactRepository.h"
#include "exchange/FingerprintLabel.h"

namespace vangnet {

bool ContactVerification::ask(QWidget *parent, Database &db, const QString &contactId)
{
    auto contact = ContactRepository(db).find(contactId);
    if (!contact) {
        MessageBox::warning(parent, tr("Verify a contact"), contact.error().message());
        return false;
    }
    if (contact->verified)
        return true;
    const auto answer = MessageBox::question(parent, tr("Verify %1").arg(contact->name),
        tr("Call %1 on a phone number you already know (not one from the contact card) and ask them to read out their "
           "fingerprint. It must match exactly:\n\n%2\n\nDo the fingerprints match?")
            .arg(contact->name, FingerprintLabel::grouped(contact->fingerprint)));
    if (answer != QMessageBox::Yes)
        return false;
    if (auto st = ContactRepository(db).verify(contactId); !st) {
        MessageBox::warning(parent, tr("Verify %1").arg(contact->name), st.error().message());
        return false;
    }
    return true;
}

} // namespace vangnet
