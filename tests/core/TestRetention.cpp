#include "FakeClock.h"
#include "TestVault.h"
#include "cases/CaseRepository.h"
#include "privacy/LegalHolds.h"
#include "privacy/Retention.h"
#include "vault/VaultConfig.h"

#include <QTest>

#include <memory>

using namespace vangnet;

Q_DECLARE_METATYPE(vangnet::RetentionRegime)

// Retention end dates per regime (issue 16): Wmo 2015 practice for adults, the Youth Act for cases
// opened for a minor, from the vault settings, against an injected clock.
class TestRetention final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultsAreTheLawsReferencePeriods();
    void retentionPerRegime_data();
    void retentionPerRegime();
    void settingsChangeThePeriod();
    void openCasesHaveNoRetention();
    void dueListsOnlyEndedOnesAndMarksHolds();

private:
    // Creates a case opened on `opened` and closed on `closed` (both at noon UTC).
    QString closedCase(const QDate &opened, const QDate &closed, const QDate &birth = {}, bool minor = false);
    Database &db() { return m_vault->vault().database(); }
    std::unique_ptr<test::TestVault> m_vault;
};

void TestRetention::init()
{
    m_vault = std::make_unique<test::TestVault>();
}

void TestRetention::cleanup()
{
    m_vault.reset();
}

QString TestRetention::closedCase(const QDate &opened, const QDate &closed, const QDate &birth, bool minor)
{
    CaseRepository repo(db());
    QDateTime at(opened, QTime(12, 0), Qt::UTC);
    repo.setClock([&at] { return at; });
    Case c;
    c.givenName = QStringLiteral("Retention");
    c.familyName = QStringLiteral("Testcase");
    c.birthDate = birth;
    c.minor = minor;
    auto created = repo.create(c);
    if (!created)
        return {};
    at = QDateTime(closed, QTime(12, 0), Qt::UTC);
    if (!repo.close(created->id, QStringLiteral("Care ended")))
        return {};
    return created->id;
}

void TestRetention::defaultsAreTheLawsReferencePeriods()
{
    VaultConfig config(db());
    QCOMPARE(config.integer(VaultConfig::RetentionYearsAdult).value(), 15);
    QCOMPARE(config.integer(VaultConfig::RetentionYearsMinor).value(), 20);
    QVERIFY(!config.set(VaultConfig::RetentionYearsAdult, QStringLiteral("0")));
    QVERIFY(!config.set(VaultConfig::RetentionYearsMinor, QStringLiteral("101")));
}

void TestRetention::retentionPerRegime_data()
{
    QTest::addColumn<QDate>("opened");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<bool>("minor");
    QTest::addColumn<QDate>("closed");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<RetentionRegime>("regime");
    QTest::addColumn<QDate>("ends");
    QTest::addColumn<bool>("due");

    const auto A = RetentionRegime::Adult;
    const auto M = RetentionRegime::Minor;
    QTest::newRow("adult, 15 years ended") << QDate(2009, 1, 5) << QDate(1980, 1, 1) << false << QDate(2010, 3, 15)
                                           << QDate(2026, 1, 1) << A << QDate(2025, 3, 15) << true;
    QTest::newRow("adult, still running") << QDate(2019, 1, 5) << QDate() << false << QDate(2020, 1, 1) << QDate(2026, 1, 1) << A
                                          << QDate(2035, 1, 1) << false;
    QTest::newRow("adult, the end day itself")
        << QDate(2010, 1, 5) << QDate() << false << QDate(2011, 6, 30) << QDate(2026, 6, 30) << A << QDate(2026, 6, 30) << true;
    QTest::newRow("adult, the day before") << QDate(2010, 1, 5) << QDate() << false << QDate(2011, 6, 30) << QDate(2026, 6, 29)
                                           << A << QDate(2026, 6, 30) << false;
    QTest::newRow("closed on 29 February") << QDate(2007, 1, 5) << QDate() << false << QDate(2008, 2, 29) << QDate(2023, 3, 1)
                                           << A << QDate(2023, 2, 28) << true;
    QTest::newRow("marked minor: 20 years") << QDate(2009, 1, 5) << QDate() << true << QDate(2010, 3, 15) << QDate(2026, 1, 1)
                                            << M << QDate(2030, 3, 15) << false;
    QTest::newRow("under 18 when opened") << QDate(2015, 1, 1) << QDate(2000, 6, 1) << false << QDate(2016, 2, 1)
                                          << QDate(2036, 2, 1) << M << QDate(2036, 2, 1) << true;
    QTest::newRow("18 on the day it opened") << QDate(2018, 6, 1) << QDate(2000, 6, 1) << false << QDate(2019, 2, 1)
                                             << QDate(2034, 2, 1) << A << QDate(2034, 2, 1) << true;
    QTest::newRow("a minor who came of age before closing")
        << QDate(2015, 1, 1) << QDate(1999, 6, 1) << false << QDate(2020, 2, 1) << QDate(2035, 2, 1) << M << QDate(2040, 2, 1)
        << false;
}

