#include "TestVault.h"
#include "UiTestHelpers.h"

#include "cases/CaseRepository.h"
#include "exchange/ContactRepository.h"
#include "exchange/ExchangeFolderPanel.h"
#include "exchange/ExchangeStatus.h"
#include "exchange/ExchangeSync.h"
#include "exchange/ExportWizard.h"
#include "exchange/IdentityStore.h"
#include "exchange/SharingSection.h"
#include "storage/Database.h"
#include "vault/FolderChooser.h"
#include "vault/VaultConfig.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;
using test::child;

namespace {
constexpr int SlowMs = 60000;
} // namespace

// Issue #15 in the desktop: the exchange folder is chosen in the Sharing section, the export wizard
// puts a handover in the colleague's mailbox, the other window imports it by itself, says so, and the
// sender sees it delivered.
class TestExchangeFolderUi final : public QObject
{
    Q_OBJECT

private:
    static Contact befriend(test::TestVault &me, test::TestVault &other, const QString &name)
    {
        auto own = IdentityStore(other.vault().database()).ownIdentity();
        Contact c;
        c.name = name;
        c.kind = QStringLiteral("team");
        c.encPublicKey = own->publicIdentity.encryptionKey;
        c.signPublicKey = own->publicIdentity.signingKey;
        c.fingerprint = own->publicIdentity.fingerprint();
        ContactRepository contacts(me.vault().database());
        auto added = contacts.add(c);
        if (!added || !contacts.verify(added->id))
            return {};
        return added.value();
    }

private slots:
    void handoverThroughTheFolder()
    {
        QTemporaryDir shared;
        test::TestVault field;
        test::TestVault office;
        QVERIFY(!befriend(field, office, QStringLiteral("Coordinator")).id.isEmpty());
        QVERIFY(!befriend(office, field, QStringLiteral("Field worker")).id.isEmpty());
        auto created = CaseRepository(field.vault().database())
                           .createFromJson(QJsonObject { { QStringLiteral("givenName"), QStringLiteral("Ana") } });
        QVERIFY(created.ok());

        SharingSection fieldSection;
        SharingSection officeSection;
        fieldSection.vaultOpened(field.vault());
        officeSection.vaultOpened(office.vault());
        auto *officePanel = officeSection.exchangeFolderPanel();
        auto *fieldPanel = fieldSection.exchangeFolderPanel();
        // On screen, as the user sees them (the tables are read when shown): the field worker on the
        // exchange folder tab, the office on its first tab.
        fieldSection.show();
        fieldSection.showTab(5);
        officeSection.show();
        QVERIFY(!child<QPushButton>(officePanel, "exchangeSyncNow")->isEnabled()); // no folder yet
        QVERIFY(!child<QPushButton>(officePanel, "chooseExchangeFolder")->accessibleName().isEmpty());

        // Both choose the folder with the Choose button; the office's first pass makes its mailbox.
        FolderChooser::setNextFolder(shared.path());
        QTest::mouseClick(child<QPushButton>(officePanel, "chooseExchangeFolder"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!officePanel->isSyncing(), SlowMs);
        QVERIFY(child<QLabel>(officePanel, "exchangeFolderLabel")->text().contains(QDir::toNativeSeparators(shared.path())));
        FolderChooser::setNextFolder(shared.path());
        QTest::mouseClick(child<QPushButton>(fieldPanel, "chooseExchangeFolder"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!fieldPanel->isSyncing(), SlowMs);

        // The export wizard offers the coordinator's mailbox and writes there.
        fieldSection.openExportWizard();
        QPointer<ExportWizard> wizard = fieldSection.exportWizard();
        QVERIFY(wizard);
        wizard->resize(1024, 576);
        auto *list = child<QListWidget>(wizard, "recipientList");
        QCOMPARE(list->count(), 1);
        list->setCurrentRow(0);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ExportWizard::CasesPage));
        child<QCheckBox>(wizard, "allCases")->setChecked(true);
        QSignalSpy previewed(wizard.data(), &ExportWizard::previewReady);
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(previewed.count() > 0, SlowMs);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ExportWizard::WritePage));
        auto *toMailbox = child<QCheckBox>(wizard, "toMailbox");
        QVERIFY(!toMailbox->isHidden());
        QVERIFY(toMailbox->isChecked());
        QVERIFY(toMailbox->text().contains(QLatin1String("Coordinator")));
        QVERIFY(!child<QLineEdit>(wizard, "outPath")->isEnabled());
        QTest::mouseClick(child<QPushButton>(wizard, "writeButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->writtenBundleId().isEmpty(), SlowMs);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(wizard.isNull());
        fieldPanel->reload();
        auto *outgoing = child<QTableWidget>(fieldPanel, "exchangeOutgoing");
        QCOMPARE(outgoing->rowCount(), 1);
        QCOMPARE(outgoing->item(0, 0)->text(), QStringLiteral("Coordinator"));
        QCOMPARE(outgoing->item(0, 3)->text(), QStringLiteral("waiting"));

        // The office imports it (a pass as the watcher or the minute timer starts it; a file younger
        // than two seconds waits for the next pass) and says so.
        auto *notice = child<QLabel>(officePanel, "exchangeNotice");
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                officePanel->syncNow();
                return notice->text().contains(QLatin1String("Field worker"));
            }(),
            SlowMs);
        QTRY_VERIFY_WITH_TIMEOUT(!officePanel->isSyncing(), SlowMs);
        auto *tabs = child<QTabWidget>(&officeSection, "sharingTabs");
        QVERIFY(tabs->tabText(tabs->indexOf(officePanel)).contains(QLatin1String("new")));
        officeSection.showTab(5);
        QCOMPARE(child<QTableWidget>(officePanel, "exchangeIncoming")->rowCount(), 1);
        QVERIFY(!tabs->tabText(tabs->indexOf(officePanel)).contains(QLatin1String("new")));

        // The field window sees it delivered once the receipt is in.
        QTest::mouseClick(child<QPushButton>(fieldPanel, "exchangeSyncNow"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                fieldPanel->syncNow();
                return outgoing->item(0, 3)->text().startsWith(QLatin1String("delivered"));
            }(),
            SlowMs);
        QTRY_VERIFY_WITH_TIMEOUT(!fieldPanel->isSyncing(), SlowMs);
        QCOMPARE(ExchangeStatus(field.vault().database()).perContact()->first().delivered, 1);
    }

    void unreachableFolderIsShownNotFatal()
    {
        QTemporaryDir shared;
        test::TestVault vault;
        SharingSection section;
        section.vaultOpened(vault.vault());
        auto *panel = section.exchangeFolderPanel();
        QVERIFY(panel->setFolder(shared.path() + QStringLiteral("/not-mounted")));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isSyncing(), SlowMs);
        QVERIFY(child<QLabel>(panel, "exchangeStatus")->text().contains(QLatin1String("cannot be reached")));
        // Relative paths are refused with a message; the setting stays as it was.
        QVERIFY(!panel->setFolder(QStringLiteral("relative/path")));
        QCOMPARE(VaultConfig(vault.vault().database()).value(VaultConfig::ExchangeFolder).value(),
            QDir::cleanPath(shared.path() + QStringLiteral("/not-mounted")));
    }
};

QTEST_MAIN(TestExchangeFolderUi)
#include "TestExchangeFolderUi.moc"
