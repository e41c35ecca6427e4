#include "CaseTestData.h"
#include "TestVault.h"
#include "cases/AttachmentPreview.h"
#include "cases/Attachments.h"
#include "cases/CaseEditor.h"
#include "common/FileChooser.h"
#include "common/MessageBox.h"
#include "crypto/RecoveryKey.h"
#include "safety/SecureClipboard.h"
#include "vault/RecoveryKeyPage.h"

#include <QBuffer>
#include <QDirIterator>
#include <QImage>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace vangnet;
using namespace vangnet::test;

namespace {

QByteArray pngBytes()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray pdfBytes()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), QStringLiteral("Fictional scan"));
    }
    return bytes;
}

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

// Issue 19 and issue 13 item 8: nothing reaches the disk unless the user chose the place and, for a
// plaintext document, confirmed it. HOME, TMPDIR and the working directory are private folders whose
// contents are compared before and after each step.
class TestPlaintextWrites final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printingWithoutAPrinterWritesNothing();
    void previewShowsImageAndPdfWithoutWriting();
    void previewIsDestroyedWithTheCase();
    void saveCopyAsksFirstAndWritesOwnerOnly();

private:
    QSet<QString> filesNow() const;

    QTemporaryDir m_root;
};

void TestPlaintextWrites::initTestCase()
{
    QVERIFY(m_root.isValid());
    for (const char *sub : { "home", "tmp", "cwd" })
        QVERIFY(QDir(m_root.path()).mkpath(QString::fromLatin1(sub)));
    qputenv("HOME", QFile::encodeName(m_root.filePath(QStringLiteral("home"))));
    qputenv("TMPDIR", QFile::encodeName(m_root.filePath(QStringLiteral("tmp"))));
    QVERIFY(QDir::setCurrent(m_root.filePath(QStringLiteral("cwd"))));
    QCOMPARE(QDir::tempPath(), m_root.filePath(QStringLiteral("tmp")));
}

QSet<QString> TestPlaintextWrites::filesNow() const
{
    QSet<QString> files;
    for (const char *sub : { "home", "tmp", "cwd" }) {
        QDirIterator it(m_root.filePath(QString::fromLatin1(sub)), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
            QDirIterator::Subdirectories);
        while (it.hasNext())
            files.insert(it.next());
    }
    return files;
}

// No printer: the page says so and offers to copy the key; no PDF or any other file appears.
void TestPlaintextWrites::printingWithoutAPrinterWritesNothing()
{
    if (!QPrinterInfo::availablePrinters().isEmpty())
        QSKIP("this machine has a printer; the test needs a machine without one");
    RecoveryKeyPage page;
    const QString key = RecoveryKey::format(RecoveryKey::generate());
    page.setRecoveryKey(key, QStringLiteral("vault-id"), m_root.filePath(QStringLiteral("vault")));
    page.show();
    const QSet<QString> before = filesNow();

    MessageBox::setNextAnswer(QMessageBox::No);
    page.findChild<QPushButton *>(QStringLiteral("printButton"))->click();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("No printer")));
    QVERIFY(!SecureClipboard::instance()->holdsOurs());
    QCOMPARE(filesNow(), before);

    // "Copy" instead: the key goes to the clipboard (hidden from clipboard managers), still no file.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page.findChild<QPushButton *>(QStringLiteral("printButton"))->click();
    QVERIFY(SecureClipboard::instance()->holdsOurs());
    QCOMPARE(filesNow(), before);
    page.clearKey();
    QVERIFY(!SecureClipboard::instance()->holdsOurs());
}

void TestPlaintextWrites::previewShowsImageAndPdfWithoutWriting()
{
    const QByteArray png = pngBytes();
    const QByteArray pdf = pdfBytes();
    QCOMPARE(Attachments::detectMediaType(png), QStringLiteral("image/png"));
    QCOMPARE(Attachments::detectMediaType(pdf), QStringLiteral("application/pdf"));
    const QSet<QString> before = filesNow();
    {
        AttachmentPreview image(QStringLiteral("scan.png"), QStringLiteral("image/png"), png);
        image.show();
        QVERIFY(QTest::qWaitForWindowExposed(&image));
        QVERIFY(image.isShowingContent());
        QVERIFY(image.findChild<QWidget *>(QStringLiteral("previewImage")));
    }
    {
        AttachmentPreview document(QStringLiteral("scan.pdf"), QStringLiteral("application/pdf"), pdf);
        document.show();
        QVERIFY(QTest::qWaitForWindowExposed(&document));
        QVERIFY(document.isShowingContent());
        QVERIFY(document.findChild<QWidget *>(QStringLiteral("previewPdf")));
        QTest::qWait(300); // let Qt PDF render the page in its thread
    }
    {
        // Damaged content: a message, no crash, nothing written.
        AttachmentPreview broken(QStringLiteral("broken.pdf"), QStringLiteral("application/pdf"), pdf.left(40));
        QVERIFY(!broken.isShowingContent());
    }
    QCOMPARE(filesNow(), before);
}

// From the case editor: "Show" opens the preview; clearing the editor (what a lock does) destroys it.
void TestPlaintextWrites::previewIsDestroyedWithTheCase()
{
    TestVault vault;
    const QString id = createCase(vault.vault().database(), makeCase(QStringLiteral("Zwaantje"), QStringLiteral("Kwikstaart")));
    QVERIFY(Attachments(vault.vault().database()).add(id, QStringLiteral("passport.png"), pngBytes()).ok());
    CaseEditor editor;
    editor.setDatabase(&vault.vault().database());
    QVERIFY(editor.openCase(id));
    editor.show();
    auto *list = editor.findChild<QListWidget *>(QStringLiteral("attachmentsList"));
    QCOMPARE(list->count(), 1);
    list->setCurrentRow(0);
    const QSet<QString> before = filesNow();
    editor.findChild<QPushButton *>(QStringLiteral("previewAttachmentButton"))->click();
    QPointer<AttachmentPreview> preview = editor.findChild<AttachmentPreview *>();
    QVERIFY(preview);
    QVERIFY(preview->isVisible() && preview->isShowingContent());
    editor.clear();
    QVERIFY(!preview); // deleted, not hidden
    QCOMPARE(filesNow(), before);
}

void TestPlaintextWrites::saveCopyAsksFirstAndWritesOwnerOnly()
{
    const QByteArray png = pngBytes();
    const QString target = m_root.filePath(QStringLiteral("home/copy-of-scan.png"));

    // Cancelled at the confirmation: nothing written. The question names the scan, the place, and
    // says that the copy is not encrypted.
    FileChooser::setNextFile(target);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!AttachmentPreview::saveCopy(nullptr, QStringLiteral("passport.png"), png));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("passport.png")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("copy-of-scan.png")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("NOT encrypted")));
    QVERIFY(!QFile::exists(target));

    // No place chosen: not even asked.
    FileChooser::setNextFile(QString());
    QVERIFY(!AttachmentPreview::saveCopy(nullptr, QStringLiteral("passport.png"), png));
    QVERIFY(!QFile::exists(target));

    // Confirmed: the bytes, readable by the owner only, whatever the umask.
    const mode_t old = ::umask(0022);
    FileChooser::setNextFile(target);
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(AttachmentPreview::saveCopy(nullptr, QStringLiteral("passport.png"), png));
    ::umask(old);
    QFile written(target);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), png);
    QCOMPARE(modeOf(target), 0600);
}

QTEST_MAIN(TestPlaintextWrites)
#include "TestPlaintextWrites.moc"
