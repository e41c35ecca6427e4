#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace vangnet {

// A party named in a manifest (sender or recipient). Recipients carry no signing key.
struct ManifestParty
{
    QString name;
    QString organisation;
    QByteArray encryptionKey;
    QByteArray signingKey;
};

// One case named in a manifest: which consent it left on and which scopes it carries.
struct ManifestCase
{
    QString id;
    QString number;
    QString consentId; // empty for team and statistics bundles
    QStringList scopes;
};

// manifest.json of a bundle, exactly as docs/BUNDLE-FORMAT.md ("Payload entries") describes it.
struct Manifest
{
    Q_DECLARE_TR_FUNCTIONS(Manifest)

public:
    QString bundleId;
    QDateTime createdAt; // UTC
    QString kind; // team | external | statistics
    ManifestParty sender;
    QList<ManifestParty> recipients;
    QString purpose;
    QString purposeText;
    QString legalBasis;
    QList<ManifestCase> cases;

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    // Integrity error when the document is not a version 1 manifest (the bundle's content is signed,
    // so a malformed manifest is a damaged or forged bundle). Unknown fields are ignored.
    static Result<Manifest> parse(const QByteArray &bytes);

    static bool isValidKind(const QString &kind);
    // The legal basis text for a kind ("consent", "same organisation (handover)", ...).
    static QString legalBasisFor(const QString &kind);
    // The kind and the legal basis in words, for the screens ("a team handover", "the person's consent").
    static QString kindLabel(const QString &kind);
    static QString legalBasisLabel(const QString &legalBasis);
    static QString entryName() { return QStringLiteral("manifest.json"); }
};

} // namespace vangnet
