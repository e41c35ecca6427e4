#include "UiTestHelpers.h"
#include "vault/VaultIdText.h"

#include "common/MessageBox.h"
#include "crypto/PassphrasePolicy.h"
#include "crypto/RecoveryKey.h"
#include "demo/DemoVault.h"
#include "vault/UnlockPage.h"
#include "vault/VaultSection.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;
using namespace vangnet::test;

namespace {

constexpr int SlowMs = 15000;

void showAndActivate(MainWindow &window)
{
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
}

} // namespace

// Drives the real vault pages: create, recovery key, unlock, lock, recover, change passphrase.
class TestVaultPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createFlow();
    void createFormStaysStill();
    void unlockWrongThenRight();
    void unlockInUse();
    void lockClearsEverything();
    void recoveryKeyPath();
    void changePassphrase();
    void lockWaitsForPassphraseChange();
    void demoHintShowsPassphrase();
    void damagedRecoverySlotOffersANewKey();
};

void TestVaultPages::createFlow()
{
    QTemporaryDir dir;
    const QString folder = dir.path() + QStringLiteral("/vault");
    MainWindow window(fastSettings());
    window.start(folder);
    showAndActivate(window);
    QCOMPARE(currentPage(window), QStringLiteral("welcomePage"));

    onPage<QPushButton>(window, "welcomePage", "createVaultButton")->click();
    QCOMPARE(currentPage(window), QStringLiteral("createVaultPage"));
    QCOMPARE(onPage<QLineEdit>(window, "createVaultPage", "folderEdit")->text(), QDir::toNativeSeparators(folder));

    auto *passphrase = onPage<QLineEdit>(window, "createVaultPage", "newPassphraseEdit");
    auto *repeat = onPage<QLineEdit>(window, "createVaultPage", "repeatPassphraseEdit");
    auto *create = onPage<QPushButton>(window, "createVaultPage", "createButton");
    auto *reason = onPage<QLabel>(window, "createVaultPage", "policyReasonLabel");
    QVERIFY(passphrase && repeat && create && reason);
    QVERIFY(!create->isEnabled());

    // Weak: the policy's reason is shown inline and Create stays disabled.
    QTest::keyClicks(passphrase, QStringLiteral("password"));
    QTest::keyClicks(repeat, QStringLiteral("password"));
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->text(), PassphrasePolicy::check(QStringLiteral("password")).error().message());
    QVERIFY(!create->isEnabled());

    // Strong but not repeated correctly.
    passphrase->clear();
    repeat->clear();
    QTest::keyClicks(passphrase, testPassphrase());
    QTest::keyClicks(repeat, testPassphrase() + QStringLiteral("x"));
    QVERIFY(!reason->isVisible());
    QVERIFY(onPage<QLabel>(window, "createVaultPage", "mismatchLabel")->isVisible());
    QVERIFY(!create->isEnabled());

    QTest::keyClick(repeat, Qt::Key_Backspace);
    QVERIFY(create->isEnabled());
    create->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("recoveryKeyPage"), SlowMs);

    auto *keyLabel = onPage<QLabel>(window, "recoveryKeyPage", "recoveryKeyLabel");
    QVERIFY(RecoveryKey::parse(keyLabel->text()).ok());
    auto *continueButton = onPage<QPushButton>(window, "recoveryKeyPage", "continueButton");
    QVERIFY(!continueButton->isEnabled());
    onPage<QCheckBox>(window, "recoveryKeyPage", "storedCheckBox")->click();
    QVERIFY(continueButton->isEnabled());
    continueButton->click();

    QCOMPARE(currentPage(window), QStringLiteral("workspace"));
    QVERIFY(window.vault() && window.vault()->isOpen());
    QVERIFY(keyLabel->text().isEmpty()); // the key leaves the screen for good
    QVERIFY(showSection<VaultSection>(window));
    QCOMPARE(child<QLabel>(&window, "vaultIdValue")->text(), readableVaultId(window.vault()->vaultId()));
    QCOMPARE(window.windowTitle(), QStringLiteral("Vangnet"));
}

