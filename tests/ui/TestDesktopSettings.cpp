#include "FakeClock.h"
#include "TestVault.h"
#include "UiTestHelpers.h"

#include "exchange/SharingSection.h"
#include "exchange/StatisticsExport.h"
#include "i18n/Language.h"
#include "safety/AutoLocker.h"
#include "safety/IdleLockPolicy.h"
#include "safety/SafetyGuard.h"
#include "safety/SecureClipboard.h"
#include "vault/FolderChooser.h"
#include "vault/SettingsDialog.h"
#include "vault/VaultConfig.h"
#include "vault/VaultSection.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;
using namespace vangnet::test;

namespace {
constexpr int SlowMs = 15000;
} // namespace

// Issue #12, Vault → Settings: this computer's idle lock, clipboard time and language go to the
// settings file and take effect; the statistics threshold is stored inside the vault.
class TestDesktopSettings final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_existing;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    SafetyGuard *m_guard = nullptr;

    SettingsDialog *openDialog()
    {
        m_window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        return m_window->settingsDialog();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings under ~/.qttest, not the user's file
        QCoreApplication::setOrganizationName(QStringLiteral("VangnetTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestDesktopSettings"));
        QSettings().clear();
    }

    void init()
    {
        m_existing = std::make_unique<TestVault>();
        m_existing->handle().reset();
        m_clock = std::make_unique<FakeClock>();
        m_window = std::make_unique<MainWindow>(fastSettings());
        m_guard = new SafetyGuard(m_window.get(), *m_clock);
        m_window->start(m_existing->folder());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_clock.reset();
        m_existing.reset();
        QSettings().clear();
    }

    void lockedWindowCannotChangeTheVault()
    {
        QPointer<SettingsDialog> dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(child<QListWidget>(dialog, "settingsPages")->count(), 3);
        QVERIFY(!child<QSpinBox>(dialog, "statsThreshold")->isEnabled());
        QVERIFY(child<QSpinBox>(dialog, "autoLockMinutes")->isEnabled());
        QCOMPARE(child<QSpinBox>(dialog, "autoLockMinutes")->value(), int(IdleLockPolicy::defaultTimeout.count()));
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
    }

    void settingsAreStoredAndApplied()
    {
        QTest::keyClicks(onPage<QLineEdit>(*m_window, "unlockPage", "passphraseEdit"), testPassphrase());
        onPage<QPushButton>(*m_window, "unlockPage", "unlockButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(*m_window), QStringLiteral("workspace"), SlowMs);

        QPointer<SettingsDialog> dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(child<QSpinBox>(dialog, "statsThreshold")->value(), StatisticsExport::DefaultThreshold);
        child<QSpinBox>(dialog, "autoLockMinutes")->setValue(12);
        child<QSpinBox>(dialog, "clipboardSeconds")->setValue(45);
        auto *language = child<QComboBox>(dialog, "language");
        language->setCurrentIndex(language->findData(QStringLiteral("nl")));
        child<QSpinBox>(dialog, "statsThreshold")->setValue(15);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());

        const QSettings settings;
        QCOMPARE(settings.value(IdleLockPolicy::settingsKey()).toInt(), 12);
        QCOMPARE(settings.value(SecureClipboard::settingsKey()).toInt(), 45);
        QCOMPARE(settings.value(Language::settingsKey()).toString(), QStringLiteral("nl"));
        QCOMPARE(StatisticsExport(m_window->vault()->database()).threshold().value(), 15);
        // In effect at once.
        QCOMPARE(m_guard->autoLocker()->policy().timeout(), std::chrono::milliseconds(std::chrono::minutes(12)));
        QCOMPARE(SecureClipboard::instance()->clearInterval(), std::chrono::milliseconds(std::chrono::seconds(45)));
        QVERIFY(showSection<SharingSection>(*m_window));
        QCOMPARE(child<QSpinBox>(m_window.get(), "statsThreshold")->value(), 15); // the Sharing section follows

        // Shown again as stored.
        dialog = openDialog();
        QCOMPARE(child<QSpinBox>(dialog, "autoLockMinutes")->value(), 12);
        QCOMPARE(child<QSpinBox>(dialog, "clipboardSeconds")->value(), 45);
        QCOMPARE(child<QComboBox>(dialog, "language")->currentData().toString(), QStringLiteral("nl"));
        QCOMPARE(child<QSpinBox>(dialog, "statsThreshold")->value(), 15);
        // Locking closes it without storing anything.
        child<QSpinBox>(dialog, "autoLockMinutes")->setValue(3);
        m_window->lock();
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(QSettings().value(IdleLockPolicy::settingsKey()).toInt(), 12);
    }

    void backupFolderIsChosenInTheSettings()
    {
        QTest::keyClicks(onPage<QLineEdit>(*m_window, "unlockPage", "passphraseEdit"), testPassphrase());
        onPage<QPushButton>(*m_window, "unlockPage", "unlockButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(*m_window), QStringLiteral("workspace"), SlowMs);
        QTemporaryDir usb;
        QPointer<SettingsDialog> dialog = openDialog();
        auto *row = dialog->findChild<QWidget *>(VaultConfig::BackupFolder);
        QVERIFY(row);
        auto *edit = child<QLineEdit>(row, "folderEdit");
        QVERIFY(edit->text().isEmpty());
        QVERIFY(!edit->accessibleName().isEmpty());

        // A relative path is refused with a message naming the row; the dialog stays, nothing is stored.
        edit->setText(QStringLiteral("usb/backups"));
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!dialog.isNull());
        auto *problem = child<QLabel>(dialog, "problem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("Backup folder")), qPrintable(problem->text()));
        QVERIFY(!problem->text().contains(VaultConfig::BackupFolder)); // no internal key on screen
        QCOMPARE(edit->text(), QStringLiteral("usb/backups")); // what was typed stays
        QCOMPARE(VaultConfig(m_window->vault()->database()).value(VaultConfig::BackupFolder).value(), QString());

        // Chosen with the folder chooser and stored in the vault; the Vault page shows it.
        FolderChooser::setNextFolder(usb.path());
        child<QPushButton>(row, "chooseFolderButton")->click();
        QCOMPARE(QDir::fromNativeSeparators(edit->text()), usb.path());
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(VaultConfig(m_window->vault()->database()).value(VaultConfig::BackupFolder).value(), usb.path());
        QCOMPARE(VaultConfig(m_window->vault()->database()).integer(VaultConfig::StatisticsThreshold).value(),
            qint64(StatisticsExport::DefaultThreshold));
        QVERIFY(showSection<VaultSection>(*m_window));
        QVERIFY(child<QLabel>(m_window.get(), "backupFolderValue")->text().contains(QDir::toNativeSeparators(usb.path())));

        // Emptied: the setting goes back to "not set".
        dialog = openDialog();
        child<QLineEdit>(dialog->findChild<QWidget *>(VaultConfig::BackupFolder), "folderEdit")->clear();
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(VaultConfig(m_window->vault()->database()).value(VaultConfig::BackupFolder).value(), QString());
    }
};

QTEST_MAIN(TestDesktopSettings)
#include "TestDesktopSettings.moc"
