#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace vangnet {

// The shelter registry's code lists (docs/CLI.md): stable English identifiers for JSON and
// the database, each with a translated label. Kept apart from domain/Codes.h, which lists a case's codes.
enum class ShelterCodeKind {
    ShelterType,
    AddressConfidentiality,
    PlacingAuthority,
    Specialism,
    PlacementStatus,
};

class ShelterCodes
{
    Q_DECLARE_TR_FUNCTIONS(ShelterCodes)

public:
    static const QStringList &all(ShelterCodeKind kind);
    static bool isValid(ShelterCodeKind kind, const QString &code);
    // Translated label; the code itself when unknown.
    static QString label(ShelterCodeKind kind, const QString &code);
    static QString allowedText(ShelterCodeKind kind);

    // The four youth-care tracks: the only places for minors, never for adults.
    static bool isYouthTrack(const QString &shelterType);
    // Women's, men's and general shelters: the regular track for Dutch, EU and lawfully resident adults.
    static bool isRegularShelter(const QString &shelterType);

    // Security levels S0..S4 as stored (0..4) and written ("S3").
    static constexpr int kLowestLevel = 0;
    static constexpr int kHighestLevel = 4;
    static QString levelCode(int level);
    static std::optional<int> parseLevel(const QString &code);
    // "S3 – secret address outside the region", translated.
    static QString levelLabel(int level);
};

} // namespace vangnet
