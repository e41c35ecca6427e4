#include "exchange/ContactCard.h"

#include <QFile>
#include <QStringList>

#include <sodium.h>

namespace vangnet {
namespace {

const QString Header = QStringLiteral("VANGNET CONTACT CARD 1");

// The signed text: header and the four fields, one per line, in this order.
QByteArray signedPart(const QString &name, const QString &organisation, const PublicIdentity &id)
{
    const QString text = Header + QLatin1Char('\n') + QStringLiteral("name: ") + name + QLatin1Char('\n')
        + QStringLiteral("organisation: ") + organisation + QLatin1Char('\n') + QStringLiteral("encryption-key: ")
        + QString::fromLatin1(id.encryptionKey.toBase64()) + QLatin1Char('\n') + QStringLiteral("signing-key: ")
        + QString::fromLatin1(id.signingKey.toBase64()) + QLatin1Char('\n');
    return text.toUtf8();
}

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s.trimmed();
}

} // namespace

QString ContactCard::write(const QString &name, const QString &organisation, const IdentityKeys &keys)
{
    const QByteArray body = signedPart(oneLine(name), oneLine(organisation), keys.publicIdentity());
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(body.constData()), static_cast<unsigned long long>(body.size()),
        keys.signingSecret().data());
    return QString::fromUtf8(body) + QStringLiteral("signature: ") + QString::fromLatin1(signature.toBase64())
        + QLatin1Char('\n');
}

Result<ContactCard> ContactCard::parse(const QString &text)
{
    const auto notACard = [] { return Error(ErrorCode::InvalidInput, tr("This is not a Vangnet contact card.")); };
    // docs/BUNDLE-FORMAT.md, "Contact cards": lines end in \n (a \r before it is dropped), blank lines
    // are ignored, and the signature covers the first five lines exactly as written, each followed by
    // \n. The values are read with the spaces around them removed.
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    if (lines.size() != 6 || lines.at(0) != Header)
        return notACard();
    const QStringList keys = { QStringLiteral("name:"), QStringLiteral("organisation:"), QStringLiteral("encryption-key:"),
        QStringLiteral("signing-key:"), QStringLiteral("signature:") };
    QStringList values;
    for (int i = 0; i < keys.size(); ++i) {
        const QString &line = lines.at(i + 1);
        if (!line.startsWith(keys.at(i)))
            return notACard();
        values.append(line.mid(keys.at(i).size()).trimmed());
    }
    const auto decode = [](const QString &b64) {
        auto r = QByteArray::fromBase64Encoding(b64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        return r ? *r : QByteArray();
    };
    ContactCard card;
    card.name = values.at(0);
    card.organisation = values.at(1);
    card.identity = PublicIdentity { decode(values.at(2)), decode(values.at(3)) };
    const QByteArray signature = decode(values.at(4));
    if (card.name.isEmpty() || !card.identity.isValid() || signature.size() != crypto_sign_BYTES)
        return notACard();
    const QByteArray body = (lines.mid(0, 5).join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
            reinterpret_cast<const unsigned char *>(body.constData()), static_cast<unsigned long long>(body.size()),
            reinterpret_cast<const unsigned char *>(card.identity.signingKey.constData()))
        != 0)
        return Error(ErrorCode::Integrity, tr("The contact card was altered after it was made: its signature does not match."));
    return card;
}

Result<ContactCard> ContactCard::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::InvalidInput, tr("The card file cannot be read."), file.errorString());
    return parse(QString::fromUtf8(file.read(64 * 1024)));
}

Contact ContactCard::toContact(const QString &kind, const QString &name) const
{
    Contact contact;
    contact.name = name.trimmed().isEmpty() ? this->name : name.trimmed();
    contact.organisation = organisation;
    contact.kind = kind;
    contact.encPublicKey = identity.encryptionKey;
    contact.signPublicKey = identity.signingKey;
    contact.fingerprint = identity.fingerprint();
    return contact;
}

} // namespace vangnet