void TestRetention::retentionPerRegime()
{
    QFETCH(QDate, opened);
    QFETCH(QDate, birth);
    QFETCH(bool, minor);
    QFETCH(QDate, closed);
    QFETCH(QDate, today);
    QFETCH(RetentionRegime, regime);
    QFETCH(QDate, ends);
    QFETCH(bool, due);

    QCOMPARE(Retention::regimeFor(minor, birth, opened), regime);
    const QString id = closedCase(opened, closed, birth, minor);
    QVERIFY(!id.isEmpty());
    test::FakeClock clock(QDateTime(today, QTime(8, 0), Qt::UTC));
    auto status = Retention(db(), clock).forCase(id);
    QVERIFY(status);
    QVERIFY(status->has_value());
    const RetentionStatus &s = **status;
    QCOMPARE(s.closedOn, closed);
    QCOMPARE(s.regime, regime);
    QCOMPARE(s.years, regime == RetentionRegime::Minor ? 20 : 15);
    QCOMPARE(s.endsOn, ends);
    QCOMPARE(s.due, due);
    auto list = Retention(db(), clock).due();
    QVERIFY(list);
    QCOMPARE(list->size(), due ? 1 : 0);
}

void TestRetention::settingsChangeThePeriod()
{
    const QString adult = closedCase(QDate(2019, 1, 1), QDate(2020, 1, 10));
    const QString minor = closedCase(QDate(2019, 1, 1), QDate(2020, 1, 10), {}, true);
    QVERIFY(VaultConfig(db()).set(VaultConfig::RetentionYearsAdult, QStringLiteral("5")));
    QVERIFY(VaultConfig(db()).set(VaultConfig::RetentionYearsMinor, QStringLiteral("7")));
    test::FakeClock clock(QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC));
    Retention retention(db(), clock);
    QCOMPARE(retention.forCase(adult).value()->endsOn, QDate(2025, 1, 10));
    QCOMPARE(retention.forCase(minor).value()->endsOn, QDate(2027, 1, 10));
    auto due = retention.due();
    QVERIFY(due);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().caseId, adult);
}

void TestRetention::openCasesHaveNoRetention()
{
    Case c;
    c.givenName = QStringLiteral("Open");
    auto created = CaseRepository(db()).create(c);
    QVERIFY(created);
    test::FakeClock clock;
    auto status = Retention(db(), clock).forCase(created->number);
    QVERIFY(status);
    QVERIFY(!status->has_value());
    auto missing = Retention(db(), clock).forCase(QStringLiteral("VN-1999-0001"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), ErrorCode::NotFound);
}

void TestRetention::dueListsOnlyEndedOnesAndMarksHolds()
{
    const QString older = closedCase(QDate(2005, 1, 1), QDate(2006, 1, 1));
    const QString held = closedCase(QDate(2007, 1, 1), QDate(2008, 1, 1));
    const QString recent = closedCase(QDate(2022, 1, 1), QDate(2023, 1, 1));
    QVERIFY(LegalHolds(db()).set(held, QStringLiteral("Residence procedure pending")));
    test::FakeClock clock(QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC));
    auto due = Retention(db(), clock).due();
    QVERIFY(due);
    QCOMPARE(due->size(), 2);
    QCOMPARE(due->at(0).caseId, older); // oldest end first
    QVERIFY(!due->at(0).held);
    QCOMPARE(due->at(1).caseId, held);
    QVERIFY(due->at(1).held);
    Q_UNUSED(recent);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"
