#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace vangnet {

// The code lists of docs/domain: stable English identifiers used in JSON, bundles and the database,
// each with a translated label for the screens. Country (ISO 3166-1 alpha-2) and language (ISO 639-1)
// codes come from QLocale and are named in the UI language from iso-codes and CLDR (i18n/IsoNames).
enum class CodeKind {
    Gender,
    AgeBand,
    LegalRepresentative,
    ResidenceStatus,
    ExploitationForm,
    ReporterType,
    PoliceStatus,
    DossierType,
    Need,
    PerpetratorRelation,
    ThreatCode,
    TaskKind,
    Phase,
    Country,
    Language,
};

class Codes
{
    Q_DECLARE_TR_FUNCTIONS(Codes)

public:
    // All codes of a list, in display order.
    static const QStringList &all(CodeKind kind);
    static bool isValid(CodeKind kind, const QString &code);
    // Translated label for the screens; the code itself when unknown.
    static QString label(CodeKind kind, const QString &code);
    // "female, male, x, unknown": for error messages naming the allowed values.
    static QString allowedText(CodeKind kind);
};

} // namespace vangnet
