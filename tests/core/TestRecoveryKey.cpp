#include "TestVault.h"
#include "crypto/RecoveryKey.h"

#include <QRegularExpression>
#include <QTest>

using namespace vangnet;

// The recovery key as written on paper: round trip, forgiving input, typing errors reported as
// such (not as "wrong key"), and a well-formed key of another vault refused by the vault.
class TestRecoveryKey final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void formatIsGroupsOfFour();
    void forgivingInput_data();
    void forgivingInput();
    void oneChangedCharacterIsATypingError_data();
    void oneChangedCharacterIsATypingError();
    void swappedNeighboursAreATypingError();
    void malformedInput_data();
    void malformedInput();
    void keyOfAnotherVaultCannotUnlock();
    void ownKeyUnlocks();

private:
    // A fixed key whose text holds 0s and 1s (for the look-alike rows) and every other kind of bit pattern.
    static SecureBuffer fixedKey()
    {
        SecureBuffer key(RecoveryKey::KeyBytes);
        for (std::size_t i = 0; i < key.size(); ++i)
            key.data()[i] = static_cast<unsigned char>(i < 5 ? 0 : (i < 10 ? 0x42 : i * 37 + 11));
        return key;
    }
    static const QString &alphabet()
    {
        static const QString a = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
        return a;
    }
};

void TestRecoveryKey::roundTrip_data()
{
    QTest::addColumn<int>("fill"); // -1: random
    QTest::newRow("random 1") << -1;
    QTest::newRow("random 2") << -1;
    QTest::newRow("random 3") << -1;
    QTest::newRow("all zero") << 0x00;
    QTest::newRow("all ones") << 0xff;
    QTest::newRow("alternating") << 0xa5;
}

void TestRecoveryKey::roundTrip()
{
    QFETCH(int, fill);
    SecureBuffer key = fill < 0 ? RecoveryKey::generate() : SecureBuffer(RecoveryKey::KeyBytes);
    if (fill >= 0)
        std::fill(key.data(), key.data() + key.size(), static_cast<unsigned char>(fill));
    QCOMPARE(key.size(), RecoveryKey::KeyBytes);

    const QString text = RecoveryKey::format(key);
    auto parsed = RecoveryKey::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message()));
    QVERIFY(parsed->equals(key));
    // Formatting is deterministic.
    QCOMPARE(RecoveryKey::format(parsed.value()), text);
}

void TestRecoveryKey::formatIsGroupsOfFour()
{
    const QString text = RecoveryKey::format(RecoveryKey::generate());
    static const QRegularExpression shape(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){13}$"));
    QVERIFY2(shape.match(text).hasMatch(), qPrintable(text));
    QVERIFY(RecoveryKey::format(RecoveryKey::generate()) != text);
}

void TestRecoveryKey::forgivingInput_data()
{
    QTest::addColumn<QString>("variant");
    const QString text = RecoveryKey::format(fixedKey());
    QVERIFY(text.contains(QLatin1Char('0')));
    QVERIFY(text.contains(QLatin1Char('1')));

    QString noDashes = text;
    noDashes.remove(QLatin1Char('-'));
    QString spaced = text;
    spaced.replace(QLatin1Char('-'), QLatin1Char(' '));
    QString oForZero = text;
    oForZero.replace(QLatin1Char('0'), QLatin1Char('O'));
    QString lForOne = text;
    lForOne.replace(QLatin1Char('1'), QLatin1Char('l'));
    QString iForOne = text;
    iForOne.replace(QLatin1Char('1'), QLatin1Char('I'));

    QTest::newRow("as printed") << text;
    QTest::newRow("lower case") << text.toLower();
    QTest::newRow("without dashes") << noDashes;
    QTest::newRow("spaces for dashes") << spaced;
    QTest::newRow("surrounding whitespace and newline") << (QStringLiteral("  \t") + text + QStringLiteral("\r\n"));
    QTest::newRow("O for 0") << oForZero;
    QTest::newRow("o for 0, lower case") << oForZero.toLower();
    QTest::newRow("l for 1") << lForOne;
    QTest::newRow("I for 1") << iForOne;
    QTest::newRow("groups of eight") << noDashes.left(8) + QLatin1Char(' ') + noDashes.mid(8);
}

void TestRecoveryKey::forgivingInput()
{
    QFETCH(QString, variant);
    auto parsed = RecoveryKey::parse(variant);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message()));
    QVERIFY(parsed->equals(fixedKey()));
}

void TestRecoveryKey::oneChangedCharacterIsATypingError_data()
{
    QTest::addColumn<int>("position"); // among the 56 characters without dashes
    for (int i = 0; i < 56; ++i)
        QTest::addRow("character %d", i + 1) << i;
}

