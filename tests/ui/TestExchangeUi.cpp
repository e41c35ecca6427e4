#include "TestVault.h"

#include "cases/CaseRepository.h"
#include "common/MessageBox.h"
#include "consent/ConsentRegister.h"
#include "exchange/ContactCard.h"
#include "exchange/ContactRepository.h"
#include "exchange/ExportWizard.h"
#include "exchange/IdentityStore.h"
#include "exchange/ImportDialog.h"
#include "exchange/MergeConflicts.h"
#include "exchange/SharingSection.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;

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

    static void selectContact(ExportWizard &wizard, const QString &name)
    {
        auto *list = wizard.findChild<QListWidget *>(QStringLiteral("recipientList"));
        QVERIFY(list);
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().startsWith(name))
                list->setCurrentRow(i);
    }

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

        ExportWizard wizard(coordinator.vault().database(), { consented, other });
        wizard.show();
        selectContact(wizard, QStringLiteral("CoMensha"));
        auto *purpose = wizard.findChild<QComboBox *>(QStringLiteral("purposeCombo"));
        purpose->setCurrentIndex(purpose->findData(QStringLiteral("registration")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ExportWizard::CasesPage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ExportWizard::PreviewPage));
        auto *included = wizard.findChild<QTableWidget *>(QStringLiteral("includedTable"));
        auto *heldBack = wizard.findChild<QTableWidget *>(QStringLiteral("heldBackTable"));
        QCOMPARE(included->rowCount(), 1);
        QCOMPARE(heldBack->rowCount(), 1);
        QVERIFY(!included->item(0, 2)->text().contains(QStringLiteral("familyName")));
        QVERIFY(included->item(0, 2)->text().contains(QStringLiteral("nationality")));
        QVERIFY(!heldBack->item(0, 1)->text().isEmpty());
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ExportWizard::WritePage));
        QVERIFY(!wizard.currentPage()->isComplete());
        const QString file = m_dir.path() + QStringLiteral("/wizard.vnb");
        wizard.findChild<QLineEdit *>(QStringLiteral("outPath"))->setText(file);
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("writeButton")), Qt::LeftButton);
        QTRY_VERIFY(!wizard.writtenBundleId().isEmpty());
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
        ExportWizard wizard(coordinator.vault().database(), { id });
        wizard.show();
        selectContact(wizard, QStringLiteral("CoMensha"));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ExportWizard::PreviewPage));
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
            ExportWizard wizard(worker.vault().database(), { caseId });
            wizard.show();
            selectContact(wizard, QStringLiteral("Coordinator"));
            wizard.next();
            wizard.next();
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
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(dialog.inspection().has_value());
        QVERIFY(!importButton->isEnabled()); // unverified sender
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("importReason"))->text().isEmpty());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("verificationLabel"))->text().contains(QStringLiteral("Worker")));
        QVERIFY(ContactRepository(coordinator.vault().database()).verify(workerHere.id).ok());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("inspectButton")), Qt::LeftButton);
        QVERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
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
        QTest::mouseClick(importButton, Qt::LeftButton);
        auto *conflicts = dialog.findChild<QTableWidget *>(QStringLiteral("conflictsTable"));
        QCOMPARE(conflicts->rowCount(), 1);
        QCOMPARE(CaseRepository(coordinator.vault().database()).load(caseId)->phone, QStringLiteral("+312"));
        QTest::mouseClick(conflicts->findChild<QPushButton *>(QStringLiteral("takeTheirs_0")), Qt::LeftButton);
        QTRY_COMPARE(conflicts->rowCount(), 0);
        QCOMPARE(CaseRepository(coordinator.vault().database()).load(caseId)->phone, QStringLiteral("+401"));
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
        QVERIFY(section.findChild<QLabel *>(QStringLiteral("identityLabel"))->text().contains(QStringLiteral("Fingerprint")));
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
    }
};

QTEST_MAIN(TestExchangeUi)
#include "TestExchangeUi.moc"