// The create-vault form keeps its layout while the passphrase warnings come and go: every field
// and button stays where it was, whatever the policy says and whether or not the two differ.
void TestVaultPages::createFormStaysStill()
{
    QTemporaryDir dir;
    MainWindow window(fastSettings());
    window.start(dir.path() + QStringLiteral("/vault"));
    window.resize(900, 700);
    showAndActivate(window);
    onPage<QPushButton>(window, "welcomePage", "createVaultButton")->click();
    QCOMPARE(currentPage(window), QStringLiteral("createVaultPage"));

    auto *passphrase = onPage<QLineEdit>(window, "createVaultPage", "newPassphraseEdit");
    auto *repeat = onPage<QLineEdit>(window, "createVaultPage", "repeatPassphraseEdit");
    auto *reason = onPage<QLabel>(window, "createVaultPage", "policyReasonLabel");
    auto *mismatch = onPage<QLabel>(window, "createVaultPage", "mismatchLabel");
    const QList<QWidget *> watched = { onPage(window, "createVaultPage", "folderEdit"), passphrase, repeat,
        onPage(window, "createVaultPage", "createButton"), onPage(window, "createVaultPage", "backButton") };
    const auto geometry = [&] {
        QApplication::processEvents(); // layouts settle on LayoutRequest
        QList<QRect> out;
        for (QWidget *w : watched)
            out.append(QRect(w->mapTo(&window, QPoint(0, 0)), w->size()));
        return out;
    };
    const QList<QRect> still = geometry();

    const auto type = [](QLineEdit *edit, const QString &text) {
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    // The warnings change: none → too short (the longest) → a sequence → a common password → none,
    // and the repeat differs, then matches.
    type(passphrase, QStringLiteral("abc"));
    QVERIFY(reason->isVisible());
    QCOMPARE(geometry(), still);
    type(passphrase, QStringLiteral("1234567890123"));
    QVERIFY(reason->isVisible());
    QCOMPARE(geometry(), still);
    type(passphrase, QStringLiteral("password1234"));
    QVERIFY(reason->isVisible());
    QCOMPARE(geometry(), still);
    type(passphrase, testPassphrase());
    QVERIFY(!reason->isVisible());
    QCOMPARE(geometry(), still);
    type(repeat, testPassphrase() + QStringLiteral("x"));
    QVERIFY(mismatch->isVisible());
    QCOMPARE(geometry(), still);
    QTest::keyClick(repeat, Qt::Key_Backspace);
    QVERIFY(!mismatch->isVisible());
    QCOMPARE(geometry(), still);
    type(passphrase, QString());
    QCOMPARE(geometry(), still);
}

void TestVaultPages::unlockWrongThenRight()
{
    TestVault existing;
    existing.handle().reset(); // closed: the window may take the lock
    MainWindow window(fastSettings());
    window.start(existing.folder());
    showAndActivate(window);
    QCOMPARE(currentPage(window), QStringLiteral("unlockPage"));

    auto *passphrase = onPage<QLineEdit>(window, "unlockPage", "passphraseEdit");
    auto *error = onPage<QLabel>(window, "unlockPage", "errorLabel");
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
    QVERIFY(!error->isVisible());

    QTest::keyClicks(passphrase, QStringLiteral("not the passphrase at all"));
    QTest::keyClick(passphrase, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), SlowMs);
    QVERIFY(!error->text().isEmpty());
    QVERIFY(passphrase->text().isEmpty());
    QVERIFY(passphrase->isEnabled());
    QCOMPARE(currentPage(window), QStringLiteral("unlockPage"));

    QTest::keyClicks(passphrase, testPassphrase());
    onPage<QPushButton>(window, "unlockPage", "unlockButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("workspace"), SlowMs);
    QVERIFY(window.vault()->holdsKeyMaterial());
}

void TestVaultPages::unlockInUse()
{
    TestVault existing; // stays open: holds the vault's lock
    QVERIFY(existing.vault().isOpen());
    MainWindow window(fastSettings());
    window.start(existing.folder());
    showAndActivate(window);

    auto *passphrase = onPage<QLineEdit>(window, "unlockPage", "passphraseEdit");
    auto *error = onPage<QLabel>(window, "unlockPage", "errorLabel");
    QTest::keyClicks(passphrase, testPassphrase());
    QTest::keyClick(passphrase, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), SlowMs);
    auto inUse = Vault::open(existing.folder(), testPassphrase());
    QVERIFY(!inUse);
    QCOMPARE(inUse.error().code(), ErrorCode::InUse);
    QVERIFY2(error->text().contains(inUse.error().message().toHtmlEscaped()), qPrintable(error->text()));
    QCOMPARE(currentPage(window), QStringLiteral("unlockPage"));
}

