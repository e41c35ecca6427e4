#include "consent/DisclosureRegister.h"

#include "consent/ConsentRegister.h"
#include "consent/ConsentScopes.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace vangnet {

Result<qint64> DisclosureRegister::recordDisclosure(const Disclosure &disclosure)
{
    if (disclosure.caseId.isEmpty() || disclosure.recipientId.isEmpty() || disclosure.bundleId.isEmpty()
        || disclosure.consentId.isEmpty() || disclosure.scopes.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("A disclosure needs a case, a recipient, scopes, a bundle and a consent."));
    const QDateTime at = disclosure.at.isValid() ? disclosure.at.toUTC() : QDateTime::currentDateTimeUtc();

    auto consent = ConsentRegister(m_db).find(disclosure.consentId);
    if (!consent)
        return consent.error();
    const Consent &c = consent.value();
    if (c.caseId != disclosure.caseId || c.recipientId != disclosure.recipientId || c.purpose != disclosure.purpose)
        return Error(
            ErrorCode::Refused, tr("The consent is for another case, recipient or purpose; nothing may be disclosed on it."));
    for (const QString &scope : disclosure.scopes)
        if (!c.scopes.contains(scope))
            return Error(ErrorCode::Refused, tr("The consent does not cover the scope %1.").arg(scope));
    if (c.statusOn(at.toLocalTime().date()) != ConsentStatus::Valid)
        return Error(ErrorCode::Refused, tr("The consent is not valid on the day of the disclosure."));

    auto insert
        = m_db.prepareCached(QStringLiteral("INSERT INTO disclosures(case_id, at, recipient_id, purpose, scopes, bundle_id, "
                                            "consent_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, disclosure.caseId)
        .bind(2, at)
        .bind(3, disclosure.recipientId)
        .bind(4, disclosure.purpose)
        .bind(5, ConsentScopes::normalised(disclosure.scopes).join(QLatin1Char(',')))
        .bind(6, disclosure.bundleId)
        .bind(7, disclosure.consentId);
    if (auto st = insert->run(); !st)
        return st.error();
    return m_db.lastInsertRowId();
}

Result<QVector<Disclosure>> DisclosureRegister::forCase(const QString &caseId) const
{
    auto q = m_db.prepare(
        QStringLiteral("SELECT id, case_id, at, recipient_id, purpose, scopes, bundle_id, consent_id FROM disclosures"
                       " WHERE case_id = ? ORDER BY at, id"));
    if (!q)
        return q.error();
    q->bind(1, caseId);
    QVector<Disclosure> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        Disclosure d;
        d.id = q->integer(0);
        d.caseId = q->text(1);
        d.at = QDateTime::fromString(q->text(2), Qt::ISODateWithMs);
        d.recipientId = q->text(3);
        d.purpose = q->text(4);
        d.scopes = q->text(5).split(QLatin1Char(','), Qt::SkipEmptyParts);
        d.bundleId = q->text(6);
        d.consentId = q->text(7);
        out.append(d);
    }
    return out;
}

Result<QVector<DisclosureRecipient>> DisclosureRegister::recipientsOf(const QString &caseId) const
{
    return recipients(QStringLiteral("d.case_id = ?"), caseId);
}

Result<QVector<DisclosureRecipient>> DisclosureRegister::recipientsUnderConsent(const QString &consentId) const
{
    return recipients(QStringLiteral("d.consent_id = ?"), consentId);
}

Result<QVector<DisclosureRecipient>> DisclosureRegister::recipients(const QString &where, const QString &key) const
{
    // `where` is one of the two fixed conditions above, never input.
    auto q = m_db.prepare(QStringLiteral("SELECT d.recipient_id, coalesce(c.name, ''), d.at, d.bundle_id, d.purpose, d.consent_id"
                                         " FROM disclosures d LEFT JOIN contacts c ON c.id = d.recipient_id WHERE ")
        + where + QStringLiteral(" ORDER BY d.at, d.id"));
    if (!q)
        return q.error();
    q->bind(1, key);
    QVector<DisclosureRecipient> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        DisclosureRecipient r;
        r.contactId = q->text(0);
        r.name = q->text(1);
        r.disclosedAt = QDateTime::fromString(q->text(2), Qt::ISODateWithMs);
        r.bundleId = q->text(3);
        r.purpose = q->text(4);
        r.consentId = q->text(5);
        out.append(r);
    }
    return out;
}

} // namespace vangnet
