// ConsentEditorDialog, ConsentPanel and ContactsView driven through their widgets.
#include "ConsentFixtures.h"
#include "TestVault.h"
#include "common/MessageBox.h"
#include "consent/ConsentEditorDialog.h"
#include "consent/ConsentListModel.h"
#include "consent/ConsentPanel.h"
#include "consent/ConsentRegister.h"
#include "consent/DisclosureRegister.h"
#include "exchange/ContactsView.h"
#include "exchange/FingerprintLabel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace vangnet;
using namespace vangnet::test;

class TestConsentUi final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editorValidatesInline();
    void editorRefusesUnderSixteenSubject();
    void editorDoesNotMoveWhenTicked();
    void whereaboutsNeedSecondConfirmation();
    void editorStoresConsent();
    void panelShowsConsentsOverviewAndHistory();
    void panelWithdrawListsRecipients();
    void panelAddOpensEditor();
    void contactsViewGroupsAndVerifies();

private:
    template<typename T> static T *child(const QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
    QString addConsent(const QString &recipient, const QString &purpose);

    std::unique_ptr<TestVault> m_vault;
    QString m_case;
    QString m_comensha;
    QString m_team;
    const QDate m_today { 2025, 6, 1 };
};

void TestConsentUi::init()
{
    m_vault = std::make_unique<TestVault>();
    QVERIFY(m_vault->handle());
    Database &db = m_vault->vault().database();
    m_case = addTestCase(db, QDate(1990, 1, 1));
    m_comensha = addTestContact(db, QStringLiteral("CoMensha"));
    m_team = addTestContact(db, QStringLiteral("Anna"), QStringLiteral("team"));
}

void TestConsentUi::cleanup()
{
    m_vault.reset();
}

QString TestConsentUi::addConsent(const QString &recipient, const QString &purpose)
{
    Consent c;
    c.caseId = m_case;
    c.recipientId = recipient;
    c.purpose = purpose;
    c.scopes = { QStringLiteral("identity"), QStringLiteral("exploitation") };
    c.method = QStringLiteral("written");
    c.validFrom = m_today;
    auto added = ConsentRegister(m_vault->vault().database()).add(c, m_today);
    return added ? added->id : QString();
}

void TestConsentUi::editorValidatesInline()
{
    ConsentEditorDialog dialog(m_vault->vault().database(), m_case, nullptr, m_today);
    auto *ok = child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok);
    // Nothing checked yet: no scope.
    QVERIFY(!dialog.problem().isEmpty());
    QVERIFY(!ok->isEnabled());
    child<QCheckBox>(&dialog, "scope_health")->setChecked(true);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QVERIFY(ok->isEnabled());
    // The art. 9/10 grounds head their groups; each scope says in one line what it covers.
    QVERIFY(child<QLabel>(&dialog, "scopeGroup_health")->text().contains(QStringLiteral("9")));
    QVERIFY(child<QLabel>(&dialog, "scopeGroup_perpetrators")->text().contains(QStringLiteral("10")));
    QVERIFY(!child<QLabel>(&dialog, "note_children")->text().isEmpty());
    QVERIFY(child<QCheckBox>(&dialog, "scope_health")->toolTip().contains(QStringLiteral("9")));
    // "other" needs a description.
    auto *purpose = child<QComboBox>(&dialog, "purpose");
    purpose->setCurrentIndex(purpose->findData(QStringLiteral("other")));
    QVERIFY(dialog.problem().contains(QStringLiteral("Other purpose")));
    QVERIFY(!dialog.problem().contains(QStringLiteral("purposeText")));
    QTest::keyClicks(child<QLineEdit>(&dialog, "purposeText"), QStringLiteral("victim support"));
    QVERIFY(dialog.problem().isEmpty());
    // Expiry follows valid-from until edited; an expiry before it is named.
    child<QDateEdit>(&dialog, "validFrom")->setDate(QDate(2025, 7, 1));
    QCOMPARE(child<QDateEdit>(&dialog, "expires")->date(), QDate(2026, 7, 1));
    child<QDateEdit>(&dialog, "expires")->setDate(QDate(2025, 6, 30));
    QVERIFY(dialog.problem().contains(QStringLiteral("expires before it starts")));
    QVERIFY(!ok->isEnabled());
    // The language is chosen by name, in Dutch or English; the consent keeps the code.
    child<QDateEdit>(&dialog, "expires")->setDate(QDate(2026, 1, 1));
    auto *language = child<QComboBox>(&dialog, "language");
    QCOMPARE(language->currentText(), QStringLiteral("Dutch"));
    language->lineEdit()->clear();
    QTest::keyClicks(language->lineEdit(), QStringLiteral("Roemeens"));
    QTest::keyClick(language->lineEdit(), Qt::Key_Return);
    QCOMPARE(language->currentData().toString(), QStringLiteral("ro"));
    QCOMPARE(dialog.draft().language, QStringLiteral("ro"));
    QVERIFY(dialog.problem().isEmpty());
}

