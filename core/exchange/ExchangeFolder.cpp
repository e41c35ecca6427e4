#include "exchange/ExchangeFolder.h"

#include "crypto/Sodium.h"
#include "platform/AtomicFile.h"
#include "vault/VaultConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <sodium.h>

namespace vangnet {
namespace {

QString randomHex()
{
    sodium::ensureInitialised();
    QByteArray bytes(16, '\0');
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

QString ExchangeFolder::mailboxId(const QByteArray &encryptionKey)
{
    sodium::ensureInitialised();
    static const QByteArray key("vangnet-mailbox-v1");
    unsigned char out[16];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(encryptionKey.constData()),
        static_cast<unsigned long long>(encryptionKey.size()), reinterpret_cast<const unsigned char *>(key.constData()),
        size_t(key.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

QString ExchangeFolder::newBundleFileName()
{
    return randomHex() + QStringLiteral(".vnb");
}

QString ExchangeFolder::newReceiptFileName()
{
    return randomHex() + QStringLiteral(".vnr");
}

ExchangeFolder::FileKind ExchangeFolder::classify(const QString &name)
{
    static const QRegularExpression exact(QStringLiteral("^[0-9a-f]{32}\\.(vnb|vnr)$"));
    if (const auto m = exact.match(name); m.hasMatch())
        return m.captured(1) == QLatin1String("vnb") ? FileKind::Bundle : FileKind::Receipt;
    // Syncthing: .syncthing.NAME.tmp and ~syncthing~NAME.tmp; Nextcloud/ownCloud: .~lock.NAME#,
    // NAME.part and .NAME.~XXXX; browsers and copy tools: .part, .partial, .tmp, .crdownload;
    // Vangnet's own AtomicFile temporaries.
    if (name.startsWith(QLatin1String(".syncthing.")) || name.startsWith(QLatin1String("~syncthing~"))
        || name.startsWith(QLatin1String(".~lock.")) || name.contains(AtomicFile::temporaryMarker())
        || name.endsWith(QLatin1String(".tmp")) || name.endsWith(QLatin1String(".part"))
        || name.endsWith(QLatin1String(".partial")) || name.endsWith(QLatin1String(".crdownload"))
        || name.contains(QLatin1String(".~")))
        return FileKind::Temporary;
    // Syncthing NAME.sync-conflict-DATE-TIME-DEVICE.vnb; Nextcloud/Dropbox "NAME (conflicted copy …)";
    // OneDrive/SharePoint NAME-HOSTNAME.vnb; any other decorated copy of a real name.
    static const QRegularExpression decorated(QStringLiteral("^[0-9a-f]{32}.+\\.(vnb|vnr)$"));
    if (name.contains(QLatin1String(".sync-conflict-")) || name.contains(QLatin1String("conflicted copy"), Qt::CaseInsensitive)
        || name.contains(QLatin1String("conflict"), Qt::CaseInsensitive) || decorated.match(name).hasMatch())
        return FileKind::Conflict;
    return FileKind::Unknown;
}

QString ExchangeFolder::skipReason(FileKind kind)
{
    switch (kind) {
    case FileKind::Temporary:
        return tr("a temporary file that is still being copied; it is read once it is complete");
    case FileKind::Conflict:
        return tr("a conflict copy made by the sync program; the original is read, the copy is left alone");
    case FileKind::Unknown:
        return tr("not a Vangnet exchange file");
    case FileKind::Bundle:
    case FileKind::Receipt:
        break;
    }
    return QString();
}

Result<QString> ExchangeFolder::configured(Database &db)
{
    return VaultConfig(db).value(VaultConfig::ExchangeFolder);
}

QString ExchangeFolder::mailboxPath(const QString &folder, const QByteArray &encryptionKey)
{
    return QDir(folder).filePath(mailboxId(encryptionKey));
}

Result<QString> ExchangeFolder::contactMailbox(Database &db, const QByteArray &encryptionKey, const QString &contactName)
{
    auto folder = configured(db);
    if (!folder)
        return folder.error();
    if (folder->isEmpty())
        return Error(ErrorCode::NotFound,
            tr("No exchange folder is set. Choose one in the Sharing section (or: config set "
               "exchange.folder FOLDER), or save the bundle as a file."));
    if (!QFileInfo(folder.value()).isDir())
        return Error(ErrorCode::NotFound,
            tr("The exchange folder %1 cannot be reached (is the share connected?). Nothing was sent.").arg(folder.value()));
    const QString mailbox = mailboxPath(folder.value(), encryptionKey);
    if (!QFileInfo(mailbox).isDir())
        return Error(ErrorCode::NotFound,
            tr("%1 has no mailbox in the exchange folder yet: their Vangnet creates it the first time it uses this folder. "
               "Nothing was sent.")
                .arg(contactName));
    return mailbox;
}

} // namespace vangnet
