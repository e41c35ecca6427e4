#include "FakeClock.h"
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "cases/CasePrivacyPage.h"
#include "cases/CaseRepository.h"
#include "cases/EraseCaseDialog.h"
#include "i18n/DateText.h"
#include "privacy/LegalHolds.h"
#include "storage/Database.h"
#include "vault/AuditLogDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace vangnet;

// The case editor's "Privacy and retention" section and the vault's audit log view (issue 16),
// driven through their widgets: the retention end in words, a legal hold that needs its reason and
// blocks erasure, erasure only after the case number is typed, the audit log filtered and checked.
class TestPrivacyUi final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void retentionInPlainWords();
    void legalHoldNeedsReasonAndBlocksErasure();
    void erasureAsksForTheNumber();
    void auditLogFiltersAndChecks();

private:
    Database &db() { return m_vault->vault().database(); }
    template<typename T> T *child(QWidget &w, const char *name) { return w.findChild<T *>(QLatin1String(name)); }

    std::unique_ptr<test::TestVault> m_vault;
    test::FakeClock m_clock { QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC) };
    QString m_case;
    QString m_number;
};

void TestPrivacyUi::init()
{
    m_vault = std::make_unique<test::TestVault>();
    CaseRepository repo(db());
    QDateTime at(QDate(2004, 5, 1), QTime(12, 0), Qt::UTC);
    repo.setClock([&at] { return at; });
    Case c;
    c.givenName = QStringLiteral("Privacy");
    c.familyName = QStringLiteral("Pagetest");
    auto created = repo.create(c);
    QVERIFY(created);
    m_case = created->id;
    m_number = created->number;
    at = QDateTime(QDate(2005, 3, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(repo.close(m_case, QStringLiteral("Care ended")));
}

void TestPrivacyUi::cleanup()
{
    m_vault.reset();
}

void TestPrivacyUi::retentionInPlainWords()
{
    CasePrivacyPage page;
    page.setClock(&m_clock);
    page.setCase(m_case, db());
    const QString text = child<QLabel>(page, "retentionText")->text();
    QVERIFY2(text.contains(DateText::date(QDate(2005, 3, 1))), qPrintable(text));
    QVERIFY2(text.contains(DateText::date(QDate(2020, 3, 1))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("has ended")), qPrintable(text));

    // An open case: no end date yet, the periods from the settings.
    Case open;
    open.givenName = QStringLiteral("Still open");
    auto created = CaseRepository(db()).create(open);
    QVERIFY(created);
    page.setCase(created->id, db());
    const QString openText = child<QLabel>(page, "retentionText")->text();
    QVERIFY2(
        openText.contains(QStringLiteral("15 years")) && openText.contains(QStringLiteral("20 years")), qPrintable(openText));

    page.clear();
    QVERIFY(child<QLabel>(page, "retentionText")->text().isEmpty());
    QVERIFY(!child<QPushButton>(page, "eraseCase")->isEnabled());
}

void TestPrivacyUi::legalHoldNeedsReasonAndBlocksErasure()
{
    CasePrivacyPage page;
    page.setClock(&m_clock);
    page.setCase(m_case, db());
    auto *setHold = child<QPushButton>(page, "setLegalHold");
    auto *liftHold = child<QPushButton>(page, "liftLegalHold");
    auto *erase = child<QPushButton>(page, "eraseCase");
    QVERIFY(setHold->isEnabled() && !liftHold->isEnabled() && erase->isEnabled());

    setHold->click(); // no reason
    QVERIFY(!LegalHolds(db()).find(m_case).value().has_value());
    QVERIFY(child<QLabel>(page, "privacyStatus")->text().contains(QStringLiteral("reason")));

    QTest::keyClicks(child<QLineEdit>(page, "legalHoldReason"), QStringLiteral("Criminal case pending"));
    setHold->click();
    auto hold = LegalHolds(db()).find(m_case);
    QVERIFY(hold && hold->has_value());
    QCOMPARE((*hold)->reason, QStringLiteral("Criminal case pending"));
    QVERIFY(!setHold->isEnabled() && liftHold->isEnabled() && !erase->isEnabled());
    QVERIFY(child<QLabel>(page, "legalHoldState")->text().contains(QStringLiteral("Criminal case pending")));

    liftHold->click();
    QVERIFY(!LegalHolds(db()).find(m_case).value().has_value());
    QVERIFY(erase->isEnabled());
}

void TestPrivacyUi::erasureAsksForTheNumber()
{
    CasePrivacyPage page;
    page.setClock(&m_clock);
    page.setCase(m_case, db());
    QSignalSpy erased(&page, &CasePrivacyPage::caseErased);
    child<QPushButton>(page, "eraseCase")->click();
    EraseCaseDialog *dialog = page.eraseDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *button = child<QPushButton>(*dialog, "eraseButton");
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(child<QLineEdit>(*dialog, "eraseReason"), QStringLiteral("Retention period ended"));
    QVERIFY(!button->isEnabled());
    auto *confirm = child<QLineEdit>(*dialog, "eraseConfirmNumber");
    QTest::keyClicks(confirm, QStringLiteral("VN-1999-0001"));
    QVERIFY(!button->isEnabled()); // another number
    confirm->clear();
    QTest::keyClicks(confirm, m_number);
    QVERIFY(button->isEnabled());
    button->click();
    QCOMPARE(erased.count(), 1);
    QCOMPARE(erased.first().first().toString(), m_case);
    auto gone = CaseRepository(db()).load(m_case);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code(), ErrorCode::NotFound);
    QVERIFY(child<QLabel>(page, "privacyStatus")->text().contains(m_number));
}

void TestPrivacyUi::auditLogFiltersAndChecks()
{
    QVERIFY(LegalHolds(db()).set(m_case, QStringLiteral("Residence procedure")));
    test::FakeClock now(QDateTime::currentDateTimeUtc());
    AuditLogDialog dialog(m_vault->vault(), now);
    QTRY_COMPARE(dialog.pending(), 0);
    auto *table = child<QTableWidget>(dialog, "auditTable");
    QVERIFY(table->rowCount() >= 3); // vault created, unlocked, case created, closed, hold set
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Legal hold set"));
    QCOMPARE(table->item(0, 3)->text(), m_number);

    auto *kind = child<QComboBox>(dialog, "auditKind");
    kind->setCurrentIndex(kind->findData(static_cast<int>(AuditKind::Vault)));
    QTRY_COMPARE(dialog.pending(), 0);
    QVERIFY(table->rowCount() >= 1);
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString what = table->item(row, 2)->text();
        QVERIFY2(what != QStringLiteral("Legal hold set") && what != QStringLiteral("Case created"), qPrintable(what));
    }

    auto *verify = child<QPushButton>(dialog, "verifyAuditLog");
    verify->click();
    QTRY_COMPARE(dialog.pending(), 0);
    QVERIFY(child<QLabel>(dialog, "auditStatus")->text().contains(QStringLiteral("intact")));

    QVERIFY(db().exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = 2")));
    verify->click();
    QTRY_COMPARE(dialog.pending(), 0);
    QVERIFY2(child<QLabel>(dialog, "auditStatus")->text().contains(QStringLiteral("entry 2")),
        qPrintable(child<QLabel>(dialog, "auditStatus")->text()));
}

QTEST_MAIN(TestPrivacyUi)
#include "TestPrivacyUi.moc"
