#include "FakeClock.h"
#include "TestVault.h"
#include "UiTestHelpers.h"

#include "cases/CaseEditor.h"
#include "cases/CaseRepository.h"
#include "cases/CasesSection.h"
#include "common/MessageBox.h"
#include "consent/ConsentRegister.h"
#include "exchange/BundleExporter.h"
#include "exchange/ContactCard.h"
#include "exchange/ContactRepository.h"
#include "exchange/ExportCaseModel.h"
#include "exchange/ExportPlanner.h"
#include "exchange/ExportWizard.h"
#include "exchange/FingerprintLabel.h"
#include "exchange/IdentityStore.h"
#include "exchange/ImportDialog.h"
#include "exchange/MergeConflicts.h"
#include "exchange/SharingSection.h"
#include "safety/DraftStore.h"
#include "safety/LockedScreen.h"
#include "safety/SafetyGuard.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace vangnet;

namespace {
constexpr int SlowMs = 60000;
} // namespace

// The export wizard, the import dialog and the Sharing section, driven through their widgets.
class TestExchangeUi final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Contact befriend(test::TestVault &me, test::TestVault &other, const QString &name, const QString &kind, bool verified)
    {
        IdentityStore theirs(other.vault().database());
        auto card = ContactCard::parse(ContactCard::write(name, QString(), theirs.keys().value()));
        Contact c;
        c.name = name;
        c.kind = kind;
        c.encPublicKey = card->identity.encryptionKey;
        c.signPublicKey = card->identity.signingKey;
        c.fingerprint = card->identity.fingerprint();
        ContactRepository contacts(me.vault().database());
        auto added = contacts.add(c);
        if (verified && added)
            (void)contacts.verify(added->id);
        return added ? added.value() : Contact();
    }

    static QString createCase(test::TestVault &v, const QString &familyName)
    {
        auto created
            = CaseRepository(v.vault().database())
                  .createFromJson(QJsonObject { { QStringLiteral("givenName"), QStringLiteral("Ana") },
                      { QStringLiteral("familyName"), familyName }, { QStringLiteral("gender"), QStringLiteral("female") },
                      { QStringLiteral("nationality"), QStringLiteral("RO") },
                      { QStringLiteral("phone"), QStringLiteral("+40700000001") } });
        return created ? created->id : QString();
    }

    // Many cases in one transaction (one commit instead of one per case).
    static QStringList createCases(test::TestVault &v, int count, const QString &familyName)
    {
        Database &db = v.vault().database();
        Transaction tx(db);
        CaseRepository cases(db);
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            auto created = cases.createFromJson(QJsonObject { { QStringLiteral("givenName"), QStringLiteral("Ana") },
                { QStringLiteral("familyName"), familyName }, { QStringLiteral("gender"), QStringLiteral("female") },
                { QStringLiteral("nationality"), QStringLiteral("RO") } });
            if (!created)
                return {};
            ids.append(created->id);
        }
        return tx.commit() ? ids : QStringList();
    }

    // A team bundle from `from` to `to` with these cases, written through core (not the wizard).
    QString teamBundle(test::TestVault &from, const Contact &to, const QStringList &caseIds, const QString &name)
    {
        const QString file = m_dir.path() + QLatin1Char('/') + name;
        auto plan = ExportPlanner(from.vault().database()).plan(to.id, QString(), caseIds);
        if (!plan)
            return {};
        auto written = BundleExporter(from.vault().database()).exportPlan(plan.value(), file);
        return written ? file : QString();
    }

    // Every table's row count: equal snapshots mean nothing was added or removed anywhere.
    static QStringList snapshot(Database &db)
    {
        QStringList tables;
        if (auto q = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
            for (auto row = q->step(); row && row.value(); row = q->step())
                tables.append(q->text(0));
        QStringList out;
        for (const QString &t : tables)
            if (auto n = db.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t)))
                out.append(t + QLatin1Char('=') + n->toString());
        return out;
    }

    static void selectContact(ExportWizard &wizard, const QString &name)
    {
        auto *list = wizard.findChild<QListWidget *>(QStringLiteral("recipientList"));
        QVERIFY(list);
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().startsWith(name))
                list->setCurrentRow(i);
    }

    // Next to the preview, which is planned in the background.
    static void toPreview(ExportWizard &wizard)
    {
        QSignalSpy ready(&wizard, &ExportWizard::previewReady);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ExportWizard::PreviewPage));
        QVERIFY(wizard.isPlanning()); // never planned on the window's thread
        QVERIFY(!wizard.currentPage()->isComplete());
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, SlowMs);
        QVERIFY(!wizard.isPlanning());
    }

    // What a lock writes by design: the audit entry, drafts of unsaved work and the case list's state.
    static QStringList withoutAuditAndDrafts(QStringList tables)
    {
        tables.removeIf([](const QString &t) {
            return t.startsWith(QLatin1String("audit_log=")) || t.startsWith(QLatin1String("drafts="))
                || t.startsWith(QLatin1String("view_state="));
        });
        return tables;
    }

    // Unlocks the vault at `folder` through the window's unlock page.
    static bool openInWindow(MainWindow &window, const QString &folder)
    {
        window.start(folder);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        QTest::keyClicks(test::onPage<QLineEdit>(window, "unlockPage", "passphraseEdit"), test::testPassphrase());
        test::onPage<QPushButton>(window, "unlockPage", "unlockButton")->click();
        return QTest::qWaitFor([&window] { return test::currentPage(window) == QStringLiteral("workspace"); }, SlowMs);
    }

    static void waitForInspection(ImportDialog &dialog) { QTRY_VERIFY_WITH_TIMEOUT(!dialog.isChecking(), SlowMs); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void wizardPreviewsAndWrites()
    {
        test::TestVault coordinator;
        test::TestVault comensha;
        const Contact to = befriend(coordinator, comensha, QStringLiteral("CoMensha"), QStringLiteral("external"), true);
        const QString consented = createCase(coordinator, QStringLiteral("Popescu"));
        const QString other = createCase(coordinator, QStringLiteral("Ionescu"));
        Consent c;
        c.caseId = consented;
        c.recipientId = to.id;
        c.purpose = QStringLiteral("registration");
        c.scopes = { QStringLiteral("exploitation"), QStringLiteral("identity") };
        c.method = QStringLiteral("written");
        QVERIFY(ConsentRegister(coordinator.vault().database()).add(c).ok());

        ExportWizard wizard(coordinator.vault(), { consented, other });
        wizard.show();
        selectContact(wizard, QStringLiteral("CoMensha"));
        auto *purpose = wizard.findChild<QComboBox *>(QStringLiteral("purposeCombo"));
        purpose->setCurrentIndex(purpose->findData(QStringLiteral("registration")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ExportWizard::CasesPage));
        QCOMPARE(wizard.caseModel()->checkedCount(), 2);
        toPreview(wizard);
        auto *included = wizard.findChild<QTableWidget *>(QStringLiteral("includedTable"));
        auto *heldBack = wizard.findChild<QTableWidget *>(QStringLiteral("heldBackTable"));
        QCOMPARE(included->rowCount(), 1);
        QCOMPARE(heldBack->rowCount(), 1);
        QVERIFY(!included->item(0, 2)->text().contains(QStringLiteral("Family name")));
        QVERIFY(included->item(0, 2)->text().contains(QStringLiteral("Nationality: Romania")));
        QVERIFY(!heldBack->item(0, 1)->text().isEmpty());
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ExportWizard::WritePage));
        QVERIFY(!wizard.currentPage()->isComplete());
        const QString file = m_dir.path() + QStringLiteral("/wizard.vnb");
        wizard.findChild<QLineEdit *>(QStringLiteral("outPath"))->setText(file);
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("writeButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.writtenBundleId().isEmpty(), SlowMs);
        QVERIFY(QFile::exists(file));
        QCOMPARE(wizard.findChild<QProgressBar *>(QStringLiteral("progress"))->value(), 1000);
        QVERIFY(wizard.currentPage()->isComplete());
    }

    void wizardWithNothingConsentedCannotContinue()
    {
        test::TestVault coordinator;
        test::TestVault comensha;
        befriend(coordinator, comensha, QStringLiteral("CoMensha"), QStringLiteral("external"), true);
        const QString id = createCase(coordinator, QStringLiteral("Popescu"));
        ExportWizard wizard(coordinator.vault(), { id });
        wizard.show();
        selectContact(wizard, QStringLiteral("CoMensha"));
        wizard.next();
        toPreview(wizard);
        QCOMPARE(wizard.findChild<QTableWidget *>(QStringLiteral("includedTable"))->rowCount(), 0);
        QCOMPARE(wizard.findChild<QTableWidget *>(QStringLiteral("heldBackTable"))->rowCount(), 1);
        QVERIFY(!wizard.currentPage()->isComplete());
    }

    void importDialogVerifiesPreviewsAndResolves()
    {
        test::TestVault worker;
        test::TestVault coordinator;
        const Contact toCoordinator = befriend(worker, coordinator, QStringLiteral("Coordinator"), QStringLiteral("team"), true);
        const Contact workerHere = befriend(coordinator, worker, QStringLiteral("Worker"), QStringLiteral("team"), false);
        const QString caseId = createCase(worker, QStringLiteral("Popescu"));

        const auto exportTo = [&](const QString &name) {
            ExportWizard wizard(worker.vault(), { caseId });
            wizard.show();
            selectContact(wizard, QStringLiteral("Coordinator"));
            wizard.next();
            wizard.next();
            if (!QTest::qWaitFor([&wizard] { return !wizard.isPlanning(); }, SlowMs))
                return QString();
            wizard.next();
            const QString file = m_dir.path() + QLatin1Char('/') + name;
            wizard.findChild<QLineEdit *>(QStringLiteral("outPath"))->setText(file);
            QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("writeButton")), Qt::LeftButton);
            const bool written = QTest::qWaitFor([&wizard] { return !wizard.writtenBundleId().isEmpty(); }, 20000);
            return written ? file : QString();
        };
        const QString first = exportTo(QStringLiteral("ui-team-1.vnb"));
        QVERIFY(QFile::exists(first));

        ImportDialog dialog(coordinator.vault().database());
        dialog.show();
        dialog.setBundlePath(first);
        waitForInspection(dialog);
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(dialog.inspection().has_value());
        QVERIFY(!importButton->isEnabled()); // unverified sender
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("importReason"))->text().isEmpty());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("verificationLabel"))->text().contains(QStringLiteral("Worker")));
        QVERIFY(ContactRepository(coordinator.vault().database()).verify(workerHere.id).ok());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("inspectButton")), Qt::LeftButton);
        waitForInspection(dialog);
        QVERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), SlowMs);
        QVERIFY(CaseRepository(coordinator.vault().database()).load(caseId).ok());

        // A conflict, resolved with "Take theirs".
        QVERIFY(CaseRepository(worker.vault().database())
                    .updateFromJson(caseId, QJsonObject { { QStringLiteral("phone"), QStringLiteral("+401") } })
                    .ok());
        QVERIFY(CaseRepository(coordinator.vault().database())
                    .updateFromJson(caseId, QJsonObject { { QStringLiteral("phone"), QStringLiteral("+312") } })
                    .ok());
        const QString second = exportTo(QStringLiteral("ui-team-2.vnb"));
        QVERIFY(QFile::exists(second));
        dialog.setBundlePath(second);
        waitForInspection(dialog);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), SlowMs);
        auto *conflicts = dialog.findChild<QTableWidget *>(QStringLiteral("conflictsTable"));
        QCOMPARE(conflicts->rowCount(), 1);
        QCOMPARE(CaseRepository(coordinator.vault().database()).load(caseId)->phone, QStringLiteral("+312"));
        QTest::mouseClick(conflicts->findChild<QPushButton *>(QStringLiteral("takeTheirs_0")), Qt::LeftButton);
        QTRY_COMPARE(conflicts->rowCount(), 0);
        QCOMPARE(CaseRepository(coordinator.vault().database()).load(caseId)->phone, QStringLiteral("+401"));
    }

    void wizardTakesAllConsentedCases()
    {
        test::TestVault coordinator;
        test::TestVault comensha;
        const Contact to = befriend(coordinator, comensha, QStringLiteral("CoMensha"), QStringLiteral("external"), true);
        QStringList consented;
        for (int i = 0; i < 2; ++i) {
            consented.append(createCase(coordinator, QStringLiteral("Popescu")));
            Consent c;
            c.caseId = consented.last();
            c.recipientId = to.id;
            c.purpose = QStringLiteral("registration");
            c.scopes = { QStringLiteral("exploitation") };
            c.method = QStringLiteral("written");
            QVERIFY(ConsentRegister(coordinator.vault().database()).add(c).ok());
        }
        createCase(coordinator, QStringLiteral("Ionescu")); // no consent: not chosen at all

        ExportWizard wizard(coordinator.vault(), {});
        wizard.show();
        selectContact(wizard, QStringLiteral("CoMensha"));
        auto *purpose = wizard.findChild<QComboBox *>(QStringLiteral("purposeCombo"));
        purpose->setCurrentIndex(purpose->findData(QStringLiteral("registration")));
        wizard.next();
        QVERIFY(!wizard.validateCurrentPage()); // nothing chosen yet
        auto *all = wizard.findChild<QCheckBox *>(QStringLiteral("allCases"));
        all->setChecked(true);
        QVERIFY(!wizard.findChild<QListView *>(QStringLiteral("caseList"))->isEnabled());
        toPreview(wizard);
        QCOMPARE(wizard.plan()->included.size(), 2);
        QCOMPARE(wizard.plan()->heldBack.size(), 0);
        QCOMPARE(wizard.findChild<QTableWidget *>(QStringLiteral("includedTable"))->rowCount(), 2);
    }

    // Issue #7: a vault with more than 1,000 cases; every case can be found and chosen.
    void wizardOffersMoreThanAThousandCases()
    {
        test::TestVault worker;
        test::TestVault coordinator;
        befriend(worker, coordinator, QStringLiteral("Coordinator"), QStringLiteral("team"), true);
        constexpr int Count = 1005;
        const QString oldest = createCase(worker, QStringLiteral("Zamfirescu")); // last in the list (newest first)
        QCOMPARE(createCases(worker, Count - 1, QStringLiteral("Popescu")).size(), Count - 1);

        ExportWizard wizard(worker.vault(), {});
        wizard.show();
        selectContact(wizard, QStringLiteral("Coordinator"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ExportWizard::CasesPage));
        ExportCaseModel *model = wizard.caseModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->totalCount(), Count);
        QVERIFY(model->rowCount() < Count); // fetched page by page
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), Count);
        QCOMPARE(model->index(Count - 1).data(ExportCaseModel::CaseIdRole).toString(), oldest);

        // Found by searching, checked, and still checked after the search is cleared.
        auto *search = wizard.findChild<QLineEdit *>(QStringLiteral("caseSearch"));
        QTest::keyClicks(search, QStringLiteral("Zamfir"));
        QTRY_COMPARE(model->totalCount(), 1);
        QVERIFY(model->setData(model->index(0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model->checkedIds(), QStringList { oldest });
        search->clear();
        QTRY_COMPARE(model->totalCount(), Count);
        QVERIFY(model->isChecked(oldest));
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("checkAllCases")), Qt::LeftButton);
        QCOMPARE(model->checkedCount(), Count);
        QCOMPARE(model->index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("chosenCount"))->text().contains(QLocale().toString(Count)));

        // The preview can be cancelled, and started again.
        wizard.next();
        QVERIFY(wizard.isPlanning());
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("cancelPreview")), Qt::LeftButton);
        QVERIFY(!wizard.isPlanning());
        QVERIFY(!wizard.plan());
        QVERIFY(!wizard.currentPage()->isComplete());
        wizard.back();
        toPreview(wizard);
        QCOMPARE(wizard.plan()->included.size(), Count);
        QCOMPARE(wizard.findChild<QTableWidget *>(QStringLiteral("includedTable"))->rowCount(), Count);
        QVERIFY(wizard.currentPage()->isComplete());

        wizard.next();
        const QString file = m_dir.path() + QStringLiteral("/many.vnb");
        wizard.findChild<QLineEdit *>(QStringLiteral("outPath"))->setText(file);
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("writeButton")), Qt::LeftButton);
        QVERIFY(wizard.isWriting());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.writtenBundleId().isEmpty(), SlowMs);
        QVERIFY(QFile::exists(file));
        QCOMPARE(worker.vault().database().scalar(QStringLiteral("SELECT case_count FROM exported_bundles"))->toInt(), Count);
    }

    void importRunsInBackgroundAndShowsResult()
    {
        test::TestVault worker;
        test::TestVault coordinator;
        const Contact toCoordinator = befriend(worker, coordinator, QStringLiteral("Coordinator"), QStringLiteral("team"), true);
        befriend(coordinator, worker, QStringLiteral("Worker"), QStringLiteral("team"), true);
        const QStringList ids = createCases(worker, 40, QStringLiteral("Popescu"));
        const QString file = teamBundle(worker, toCoordinator, ids, QStringLiteral("background.vnb"));
        QVERIFY(!file.isEmpty());

        ImportDialog dialog(coordinator.vault().database());
        dialog.setStepLimit(7); // several steps, with the window's events in between
        dialog.show();
        QSignalSpy inspected(&dialog, &ImportDialog::inspectionFinished);
        dialog.setBundlePath(file);
        // Decrypting and verifying run on a worker: setBundlePath() returned before they finished.
        QVERIFY(dialog.isChecking());
        QVERIFY(!dialog.inspection());
        QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("progress"))->isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"))->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(inspected.count(), 1, SlowMs);
        QVERIFY(dialog.inspection());
        QCOMPARE(dialog.inspection()->records.size(), 40);
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("recordsTree"));
        QCOMPARE(tree->topLevelItemCount(), 40);
        tree->expandItem(tree->topLevelItem(0)); // a record's fields are made when it is opened
        QVERIFY(tree->topLevelItem(0)->childCount() > 0);
        QVERIFY(!dialog.findChild<QProgressBar *>(QStringLiteral("progress"))->isVisible());

        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(importButton->isEnabled());
        QSignalSpy progress(&dialog, &ImportDialog::importProgress);
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QTest::mouseClick(importButton, Qt::LeftButton);
        // The click returned before anything was merged; the window keeps painting meanwhile.
        QVERIFY(dialog.isImporting());
        QCOMPARE(progress.count(), 0);
        QVERIFY(!importButton->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("inspectButton"))->isEnabled());
        QVERIFY(!dialog.grab().isNull());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), SlowMs);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.at(0).at(0).toString(), dialog.inspection()->manifest.bundleId);
        QVERIFY(progress.count() >= 6); // 40 records, at most 7 per step
        QCOMPARE(progress.last().at(0).toInt(), 40);
        const QString result = dialog.findChild<QLabel *>(QStringLiteral("importResult"))->text();
        QVERIFY2(result.contains(QStringLiteral("40 created")), qPrintable(result));
        QVERIFY(!importButton->isEnabled()); // once is enough
        QVERIFY(!dialog.grab().isNull());
        Database &db = coordinator.vault().database();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM cases"))->toInt(), 40);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM imported_bundles WHERE created = 40"))->toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'bundle.imported'"))->toInt(), 1);
    }

    void cancelDuringCheckLeavesVaultUnchanged()
    {
        test::TestVault worker;
        test::TestVault coordinator;
        const Contact toCoordinator = befriend(worker, coordinator, QStringLiteral("Coordinator"), QStringLiteral("team"), true);
        befriend(coordinator, worker, QStringLiteral("Worker"), QStringLiteral("team"), true);
        const QString file
            = teamBundle(worker, toCoordinator, createCases(worker, 40, QStringLiteral("Popescu")), QStringLiteral("check.vnb"));
        QVERIFY(!file.isEmpty());
        Database &db = coordinator.vault().database();
        const QStringList before = snapshot(db);

        ImportDialog dialog(db);
        dialog.show();
        dialog.setBundlePath(file);
        QVERIFY(dialog.isChecking());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QVERIFY(!dialog.isChecking());
        dialog.stopWork(); // the worker has ended
        QCoreApplication::processEvents(); // a late result would arrive now; it is dropped
        QVERIFY(!dialog.inspection());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("verificationLabel"))->text().contains(QStringLiteral("cancelled")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        QCOMPARE(snapshot(db), before);

        // Checking again works.
        dialog.setBundlePath(file);
        waitForInspection(dialog);
        QVERIFY(dialog.inspection());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    }

    void cancelDuringImportLeavesVaultUnchanged()
    {
        test::TestVault worker;
        test::TestVault coordinator;
        const Contact toCoordinator = befriend(worker, coordinator, QStringLiteral("Coordinator"), QStringLiteral("team"), true);
        befriend(coordinator, worker, QStringLiteral("Worker"), QStringLiteral("team"), true);
        const QString file
            = teamBundle(worker, toCoordinator, createCases(worker, 20, QStringLiteral("Popescu")), QStringLiteral("cancel.vnb"));
        QVERIFY(!file.isEmpty());
        Database &db = coordinator.vault().database();
        const QStringList before = snapshot(db);

        ImportDialog dialog(db);
        dialog.setStepLimit(1);
        dialog.show();
        dialog.setBundlePath(file);
        waitForInspection(dialog);
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        int casesWhenCancelled = -1;
        const auto connection = connect(&dialog, &ImportDialog::importProgress, &dialog, [&](int done, int) {
            if (done == 5 && casesWhenCancelled < 0) {
                casesWhenCancelled = db.scalar(QStringLiteral("SELECT count(*) FROM cases"))->toInt();
                cancel->click();
            }
        });
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SlowMs);
        QCOMPARE(casesWhenCancelled, 5); // half-way, inside the transaction
        QVERIFY(!dialog.isImporting());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importResult"))->text().contains(QStringLiteral("cancelled")));
        QCOMPARE(snapshot(db), before);
        QVERIFY(importButton->isEnabled()); // it may be imported after all

        // Completed, it is recorded as always.
        disconnect(connection);
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, SlowMs);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM cases"))->toInt(), 20);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM imported_bundles WHERE created = 20"))->toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.imported'"))->toInt(), 20);
    }

    // Quick hide (Ctrl+Shift+H) while an import is half-way: the lock rolls the import back before
    // the vault closes, closes the dialog and leaves no key behind.
    void lockDuringImportRollsBackAndWipesKeys()
    {
        test::TestVault worker;
        test::TestVault coordinator;
        const Contact toCoordinator = befriend(worker, coordinator, QStringLiteral("Coordinator"), QStringLiteral("team"), true);
        befriend(coordinator, worker, QStringLiteral("Worker"), QStringLiteral("team"), true);
        const QString file
            = teamBundle(worker, toCoordinator, createCases(worker, 20, QStringLiteral("Popescu")), QStringLiteral("lock.vnb"));
        QVERIFY(!file.isEmpty());
        const QString mine = createCase(coordinator, QStringLiteral("Ionescu"));
        const QString folder = coordinator.folder();
        coordinator.handle().reset(); // the window opens it

        test::FakeClock clock;
        MainWindow window(test::fastSettings());
        auto *guard = new SafetyGuard(&window, clock);
        QVERIFY(openInWindow(window, folder));
        Database &db = window.vault()->database();
        const QStringList before = snapshot(db);
        // Unsaved edits in the Cases section: the lock keeps them as a draft. That write must not
        // land inside the import's transaction, or rolling the import back would lose it.
        auto *cases = window.findChild<CasesSection *>();
        QVERIFY(cases && cases->openCase(mine));
        test::child<QLineEdit>(cases->editor(), "phoneEdit")->setText(QStringLiteral("0687654321"));
        QVERIFY(cases->editor()->isDirty());
        auto *section = window.findChild<SharingSection *>();
        QVERIFY(section);
        section->openImportDialog();
        QPointer<ImportDialog> dialog = section->importDialog();
        QVERIFY(dialog);
        dialog->setStepLimit(1);
        dialog->setBundlePath(file);
        waitForInspection(*dialog);
        int casesAtLock = -1;
        connect(dialog.data(), &ImportDialog::importProgress, guard, [&](int done, int) {
            if (done == 3 && casesAtLock < 0) {
                casesAtLock = db.scalar(QStringLiteral("SELECT count(*) FROM cases"))->toInt();
                guard->hideAction()->trigger();
            }
        });
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), SlowMs); // closed by the lock
        QCOMPARE(casesAtLock, 1 + 3); // mine and three of the bundle, inside the transaction
        QCOMPARE(test::currentPage(window), QStringLiteral("unlockPage"));
        QVERIFY(!window.vault()->isOpen());
        QVERIFY(!window.vault()->holdsKeyMaterial());

        // Nothing of the import was kept; the draft was (and the audit entries of the lock and unlock).
        auto reopened = Vault::open(folder, test::testPassphrase());
        QVERIFY(reopened);
        Database &after = reopened.value()->database();
        auto draft = DraftStore(after).find(QStringLiteral("case"), mine);
        QVERIFY(draft && draft.value());
        QCOMPARE(withoutAuditAndDrafts(snapshot(after)), withoutAuditAndDrafts(before));
        QCOMPARE(after.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE '%import%'"))->toInt(), 0);
    }

    // Quick hide while a bundle is being checked: the shortcut works from the dialog, the lock waits
    // for the worker (which holds the vault's identity keys), and the dialog closes.
    void lockDuringCheckWaitsForTheWorker()
    {
        test::TestVault worker;
        test::TestVault coordinator;
        const Contact toCoordinator = befriend(worker, coordinator, QStringLiteral("Coordinator"), QStringLiteral("team"), true);
        befriend(coordinator, worker, QStringLiteral("Worker"), QStringLiteral("team"), true);
        const QString file
            = teamBundle(worker, toCoordinator, createCases(worker, 40, QStringLiteral("Popescu")), QStringLiteral("lock2.vnb"));
        QVERIFY(!file.isEmpty());
        const QString folder = coordinator.folder();
        coordinator.handle().reset();

        test::FakeClock clock;
        MainWindow window(test::fastSettings());
        auto *guard = new SafetyGuard(&window, clock);
        QVERIFY(openInWindow(window, folder));
        auto *section = window.findChild<SharingSection *>();
        section->openImportDialog();
        QPointer<ImportDialog> dialog = section->importDialog();
        dialog->setBundlePath(file);
        QVERIFY(dialog->isChecking());
        // Quick hide from the keyboard, while the window-modal dialog has it.
        QVERIFY(QTest::qWaitForWindowActive(dialog.data()));
        QTest::keyClick(dialog.data(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window.vault()->isOpen());
        QVERIFY(guard->lockedScreen()->isVisible());
        QVERIFY(!window.vault()->holdsKeyMaterial());
        QCOMPARE(test::currentPage(window), QStringLiteral("unlockPage"));
        QTRY_VERIFY(dialog.isNull());
    }

    // Lock while an export is being planned on its reader: the lock waits for the worker and the
    // reader is closed, so no copy of the key is left.
    void lockDuringExportPlanning()
    {
        test::TestVault worker;
        test::TestVault coordinator;
        befriend(worker, coordinator, QStringLiteral("Coordinator"), QStringLiteral("team"), true);
        QCOMPARE(createCases(worker, 300, QStringLiteral("Popescu")).size(), 300);
        const QString folder = worker.folder();
        worker.handle().reset();

        test::FakeClock clock;
        MainWindow window(test::fastSettings());
        auto *guard = new SafetyGuard(&window, clock);
        QVERIFY(openInWindow(window, folder));
        auto *section = window.findChild<SharingSection *>();
        section->openExportWizard();
        QPointer<ExportWizard> wizard = section->exportWizard();
        QVERIFY(wizard);
        selectContact(*wizard, QStringLiteral("Coordinator"));
        wizard->next();
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("checkAllCases")), Qt::LeftButton);
        wizard->next();
        QVERIFY(wizard->isPlanning());
        guard->lockNow();
        QVERIFY(!window.vault()->isOpen());
        QVERIFY(!window.vault()->holdsKeyMaterial()); // no reader left open either
        QVERIFY(!wizard || !wizard->plan());
        QTRY_VERIFY(wizard.isNull());
    }

    void sharingSectionShowsStatisticsAndClears()
    {
        test::TestVault coordinator;
        test::TestVault comensha;
        befriend(coordinator, comensha, QStringLiteral("CoMensha"), QStringLiteral("external"), true);
        for (int i = 0; i < 3; ++i)
            createCase(coordinator, QStringLiteral("Popescu"));
        SharingSection section;
        section.vaultOpened(coordinator.vault());
        section.show();
        const QString fingerprint = IdentityStore(coordinator.vault().database()).ownIdentity()->publicIdentity.fingerprint();
        QCOMPARE(section.findChild<FingerprintLabel *>(QStringLiteral("ownFingerprint"))->fingerprint(), fingerprint);
        section.previewStatistics();
        auto *stats = section.findChild<QTableWidget *>(QStringLiteral("statsTable"));
        QVERIFY(stats->rowCount() > 0);
        for (int row = 0; row < stats->rowCount(); ++row)
            QCOMPARE(stats->item(row, 2)->text(), QStringLiteral("<10"));
        QVERIFY(section.findChild<QPushButton *>(QStringLiteral("statsWrite"))->isEnabled());
        // The vault's name for its contact card is set from the desktop too.
        auto *identity = section.findChild<QLabel *>(QStringLiteral("identityLabel"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!section.setIdentityName(QStringLiteral("  "), QString()));
        QVERIFY(section.setIdentityName(QStringLiteral("Coordinator West"), QStringLiteral("Regio West")));
        QVERIFY(identity->text().contains(QStringLiteral("Coordinator West (Regio West)")));
        auto own = IdentityStore(coordinator.vault().database()).ownIdentity();
        QVERIFY(own.ok());
        QCOMPARE(own->name, QStringLiteral("Coordinator West"));
        section.clear();
        QCOMPARE(stats->rowCount(), 0);
        QVERIFY(section.findChild<QLabel *>(QStringLiteral("identityLabel"))->text().isEmpty());
        QVERIFY(section.findChild<FingerprintLabel *>(QStringLiteral("ownFingerprint"))->text().isEmpty());
        QVERIFY(section.findChild<QLineEdit *>(QStringLiteral("identityName"))->text().isEmpty());
    }
};

QTEST_MAIN(TestExchangeUi)
#include "TestExchangeUi.moc"
