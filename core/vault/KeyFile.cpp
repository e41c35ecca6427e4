#include "vault/KeyFile.h"

#include "platform/CrashPoint.h"
#include "platform/FileSync.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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
    return file;
}

void KeyFile::rewrapPassphraseSlot(const SecureBuffer &masterKey, const SecureBuffer &passphraseKey, const KdfParameters &kdf)
{
    m_kdf = kdf;
    m_passphraseSlot = KeyWrap::wrap(masterKey, passphraseKey, associatedData("passphrase"));
}

Result<SecureBuffer> KeyFile::unwrapWithPassphraseKey(const SecureBuffer &passphraseKey) const
{
    auto key = KeyWrap::unwrap(m_passphraseSlot, passphraseKey, associatedData("passphrase"));
    if (!key)
        return Error(ErrorCode::CannotUnlock, QCoreApplication::translate("KeyFile", "The passphrase is not correct."));
    return key;
}

Result<SecureBuffer> KeyFile::unwrapWithRecoveryKey(const SecureBuffer &recoveryKey) const
{
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
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
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
    const QJsonObject pass = o.value(QStringLiteral("passphraseSlot")).toObject();
    const QJsonObject recovery = o.value(QStringLiteral("recoverySlot")).toObject();
    if (file.m_vaultId.isNull() || !fromB64(kdf.value(QStringLiteral("salt")), file.m_kdf.salt)
        || !fromB64(pass.value(QStringLiteral("nonce")), file.m_passphraseSlot.nonce)
        || !fromB64(pass.value(QStringLiteral("ciphertext")), file.m_passphraseSlot.ciphertext)
        || !fromB64(recovery.value(QStringLiteral("nonce")), file.m_recoverySlot.nonce)
        || !fromB64(recovery.value(QStringLiteral("ciphertext")), file.m_recoverySlot.ciphertext)
        || !file.m_kdf.isWithinLibraryLimits())
        return damaged(QStringLiteral("fields"));
    return file;
}

Status KeyFile::save(const QString &path) const
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

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Runtime, QCoreApplication::translate("KeyFile", "The vault's key file cannot be written."),
            out.errorString());
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    if (out.write(bytes) != bytes.size()) {
        out.cancelWriting();
        return Error(ErrorCode::Runtime,
            QCoreApplication::translate(
                "KeyFile", "The vault's key file cannot be written (is the disk full?). Nothing was changed."),
            out.errorString());
    }
    crashPoint("keyfile-before-commit");
    // commit() flushes and fsyncs the temporary file, then renames it over the old one.
    if (!out.commit())
        return Error(ErrorCode::Runtime,
            QCoreApplication::translate("KeyFile", "The vault's key file cannot be replaced. Nothing was changed."),
            out.errorString());
    syncDirectory(QFileInfo(path).absolutePath());
    crashPoint("keyfile-after-commit");
    return {};
}

} // namespace vangnet
