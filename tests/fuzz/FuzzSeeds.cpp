// vangnet-fuzz-seeds OUTDIR: writes small valid inputs for every fuzz target into
// OUTDIR/<target>/ (make-seeds.sh; the results are committed in corpus/). Each file starts with
// the layer byte where the target has several layers (see the target's comment).
#include "FuzzIdentity.h"

#include "backup/BackupManifest.h"
#include "backup/BackupSource.h"
#include "backup/BackupWriter.h"
#include "cases/CaseJson.h"
#include "cases/CaseRepository.h"
#include "demo/DemoCases.h"
#include "demo/DemoSafety.h"
#include "demo/DemoShelters.h"
#include "exchange/BundleWriter.h"
#include "exchange/ContactCard.h"
#include "exchange/Manifest.h"
#include "safety/IncidentJson.h"
#include "safety/IncidentRepository.h"
#include "shelters/ShelterJson.h"
#include "shelters/ShelterRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace vangnet;

namespace {

QString g_out;

void put(const QString &target, const QString &name, const QByteArray &bytes, int layer = -1)
{
    QDir().mkpath(g_out + u'/' + target);
    QFile f(g_out + u'/' + target + u'/' + name);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(f.fileName()));
    if (layer >= 0)
        f.putChar(static_cast<char>(layer));
    f.write(bytes);
}

template<typename T> T must(Result<T> r, const char *what)
{
    if (!r)
        qFatal("%s: %s", what, qPrintable(r.error().message()));
    return std::move(r.value());
}