void TestConsentUi::editorDoesNotMoveWhenTicked()
{
    ConsentEditorDialog dialog(m_vault->vault().database(), m_case, nullptr, m_today);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Usable on a 1024×576 screen.
    QVERIFY2(dialog.height() <= 576 && dialog.width() <= 1024,
        qPrintable(QStringLiteral("%1×%2").arg(dialog.width()).arg(dialog.height())));
    QVERIFY(!dialog.problem().isEmpty()); // the first message: no scope yet
    const auto geometry = [&dialog] {
        QStringList out;
        for (QWidget *w : dialog.findChildren<QWidget *>())
            if (w->isVisible())
                out << QStringLiteral("%1 %2,%3 %4x%5")
                           .arg(w->objectName())
                           .arg(w->mapTo(&dialog, QPoint()).x())
                           .arg(w->mapTo(&dialog, QPoint()).y())
                           .arg(w->width())
                           .arg(w->height());
        return out;
    };
    const QStringList before = geometry();
    // Each click lands where the box was before the first click, and the message coming and going
    // moves nothing.
    for (const char *name : { "scope_identity", "scope_exploitation", "scope_identity", "scope_exploitation", "scope_health",
             "scope_children", "scope_sexual_life", "scope_perpetrators", "scope_residence_status" }) {
        auto *box = child<QCheckBox>(&dialog, name);
        const bool was = box->isChecked();
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        QCOMPARE(box->isChecked(), !was);
        QCoreApplication::processEvents();
        QCOMPARE(geometry(), before);
    }
    MessageBox::setNextAnswer(QMessageBox::Yes);
    auto *where = child<QCheckBox>(&dialog, "scope_whereabouts");
    QTest::mouseClick(where, Qt::LeftButton, {}, QPoint(8, where->height() / 2));
    QVERIFY(where->isChecked());
    QCOMPARE(geometry(), before);
}

void TestConsentUi::whereaboutsNeedSecondConfirmation()
{
    ConsentEditorDialog dialog(m_vault->vault().database(), m_case, nullptr, m_today);
    auto *recipient = child<QComboBox>(&dialog, "recipient");
    recipient->setCurrentIndex(recipient->findData(m_comensha));
    child<QCheckBox>(&dialog, "scope_identity")->setChecked(true);
    auto *where = child<QCheckBox>(&dialog, "scope_whereabouts");
    // Declining leaves the whereabouts unticked; the question names the recipient.
    MessageBox::setNextAnswer(QMessageBox::No);
    where->click();
    QVERIFY(!where->isChecked());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("CoMensha")), qPrintable(MessageBox::lastText()));
    QVERIFY(!dialog.draft().scopes.contains(QStringLiteral("whereabouts")));
    // Confirming ticks them.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    where->click();
    QVERIFY(where->isChecked());
    QVERIFY(dialog.draft().scopes.contains(QStringLiteral("whereabouts")));
    // Another recipient is asked about again, by name; declining unticks.
    MessageBox::setNextAnswer(QMessageBox::No);
    recipient->setCurrentIndex(recipient->findData(m_team));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Anna")));
    QVERIFY(!where->isChecked());
}

void TestConsentUi::editorRefusesUnderSixteenSubject()
{
    Database &db = m_vault->vault().database();
    const QString child15 = addTestCase(db, m_today.addYears(-15));
    ConsentEditorDialog dialog(db, child15, nullptr, m_today);
    child<QCheckBox>(&dialog, "scope_identity")->setChecked(true);
    QVERIFY(dialog.problem().contains(QStringLiteral("16")));
    auto *signer = child<QComboBox>(&dialog, "signer");
    signer->setCurrentIndex(signer->findData(QStringLiteral("parent")));
    QVERIFY(dialog.problem().isEmpty());
}

void TestConsentUi::editorStoresConsent()
{
    Database &db = m_vault->vault().database();
    ConsentEditorDialog dialog(db, m_case, nullptr, m_today);
    auto *recipient = child<QComboBox>(&dialog, "recipient");
    recipient->setCurrentIndex(recipient->findData(m_comensha));
    QVERIFY(recipient->currentText().contains(QStringLiteral("not verified")));
    child<QCheckBox>(&dialog, "scope_exploitation")->setChecked(true);
    child<QCheckBox>(&dialog, "scope_sexual_life")->setChecked(true);
    child<QCheckBox>(&dialog, "interpreter")->setChecked(true);
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.stored().id.isEmpty());
    auto stored = ConsentRegister(db).find(dialog.stored().id);
    QVERIFY(stored);
    QCOMPARE(stored->recipientId, m_comensha);
    QCOMPARE(stored->scopes, (QStringList { QStringLiteral("exploitation"), QStringLiteral("sexual_life") }));
    QVERIFY(stored->interpreterUsed);
    QCOMPARE(stored->expires, QDate(2026, 6, 1));
}

