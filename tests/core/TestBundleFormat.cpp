#include "exchange/BundleReader.h"
#include "exchange/BundleWriter.h"

#include "RawBundle.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;

// The version 1 container: confidentiality, authenticity and completeness (docs/BUNDLE-FORMAT.md).
class TestBundleFormat final : public QObject
{
    Q_OBJECT

private:
    IdentityKeys sender = IdentityKeys::generate();
    IdentityKeys recipient = IdentityKeys::generate();
    IdentityKeys stranger = IdentityKeys::generate();

    static QList<BundleEntry> sampleEntries(int payloadBytes)
    {
        QByteArray big(payloadBytes, '\0');
        QRandomGenerator rng(42);
        for (char &c : big)
            c = static_cast<char>(rng.bounded(256));
        return { { QStringLiteral("manifest.json"),
                     QByteArrayLiteral("{\"bundleId\":\"b1\",\"marker\":\"PLAINTEXT-MARKER-91\"}") },
            { QStringLiteral("attachments/scan"), big } };
    }

    QByteArray makeBundle(int payloadBytes = 1000)
    {
        auto bytes = BundleWriter::writeToMemory(sender, { recipient.publicIdentity() }, sampleEntries(payloadBytes));
        return bytes ? bytes.value() : QByteArray();
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("payload");
        QTest::newRow("empty entry") << 0;
        QTest::newRow("small") << 1000;
        QTest::newRow("exactly one chunk") << 64 * 1024;
        QTest::newRow("several chunks") << 300 * 1024;
    }
    void roundTrip()
    {
        QFETCH(int, payload);
        const QList<BundleEntry> entries = sampleEntries(payload);
        auto bytes = BundleWriter::writeToMemory(sender, { recipient.publicIdentity() }, entries);
        QVERIFY(bytes.ok());
        QVERIFY(!bytes->contains("PLAINTEXT-MARKER-91"));
        QVERIFY(!bytes->contains("manifest.json"));
        auto opened = BundleReader::openFromMemory(bytes.value(), recipient);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().detail()));
        QCOMPARE(opened->signerKey, sender.publicIdentity().signingKey);
        QCOMPARE(opened->entries.size(), entries.size());
        for (int i = 0; i < entries.size(); ++i) {
            QCOMPARE(opened->entries.at(i).name, entries.at(i).name);
            QCOMPARE(opened->entries.at(i).data, entries.at(i).data);
        }
    }

    void onlyMagicAndVersionInTheClear()
    {
        const QByteArray bytes = makeBundle();
        QCOMPARE(bytes.left(8), QByteArray("VNBUNDLE"));
        QCOMPARE(int(static_cast<quint8>(bytes.at(8))), 1);
        // The recipient count does not show: one and eight recipients give the same size.
        QList<PublicIdentity> eight;
        for (int i = 0; i < 8; ++i)
            eight.append(IdentityKeys::generate().publicIdentity());
        auto many = BundleWriter::writeToMemory(sender, eight, sampleEntries(1000));
        QVERIFY(many.ok());
        QCOMPARE(many->size(), bytes.size());
    }

    void notAddressedToUs()
    {
        auto opened = BundleReader::openFromMemory(makeBundle(), stranger);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), ErrorCode::CannotUnlock);
    }

    void everyRecipientCanOpen()
    {
        const IdentityKeys second = IdentityKeys::generate();
        auto bytes
            = BundleWriter::writeToMemory(sender, { recipient.publicIdentity(), second.publicIdentity() }, sampleEntries(10));
        QVERIFY(bytes.ok());
        QVERIFY(BundleReader::openFromMemory(bytes.value(), recipient).ok());
        QVERIFY(BundleReader::openFromMemory(bytes.value(), second).ok());
        QVERIFY(!BundleReader::openFromMemory(bytes.value(), stranger).ok());
    }

    void tooManyRecipientsRefused()
    {
        QList<PublicIdentity> nine;
        for (int i = 0; i < 9; ++i)
            nine.append(IdentityKeys::generate().publicIdentity());
        auto bytes = BundleWriter::writeToMemory(sender, nine, sampleEntries(10));
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error().code(), ErrorCode::InvalidInput);
    }

    void everyFlippedByteIsDetected()
    {
        const QByteArray good = makeBundle(200);
        QVERIFY(BundleReader::openFromMemory(good, recipient).ok());
        for (qsizetype i = 0; i < good.size(); ++i) {
            QByteArray bad = good;
            bad[i] = static_cast<char>(bad[i] ^ 0x01);
            auto opened = BundleReader::openFromMemory(bad, recipient);
            if (opened.ok()) {
                // A flipped bit in a slot that is not ours, or in an unused slot, changes nothing we
                // read: the header is authenticated as associated data, so that cannot happen.
                QFAIL(qPrintable(QStringLiteral("flip at byte %1 went unnoticed").arg(i)));
            }
            QVERIFY(opened.error().code() == ErrorCode::Integrity || opened.error().code() == ErrorCode::CannotUnlock);
        }
    }

    void truncationIsDetected()
    {
        const QByteArray good = makeBundle(200 * 1024);
        const qsizetype chunk = 64 * 1024 + 17;
        const QList<qsizetype> cuts = { 0, 8, 16, 680, 681, 680 + chunk, 680 + 2 * chunk, good.size() - 1 };
        for (qsizetype cut : cuts) {
            auto opened = BundleReader::openFromMemory(good.left(cut), recipient);
            QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("cut at %1").arg(cut)));
        }
        // Extra bytes after the final chunk are refused too.
        QVERIFY(!BundleReader::openFromMemory(good + QByteArray(5, 'x'), recipient).ok());
    }

    void reorderedChunksAreDetected()
    {
        const QByteArray good = makeBundle(200 * 1024);
        const qsizetype chunk = 64 * 1024 + 17;
        const qsizetype start = 680;
        QByteArray swapped
            = good.left(start) + good.mid(start + chunk, chunk) + good.mid(start, chunk) + good.mid(start + 2 * chunk);
        QCOMPARE(swapped.size(), good.size());
        auto opened = BundleReader::openFromMemory(swapped, recipient);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), ErrorCode::Integrity);
        // Dropping a middle chunk as well.
        QByteArray dropped = good.left(start) + good.mid(start + chunk);
        QVERIFY(!BundleReader::openFromMemory(dropped, recipient).ok());
    }

    void notABundle()
    {
        auto opened = BundleReader::openFromMemory(QByteArrayLiteral("{\"json\": true}"), recipient);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), ErrorCode::Integrity);
        QByteArray future = makeBundle();
        future[8] = 2;
        auto newer = BundleReader::openFromMemory(future, recipient);
        QVERIFY(!newer.ok());
        QVERIFY(newer.error().message().contains(QLatin1String("version 2")));
    }

    // A bundle made by hand from the specification opens: the refusals below are about the layout.
    void rawBundleFromTheSpecificationOpens()
    {
        const QByteArray me = recipient.publicIdentity().encryptionKey;
        const QByteArray records = testsupport::recipientsRecord(1, { me }) + testsupport::entryRecord("manifest.json", "{}")
            + testsupport::entryRecord("records.json", "[]");
        auto opened = BundleReader::openFromMemory(testsupport::sealRaw(sender, { me }, records), recipient);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail()));
        QCOMPARE(opened->entries.size(), 2);
        QCOMPARE(opened->recipientKeys, QList<QByteArray> { me });
    }

    // The used keys fill the first `count` positions; every other layout is refused.
    void recipientsRecordLayout_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("layout"); // 0: gap first, 1: key after count, 2: zero key counted, 3: duplicate
        QTest::newRow("used key not first") << 1 << 0;
        QTest::newRow("key beyond the count") << 1 << 1;
        QTest::newRow("zero key counted") << 2 << 2;
        QTest::newRow("same key twice") << 2 << 3;
    }
    void recipientsRecordLayout()
    {
        QFETCH(int, count);
        QFETCH(int, layout);
        const QByteArray me = recipient.publicIdentity().encryptionKey;
        const QByteArray other = stranger.publicIdentity().encryptionKey;
        const QByteArray zero(32, '\0');
        const QList<QList<QByteArray>> layouts = { { zero, me }, { me, other }, { me, zero }, { me, me } };
        const QByteArray records
            = testsupport::recipientsRecord(count, layouts.at(layout)) + testsupport::entryRecord("manifest.json", "{}");
        auto opened = BundleReader::openFromMemory(testsupport::sealRaw(sender, { me }, records), recipient);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), ErrorCode::Integrity);
        QCOMPARE(opened.error().detail(), QStringLiteral("recipients record layout"));
    }

    void duplicateEntryNamesRefused()
    {
        const QByteArray me = recipient.publicIdentity().encryptionKey;
        const QByteArray records = testsupport::recipientsRecord(1, { me }) + testsupport::entryRecord("manifest.json", "{}")
            + testsupport::entryRecord("records.json", "[]") + testsupport::entryRecord("records.json", "[1]");
        auto opened = BundleReader::openFromMemory(testsupport::sealRaw(sender, { me }, records), recipient);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), ErrorCode::Integrity);
        QCOMPARE(opened.error().detail(), QStringLiteral("duplicate entry name"));
    }

    // Found by fuzz_bundle: the writer made what the reader refuses.
    void writerRefusesDuplicateEntryNames()
    {
        const QList<BundleEntry> entries { { QStringLiteral("manifest.json"), "{}" }, { QStringLiteral("records.json"), "[]" },
            { QStringLiteral("records.json"), "[1]" } };
        auto bytes = BundleWriter::writeToMemory(sender, { recipient.publicIdentity() }, entries);
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error().code(), ErrorCode::InvalidInput);
    }

    void fileWriteIsAllOrNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.vnb"));
        int calls = 0;
        auto cancelled = BundleWriter::write(path, sender, { recipient.publicIdentity() }, sampleEntries(300 * 1024),
            [&calls](qint64, qint64) { return ++calls < 2; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code(), ErrorCode::Cancelled);
        QVERIFY(!QFile::exists(path));
        QVERIFY(BundleWriter::write(path, sender, { recipient.publicIdentity() }, sampleEntries(300 * 1024)).ok());
        QVERIFY(BundleReader::open(path, recipient).ok());
    }
};

QTEST_GUILESS_MAIN(TestBundleFormat)
#include "TestBundleFormat.moc"
