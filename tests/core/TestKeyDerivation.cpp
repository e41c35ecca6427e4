#include "TestVault.h"
#include "crypto/KdfParameters.h"
#include "crypto/KeyDerivation.h"

#include <QTest>

using namespace vangnet;

// Argon2id: the production parameters, determinism, salt and Unicode handling, and refusal of
// parameters a tampered key file could carry. Every derivation here uses the fast test parameters;
// the defaults are asserted, never derived with.
class TestKeyDerivation final : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreModerate();
    void defaultSaltsAreRandom();
    void samePassphraseAndParametersGiveSameKey();
    void differentSaltGivesDifferentKey();
    void differentPassphraseGivesDifferentKey();
    void unicodeSpellingsGiveSameKey_data();
    void unicodeSpellingsGiveSameKey();
    void parametersOutsideLimitsAreRefused_data();
    void parametersOutsideLimitsAreRefused();

private:
    static SecureBuffer derive(const QString &passphrase, const KdfParameters &params)
    {
        auto key = KeyDerivation::fromPassphrase(passphrase, params);
        if (!key) {
            qWarning("derivation failed: %s", qPrintable(key.error().message()));
            return {};
        }
        return std::move(key.value());
    }
};

void TestKeyDerivation::defaultsAreModerate()
{
    // libsodium's argon2id MODERATE profile. Changing these is a security decision, not a
    // refactoring: the test must be edited on purpose.
    const KdfParameters d = KdfParameters::defaults();
    QCOMPARE(d.opsLimit, std::uint64_t(3));
    QCOMPARE(d.memLimit, std::uint64_t(256) * 1024 * 1024);
    QCOMPARE(d.salt.size(), 16);
    QVERIFY(!d.isWeakerThanDefaults());
    QVERIFY(d.isWithinLibraryLimits());

    // The fast test parameters are recognised as weaker, so the CLI warns about them.
    QVERIFY(test::fastKdf().isWeakerThanDefaults());
    KdfParameters fewerPasses = d;
    fewerPasses.opsLimit = 2;
    QVERIFY(fewerPasses.isWeakerThanDefaults());
    KdfParameters lessMemory = d;
    lessMemory.memLimit = 128 * 1024 * 1024;
    QVERIFY(lessMemory.isWeakerThanDefaults());
}

void TestKeyDerivation::defaultSaltsAreRandom()
{
    const QByteArray a = KdfParameters::defaults().salt;
    const QByteArray b = KdfParameters::defaults().salt;
    const QByteArray c = test::fastKdf().salt;
    QVERIFY(a != b);
    QVERIFY(a != c && b != c);
    QVERIFY(a != QByteArray(16, '\0'));
}

void TestKeyDerivation::samePassphraseAndParametersGiveSameKey()
{
    const KdfParameters params = test::fastKdf();
    const SecureBuffer first = derive(test::testPassphrase(), params);
    const SecureBuffer second = derive(test::testPassphrase(), params);
    QCOMPARE(first.size(), KeyDerivation::KeyBytes);
    QVERIFY(first.equals(second));
    QVERIFY(!first.equals(SecureBuffer(KeyDerivation::KeyBytes))); // not all zeroes
}

void TestKeyDerivation::differentSaltGivesDifferentKey()
{
    const KdfParameters a = test::fastKdf();
    const KdfParameters b = test::fastKdf();
    QVERIFY(a.salt != b.salt);
    const SecureBuffer ka = derive(test::testPassphrase(), a);
    const SecureBuffer kb = derive(test::testPassphrase(), b);
    QCOMPARE(ka.size(), KeyDerivation::KeyBytes);
    QCOMPARE(kb.size(), KeyDerivation::KeyBytes);
    QVERIFY(!ka.equals(kb));

    // Same salt, other cost: also another key (the parameters are part of the derivation).
    KdfParameters morePasses = a;
    morePasses.opsLimit = 2;
    QVERIFY(!ka.equals(derive(test::testPassphrase(), morePasses)));
}

