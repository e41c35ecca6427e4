#include "FakeClock.h"
#include "UiTestHelpers.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupRecords.h"
#include "vault/BackupPanel.h"
#include "vault/FolderChooser.h"
#include "vault/RestoreBackupDialog.h"
#include "vault/VaultConfig.h"
#include "vault/VaultSection.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;
using namespace vangnet::test;

namespace {

constexpr int SlowMs = 30000;

} // namespace

// The backups on the desktop: the warning banner by an injectable clock, "Back up now", the backup
// at lock that finishes after the vault is locked, and "Restore from backup…" on the start screen.
class TestBackupUi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bannerWhenNoVerifiedBackupIsNewerThanSevenDays();
    void backUpNowWritesAVerifiedBackup();
    void backupAtLockFinishesAfterTheLock();
    void restoreFromTheStartScreen();
    void ageReadsNaturally();
};

void TestBackupUi::bannerWhenNoVerifiedBackupIsNewerThanSevenDays()
{
    TestVault tv;
    FakeClock clock;
    VaultSettings settings = fastSettings();
    settings.clock = &clock;
    VaultSection section(settings);
    section.show();
    section.vaultOpened(tv.vault());
    auto *banner = child<QLabel>(&section, "backupWarning");
    auto *last = child<QLabel>(&section, "lastBackupValue");
    QVERIFY(banner && last);
    QVERIFY(banner->isVisible()); // none at all
    QVERIFY(banner->text().contains(QStringLiteral("no verified backup")));

    // A verified backup two days old: no banner, and the age is shown.
    BackupRecords records(tv.vault().database());
    const QDateTime made = clock.now().addDays(-2);
    QVERIFY(records.recordVerified(BackupCatalog::fileNameFor(made), made, 1000, made).ok());
    // A newer one that was never verified does not count for the banner.
    QVERIFY(records.recordCreated(BackupCatalog::fileNameFor(clock.now()), clock.now(), 1000).ok());
    section.backups().reload();
    QVERIFY(!banner->isVisible());
    QVERIFY2(last->text().contains(QStringLiteral("just now")), qPrintable(last->text()));

    clock.setWall(clock.now().addDays(5).addSecs(3600)); // the verified one is now 7 days and an hour old
    section.backups().reload();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("7 day")), qPrintable(banner->text()));

    section.clear(); // at lock nothing stays on screen
    QVERIFY(!banner->isVisible());
    QVERIFY(last->text().isEmpty());
}

void TestBackupUi::backUpNowWritesAVerifiedBackup()
{
    TestVault tv;
    QTemporaryDir backups;
    FakeClock clock;
    VaultSettings settings = fastSettings();
    settings.clock = &clock;
    VaultSection section(settings);
    section.show();
    section.vaultOpened(tv.vault());
    auto *now = child<QPushButton>(&section, "backupNowButton");
    QVERIFY(!now->isEnabled()); // no folder yet

    FolderChooser::setNextFolder(backups.path());
    child<QPushButton>(&section, "chooseBackupFolderButton")->click();
    QCOMPARE(VaultConfig(tv.vault().database()).value(VaultConfig::BackupFolder).value(), backups.path());
    QVERIFY(now->isEnabled());
    auto *interval = child<QSpinBox>(&section, "backupIntervalSpin");
    interval->setValue(12);
    Q_EMIT interval->editingFinished();
    QCOMPARE(VaultConfig(tv.vault().database()).integer(VaultConfig::BackupIntervalHours).value(), 12);

    now->click();
    QVERIFY(section.backups().runner().isRunning());
    QVERIFY(!now->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!section.backups().runner().isRunning(), SlowMs);
    auto files = BackupCatalog::list(backups.path());
    QVERIFY(files);
    QCOMPARE(files->size(), 1);
    QCOMPARE(files->first().createdAt, clock.now().toUTC().addMSecs(-clock.now().time().msec()));
    auto verified = BackupRecords(tv.vault().database()).newestVerified();
    QVERIFY(verified && verified->has_value());
    QCOMPARE(verified->value().fileName, files->first().fileName);
    QVERIFY(!child<QLabel>(&section, "backupWarning")->isVisible());
    QVERIFY(child<QLabel>(&section, "lastBackupValue")->text().contains(QStringLiteral("verified")));
    QVERIFY(child<QLabel>(&section, "backupStatus")->text().contains(files->first().fileName));
}