void TestVaultPages::lockClearsEverything()
{
    TestVault existing;
    existing.handle().reset();
    MainWindow window(fastSettings());
    window.start(existing.folder());
    showAndActivate(window);
    QTest::keyClicks(onPage<QLineEdit>(window, "unlockPage", "passphraseEdit"), testPassphrase());
    onPage<QPushButton>(window, "unlockPage", "unlockButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("workspace"), SlowMs);

    Vault *vault = window.vault();
    const QString vaultId = vault->vaultId();
    // Read when the Vault section is shown (nothing before: the unlock reads only what is on screen),
    // the counts in the background.
    QCOMPARE(child<QLabel>(&window, "vaultIdValue")->text(), QString());
    QCOMPARE(child<QTableWidget>(&window, "recordCounts")->rowCount(), 0);
    auto *navigation = child<QListWidget>(&window, "navigation");
    navigation->setCurrentItem(navigation->findItems(QStringLiteral("Vault"), Qt::MatchExactly).value(0));
    QCOMPARE(child<QLabel>(&window, "vaultIdValue")->text(), readableVaultId(vaultId));
    QTRY_VERIFY(child<QTableWidget>(&window, "recordCounts")->rowCount() > 0);

    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);

    QCOMPARE(currentPage(window), QStringLiteral("unlockPage"));
    QCOMPARE(window.vault(), vault);
    QVERIFY(!vault->holdsKeyMaterial());
    QVERIFY(!vault->isOpen());
    QVERIFY(!child<QAction>(&window, "lockAction")->isEnabled());
    // No widget keeps what the unlocked vault showed.
    const QString createdText = QLocale().toString(QDate::currentDate(), QLocale::LongFormat);
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        QVERIFY2(!label->text().contains(vaultId), qPrintable(label->objectName()));
        QVERIFY2(!label->text().contains(QStringLiteral("Argon2id")), qPrintable(label->objectName()));
    }
    for (const QLineEdit *edit : window.findChildren<QLineEdit *>()) {
        // Spin boxes show view settings (days ahead, thresholds) and always a number; the case
        // editors that hold counts are closed on lock, which their own tests check.
        if (qobject_cast<const QAbstractSpinBox *>(edit->parentWidget()))
            continue;
        // A searchable country or language list shows its chosen entry; after lock nothing is chosen.
        if (const auto *combo = qobject_cast<const QComboBox *>(edit->parentWidget())) {
            QVERIFY2(combo->currentData().toString().isEmpty(), qPrintable(combo->objectName()));
            continue;
        }
        QVERIFY2(edit->text().isEmpty(), qPrintable(edit->objectName()));
    }
    QCOMPARE(child<QTableWidget>(&window, "recordCounts")->rowCount(), 0);
    for (const char *name : { "folderValue", "vaultIdValue", "cipherValue", "kdfValue", "schemaValue", "createdValue" })
        QVERIFY2(child<QLabel>(&window, name)->text().isEmpty(), name);

    // Unlocking again works and shows the data again.
    QTest::keyClicks(onPage<QLineEdit>(window, "unlockPage", "passphraseEdit"), testPassphrase());
    onPage<QPushButton>(window, "unlockPage", "unlockButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("workspace"), SlowMs);
    QVERIFY(showSection<VaultSection>(window));
    QCOMPARE(child<QLabel>(&window, "vaultIdValue")->text(), readableVaultId(vaultId));
}

