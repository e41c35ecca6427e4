#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace vangnet {

// The code lists of a staff-safety incident (docs/domain.md, "Staff safety"): stable English codes
// for JSON and the database, translated labels for the screens.
class IncidentCodes
{
    Q_DECLARE_TR_FUNCTIONS(IncidentCodes)

public:
    enum class Kind { Setting, Type, Source, Status };

    static const QStringList &all(Kind kind);
    static bool isValid(Kind kind, const QString &code) { return all(kind).contains(code); }
    // Translated label; the code itself when unknown.
    static QString label(Kind kind, const QString &code);
    // "office, home_visit, shelter, online": for error messages naming the allowed values.
    static QString allowedText(Kind kind) { return all(kind).join(QStringLiteral(", ")); }
};

} // namespace vangnet
