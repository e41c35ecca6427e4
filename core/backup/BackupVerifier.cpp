#include "backup/BackupVerifier.h"

#include "audit/AuditLog.h"
#include "backup/BackupReader.h"
#include "backup/ExtractedDatabase.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <sodium.h>

namespace vangnet {
namespace {

Error damaged(const QString &what, const QString &detail = {})
{
    return Error(ErrorCode::Integrity, what, detail);
}

} // namespace

Result<BackupManifest> BackupVerifier::verify(BackupReader &reader, const SecureBuffer &masterKey, const BackupProgress &progress)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error(ErrorCode::Runtime, tr("No temporary folder is available."), dir.errorString());
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = dir.filePath(QStringLiteral("backup.db"));
    // One pass: the stream is decrypted straight into the database and WAL files, then checked.
    ExtractedDatabase files(path);
    if (auto st = files.open(); !st)
        return st.error();
    auto manifest = reader.read(
        masterKey, [&files](BackupReader::Part part, const char *data, qint64 size) { return files.write(part, data, size); },
        [&progress](int permille) { return !progress || progress(permille * 6 / 10); });
    if (!manifest)
        return manifest.error();
    if (auto st = files.close(); !st)
        return st.error();
    if (progress && !progress(600))
        return Error(ErrorCode::Cancelled, tr("Verifying the backup was cancelled."));
    auto db = openExtracted(path, masterKey);
    if (!db)
        return db.error();
    if (auto st = checkDatabase(db.value(), manifest.value()); !st)
        return st.error();
    if (progress)
        progress(1000);
    return manifest;
}

Result<Database> BackupVerifier::openExtracted(const QString &path, const SecureBuffer &masterKey)
{
    auto db = Database::open(path, masterKey, Database::Mode::OpenExisting);
    if (!db)
        return damaged(tr("The database inside the backup cannot be opened: %1").arg(db.error().message()), db.error().detail());
    // Every page is read once: a small cache keeps the peak memory low.
    if (auto st = db->exec(QStringLiteral("PRAGMA cache_size = -2048")); !st)
        return st.error();
    return db;
}

Status BackupVerifier::checkDatabase(Database &db, const BackupManifest &manifest)
{
    auto vaultId = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'vault_id'"));
    if (!vaultId || vaultId->toString() != manifest.vaultId)
        return damaged(tr("The database inside the backup belongs to another vault."));

    // Reads every page (SQLCipher checks each page's HMAC) and the whole b-tree structure.
    auto check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return damaged(tr("The database inside the backup is damaged."), check.error().detail());
    for (;;) {
        auto row = check->step();
        if (!row)
            return damaged(tr("The database inside the backup is damaged."), row.error().detail());
        if (!row.value())
            break;
        if (check->text(0) != QLatin1String("ok"))
            return damaged(tr("The database inside the backup is damaged."), check->text(0));
    }
    if (auto st = AuditLog(db).verify(); !st)
        return damaged(tr("The audit log inside the backup is broken: %1").arg(st.error().message()), st.error().detail());

    auto cases = db.scalar(QStringLiteral("SELECT count(*) FROM cases"));
    if (!cases || cases->toLongLong() != manifest.cases)
        return damaged(tr("The backup holds a different number of cases than its table of contents says."));

    QHash<QString, BackupManifest::Attachment> expected;
    for (const BackupManifest::Attachment &a : manifest.attachments)
        expected.insert(a.id, a);
    auto rows = db.prepare(QStringLiteral("SELECT id, data FROM case_attachments"));
    if (!rows)
        return rows.error();
    qint64 seen = 0;
    for (;;) {
        auto row = rows->step();
        if (!row)
            return damaged(tr("The attachments inside the backup cannot be read."), row.error().detail());
        if (!row.value())
            break;
        const QString id = rows->text(0);
        const QByteArray data = rows->blob(1);
        QByteArray hash(32, '\0');
        crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), 32,
            reinterpret_cast<const unsigned char *>(data.constData()), static_cast<unsigned long long>(data.size()), nullptr, 0);
        const auto it = expected.constFind(id);
        if (it == expected.constEnd() || it->size != data.size() || it->blake2b != hash)
            return damaged(tr("An attachment inside the backup does not match its recorded hash."), id);
        ++seen;
    }
    if (seen != expected.size())
        return damaged(tr("Attachments listed in the backup's table of contents are missing."));
    return {};
}

} // namespace vangnet