void must(const Status &st, const char *what)
{
    if (!st)
        qFatal("%s: %s", what, qPrintable(st.error().message()));
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray manifestFor(const QJsonArray &records)
{
    Manifest m;
    m.bundleId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.createdAt = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    m.kind = QStringLiteral("team");
    const PublicIdentity &sender = fuzz::senderIdentity().publicIdentity();
    m.sender = { QStringLiteral("Fuzz Sender"), QStringLiteral("Vangnet"), sender.encryptionKey, sender.signingKey };
    m.recipients = { { QStringLiteral("Fuzz"), QStringLiteral("Vangnet"), fuzz::identity().publicIdentity().encryptionKey, {} } };
    m.legalBasis = Manifest::legalBasisFor(m.kind);
    for (const QJsonValue &r : records)
        m.cases.append({ r[u"id"].toString(), r[u"number"].toString(), {}, { QStringLiteral("identity") } });
    return m.toBytes();
}

// The decrypted record stream of a bundle (docs/BUNDLE-FORMAT.md), with a signature record of
// zeros: the reader parses everything before it checks the signature.
QByteArray recordStream(const QList<BundleEntry> &entries)
{
    QByteArray plain;
    plain.append(char(bundle::RecordRecipients)).append(char(1));
    QByteArray keys(qsizetype(bundle::RecipientSlots) * 32, '\0');
    keys.replace(0, 32, fuzz::identity().publicIdentity().encryptionKey);
    plain.append(keys);
    for (const BundleEntry &e : entries) {
        const QByteArray name = e.name.toUtf8();
        plain.append(char(bundle::RecordEntry)).append(char(name.size() >> 8)).append(char(name.size() & 0xff)).append(name);
        for (int shift = 56; shift >= 0; shift -= 8)
            plain.append(char((quint64(e.data.size()) >> shift) & 0xff));
        plain.append(e.data);
    }
    plain.append(char(bundle::RecordSignature)).append(fuzz::senderIdentity().publicIdentity().signingKey);
    plain.append(QByteArray(64, '\0'));
    return plain;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: vangnet-fuzz-seeds OUTDIR\n");
        return 2;
    }
    g_out = QString::fromLocal8Bit(argv[1]);

    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("vault"));
    auto created = must(Vault::create(folder, QStringLiteral("fuzz seeds: a passphrase nobody uses 2026"),
                            KdfParameters::withSalt(1, 8 * 1024 * 1024)),
        "create vault");
    Vault &vault = *created.vault;
    Database &db = vault.database();
    must(seedDemoCases(vault), "demo cases");
    must(seedDemoShelters(db, QDate(2026, 6, 1)), "demo shelters");
    must(seedDemoSafety(db), "demo safety");

    QJsonArray records;
    auto ids = must(db.prepare(QStringLiteral("SELECT id FROM cases ORDER BY id LIMIT 3")), "cases");
    for (int i = 0; must(ids.step(), "step"); ++i) {
        const Case c = must(CaseRepository(db).load(ids.text(0)), "load case");
        put(QStringLiteral("case_json"), QStringLiteral("case-%1.json").arg(i), compact(CaseJson::toEditableJson(c)));
        records.append(CaseJson::toJson(c, QDate(2026, 6, 1)));
    }

    const auto shelters = must(ShelterRepository(db).list(), "shelters");
    QJsonArray shelterArray;
    for (qsizetype i = 0; i < shelters.size(); ++i) {
        shelterArray.append(ShelterJson::toJson(shelters.at(i), true));
        if (i < 2)
            put(QStringLiteral("shelter_json"), QStringLiteral("shelter-%1.json").arg(i),
                compact(shelterArray.last().toObject()));
    }
    put(QStringLiteral("shelter_json"), QStringLiteral("shelters.json"),
        QJsonDocument(shelterArray).toJson(QJsonDocument::Compact));

    const auto incidents = must(IncidentRepository(db).list(), "incidents");
    for (qsizetype i = 0; i < incidents.size() && i < 3; ++i)
        put(QStringLiteral("incident_json"), QStringLiteral("incident-%1.json").arg(i),
            compact(IncidentJson::toJson(incidents.at(i))));

    put(QStringLiteral("contact_card"), QStringLiteral("card.txt"),
        ContactCard::write(QStringLiteral("Fuzz Sender"), QStringLiteral("Vangnet"), fuzz::senderIdentity()).toUtf8());

    const QList<BundleEntry> entries { { Manifest::entryName(), manifestFor(records) },
        { QStringLiteral("records.json"), QJsonDocument(records).toJson(QJsonDocument::Compact) } };
    const QByteArray bundleBytes
        = must(BundleWriter::writeToMemory(fuzz::senderIdentity(), { fuzz::identity().publicIdentity() }, entries), "bundle");
    put(QStringLiteral("bundle"), QStringLiteral("container.vnbundle"), bundleBytes, 0);
    put(QStringLiteral("bundle"), QStringLiteral("records.bin"), recordStream(entries), 1);
    QByteArray joined;
    for (const BundleEntry &e : entries)
        joined.append(e.name.toUtf8()).append('\0').append(e.data).append('\0');
    put(QStringLiteral("bundle"), QStringLiteral("entries.bin"), joined, 2);

    QFile key(folder + QStringLiteral("/vault.key"));
    if (!key.open(QIODevice::ReadOnly))
        qFatal("vault.key");
    put(QStringLiteral("key_file"), QStringLiteral("vault.key"), key.readAll());

    const QString backups = tmp.filePath(QStringLiteral("backups"));
    QDir().mkpath(backups);
    auto source = must(BackupSource::take(vault), "backup source");
    const auto backup = must(BackupWriter::create(source, backups, QDateTime::currentDateTimeUtc()), "backup");
    QFile b(backup.path);
    if (!b.open(QIODevice::ReadOnly))
        qFatal("backup");
    // The header, the key file copy and the start of the stream: the target opens the stream with a
    // wrong key, so nothing after the first chunk is ever read, and a small seed fuzzes faster.
    const QByteArray backupBytes = b.read(4096);
    put(QStringLiteral("backup_reader"), QStringLiteral("demo.vnbackup"), backupBytes, 0);
    put(QStringLiteral("backup_reader"), QStringLiteral("demo-checksum-fixed.vnbackup"), backupBytes, 1);
    BackupManifest manifest;
    manifest.createdAt = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    manifest.vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    manifest.schemaVersion = 80;
    manifest.cases = records.size();
    manifest.databaseBytes = 4096;
    manifest.attachments.append({ QUuid::createUuid().toString(QUuid::WithoutBraces), 3, QByteArray(32, '\x5a') });
    put(QStringLiteral("backup_reader"), QStringLiteral("manifest.json"), manifest.toJson(), 2);
    return 0;
}