void TestVaultPages::recoveryKeyPath()
{
    TestVault existing;
    const QString recoveryKey = existing.recoveryKey();
    existing.handle().reset();
    MainWindow window(fastSettings());
    window.start(existing.folder());
    showAndActivate(window);

    onPage<QPushButton>(window, "unlockPage", "useRecoveryKeyButton")->click();
    QCOMPARE(currentPage(window), QStringLiteral("recoverPage"));
    auto *recover = onPage<QPushButton>(window, "recoverPage", "recoverButton");
    auto *error = onPage<QLabel>(window, "recoverPage", "errorLabel");
    const QString newPassphrase = QStringLiteral("harbour kettle meadow 917");

    // A mistyped key: the page says so and stays.
    QTest::keyClicks(onPage<QLineEdit>(window, "recoverPage", "recoveryKeyEdit"), QStringLiteral("ABCD-EFGH"));
    QTest::keyClicks(onPage<QLineEdit>(window, "recoverPage", "newPassphraseEdit"), newPassphrase);
    QVERIFY(!recover->isEnabled()); // not repeated yet
    QTest::keyClicks(onPage<QLineEdit>(window, "recoverPage", "repeatPassphraseEdit"), newPassphrase);
    QVERIFY(recover->isEnabled());
    recover->click();
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), SlowMs);
    QCOMPARE(currentPage(window), QStringLiteral("recoverPage"));

    auto *keyEdit = onPage<QLineEdit>(window, "recoverPage", "recoveryKeyEdit");
    keyEdit->clear();
    QTest::keyClicks(keyEdit, recoveryKey.toLower());
    recover->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("workspace"), SlowMs);

    window.lock();
    QVERIFY(!Vault::open(existing.folder(), testPassphrase()));
    QVERIFY(Vault::open(existing.folder(), newPassphrase));
}