void TestBackupUi::backupAtLockFinishesAfterTheLock()
{
    TestVault existing;
    QTemporaryDir backups;
    QVERIFY(VaultConfig(existing.vault().database()).set(VaultConfig::BackupFolder, backups.path()).ok());
    existing.handle().reset();
    FakeClock clock;
    VaultSettings settings = fastSettings();
    settings.clock = &clock;
    MainWindow window(settings);
    window.start(existing.folder());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto unlock = [&] {
        QTest::keyClicks(onPage<QLineEdit>(window, "unlockPage", "passphraseEdit"), testPassphrase());
        onPage<QPushButton>(window, "unlockPage", "unlockButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("workspace"), SlowMs);
    };
    unlock();
    BackupRunner &runner = window.findChild<VaultSection *>()->backups().runner();

    // Lock: no backup yet, so one is due. The lock happens at once, the backup runs on.
    window.lock();
    QCOMPARE(currentPage(window), QStringLiteral("unlockPage"));
    QVERIFY(!window.vault()->holdsKeyMaterial());
    QVERIFY(runner.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), SlowMs);
    QCOMPARE(BackupCatalog::list(backups.path())->size(), 1);

    // Recorded as verified in the vault although it was locked; not due again an hour later.
    unlock();
    auto verified = BackupRecords(window.vault()->database()).newestVerified();
    QVERIFY(verified && verified->has_value());
    clock.advance(3600 * 1000);
    window.lock();
    QVERIFY(!runner.isRunning());
    QCOMPARE(BackupCatalog::list(backups.path())->size(), 1);

    // A day later it is due again.
    unlock();
    clock.advance(24 * 3600 * 1000);
    window.lock();
    QVERIFY(runner.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), SlowMs);
    QCOMPARE(BackupCatalog::list(backups.path())->size(), 2);
}

void TestBackupUi::restoreFromTheStartScreen()
{
    // A backup of a vault with one recognisable setting.
    TestVault original;
    QTemporaryDir backups;
    QVERIFY(VaultConfig(original.vault().database()).set(VaultConfig::BackupIntervalHours, QStringLiteral("7")).ok());
    VaultSection section(fastSettings());
    QVERIFY(VaultConfig(original.vault().database()).set(VaultConfig::BackupFolder, backups.path()).ok());
    section.vaultOpened(original.vault());
    QVERIFY(section.backups().runner().start(original.vault()).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!section.backups().runner().isRunning(), SlowMs);
    section.clear();
    const QString file = BackupCatalog::list(backups.path())->first().path;

    QTemporaryDir laptop;
    const QString target = laptop.path() + QStringLiteral("/restored");
    MainWindow window(fastSettings());
    window.start(laptop.path() + QStringLiteral("/nothing-here"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(currentPage(window), QStringLiteral("welcomePage"));
    onPage<QPushButton>(window, "welcomePage", "restoreBackupButton")->click();
    auto *dialog = window.findChild<RestoreBackupDialog *>();
    QVERIFY(dialog);
    RestoreBackupDialog::setNextFile(file);
    child<QPushButton>(dialog, "browseBackupButton")->click();
    QCOMPARE(child<QLineEdit>(dialog, "backupFileEdit")->text(), QDir::toNativeSeparators(file));

    // Over the original vault: refused, nothing written.
    auto *folder = child<QLineEdit>(dialog, "restoreFolderEdit");
    folder->setText(original.folder());
    child<QLineEdit>(dialog, "restoreSecretEdit")->setText(testPassphrase());
    child<QPushButton>(dialog, "restoreButton")->click();
    QVERIFY(child<QLabel>(dialog, "restoreError")->isVisible());
    QVERIFY(child<QLabel>(dialog, "restoreError")->text().contains(QStringLiteral("not empty")));

    // A wrong passphrase is said so; the folder is not created.
    folder->setText(target);
    child<QLineEdit>(dialog, "restoreSecretEdit")->setText(QStringLiteral("not the passphrase"));
    child<QPushButton>(dialog, "restoreButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "restoreError")->isVisible(), SlowMs);
    QVERIFY(!QFileInfo::exists(target));

    // With the recovery key: restored, and the unlock page shows the new folder.
    child<QRadioButton>(dialog, "useRecoveryKeyRadio")->setChecked(true);
    child<QLineEdit>(dialog, "restoreSecretEdit")->setText(original.recoveryKey());
    child<QPushButton>(dialog, "restoreButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("unlockPage"), SlowMs);
    QVERIFY(Vault::exists(target));
    QTest::keyClicks(onPage<QLineEdit>(window, "unlockPage", "passphraseEdit"), testPassphrase());
    onPage<QPushButton>(window, "unlockPage", "unlockButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("workspace"), SlowMs);
    QCOMPARE(window.vault()->paths().folder, QDir::cleanPath(target));
    QCOMPARE(window.vault()->vaultId(), original.vault().vaultId());
    QCOMPARE(VaultConfig(window.vault()->database()).integer(VaultConfig::BackupIntervalHours).value(), 7);
}

void TestBackupUi::ageReadsNaturally()
{
    const QDateTime now(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);
    QCOMPARE(BackupPanel::age(now.addSecs(-10), now), QStringLiteral("just now"));
    // Plural forms come from the translation files (not loaded here): the number and the unit count.
    QVERIFY(BackupPanel::age(now.addSecs(-5 * 60), now).startsWith(QStringLiteral("5 minute")));
    QVERIFY(BackupPanel::age(now.addSecs(-3 * 3600), now).startsWith(QStringLiteral("3 hour")));
    QVERIFY(BackupPanel::age(now.addSecs(-47 * 3600), now).startsWith(QStringLiteral("47 hour")));
    QVERIFY(BackupPanel::age(now.addDays(-2), now).startsWith(QStringLiteral("2 day")));
}

QTEST_MAIN(TestBackupUi)
#include "TestBackupUi.moc"
