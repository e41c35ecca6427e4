#pragma once

#include "common/Result.h"
#include "consent/Consent.h"
#include "consent/ConsentWithdrawal.h"

#include <QCoreApplication>
#include <QVector>

namespace vangnet {

class Database;

// The consent register (table consents, docs/CONSENT.md). Every write validates fully first and
// runs in one transaction with its audit entry; a refused write leaves the vault as it was.
class ConsentRegister
{
    Q_DECLARE_TR_FUNCTIONS(ConsentRegister)

public:
    explicit ConsentRegister(Database &db)
        : m_db(db)
    { }

    // Records a consent. caseId may be the case's UUID or number; recipientId a contact id. Fills
    // validFrom (today), expires (validFrom + 12 months), id, createdAt and createdBy.
    // InvalidInput naming each bad field; NotFound for an unknown case, contact or scan; Refused
    // for a subject's own signature under 16.
    Result<Consent> add(Consent consent, const QDate &today = QDate::currentDate());
    Result<Consent> find(const QString &consentId) const;
    // Oldest first. caseId: the case's UUID.
    Result<QVector<Consent>> forCase(const QString &caseId) const;
    // Blocks every later export under this consent and lists the recipients who received data under
    // it (from the disclosure register). InvalidInput when it was withdrawn before.
    Result<ConsentWithdrawal> withdraw(
        const QString &consentId, const QString &note, const QDateTime &at = QDateTime::currentDateTimeUtc());
    // Links the scan of the signed form (an attachment of the same case).
    Status attachScan(const QString &consentId, const QString &attachmentId);

    // The field checks of add() without the database: every problem named in one InvalidInput,
    // then the signer's age (Refused). birthDate/ageBand: the case's, invalid/empty when unknown.
    static Status validate(const Consent &consent, const QDate &birthDate, const QString &ageBand, const QDate &today);
    static const QStringList &signers();
    static const QStringList &methods();
    static QString signerLabel(const QString &signer);
    static QString methodLabel(const QString &method);
    // Default expiry (design, docs/CONSENT.md): the end of the trajectory is not known when consent
    // is given, so 12 months after validFrom.
    static QDate defaultExpiry(const QDate &validFrom) { return validFrom.addMonths(12); }
    static constexpr int SelfSigningAge = 16;

private:
    Status checkScan(const QString &caseId, const QString &attachmentId) const;
    Database &m_db;
};

} // namespace vangnet
