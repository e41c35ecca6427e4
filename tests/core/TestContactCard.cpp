#include "exchange/ContactCard.h"

#include <QRegularExpression>
#include <QTest>

#include <sodium.h>

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

    // The signature covers the first five lines exactly as written (docs/BUNDLE-FORMAT.md): an
    // independent writer's `organisation:` without a space or a name with a trailing space verifies.
    void exactLinesAreSigned_data()
    {
        QTest::addColumn<QString>("nameLine");
        QTest::addColumn<QString>("organisationLine");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("organisation");
        QTest::newRow("empty organisation without space")
            << QStringLiteral("name: Fatima") << QStringLiteral("organisation:") << QStringLiteral("Fatima") << QString();
        QTest::newRow("name with trailing space") << QStringLiteral("name: Fatima ") << QStringLiteral("organisation: CoMensha")
                                                  << QStringLiteral("Fatima") << QStringLiteral("CoMensha");
        QTest::newRow("no space after colon") << QStringLiteral("name:Fatima") << QStringLiteral("organisation:CoMensha")
                                              << QStringLiteral("Fatima") << QStringLiteral("CoMensha");
    }
    void exactLinesAreSigned()
    {
        QFETCH(QString, nameLine);
        QFETCH(QString, organisationLine);
        QFETCH(QString, name);
        QFETCH(QString, organisation);
        const IdentityKeys keys = IdentityKeys::generate();
        const QString body = QStringLiteral("VANGNET CONTACT CARD 1\n") + nameLine + QLatin1Char('\n') + organisationLine
            + QStringLiteral("\nencryption-key: ") + QString::fromLatin1(keys.publicIdentity().encryptionKey.toBase64())
            + QStringLiteral("\nsigning-key: ") + QString::fromLatin1(keys.publicIdentity().signingKey.toBase64())
            + QLatin1Char('\n');
        const QByteArray bytes = body.toUtf8();
        QByteArray signature(crypto_sign_BYTES, '\0');
        crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
            reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<unsigned long long>(bytes.size()),
            keys.signingSecret().data());
        const QString text = body + QStringLiteral("signature: ") + QString::fromLatin1(signature.toBase64()) + QLatin1Char('\n');
        auto card = ContactCard::parse(text);
        QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().message()));
        QCOMPARE(card->name, name);
        QCOMPARE(card->organisation, organisation);
        // The same card with the line normalised is a different text: its signature no longer matches.
        QString normalised = text;
        normalised.replace(nameLine + QLatin1Char('\n'), QStringLiteral("name: ") + name + QLatin1Char('\n'));
        normalised.replace(
            organisationLine + QLatin1Char('\n'), QStringLiteral("organisation: ") + organisation + QLatin1Char('\n'));
        QVERIFY(normalised != text);
        QCOMPARE(ContactCard::parse(normalised).error().code(), ErrorCode::Integrity);
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
