#include "vault/KeyFile.h"

#include "crypto/Sodium.h"
#include "platform/AtomicFile.h"
#include "platform/CrashPoint.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <sodium.h>

namespace vangnet {
namespace {

constexpr char Magic[] = "vangnet-vault-key";
constexpr qint64 MaxKeyFileBytes = 64 * 1024;

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

bool fromB64(const QJsonValue &value, QByteArray &out)
{
    if (!value.isString())
        return false;
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    out = *decoded;
    return true;
}

SecureBuffer recoveryWrappingKey(const SecureBuffer &recoveryKey, const QUuid &vaultId)
{
    return KeyWrap::deriveSubkey(
        recoveryKey, QByteArrayLiteral("vangnet-recovery-slot-v1|") + vaultId.toByteArray(QUuid::WithoutBraces));
}

constexpr qsizetype SlotNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype SlotCiphertextBytes = KeyFile::MasterKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;

// A slot whose fields cannot even be decoded stays empty: the other slot still opens the vault.
WrappedKey slotFrom(const QJsonObject &o)
{
    WrappedKey slot;
    if (!fromB64(o.value(QStringLiteral("nonce")), slot.nonce)
        || !fromB64(o.value(QStringLiteral("ciphertext")), slot.ciphertext))
        return {};
    return slot;
}

bool sameSlot(const WrappedKey &a, const WrappedKey &b)
{
    return a.nonce == b.nonce && a.ciphertext == b.ciphertext;
}

bool wellFormed(const WrappedKey &slot)
{
    return slot.nonce.size() == SlotNonceBytes && slot.ciphertext.size() == SlotCiphertextBytes;
}

QByteArray lengthPrefixed(const QByteArray &bytes)
{
    QByteArray out(4, '\0');
    qToBigEndian(static_cast<quint32>(bytes.size()), out.data());
    return out + bytes;
}

Error readBackFailed(const QString &detail)
{
    return Error(ErrorCode::Runtime,
        QCoreApplication::translate("KeyFile",
            "The new key file did not read back correctly from the disk, so the old one was kept. Nothing was changed. Check "
            "the disk."),
        detail);
}

Error damaged(const QString &detail)
{
    return Error(
        ErrorCode::Integrity, QCoreApplication::translate("KeyFile", "The vault's key file is damaged or was altered."), detail);
}

} // namespace

QByteArray KeyFile::associatedData(const char *slot) const
{
    // Binds a slot to this vault and format; the passphrase slot also to its KDF parameters, so
    // that nobody can swap in weaker ones unnoticed.
    QByteArray ad
        = QByteArray(Magic) + '|' + QByteArray::number(m_format) + '|' + m_vaultId.toByteArray(QUuid::WithoutBraces) + '|' + slot;
    if (qstrcmp(slot, "passphrase") == 0)
        ad += '|' + QByteArray::number(static_cast<qulonglong>(m_kdf.opsLimit)) + '|'
            + QByteArray::number(static_cast<qulonglong>(m_kdf.memLimit)) + '|' + m_kdf.salt.toBase64();
    return ad;
}

KeyFile KeyFile::create(const QUuid &vaultId, const SecureBuffer &masterKey, const SecureBuffer &passphraseKey,
    const KdfParameters &kdf, const SecureBuffer &recoveryKey)
{
    KeyFile file;
    file.m_vaultId = vaultId;
    file.m_kdf = kdf;
    file.m_passphraseSlot = KeyWrap::wrap(masterKey, passphraseKey, file.associatedData("passphrase"));
    file.m_recoverySlot = KeyWrap::wrap(masterKey, recoveryWrappingKey(recoveryKey, vaultId), file.associatedData("recovery"));
    file.authenticateSlot(Slot::Passphrase, masterKey);
    file.authenticateSlot(Slot::Recovery, masterKey);
    return file;
}

void KeyFile::rewrapPassphraseSlot(const SecureBuffer &masterKey, const SecureBuffer &passphraseKey, const KdfParameters &kdf)
{
    m_kdf = kdf;
    m_passphraseSlot = KeyWrap::wrap(masterKey, passphraseKey, associatedData("passphrase"));
    authenticateSlot(Slot::Passphrase, masterKey);
}

void KeyFile::rewrapRecoverySlot(const SecureBuffer &masterKey, const SecureBuffer &recoveryKey)
{
    m_recoverySlot = KeyWrap::wrap(masterKey, recoveryWrappingKey(recoveryKey, m_vaultId), associatedData("recovery"));
    authenticateSlot(Slot::Recovery, masterKey);
}

QByteArray KeyFile::slotMac(Slot slot, const SecureBuffer &masterKey) const
{
    sodium::ensureInitialised();
    const SecureBuffer macKey = KeyWrap::deriveSubkey(
        masterKey, QByteArrayLiteral("vangnet-keyfile-mac-v1|") + m_vaultId.toByteArray(QUuid::WithoutBraces));
    const WrappedKey &wrapped = slot == Slot::Passphrase ? m_passphraseSlot : m_recoverySlot;
    const QByteArray message = lengthPrefixed(associatedData(slot == Slot::Passphrase ? "passphrase" : "recovery"))
        + lengthPrefixed(wrapped.nonce) + lengthPrefixed(wrapped.ciphertext);
    QByteArray mac(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(mac.data()), static_cast<size_t>(mac.size()),
        reinterpret_cast<const unsigned char *>(message.constData()), static_cast<unsigned long long>(message.size()),
        macKey.data(), macKey.size());
    return mac;
}

void KeyFile::authenticateSlot(Slot slot, const SecureBuffer &masterKey)
{
    (slot == Slot::Passphrase ? m_passphraseMac : m_recoveryMac) = slotMac(slot, masterKey);
}

KeyFile::SlotState KeyFile::slotState(Slot slot, const SecureBuffer &masterKey) const
{
    const QByteArray &stored = slot == Slot::Passphrase ? m_passphraseMac : m_recoveryMac;
    if (!wellFormed(slot == Slot::Passphrase ? m_passphraseSlot : m_recoverySlot))
        return SlotState::Damaged;
    if (stored.isEmpty())
        return hasAuthenticator() ? SlotState::Damaged : SlotState::Unverified;
    const QByteArray expected = slotMac(slot, masterKey);
    if (stored.size() != expected.size()
        || sodium_memcmp(stored.constData(), expected.constData(), static_cast<size_t>(expected.size())) != 0)
        return SlotState::Damaged;
    return SlotState::Intact;
}

bool KeyFile::hasValidStructure() const
{
    return !m_vaultId.isNull() && wellFormed(m_passphraseSlot) && wellFormed(m_recoverySlot);
}

Result<SecureBuffer> KeyFile::unwrapWithPassphraseKey(const SecureBuffer &passphraseKey) const
{
    if (!wellFormed(m_passphraseSlot))
        return Error(ErrorCode::Integrity,
            QCoreApplication::translate(
                "KeyFile", "The passphrase slot of the vault's key file is damaged. Open the vault with the recovery key."));
    auto key = KeyWrap::unwrap(m_passphraseSlot, passphraseKey, associatedData("passphrase"));
    if (!key)
        return Error(ErrorCode::CannotUnlock, QCoreApplication::translate("KeyFile", "The passphrase is not correct."));
    return key;
}

Result<SecureBuffer> KeyFile::unwrapWithRecoveryKey(const SecureBuffer &recoveryKey) const
{
    if (!wellFormed(m_recoverySlot))
        return Error(ErrorCode::Integrity,
            QCoreApplication::translate("KeyFile",
                "The recovery slot of the vault's key file is damaged: the recovery key cannot open this vault. Open it with the "
                "passphrase and make a new recovery key."));
    auto key = KeyWrap::unwrap(m_recoverySlot, recoveryWrappingKey(recoveryKey, m_vaultId), associatedData("recovery"));
    if (!key)
        return Error(
            ErrorCode::CannotUnlock, QCoreApplication::translate("KeyFile", "This recovery key does not belong to this vault."));
    return key;
}

Result<KeyFile> KeyFile::load(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Error(ErrorCode::CannotUnlock,
            QCoreApplication::translate("KeyFile", "This folder holds no Vangnet vault (the key file vault.key is missing)."));
    if (!f.open(QIODevice::ReadOnly))
        return Error(
            ErrorCode::Runtime, QCoreApplication::translate("KeyFile", "The vault's key file cannot be read."), f.errorString());
    if (f.size() > MaxKeyFileBytes)
        return damaged(QStringLiteral("too large"));
    return parse(f.readAll());
}

Result<KeyFile> KeyFile::parse(const QByteArray &bytes)
{
    if (bytes.size() > MaxKeyFileBytes)
        return damaged(QStringLiteral("too large"));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject())
        return damaged(parseError.errorString());
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("magic")).toString() != QLatin1String(Magic))
        return Error(ErrorCode::CannotUnlock, QCoreApplication::translate("KeyFile", "This is not a Vangnet vault."));

    KeyFile file;
    file.m_format = o.value(QStringLiteral("format")).toInt(-1);
    if (file.m_format != FormatVersion)
        return Error(ErrorCode::CannotUnlock,
            QCoreApplication::translate(
                "KeyFile", "This vault was made by a newer version of Vangnet (key file format %1). Update Vangnet to open it.")
                .arg(file.m_format));
    file.m_vaultId = QUuid::fromString(o.value(QStringLiteral("vaultId")).toString());
    const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
    if (kdf.value(QStringLiteral("algorithm")).toString() != QLatin1String("argon2id13"))
        return damaged(QStringLiteral("kdf algorithm"));
    file.m_kdf.opsLimit = static_cast<std::uint64_t>(kdf.value(QStringLiteral("opsLimit")).toInteger());
    file.m_kdf.memLimit = static_cast<std::uint64_t>(kdf.value(QStringLiteral("memLimit")).toInteger());
    if (file.m_vaultId.isNull() || !fromB64(kdf.value(QStringLiteral("salt")), file.m_kdf.salt)
        || !file.m_kdf.isWithinLibraryLimits())
        return damaged(QStringLiteral("fields"));
    file.m_passphraseSlot = slotFrom(o.value(QStringLiteral("passphraseSlot")).toObject());
    file.m_recoverySlot = slotFrom(o.value(QStringLiteral("recoverySlot")).toObject());
    if (!wellFormed(file.m_passphraseSlot) && !wellFormed(file.m_recoverySlot))
        return damaged(QStringLiteral("both slots"));
    // An authenticator that is there but unreadable counts as a failing MAC, never as none at all.
    if (o.contains(QStringLiteral("authenticator"))) {
        const QJsonObject auth = o.value(QStringLiteral("authenticator")).toObject();
        const auto mac = [&auth](const QString &name) {
            QByteArray bytes;
            return fromB64(auth.value(name), bytes) && !bytes.isEmpty() ? bytes : QByteArrayLiteral("?");
        };
        file.m_passphraseMac = mac(QStringLiteral("passphraseSlot"));
        file.m_recoveryMac = mac(QStringLiteral("recoverySlot"));
    }
    return file;
}

