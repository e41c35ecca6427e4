#include "TestVault.h"
#include "UiTestHelpers.h"

#include "cases/CaseRepository.h"
#include "cases/CasesSection.h"
#include "common/FileChooser.h"
#include "common/MessageBox.h"
#include "consent/ConsentEditorDialog.h"
#include "consent/ConsentPanel.h"
#include "consent/ConsentRegister.h"
#include "exchange/AddContactDialog.h"
#include "exchange/ContactCard.h"
#include "exchange/ContactRepository.h"
#include "exchange/ContactsView.h"
#include "exchange/ExportWizard.h"
#include "exchange/FingerprintLabel.h"
#include "exchange/IdentityStore.h"
#include "exchange/ImportDialog.h"
#include "exchange/ReceivedRecords.h"
#include "exchange/SharingSection.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace vangnet;
using test::child;

namespace {
constexpr int SlowMs = 60000;
} // namespace

// Issue #12, "no dead ends": everything the exchange needs is in the desktop. Contact cards are saved
// and added (file dialog and drag and drop), fingerprints compared and marked verified, contacts moved
// and removed; the consent dialog and the export wizard add a missing contact themselves; and the
// whole CoMensha flow runs in two windows on two vaults, without vangnet-cli.
class TestDesktopExchange final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }

    // A card file of `vault`'s identity, written through core (for the tests of one widget).
    QString cardOf(test::TestVault &vault, const QString &name, const QString &file)
    {
        IdentityStore store(vault.vault().database());
        auto keys = store.keys();
        QFile out(path(file));
        if (!keys || !out.open(QIODevice::WriteOnly))
            return {};
        out.write(ContactCard::write(name, QStringLiteral("Organisation of ") + name, keys.value()).toUtf8());
        return out.fileName();
    }

    static QString fingerprintOf(test::TestVault &vault)
    {
        auto own = IdentityStore(vault.vault().database()).ownIdentity();
        return own ? own->publicIdentity.fingerprint() : QString();
    }

    static void clickOk(QDialog *dialog)
    {
        QVERIFY(dialog);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    // Drops a file on a widget as a file manager would.
    static void dropFile(QWidget *target, const QString &file)
    {
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(file) });
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(drop.isAccepted());
    }

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

    // Chooses a section in the window's navigation, as a click would.
    static void showSection(MainWindow &window, const QString &title)
    {
        auto *navigation = child<QListWidget>(&window, "navigation");
        QVERIFY(navigation);
        const QList<QListWidgetItem *> items = navigation->findItems(title, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        navigation->setCurrentItem(items.first());
    }

    // Names the vault and saves its card through the Sharing section's "My card" tab.
    QString saveCard(SharingSection &section, const QString &name, const QString &organisation, const QString &file)
    {
        section.showTab(0);
        auto *nameEdit = child<QLineEdit>(&section, "identityName");
        nameEdit->clear();
        QTest::keyClicks(nameEdit, name);
        QTest::keyClicks(child<QLineEdit>(&section, "identityOrganisation"), organisation);
        QTest::mouseClick(child<QPushButton>(&section, "saveIdentity"), Qt::LeftButton);
        FileChooser::setNextFile(path(file));
        QTest::mouseClick(child<QPushButton>(&section, "exportCard"), Qt::LeftButton);
        return QFile::exists(path(file)) ? path(file) : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void contactsViewAddsMovesAndRemoves()
    {
        test::TestVault me;
        test::TestVault shelter;
        const QString card = cardOf(shelter, QStringLiteral("Shelter Noord"), QStringLiteral("noord.vncard"));
        Database &db = me.vault().database();
        ContactsView view;
        view.setDatabase(db);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // The empty state says what to do and offers the button.
        auto *empty = child<QLabel>(&view, "contactsEmpty");
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral(".vncard")));
        QVERIFY(!child<QTreeWidget>(&view, "contacts")->isVisible());

        // Something that is not a card is refused with a message, and nothing is added.
        QFile junk(path(QStringLiteral("junk.vncard")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("hello");
        junk.close();
        FileChooser::setNextFile(junk.fileName());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(child<QPushButton>(&view, "addFirstContact"), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("not a Vangnet contact card")));
        QVERIFY(!view.addDialog());

        // A real card: the dialog shows the card's name and fingerprint; added as team, not verified.
        FileChooser::setNextFile(card);
        QTest::mouseClick(child<QPushButton>(&view, "addFirstContact"), Qt::LeftButton);
        QPointer<AddContactDialog> dialog = view.addDialog();
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "contactName")->text(), QStringLiteral("Shelter Noord"));
        QCOMPARE(child<FingerprintLabel>(dialog, "cardFingerprint")->fingerprint(), fingerprintOf(shelter));
        child<QRadioButton>(dialog, "kindTeam")->setChecked(true);
        clickOk(dialog);
        QTRY_VERIFY(dialog.isNull());
        auto contacts = ContactRepository(db).list();
        QCOMPARE(contacts->size(), 1);
        const Contact added = contacts->first();
        QCOMPARE(added.kind, QStringLiteral("team"));
        QVERIFY(!added.verified);
        QVERIFY(!empty->isVisible());
        auto *tree = child<QTreeWidget>(&view, "contacts");
        QCOMPARE(tree->topLevelItem(0)->childCount(), 1); // team
        QCOMPARE(view.selectedContactId(), added.id);
        QVERIFY(child<QPushButton>(&view, "verifyContact")->isEnabled());

        // Moved to external and back.
        auto *kind = child<QPushButton>(&view, "contactKind");
        QTest::mouseClick(kind, Qt::LeftButton);
        QCOMPARE(ContactRepository(db).find(added.id)->kind, QStringLiteral("external"));
        QCOMPARE(tree->topLevelItem(1)->childCount(), 1);
        QCOMPARE(view.selectedContactId(), added.id);

        // The same card once more, now dropped on the list: the dialog says it exists already.
        dropFile(&view, card);
        dialog = view.addDialog();
        QVERIFY(dialog);
        clickOk(dialog);
        QVERIFY(dialog);
        QVERIFY(child<QLabel>(dialog, "problem")->text().contains(QStringLiteral("exists already")));
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(ContactRepository(db).list()->size(), 1);

        // Removed after a question; "No" keeps it.
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>(&view, "removeContact"), Qt::LeftButton);
        QVERIFY(ContactRepository(db).find(added.id));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(&view, "removeContact"), Qt::LeftButton);
        QCOMPARE(ContactRepository(db).list()->size(), 0);
        QVERIFY(empty->isVisible());
    }

    void consentDialogAddsTheMissingRecipient()
    {
        test::TestVault me;
        test::TestVault comensha;
        Database &db = me.vault().database();
        const QString caseId = CaseRepository(db)
                                   .createFromJson(QJsonObject { { QStringLiteral("givenName"), QStringLiteral("Ana") },
                                       { QStringLiteral("familyName"), QStringLiteral("Popescu") },
                                       { QStringLiteral("birthDate"), QStringLiteral("1995-04-02") } })
                                   ->id;
        ConsentEditorDialog editor(db, caseId);
        editor.show();
        child<QCheckBox>(&editor, "scope_exploitation")->setChecked(true);
        QVERIFY(editor.problem().contains(QStringLiteral("Add a contact")));
        QVERIFY(!child<QDialogButtonBox>(&editor, "buttons")->button(QDialogButtonBox::Ok)->isEnabled());

        FileChooser::setNextFile(cardOf(comensha, QStringLiteral("CoMensha"), QStringLiteral("comensha1.vncard")));
        QTest::mouseClick(child<QPushButton>(&editor, "addRecipient"), Qt::LeftButton);
        QPointer<AddContactDialog> add = editor.addContactDialog();
        QVERIFY(add);
        clickOk(add);
        QTRY_VERIFY(add.isNull());
        auto *recipient = child<QComboBox>(&editor, "recipient");
        QCOMPARE(recipient->count(), 1);
        QVERIFY(recipient->currentText().startsWith(QStringLiteral("CoMensha")));
        QVERIFY2(editor.problem().isEmpty(), qPrintable(editor.problem()));
        clickOk(&editor);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(ConsentRegister(db).find(editor.stored().id)->recipientId, recipient->currentData().toString());
    }

    void exportWizardAddsAndVerifiesTheRecipient()
    {
        test::TestVault me;
        test::TestVault comensha;
        ExportWizard wizard(me.vault(), {});
        wizard.show();
        auto *hint = child<QLabel>(&wizard, "noRecipient");
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("no contacts")));

        FileChooser::setNextFile(cardOf(comensha, QStringLiteral("CoMensha"), QStringLiteral("comensha2.vncard")));
        QTest::mouseClick(child<QPushButton>(&wizard, "addRecipient"), Qt::LeftButton);
        QPointer<AddContactDialog> add = wizard.addContactDialog();
        QVERIFY(add);
        clickOk(add); // not compared yet
        QTRY_VERIFY(add.isNull());
        auto *list = child<QListWidget>(&wizard, "recipientList");
        QCOMPARE(list->count(), 1);
        QVERIFY(list->currentItem());
        QVERIFY(hint->text().contains(QStringLiteral("verified")));
        // Not verified: the wizard stays on the recipient page and says why.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ExportWizard::RecipientPage));
        QVERIFY(wizard.currentPage()->subTitle().contains(QStringLiteral("not verified")));

        auto *verify = child<QPushButton>(&wizard, "verifyRecipient");
        QVERIFY(verify->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(FingerprintLabel::grouped(fingerprintOf(comensha))));
        QVERIFY(ContactRepository(me.vault().database()).list()->first().verified);
        QVERIFY(!verify->isEnabled());
        QVERIFY(!hint->isVisible());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ExportWizard::CasesPage));
    }

    // The CoMensha flow of docs/USER-GUIDE.md, in the desktop alone: two windows, two vaults.
    void comenshaFlowInTheDesktopAlone()
    {
        test::TestVault coordinatorVault;
        test::TestVault comenshaVault;
        const QString caseId = CaseRepository(coordinatorVault.vault().database())
                                   .createFromJson(QJsonObject { { QStringLiteral("givenName"), QStringLiteral("Ana") },
                                       { QStringLiteral("familyName"), QStringLiteral("Popescu") },
                                       { QStringLiteral("birthDate"), QStringLiteral("1995-04-02") },
                                       { QStringLiteral("gender"), QStringLiteral("female") },
                                       { QStringLiteral("nationality"), QStringLiteral("RO") } })
                                   ->id;
        const QString coordinatorFolder = coordinatorVault.folder();
        const QString comenshaFolder = comenshaVault.folder();
        coordinatorVault.handle().reset();
        comenshaVault.handle().reset();

        MainWindow coordinator(test::fastSettings());
        MainWindow comensha(test::fastSettings());
        QVERIFY(openInWindow(coordinator, coordinatorFolder));
        QVERIFY(openInWindow(comensha, comenshaFolder));
        auto *mine = coordinator.findChild<SharingSection *>();
        auto *theirs = comensha.findChild<SharingSection *>();
        showSection(coordinator, mine->title());
        showSection(comensha, theirs->title());

        // 1. Each side names its vault and saves its card.
        const QString coordinatorCard
            = saveCard(*mine, QStringLiteral("Coordinator West"), QStringLiteral("Regio West"), QStringLiteral("west.vncard"));
        const QString comenshaCard
            = saveCard(*theirs, QStringLiteral("CoMensha"), QStringLiteral("CoMensha"), QStringLiteral("comensha.vncard"));
        QVERIFY(!coordinatorCard.isEmpty());
        QVERIFY(!comenshaCard.isEmpty());
        QVERIFY(child<QLabel>(mine, "cardSaved")->text().contains(QStringLiteral("west.vncard")));
        const QString comenshaReadsOut = child<FingerprintLabel>(theirs, "ownFingerprint")->text();
        const QString coordinatorReadsOut = child<FingerprintLabel>(mine, "ownFingerprint")->text();
        QCOMPARE(comenshaReadsOut.count(QLatin1Char('\n')), 1); // two lines of four groups

        // 2. The coordinator adds CoMensha's card from the empty contacts list, then verifies by phone.
        mine->showTab(1);
        ContactsView *myContacts = mine->contactsView();
        QVERIFY(child<QLabel>(myContacts, "contactsEmpty")->isVisible());
        FileChooser::setNextFile(comenshaCard);
        QTest::mouseClick(child<QPushButton>(myContacts, "addFirstContact"), Qt::LeftButton);
        QPointer<AddContactDialog> add = myContacts->addDialog();
        QVERIFY(add);
        QCOMPARE(child<FingerprintLabel>(add, "cardFingerprint")->text(), comenshaReadsOut);
        QVERIFY(child<QRadioButton>(add, "kindExternal")->isChecked());
        clickOk(add);
        QTRY_VERIFY(add.isNull());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(myContacts, "verifyContact"), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(comenshaReadsOut));

        // 3. CoMensha drops the coordinator's card on its contacts list and confirms the fingerprint.
        theirs->showTab(1);
        dropFile(theirs->contactsView(), coordinatorCard);
        add = theirs->contactsView()->addDialog();
        QVERIFY(add);
        QCOMPARE(child<FingerprintLabel>(add, "cardFingerprint")->text(), coordinatorReadsOut);
        child<QCheckBox>(add, "fingerprintCompared")->setChecked(true);
        clickOk(add);
        QTRY_VERIFY(add.isNull());
        auto known = ContactRepository(comensha.vault()->database()).list();
        QCOMPARE(known->size(), 1);
        QCOMPARE(known->first().name, QStringLiteral("Coordinator West"));
        QVERIFY(known->first().verified);

        // 4. The coordinator records the person's consent for the registration in the case.
        auto *cases = coordinator.findChild<CasesSection *>();
        showSection(coordinator, cases->title());
        QVERIFY(cases->openCase(caseId));
        auto *consentPanel = child<ConsentPanel>(&coordinator, "consentPanel");
        QTest::mouseClick(child<QPushButton>(consentPanel, "addConsent"), Qt::LeftButton);
        QPointer<ConsentEditorDialog> consent = consentPanel->editor();
        QVERIFY(consent);
        auto *recipient = child<QComboBox>(consent, "recipient");
        QCOMPARE(recipient->count(), 1);
        auto *purpose = child<QComboBox>(consent, "purpose");
        purpose->setCurrentIndex(purpose->findData(QStringLiteral("registration")));
        child<QCheckBox>(consent, "scope_exploitation")->setChecked(true);
        child<QCheckBox>(consent, "scope_identity")->setChecked(true);
        clickOk(consent);
        QTRY_VERIFY(consent.isNull());
        QCOMPARE(ConsentRegister(coordinator.vault()->database()).forCase(caseId)->size(), 1);

        // 5. The coordinator exports to CoMensha through the wizard.
        showSection(coordinator, mine->title());
        QTest::mouseClick(child<QPushButton>(mine, "exportCases"), Qt::LeftButton);
        QPointer<ExportWizard> wizard = mine->exportWizard();
        QVERIFY(wizard);
        auto *list = child<QListWidget>(wizard, "recipientList");
        QCOMPARE(list->count(), 1);
        list->setCurrentRow(0);
        auto *wizardPurpose = child<QComboBox>(wizard, "purposeCombo");
        wizardPurpose->setCurrentIndex(wizardPurpose->findData(QStringLiteral("registration")));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ExportWizard::CasesPage));
        child<QCheckBox>(wizard, "allCases")->setChecked(true);
        QSignalSpy previewed(wizard.data(), &ExportWizard::previewReady);
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(previewed.count() > 0, SlowMs);
        QCOMPARE(child<QTableWidget>(wizard, "includedTable")->rowCount(), 1);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ExportWizard::WritePage));
        const QString bundle = path(QStringLiteral("registration"));
        FileChooser::setNextFile(bundle);
        QTest::mouseClick(child<QPushButton>(wizard, "browseBundle"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(wizard, "outPath")->text(), bundle + QStringLiteral(".vnb"));
        QTest::mouseClick(child<QPushButton>(wizard, "writeButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->writtenBundleId().isEmpty(), SlowMs);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(wizard.isNull());
        QVERIFY(QFile::exists(bundle + QStringLiteral(".vnb")));

        // 6. CoMensha imports it: a received registration from the coordinator.
        theirs->showTab(0);
        QTest::mouseClick(child<QPushButton>(theirs, "importBundle"), Qt::LeftButton);
        QPointer<ImportDialog> import = theirs->importDialog();
        QVERIFY(import);
        FileChooser::setNextFile(bundle + QStringLiteral(".vnb"));
        QTest::mouseClick(child<QPushButton>(import, "browseBundle"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!import->isChecking(), SlowMs);
        auto *importButton = child<QPushButton>(import, "importButton");
        QVERIFY2(importButton->isEnabled(), qPrintable(child<QLabel>(import, "verificationLabel")->text()));
        QSignalSpy imported(import.data(), &ImportDialog::imported);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(imported.count() > 0, SlowMs);
        auto received = ReceivedRecords(comensha.vault()->database()).list();
        QCOMPARE(received->size(), 1);
        QCOMPARE(received->first().senderName, QStringLiteral("Coordinator West"));
        QCOMPARE(child<QTableWidget>(theirs, "receivedTable")->rowCount(), 1);
        import->reject();
    }
};

QTEST_MAIN(TestDesktopExchange)
#include "TestDesktopExchange.moc"