void TestRecoveryKey::oneChangedCharacterIsATypingError()
{
    QFETCH(int, position);
    QString raw = RecoveryKey::format(fixedKey());
    raw.remove(QLatin1Char('-'));
    QCOMPARE(raw.size(), 56);

    // Flip the highest of the five bits: always another valid character, and for the 52nd character
    // (whose low four bits are padding) the one bit of the key it carries.
    const qsizetype value = alphabet().indexOf(raw.at(position));
    QVERIFY(value >= 0);
    raw[position] = alphabet().at(value ^ 0x10);

    auto parsed = RecoveryKey::parse(raw);
    QVERIFY2(!parsed.ok(), "a mistyped recovery key was accepted");
    QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(parsed.error().message().contains(QStringLiteral("typing error")), qPrintable(parsed.error().message()));
}

void TestRecoveryKey::swappedNeighboursAreATypingError()
{
    QString raw = RecoveryKey::format(fixedKey());
    raw.remove(QLatin1Char('-'));
    int tested = 0;
    for (int i = 0; i + 1 < raw.size(); ++i) {
        if (raw.at(i) == raw.at(i + 1))
            continue;
        QString swapped = raw;
        std::swap(swapped[i], swapped[i + 1]);
        auto parsed = RecoveryKey::parse(swapped);
        QVERIFY2(!parsed.ok(), qPrintable(QStringLiteral("swap at %1 accepted").arg(i)));
        QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(parsed.error().message().contains(QStringLiteral("typing error")), qPrintable(parsed.error().message()));
        ++tested;
    }
    QVERIFY(tested > 40);
}

void TestRecoveryKey::malformedInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString good = RecoveryKey::format(fixedKey());
    QString withU = good;
    withU[0] = QLatin1Char('U'); // not in Crockford's alphabet
    QString withHash = good;
    withHash[good.size() - 1] = QLatin1Char('#'); // in the checksum part

    QTest::newRow("empty") << QString() << QStringLiteral("has 0");
    QTest::newRow("one character missing") << good.chopped(1) << QStringLiteral("has 55");
    QTest::newRow("one character extra") << good + QLatin1Char('7') << QStringLiteral("has 57");
    QTest::newRow("U in key part") << withU << QStringLiteral("cannot occur");
    QTest::newRow("# in checksum part") << withHash << QStringLiteral("cannot occur");
    QTest::newRow("non-ASCII") << QString(good).replace(QLatin1Char('A'), QChar(0x00c4)).replace(QLatin1Char('0'), QChar(0x00d6))
                               << QStringLiteral("cannot occur");
    QTest::newRow("a passphrase instead") << QStringLiteral("lantern orchard velvet 42") << QStringLiteral("has 22");
}

void TestRecoveryKey::malformedInput()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    if (qstrcmp(QTest::currentDataTag(), "non-ASCII") == 0)
        QVERIFY(text.contains(QChar(0x00d6))); // the row must actually hold a non-ASCII character
    auto parsed = RecoveryKey::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(parsed.error().message().contains(expected), qPrintable(parsed.error().message()));
}

void TestRecoveryKey::keyOfAnotherVaultCannotUnlock()
{
    test::TestVault mine;
    test::TestVault other;
    QVERIFY(mine.handle() && other.handle());
    mine.handle().reset();

    // Well-formed (the checksum is right), but for another vault: that is "cannot unlock", not a typo.
    QVERIFY(RecoveryKey::parse(other.recoveryKey()).ok());
    auto opened = Vault::openWithRecoveryKey(mine.folder(), other.recoveryKey());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), ErrorCode::CannotUnlock);

    // A fresh random key, likewise.
    opened = Vault::openWithRecoveryKey(mine.folder(), RecoveryKey::format(RecoveryKey::generate()));
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), ErrorCode::CannotUnlock);

    // A typo in the right key is reported as a typo.
    QString typo = mine.recoveryKey();
    typo[0] = typo.at(0) == QLatin1Char('Z') ? QLatin1Char('Y') : QLatin1Char('Z');
    opened = Vault::openWithRecoveryKey(mine.folder(), typo);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), ErrorCode::InvalidInput);
}

void TestRecoveryKey::ownKeyUnlocks()
{
    test::TestVault mine;
    QVERIFY(mine.handle());
    mine.handle().reset();
    auto opened = Vault::openWithRecoveryKey(mine.folder(), mine.recoveryKey().toLower());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
    QVERIFY(opened.value()->isOpen());
}

QTEST_GUILESS_MAIN(TestRecoveryKey)
#include "TestRecoveryKey.moc"