QByteArray KeyFile::toJson() const
{
    QJsonObject kdf {
        { QStringLiteral("algorithm"), QStringLiteral("argon2id13") },
        { QStringLiteral("opsLimit"), static_cast<qint64>(m_kdf.opsLimit) },
        { QStringLiteral("memLimit"), static_cast<qint64>(m_kdf.memLimit) },
        { QStringLiteral("salt"), b64(m_kdf.salt) },
    };
    QJsonObject o {
        { QStringLiteral("magic"), QLatin1String(Magic) },
        { QStringLiteral("format"), m_format },
        { QStringLiteral("vaultId"), m_vaultId.toString(QUuid::WithoutBraces) },
        { QStringLiteral("kdf"), kdf },
        { QStringLiteral("passphraseSlot"),
            QJsonObject { { QStringLiteral("nonce"), b64(m_passphraseSlot.nonce) },
                { QStringLiteral("ciphertext"), b64(m_passphraseSlot.ciphertext) } } },
        { QStringLiteral("recoverySlot"),
            QJsonObject { { QStringLiteral("nonce"), b64(m_recoverySlot.nonce) },
                { QStringLiteral("ciphertext"), b64(m_recoverySlot.ciphertext) } } },
    };
    if (hasAuthenticator())
        o.insert(QStringLiteral("authenticator"),
            QJsonObject { { QStringLiteral("algorithm"), QStringLiteral("blake2b-keyed-v1") },
                { QStringLiteral("passphraseSlot"), b64(m_passphraseMac) },
                { QStringLiteral("recoverySlot"), b64(m_recoveryMac) } });
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Status KeyFile::save(const QString &path, const Proof &proof) const
{
    const QByteArray bytes = toJson();
    AtomicFile out(path);
    if (auto st = out.open(); !st)
        return st;
    if (auto st = out.write(bytes); !st)
        return st;

    // The copy on disk must open the vault before it may replace the old file: a slot is unwrapped
    // with its secret when that is at hand, or else must be the (already proven) slot byte for byte.
    const auto readBack = [&](const QString &written) -> Status {
        QFile f(written);
        if (!f.open(QIODevice::ReadOnly))
            return readBackFailed(f.errorString());
        if (f.readAll() != bytes)
            return readBackFailed(QStringLiteral("bytes differ"));
        auto loaded = load(written);
        if (!loaded)
            return readBackFailed(loaded.error().detail());
        const KeyFile &copy = loaded.value();
        if (copy.m_vaultId != m_vaultId || copy.m_passphraseMac != m_passphraseMac || copy.m_recoveryMac != m_recoveryMac)
            return readBackFailed(QStringLiteral("header or authenticator"));
        const auto proves
            = [&](const Result<SecureBuffer> &key) { return key && proof.masterKey && key->equals(*proof.masterKey); };
        if (proof.passphraseKey ? !proves(copy.unwrapWithPassphraseKey(*proof.passphraseKey))
                                : !sameSlot(copy.m_passphraseSlot, m_passphraseSlot))
            return readBackFailed(QStringLiteral("passphrase slot"));
        if (proof.recoveryKey ? !proves(copy.unwrapWithRecoveryKey(*proof.recoveryKey))
                              : !sameSlot(copy.m_recoverySlot, m_recoverySlot))
            return readBackFailed(QStringLiteral("recovery slot"));
        return {};
    };
    crashPoint("keyfile-before-commit");
    // Once renamed the new file is in place, even if flushing the folder then failed: the caller must
    // take the new file as the current one.
    if (auto st = out.commit(readBack); !st && !out.replaced())
        return st;
    crashPoint("keyfile-after-commit");
    return {};
}

} // namespace vangnet