void TestConsentUi::panelShowsConsentsOverviewAndHistory()
{
    Database &db = m_vault->vault().database();
    const QString id = addConsent(m_comensha, QStringLiteral("registration"));
    QVERIFY(!id.isEmpty());
    ConsentPanel panel;
    panel.setCase(m_case, db);
    panel.setToday(m_today);
    auto *table = child<QTableView>(&panel, "consents");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ConsentListModel::RecipientColumn).data().toString(), QStringLiteral("CoMensha"));
    QCOMPARE(table->model()->index(0, 0).data(ConsentListModel::StatusCodeRole).toString(), QStringLiteral("valid"));
    auto *overview = child<QTreeWidget>(&panel, "overview");
    QCOMPARE(overview->topLevelItemCount(), 1);
    QVERIFY(overview->topLevelItem(0)->data(2, Qt::UserRole).toBool());
    // A year later the overview says why nothing may go.
    panel.setToday(QDate(2026, 6, 1));
    QVERIFY(!overview->topLevelItem(0)->data(2, Qt::UserRole).toBool());
    QVERIFY(overview->topLevelItem(0)->text(3).contains(QStringLiteral("expired")));
    QCOMPARE(child<QTreeWidget>(&panel, "disclosures")->topLevelItemCount(), 0);
    panel.clear();
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(overview->topLevelItemCount(), 0);
}

void TestConsentUi::panelWithdrawListsRecipients()
{
    Database &db = m_vault->vault().database();
    const QString id = addConsent(m_comensha, QStringLiteral("registration"));
    Disclosure d { 0, m_case, {}, m_comensha, QStringLiteral("registration"), { QStringLiteral("exploitation") },
        QStringLiteral("bundle-ui"), id };
    // The consent holds from m_today; record the disclosure on that day.
    d.at = QDateTime(m_today, QTime(12, 0));
    QVERIFY(DisclosureRegister(db).recordDisclosure(d));

    ConsentPanel panel;
    panel.setCase(m_case, db);
    panel.setToday(m_today);
    QCOMPARE(child<QTreeWidget>(&panel, "disclosures")->topLevelItemCount(), 1);
    auto *withdraw = child<QPushButton>(&panel, "withdrawConsent");
    QVERIFY(!withdraw->isEnabled());
    child<QTableView>(&panel, "consents")->selectRow(0);
    QVERIFY(withdraw->isEnabled());

    // Declining the confirmation changes nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(withdraw, Qt::LeftButton);
    QVERIFY(!ConsentRegister(db).find(id)->isWithdrawn());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(withdraw, Qt::LeftButton);
    QVERIFY(ConsentRegister(db).find(id)->isWithdrawn());
    QCOMPARE(panel.lastInformRecipients().size(), 1);
    auto *inform = child<QLabel>(&panel, "informRecipients");
    QVERIFY(inform->isVisibleTo(&panel));
    QVERIFY(inform->text().contains(QStringLiteral("CoMensha")));
    QCOMPARE(child<QTableView>(&panel, "consents")->model()->index(0, 0).data(ConsentListModel::StatusCodeRole).toString(),
        QStringLiteral("withdrawn"));
}

void TestConsentUi::panelAddOpensEditor()
{
    ConsentPanel panel;
    panel.setCase(m_case, m_vault->vault().database());
    panel.setToday(m_today);
    QSignalSpy changed(&panel, &ConsentPanel::consentsChanged);
    QTest::mouseClick(child<QPushButton>(&panel, "addConsent"), Qt::LeftButton);
    QTRY_VERIFY(panel.editor() != nullptr);
    ConsentEditorDialog *editor = panel.editor();
    child<QCheckBox>(editor, "scope_identity")->setChecked(true);
    QTest::mouseClick(child<QDialogButtonBox>(editor, "buttons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(child<QTableView>(&panel, "consents")->model()->rowCount(), 1);
}

void TestConsentUi::contactsViewGroupsAndVerifies()
{
    ContactsView view;
    view.setDatabase(m_vault->vault().database());
    auto *tree = child<QTreeWidget>(&view, "contacts");
    QCOMPARE(tree->topLevelItemCount(), 0); // read when shown
    view.show();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 1); // team: Anna
    QCOMPARE(tree->topLevelItem(1)->childCount(), 1); // external: CoMensha
    QTreeWidgetItem *comensha = tree->topLevelItem(1)->child(0);
    QCOMPARE(comensha->text(0), QStringLiteral("CoMensha"));
    QVERIFY(!comensha->text(2).isEmpty()); // fingerprint shown
    auto *verify = child<QPushButton>(&view, "verifyContact");
    QVERIFY(!verify->isEnabled());
    tree->setCurrentItem(comensha);
    QVERIFY(verify->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("phone")));
    QVERIFY(MessageBox::lastText().contains(FingerprintLabel::grouped(comensha->text(2)))); // in groups to read aloud
    QVERIFY(!ContactRepository(m_vault->vault().database()).find(m_comensha)->verified);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(ContactRepository(m_vault->vault().database()).find(m_comensha)->verified);
    QVERIFY(!verify->isEnabled());
    view.clear();
    QCOMPARE(tree->topLevelItemCount(), 0);
}

QTEST_MAIN(TestConsentUi)
#include "TestConsentUi.moc"
