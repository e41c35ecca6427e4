// The documents library: a PDF written owner-only and atomically, with neutral metadata and the
// text a reader extracts (pdftotext, when poppler-utils is installed).
#include "PdfDocument.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <sys/stat.h>

using namespace vangnet;

class TestPdfDocument : public QObject
{
    Q_OBJECT

private slots:
    void writesOwnerOnlyPdfWithNeutralMetadata()
    {
        QTemporaryDir dir;
        QTextDocument document;
        document.setHtml(QStringLiteral("<h1>Overzicht</h1><p>Jansen-Testpersoon woont niet hier.</p>"));
        const QString path = dir.filePath(QStringLiteral("out.pdf"));
        const Status written = PdfDocument::write(document, QStringLiteral("Vangnet document"), path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));

        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 0777), 0600);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(!bytes.contains("Jansen")); // the metadata holds no name (the body is encoded)
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess process;
        process.start(pdftotext, { path, QStringLiteral("-") });
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Overzicht")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Jansen-Testpersoon")), qPrintable(text));

        process.start(QStringLiteral("pdfinfo"), { path });
        QVERIFY(process.waitForFinished(30000));
        const QString info2 = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(info2.contains(QStringLiteral("Vangnet document")), qPrintable(info2));
        QVERIFY(!info2.contains(QStringLiteral("Jansen")));
    }

    void refusesAMissingFolder()
    {
        QTextDocument document;
        document.setPlainText(QStringLiteral("x"));
        const Status written
            = PdfDocument::write(document, QStringLiteral("Vangnet document"), QStringLiteral("/nonexistent-folder/out.pdf"));
        QVERIFY(!written.ok());
        QVERIFY(!written.error().message().isEmpty());
    }
};

QTEST_MAIN(TestPdfDocument)
#include "TestPdfDocument.moc"