void TestKeyDerivation::differentPassphraseGivesDifferentKey()
{
    const KdfParameters params = test::fastKdf();
    const SecureBuffer a = derive(QStringLiteral("lantern orchard velvet 42"), params);
    const SecureBuffer b = derive(QStringLiteral("lantern orchard velvet 43"), params);
    const SecureBuffer c = derive(QStringLiteral("lantern orchard velvet 42 "), params); // a trailing space counts
    QCOMPARE(a.size(), KeyDerivation::KeyBytes);
    QVERIFY(!a.equals(b));
    QVERIFY(!a.equals(c));
}

void TestKeyDerivation::unicodeSpellingsGiveSameKey_data()
{
    QTest::addColumn<QString>("composed");
    QTest::addColumn<QString>("decomposed");
    // é as U+00E9 (what a Windows keyboard sends) or e + U+0301 (what macOS file names hold).
    QTest::newRow("e acute") << QStringLiteral("koffie caf\u00e9 zeven bruine")
                             << QStringLiteral("koffie cafe\u0301 zeven bruine");
    QTest::newRow("diaeresis") << QStringLiteral("Zo\u00eb zingt een re\u00fcnie")
                               << QStringLiteral("Zoe\u0308 zingt een reu\u0308nie");
    QTest::newRow("ij and n tilde") << QStringLiteral("ma\u00f1ana bij de Zu\u00efderzee")
                                    << QStringLiteral("man\u0303ana bij de Zui\u0308derzee");
}

void TestKeyDerivation::unicodeSpellingsGiveSameKey()
{
    QFETCH(QString, composed);
    QFETCH(QString, decomposed);
    QVERIFY(composed != decomposed); // the test would prove nothing if the strings were already equal
    QCOMPARE(composed.normalized(QString::NormalizationForm_C), decomposed.normalized(QString::NormalizationForm_C));

    const KdfParameters params = test::fastKdf();
    const SecureBuffer a = derive(composed, params);
    const SecureBuffer b = derive(decomposed, params);
    QCOMPARE(a.size(), KeyDerivation::KeyBytes);
    QVERIFY(a.equals(b));
}

void TestKeyDerivation::parametersOutsideLimitsAreRefused_data()
{
    QTest::addColumn<qulonglong>("opsLimit");
    QTest::addColumn<qulonglong>("memLimit");
    QTest::addColumn<int>("saltBytes");

    const qulonglong mib = 1024 * 1024;
    QTest::newRow("zero passes") << 0ULL << 8 * mib << 16;
    QTest::newRow("65 passes") << 65ULL << 8 * mib << 16;
    QTest::newRow("huge passes") << ~0ULL << 8 * mib << 16;
    QTest::newRow("no memory") << 1ULL << 0ULL << 16;
    QTest::newRow("below minimum memory") << 1ULL << 8191ULL << 16;
    QTest::newRow("above 4 GiB") << 1ULL << (4096 * mib + 1) << 16;
    QTest::newRow("negative memory in the key file") << 1ULL << static_cast<qulonglong>(-1LL) << 16;
    QTest::newRow("salt too short") << 1ULL << 8 * mib << 15;
    QTest::newRow("salt too long") << 1ULL << 8 * mib << 17;
    QTest::newRow("no salt") << 1ULL << 8 * mib << 0;
}

void TestKeyDerivation::parametersOutsideLimitsAreRefused()
{
    QFETCH(qulonglong, opsLimit);
    QFETCH(qulonglong, memLimit);
    QFETCH(int, saltBytes);

    KdfParameters params = test::fastKdf();
    params.opsLimit = opsLimit;
    params.memLimit = memLimit;
    params.salt = params.salt.leftJustified(saltBytes, 'x', true);
    QVERIFY(!params.isWithinLibraryLimits());

    auto key = KeyDerivation::fromPassphrase(test::testPassphrase(), params);
    QVERIFY(!key);
    QCOMPARE(key.error().code(), ErrorCode::Integrity);
    QVERIFY2(key.error().message().contains(QStringLiteral("outside the allowed range")), qPrintable(key.error().message()));
}

QTEST_GUILESS_MAIN(TestKeyDerivation)
#include "TestKeyDerivation.moc"
