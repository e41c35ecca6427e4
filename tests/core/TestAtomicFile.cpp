#include "platform/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace vangnet;

// The one way Vangnet writes a file: all or nothing, owner-only, no temporary left behind.
class TestAtomicFile final : public QObject
{
    Q_OBJECT

private slots:
    void writesOwnerOnlyWhateverTheUmask();
    void replacesTheOldFileWhole();
    void cancelKeepsTheOldFileAndLeavesNothing();
    void destructionWithoutCommitLeavesNothing();
    void missingFolderIsAnErrorAndLeavesNothing();

private:
    static QStringList leftovers(const QString &folder)
    {
        QStringList names;
        const auto entries = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        for (const QString &n : entries)
            if (n.contains(AtomicFile::temporaryMarker()))
                names << n;
        return names;
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

void TestAtomicFile::writesOwnerOnlyWhateverTheUmask()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.bin"));
    const mode_t old = ::umask(0);
    const Status st = AtomicFile::writeAll(path, QByteArrayLiteral("hello"));
    ::umask(old);
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message()));
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    QCOMPARE(read(path), QByteArrayLiteral("hello"));
    QVERIFY(leftovers(dir.path()).isEmpty());
}

void TestAtomicFile::replacesTheOldFileWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.bin"));
    QVERIFY(AtomicFile::writeAll(path, QByteArray(100000, 'a')).ok());
    AtomicFile file(path);
    QVERIFY(file.open().ok());
    QVERIFY(file.write(QByteArrayLiteral("new")).ok());
    QCOMPARE(read(path).size(), 100000); // the old file stays until commit
    QVERIFY(file.commit().ok());
    QCOMPARE(read(path), QByteArrayLiteral("new"));
    QVERIFY(leftovers(dir.path()).isEmpty());
}

void TestAtomicFile::cancelKeepsTheOldFileAndLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.bin"));
    QVERIFY(AtomicFile::writeAll(path, QByteArrayLiteral("old")).ok());
    AtomicFile file(path);
    QVERIFY(file.open().ok());
    QVERIFY(file.write(QByteArrayLiteral("half")).ok());
    QVERIFY(!leftovers(dir.path()).isEmpty());
    file.cancel();
    QCOMPARE(read(path), QByteArrayLiteral("old"));
    QVERIFY(leftovers(dir.path()).isEmpty());
}

void TestAtomicFile::destructionWithoutCommitLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.bin"));
    {
        AtomicFile file(path);
        QVERIFY(file.open().ok());
        QVERIFY(file.write(QByteArrayLiteral("half")).ok());
    }
    QVERIFY(!QFile::exists(path));
    QVERIFY(leftovers(dir.path()).isEmpty());
}

void TestAtomicFile::missingFolderIsAnErrorAndLeavesNothing()
{
    QTemporaryDir dir;
    const Status st = AtomicFile::writeAll(dir.filePath(QStringLiteral("no/such/out.bin")), QByteArrayLiteral("x"));
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code(), ErrorCode::Runtime);
    QVERIFY(!st.error().message().isEmpty());
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "TestAtomicFile.moc"
