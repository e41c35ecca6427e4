#include "FileScan.h"
#include "TestVault.h"
#include "cases/Attachments.h"
#include "cases/CaseRepository.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;

// Scans go into the encrypted database: type checked by magic bytes, at most 20 MiB, never in plaintext.
class TestAttachments : public QObject
{
    Q_OBJECT

private:
    static QString newCase(Database &db)
    {
        auto c = CaseRepository(db).createFromJson(QJsonDocument::fromJson(R"({"givenName":"A"})").object());
        return c ? c->id : QString();
    }

private slots:
    void detectsTypes_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("type");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << "application/pdf";
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << "image/png";
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10) << "image/jpeg";
        QTest::newRow("tiff le") << QByteArray("II*\0\x08\0\0\0", 8) << "image/tiff";
        QTest::newRow("tiff be") << QByteArray("MM\0*\0\0\0\x08", 8) << "image/tiff";
        QTest::newRow("gif") << QByteArray("GIF89a") << "";
        QTest::newRow("zip/docx") << QByteArray("PK\x03\x04") << "";
        QTest::newRow("text named pdf") << QByteArray("hello.pdf") << "";
        QTest::newRow("empty") << QByteArray() << "";
    }

    void detectsTypes()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, type);
        QCOMPARE(Attachments::detectMediaType(head), type);
    }

    void storesEncryptedAndReadsBack()
    {
        test::TestVault tv;
        Database &db = tv.vault().database();
        const QString id = newCase(db);
        const QByteArray marker = "PLAINTEXT-SCAN-MARKER-7f3a9c";
        const QByteArray pdf = QByteArray("%PDF-1.4\n") + marker + QByteArray(4096, 'x');
        Attachments att(db);
        auto info = att.add(id, QStringLiteral("/home/someone/passport.pdf"), pdf);
        QVERIFY2(info, info ? "" : qPrintable(info.error().message()));
        QCOMPARE(info->mediaType, QStringLiteral("application/pdf"));
        QCOMPARE(info->fileName, QStringLiteral("passport.pdf"));
        QCOMPARE(info->size, pdf.size());
        QCOMPARE(att.content(info->id).value(), pdf);
        QCOMPARE(att.list(id)->size(), 1);
        auto history = CaseRepository(db).history(id);
        QCOMPARE(history->last().field, QStringLiteral("attachments"));
        QVERIFY(tv.reopen());
        QVERIFY(test::filesContaining(tv.folder(), marker).isEmpty());
        QCOMPARE(Attachments(tv.vault().database()).content(info->id).value(), pdf);
    }

    void refusesWrongTypeAndSize()
    {
        test::TestVault tv;
        Database &db = tv.vault().database();
        const QString id = newCase(db);
        Attachments att(db);
        auto gif = att.add(id, QStringLiteral("a.pdf"), QByteArray("GIF89a....."));
        QVERIFY(!gif);
        QCOMPARE(gif.error().code(), ErrorCode::InvalidInput);
        QVERIFY(gif.error().message().contains(QStringLiteral("PDF, PNG, JPEG and TIFF")));
        QByteArray big = QByteArray("%PDF-") + QByteArray(Attachments::kMaxBytes, 'x');
        auto tooBig = att.add(id, QStringLiteral("big.pdf"), big);
        QVERIFY(!tooBig);
        QVERIFY(tooBig.error().message().contains(QStringLiteral("20 MiB")));
        big.resize(Attachments::kMaxBytes);
        QVERIFY(att.add(id, QStringLiteral("limit.pdf"), big)); // exactly the limit is fine
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(big);
        f.write("x");
        f.close();
        QVERIFY(!att.addFile(id, path));
        QCOMPARE(att.list(id)->size(), 1);
        QCOMPARE(att.add(QStringLiteral("VN-1999-0001"), QStringLiteral("a.pdf"), QByteArray("%PDF-1")).error().code(),
            ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestAttachments)
#include "TestAttachments.moc"
