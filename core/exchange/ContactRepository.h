#pragma once

#include "common/Result.h"
#include "exchange/Contact.h"

#include <QCoreApplication>
#include <QVector>

namespace vangnet {

class Database;

// The contacts table (migration 39). Contacts are found by id or by a name that is unique among
// the contacts (case-insensitive).
class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)

public:
    explicit ContactRepository(Database &db)
        : m_db(db)
    { }

    // Assigns id and addedAt. InvalidInput without a name, with an unknown kind or without both
    // keys and a fingerprint; AlreadyExists when a contact with the same signing key exists.
    Result<Contact> add(Contact contact);
    // Team first, then by name.
    Result<QVector<Contact>> list() const;
    Result<Contact> find(const QString &id) const;
    // By id, else by a unique name. NotFound, or InvalidInput when the name is ambiguous.
    Result<Contact> findByIdOrName(const QString &idOrName) const;
    // Marks the fingerprint as compared by phone (audited).
    Status verify(const QString &id);
    Status setKind(const QString &id, const QString &kind);
    // Removes a contact (audited). Refused while a consent, a disclosure or a sent or received
    // bundle names it: those registers must keep saying who the data went to or came from.
    Status remove(const QString &id);

    static bool isValidKind(const QString &kind);

private:
    Database &m_db;
};

} // namespace vangnet
