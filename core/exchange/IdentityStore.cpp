#include "exchange/IdentityStore.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDateTime>

#include <sodium.h>

namespace vangnet {

Status IdentityStore::ensureExists()
{
    auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM identity"));
    if (!count)
        return count.error();
    if (count->toInt() > 0)
        return {};
    IdentityKeys keys = IdentityKeys::generate();
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO identity(id, enc_public, enc_secret, sign_public, sign_secret, created_at) VALUES (1, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    const auto bytes = [](const SecureBuffer &b) {
        return QByteArray(reinterpret_cast<const char *>(b.data()), static_cast<qsizetype>(b.size()));
    };
    QByteArray encSecret = bytes(keys.encryptionSecret());
    QByteArray signSecret = bytes(keys.signingSecret());
    insert->bind(1, keys.publicIdentity().encryptionKey)
        .bind(2, encSecret)
        .bind(3, keys.publicIdentity().signingKey)
        .bind(4, signSecret)
        .bind(5, QDateTime::currentDateTimeUtc());
    sodium_memzero(encSecret.data(), static_cast<size_t>(encSecret.size()));
    sodium_memzero(signSecret.data(), static_cast<size_t>(signSecret.size()));
    if (auto st = insert->run(); !st)
        return st;
    return AuditLog(m_db).append(QStringLiteral("identity.created"));
}

Result<OwnIdentity> IdentityStore::ownIdentity()
{
    if (auto st = ensureExists(); !st)
        return st.error();
    auto stmt = m_db.prepare(QStringLiteral("SELECT name, organisation, enc_public, sign_public FROM identity WHERE id = 1"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error(ErrorCode::Runtime, tr("The vault's identity is missing."));
    return OwnIdentity { stmt->text(0), stmt->text(1), PublicIdentity { stmt->blob(2), stmt->blob(3) } };
}

Result<IdentityKeys> IdentityStore::keys()
{
    if (auto st = ensureExists(); !st)
        return st.error();
    auto stmt
        = m_db.prepare(QStringLiteral("SELECT enc_public, enc_secret, sign_public, sign_secret FROM identity WHERE id = 1"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error(ErrorCode::Runtime, tr("The vault's identity is missing."));
    QByteArray encSecret = stmt->blob(1);
    QByteArray signSecret = stmt->blob(3);
    if (encSecret.size() != crypto_box_SECRETKEYBYTES || signSecret.size() != crypto_sign_SECRETKEYBYTES)
        return Error(ErrorCode::Integrity, tr("The vault's identity keys are damaged."));
    auto keys = IdentityKeys::fromParts(PublicIdentity { stmt->blob(0), stmt->blob(2) },
        SecureBuffer::copyOf(
            reinterpret_cast<const unsigned char *>(encSecret.constData()), static_cast<std::size_t>(encSecret.size())),
        SecureBuffer::copyOf(
            reinterpret_cast<const unsigned char *>(signSecret.constData()), static_cast<std::size_t>(signSecret.size())));
    sodium_memzero(encSecret.data(), static_cast<size_t>(encSecret.size()));
    sodium_memzero(signSecret.data(), static_cast<size_t>(signSecret.size()));
    return keys;
}

Status IdentityStore::setName(const QString &name, const QString &organisation)
{
    if (auto st = ensureExists(); !st)
        return st;
    auto stmt = m_db.prepare(QStringLiteral("UPDATE identity SET name = ?, organisation = ? WHERE id = 1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name.trimmed()).bind(2, organisation.trimmed());
    return stmt->run();
}

} // namespace vangnet
