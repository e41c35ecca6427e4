#include "TestVault.h"
#include "storage/Database.h"
#include "vault/ViewStateStore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace vangnet;

// The desktop's list state lives in the vault: it survives a lock and reopen, each view has its own,
// nothing stored reads as an empty state, and the text never appears in the clear on disk.
class TestViewStateStore : public QObject
{
    Q_OBJECT

private slots:
    void survivesReopen()
    {
        test::TestVault tv;
        const QJsonObject state { { QStringLiteral("sortColumn"), 1 }, { QStringLiteral("columnWidths"), QJsonArray { 90, 333 } },
            { QStringLiteral("savedFilter"), QStringLiteral("Zoeken naar Kwikstaart") } };
        {
            ViewStateStore store(tv.vault().database());
            QVERIFY(store.load(QStringLiteral("caseList"))->isEmpty());
            QVERIFY(store.save(QStringLiteral("caseList"), state).ok());
            QVERIFY(store.save(QStringLiteral("caseList"), state).ok()); // replaces, no duplicate row
            QVERIFY(store.load(QStringLiteral("shelterList"))->isEmpty());
        }
        QVERIFY(tv.reopen());
        ViewStateStore store(tv.vault().database());
        auto loaded = store.load(QStringLiteral("caseList"));
        QVERIFY(loaded);
        QCOMPARE(loaded.value(), state);
        QCOMPARE(tv.vault().database().scalar(QStringLiteral("SELECT count(*) FROM view_state"))->toInt(), 1);

        const Status unnamed = store.save(QStringLiteral("  "), state);
        QVERIFY(!unnamed);
        QCOMPARE(unnamed.error().code(), ErrorCode::InvalidInput);

        tv.handle().reset(); // closed: every byte on disk is final
        QDirIterator files(tv.folder(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("Kwikstaart"), qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestViewStateStore)
#include "TestViewStateStore.moc"
