#pragma once

#include "common/Result.h"
#include "consent/Disclosure.h"

#include <QCoreApplication>
#include <QVector>

namespace vangnet {

class Database;

// The disclosure register (table disclosures): which case data went to whom, when, for what, in
// which bundle and on which consent. It answers the victim's right of access ("to whom did it go")
// and, after a withdrawal, whom to inform.
class DisclosureRegister
{
    Q_DECLARE_TR_FUNCTIONS(DisclosureRegister)

public:
    explicit DisclosureRegister(Database &db)
        : m_db(db)
    { }

    // Records one disclosure. Opens no transaction of its own: the export calls it inside the
    // transaction in which it records the bundle, so both happen or neither. Refused unless the
    // consent belongs to the same case, recipient and purpose, covers every scope and is valid on
    // the day of the disclosure. `at` defaults to now. Returns the row id.
    Result<qint64> recordDisclosure(const Disclosure &disclosure);
    // Oldest first. caseId: the case's UUID.
    Result<QVector<Disclosure>> forCase(const QString &caseId) const;
    // Every disclosure of the case with the recipient's name, oldest first.
    Result<QVector<DisclosureRecipient>> recipientsOf(const QString &caseId) const;
    // The disclosures made on one consent, oldest first.
    Result<QVector<DisclosureRecipient>> recipientsUnderConsent(const QString &consentId) const;

private:
    Result<QVector<DisclosureRecipient>> recipients(const QString &where, const QString &key) const;
    Database &m_db;
};

} // namespace vangnet
