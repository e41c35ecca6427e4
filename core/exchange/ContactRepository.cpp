#include "exchange/ContactRepository.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QUuid>

namespace vangnet {
namespace {

const QString Columns = QStringLiteral(
    "SELECT id, name, organisation, kind, enc_public_key, sign_public_key, fingerprint, verified, added_at FROM contacts ");

Contact readContact(const Statement &q)
{
    Contact c;
    c.id = q.text(0);
    c.name = q.text(1);
    c.organisation = q.text(2);
    c.kind = q.text(3);
    c.encPublicKey = q.blob(4);
    c.signPublicKey = q.blob(5);
    c.fingerprint = q.text(6);
    c.verified = q.integer(7) != 0;
    c.addedAt = QDateTime::fromString(q.text(8), Qt::ISODateWithMs);
    return c;
}

Error notFound()
{
    return Error(ErrorCode::NotFound, ContactRepository::tr("There is no such contact."));
}

} // namespace

bool ContactRepository::isValidKind(const QString &kind)
{
    return kind == QLatin1String("team") || kind == QLatin1String("external");
}

Result<Contact> ContactRepository::add(Contact contact)
{
    contact.name = contact.name.trimmed();
    contact.organisation = contact.organisation.trimmed();
    QStringList problems;
    if (contact.name.isEmpty())
        problems << tr("a contact needs a name");
    if (!isValidKind(contact.kind))
        problems << tr("kind must be team or external");
    if (contact.encPublicKey.isEmpty() || contact.signPublicKey.isEmpty() || contact.fingerprint.isEmpty())
        problems << tr("a contact needs both public keys and a fingerprint");
    if (!problems.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("The contact is not valid: %1.").arg(problems.join(QStringLiteral("; "))));

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    {
        auto dup = m_db.prepare(QStringLiteral("SELECT count(*) FROM contacts WHERE sign_public_key = ?"));
        if (!dup)
            return dup.error();
        dup->bind(1, contact.signPublicKey);
        auto row = dup->step();
        if (!row)
            return row.error();
        if (dup->integer(0) > 0)
            return Error(ErrorCode::AlreadyExists, tr("A contact with the same keys exists already."));
    }
    contact.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    contact.addedAt = QDateTime::currentDateTimeUtc();
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO contacts(id, name, organisation, kind, enc_public_key, sign_public_key, fingerprint, verified, added_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, contact.id)
        .bind(2, contact.name)
        .bind(3, contact.organisation)
        .bind(4, contact.kind)
        .bind(5, contact.encPublicKey)
        .bind(6, contact.signPublicKey)
        .bind(7, contact.fingerprint)
        .bind(8, contact.verified ? 1 : 0)
        .bind(9, contact.addedAt);
    if (auto st = insert->run(); !st)
        return st.error();
    if (auto st = AuditLog(m_db).append(QStringLiteral("contact.added"), contact.id); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return contact;
}

Result<QVector<Contact>> ContactRepository::list() const
{
    auto q = m_db.prepare(Columns + QStringLiteral("ORDER BY kind = 'external', name COLLATE NOCASE, id"));
    if (!q)
        return q.error();
    QVector<Contact> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.append(readContact(q.value()));
    }
    return out;
}

Result<Contact> ContactRepository::find(const QString &id) const
{
    auto q = m_db.prepare(Columns + QStringLiteral("WHERE id = ?"));
    if (!q)
        return q.error();
    q->bind(1, id.trimmed());
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return notFound();
    return readContact(q.value());
}

Result<Contact> ContactRepository::findByIdOrName(const QString &idOrName) const
{
    auto byId = find(idOrName);
    if (byId || byId.error().code() != ErrorCode::NotFound)
        return byId;
    // Names are compared case-insensitively in Qt, not SQLite (whose NOCASE folds ASCII only).
    auto all = list();
    if (!all)
        return all.error();
    const QString wanted = idOrName.trimmed();
    QVector<Contact> hits;
    for (const Contact &c : all.value())
        if (c.name.compare(wanted, Qt::CaseInsensitive) == 0)
            hits.append(c);
    if (hits.isEmpty())
        return notFound();
    if (hits.size() > 1)
        return Error(
            ErrorCode::InvalidInput, tr("%n contacts have this name; give the contact's id instead.", nullptr, int(hits.size())));
    return hits.first();
}

Status ContactRepository::verify(const QString &id)
{
    auto contact = find(id);
    if (!contact)
        return contact.error();
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    auto q = m_db.prepare(QStringLiteral("UPDATE contacts SET verified = 1 WHERE id = ?"));
    if (!q)
        return q.error();
    q->bind(1, contact->id);
    if (auto st = q->run(); !st)
        return st;
    if (auto st = AuditLog(m_db).append(QStringLiteral("contact.verified"), contact->id); !st)
        return st;
    return tx.commit();
}

Status ContactRepository::setKind(const QString &id, const QString &kind)
{
    if (!isValidKind(kind))
        return Error(ErrorCode::InvalidInput, tr("The contact kind must be team or external."));
    auto contact = find(id);
    if (!contact)
        return contact.error();
    auto q = m_db.prepare(QStringLiteral("UPDATE contacts SET kind = ? WHERE id = ?"));
    if (!q)
        return q.error();
    q->bind(1, kind).bind(2, contact->id);
    return q->run();
}

Status ContactRepository::remove(const QString &id)
{
    auto contact = find(id);
    if (!contact)
        return contact.error();
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    auto uses = m_db.prepare(QStringLiteral("SELECT (SELECT count(*) FROM consents WHERE recipient_id = ?1)"
                                            " + (SELECT count(*) FROM disclosures WHERE recipient_id = ?1)"
                                            " + (SELECT count(*) FROM exported_bundles WHERE recipient_contact_id = ?1)"
                                            " + (SELECT count(*) FROM imported_bundles WHERE sender_contact_id = ?1)"
                                            " + (SELECT count(*) FROM received_records WHERE sender_contact_id = ?1)"));
    if (!uses)
        return uses.error();
    uses->bind(1, contact->id);
    auto row = uses->step();
    if (!row)
        return row.error();
    if (uses->integer(0) > 0)
        return Error(ErrorCode::Refused,
            tr("%1 is named in consents or in sent or received bundles. The contact stays, so that the registers keep "
               "saying who received what.")
                .arg(contact->name));
    auto q = m_db.prepare(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
    if (!q)
        return q.error();
    q->bind(1, contact->id);
    if (auto st = q->run(); !st)
        return st;
    if (auto st = AuditLog(m_db).append(QStringLiteral("contact.removed"), contact->id); !st)
        return st;
    return tx.commit();
}

} // namespace vangnet
