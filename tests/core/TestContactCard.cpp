#include "exchange/ContactCard.h"

#include <QRegularExpression>
#include <QTest>

using namespace vangnet;

class TestContactCard final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const IdentityKeys keys = IdentityKeys::generate();
        const QString text = ContactCard::write(QStringLiteral("Fatima de Vries"), QStringLiteral("CoMensha"), keys);
        auto card = ContactCard::parse(text);
        QVERIFY(card.ok());
        QCOMPARE(card->name, QStringLiteral("Fatima de Vries"));
        QCOMPARE(card->organisation, QStringLiteral("CoMensha"));
        QCOMPARE(card->identity, keys.publicIdentity());
        // Windows line endings and surrounding blank lines survive e-mail.
        QString crlf = text;
        crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        QVERIFY(ContactCard::parse(QStringLiteral("\r\n") + crlf + QStringLiteral("\r\n")).ok());
    }

    void editedCardIsDetected_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("name") << QStringLiteral("name: Fatima") << QStringLiteral("name: Mallory");
        QTest::newRow("organisation") << QStringLiteral("organisation: CoMensha") << QStringLiteral("organisation: CoMensha2");
    }
    void editedCardIsDetected()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const IdentityKeys keys = IdentityKeys::generate();
        QString text = ContactCard::write(QStringLiteral("Fatima"), QStringLiteral("CoMensha"), keys);
        QVERIFY(text.contains(from));
        text.replace(from, to);
        auto card = ContactCard::parse(text);
        QVERIFY(!card.ok());
        QCOMPARE(card.error().code(), ErrorCode::Integrity);
    }

    void swappedKeyIsDetected()
    {
        const IdentityKeys keys = IdentityKeys::generate();
        const IdentityKeys other = IdentityKeys::generate();
        QString text = ContactCard::write(QStringLiteral("Fatima"), QStringLiteral("CoMensha"), keys);
        text.replace(QString::fromLatin1(keys.publicIdentity().encryptionKey.toBase64()),
            QString::fromLatin1(other.publicIdentity().encryptionKey.toBase64()));
        QCOMPARE(ContactCard::parse(text).error().code(), ErrorCode::Integrity);
    }

    void notACard_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("json") << QStringLiteral("{\"name\": \"x\"}");
        QTest::newRow("header only") << QStringLiteral("VANGNET CONTACT CARD 1\n");
        QTest::newRow("bad base64") << QStringLiteral(
            "VANGNET CONTACT CARD 1\nname: a\norganisation: b\nencryption-key: !!\nsigning-key: ??\nsignature: --\n");
    }
    void notACard()
    {
        QFETCH(QString, text);
        auto card = ContactCard::parse(text);
        QVERIFY(!card.ok());
        QCOMPARE(card.error().code(), ErrorCode::InvalidInput);
    }

    void fingerprintIsReadable()
    {
        const IdentityKeys keys = IdentityKeys::generate();
        const QString fp = keys.publicIdentity().fingerprint();
        QVERIFY(QRegularExpression(QStringLiteral("^(\\d{5} ){7}\\d{5}$")).match(fp).hasMatch());
        QCOMPARE(keys.publicIdentity().fingerprint(), fp);
        QVERIFY(IdentityKeys::generate().publicIdentity().fingerprint() != fp);
    }
};

QTEST_GUILESS_MAIN(TestContactCard)
#include "TestContactCard.moc"