void TestVaultPages::damagedRecoverySlotOffersANewKey()
{
    TestVault existing;
    existing.handle().reset();
    // One flipped bit in the recovery slot: the recovery key no longer opens the vault.
    const QString keyPath = existing.folder() + QStringLiteral("/vault.key");
    QFile file(keyPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject slot = o.value(QStringLiteral("recoverySlot")).toObject();
    QByteArray ciphertext = QByteArray::fromBase64(slot.value(QStringLiteral("ciphertext")).toString().toLatin1());
    ciphertext[0] = static_cast<char>(ciphertext.at(0) ^ 0x01);
    slot.insert(QStringLiteral("ciphertext"), QString::fromLatin1(ciphertext.toBase64()));
    o.insert(QStringLiteral("recoverySlot"), slot);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(o).toJson());
    file.close();
    QVERIFY(!Vault::openWithRecoveryKey(existing.folder(), existing.recoveryKey()));

    MainWindow window(fastSettings());
    window.start(existing.folder());
    showAndActivate(window);
    MessageBox::setNextAnswer(QMessageBox::Yes); // "Make a new recovery key now?"
    QTest::keyClicks(onPage<QLineEdit>(window, "unlockPage", "passphraseEdit"), testPassphrase());
    onPage<QPushButton>(window, "unlockPage", "unlockButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("workspace"), SlowMs);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("recovery slot")), qPrintable(MessageBox::lastText()));

    QPointer<QWidget> dialog = child(&window, "recoveryKeyDialog");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString key = child<QLabel>(dialog, "recoveryKeyLabel")->text();
    QVERIFY(RecoveryKey::parse(key).ok());
    child<QCheckBox>(dialog, "storedCheckBox")->click();
    child<QPushButton>(dialog, "continueButton")->click();
    QTRY_VERIFY(!dialog);
    QVERIFY(!child<QLabel>(&window, "recoveryWarning")->isVisible());

    window.lock();
    auto recovered = Vault::openWithRecoveryKey(existing.folder(), key);
    QVERIFY(recovered.ok());
    QVERIFY(recovered.value()->verifyIntegrity().ok());
}

void TestVaultPages::changePassphrase()
{
    TestVault existing;
    existing.handle().reset();
    MainWindow window(fastSettings());
    window.start(existing.folder());
    showAndActivate(window);
    QTest::keyClicks(onPage<QLineEdit>(window, "unlockPage", "passphraseEdit"), testPassphrase());
    onPage<QPushButton>(window, "unlockPage", "unlockButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("workspace"), SlowMs);
    // Cases comes first; go to the Vault section as a user would.
    auto *navigation = child<QListWidget>(&window, "navigation");
    const auto vaultItems = navigation->findItems(QStringLiteral("Vault"), Qt::MatchExactly);
    QCOMPARE(vaultItems.size(), 1);
    navigation->setCurrentItem(vaultItems.first());

    child<QPushButton>(&window, "changePassphraseButton")->click();
    QPointer<QWidget> dialog = child(&window, "changePassphraseDialog");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *change = child<QPushButton>(dialog, "changeButton");
    QVERIFY(!change->isEnabled());
    const QString newPassphrase = QStringLiteral("quiet river copper 5521");
    QTest::keyClicks(child<QLineEdit>(dialog, "newPassphraseEdit"), newPassphrase);
    QTest::keyClicks(child<QLineEdit>(dialog, "repeatPassphraseEdit"), newPassphrase);
    QVERIFY(change->isEnabled());
    change->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, SlowMs);
    QVERIFY(onPage<QLabel>(window, "vaultSection", "statusLabel")->isVisible());

    window.lock();
    QVERIFY(Vault::open(existing.folder(), newPassphrase));
}

// A lock (quick hide, auto-lock) while the key is being rewrapped waits for the change instead of
// wiping the master key under it; the vault then opens with the new passphrase only.
void TestVaultPages::lockWaitsForPassphraseChange()
{
    TestVault existing;
    existing.handle().reset();
    VaultSettings settings = fastSettings();
    // Slow enough (128 MiB, 4 passes) that the lock comes while the new passphrase is derived.
    settings.newKdf = [] { return KdfParameters::withSalt(4, std::uint64_t(128) << 20); };
    MainWindow window(settings);
    window.start(existing.folder());
    showAndActivate(window);
    QTest::keyClicks(onPage<QLineEdit>(window, "unlockPage", "passphraseEdit"), testPassphrase());
    onPage<QPushButton>(window, "unlockPage", "unlockButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("workspace"), SlowMs);
    child<QPushButton>(&window, "changePassphraseButton")->click();
    QPointer<QWidget> dialog = child(&window, "changePassphraseDialog");
    QVERIFY(dialog);
    const QString newPassphrase = QStringLiteral("quiet river copper 5521");
    QTest::keyClicks(child<QLineEdit>(dialog, "newPassphraseEdit"), newPassphrase);
    QTest::keyClicks(child<QLineEdit>(dialog, "repeatPassphraseEdit"), newPassphrase);
    child<QPushButton>(dialog, "changeButton")->click();
    QVERIFY(child(dialog, "busyIndicator")->isVisible()); // the change runs on a worker now

    Vault *vault = window.vault();
    window.lock();
    QVERIFY(!vault->isOpen());
    QVERIFY(!vault->holdsKeyMaterial());
    QTest::qWait(50); // the change's result arrives after the lock: nothing may touch the vault
    QCOMPARE(currentPage(window), QStringLiteral("unlockPage"));
    QVERIFY(Vault::open(existing.folder(), newPassphrase));
    QVERIFY(!Vault::open(existing.folder(), testPassphrase()));
}

void TestVaultPages::demoHintShowsPassphrase()
{
    QVERIFY(PassphrasePolicy::check(DemoVault::passphrase()));
    UnlockPage page;
    page.reset(QStringLiteral("/tmp/nowhere"), DemoVault::passphrase());
    page.show();
    auto *hint = child<QLabel>(&page, "demoHint");
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(DemoVault::passphrase()));
    page.reset(QStringLiteral("/tmp/nowhere"));
    QVERIFY(!hint->isVisible());
}

QTEST_MAIN(TestVaultPages)
#include "TestVaultPages.moc"
