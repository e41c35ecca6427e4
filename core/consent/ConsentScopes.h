#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace vangnet {

// The single source of truth for "which case fields does a consent scope cover" (docs/CONSENT.md,
// "Scopes and fields"). Keys are those of the case JSON (core/cases/CaseJson.h) plus two derived
// keys that an export computes: signalDate (the day the case was created, from createdAt) and
// requiredSecurityLevel (S0..S4, from the threat assessment and the perpetrators' flags).
// A key in no scope (notes, tasks, coordinator, phase, pets, attachments, ...) never leaves on an
// external export.
class ConsentScopes
{
    Q_DECLARE_TR_FUNCTIONS(ConsentScopes)

public:
    // identity, whereabouts, exploitation, health, sexual_life, perpetrators, children,
    // residence_status (display order).
    static const QStringList &all();
    static bool isValid(const QString &scope);
    static QString label(const QString &scope);
    // The legal note shown beside a scope: GDPR art. 9 (special categories) or art. 10 (criminal-
    // offence data); empty for the others.
    static QString legalNote(const QString &scope);
    // One plain line saying what the scope covers, for the consent form.
    static QString description(const QString &scope);
    // Whether sharing the scope tells where the person is (asks for a second confirmation).
    static bool revealsWhereabouts(const QString &scope);
    // The case JSON keys one scope covers; empty for an unknown scope and for sexual_life, which
    // covers a value ("sexual" in exploitationForms), not a key.
    static const QStringList &keys(const QString &scope);
    // Keys that go with every export: the case UUID and number.
    static const QStringList &minimalKeys();
    // Union of the keys of the given scopes plus the minimal keys, in a stable order.
    static QStringList keysFor(const QStringList &scopes);
    // The scope that covers a key; empty when the key is in no scope (or is a minimal key).
    static QString scopeOf(const QString &key);
    // The scopes (in display order) that cover some of the keys.
    static QStringList scopesOf(const QStringList &keys);
    // Every key some scope covers.
    static const QStringList &scopedKeys();

    // Splits "a,b, c" into scopes (trimmed, duplicates dropped, order of all()); unknown names are
    // returned in `unknown`.
    static QStringList parse(const QString &commaSeparated, QStringList *unknown = nullptr);
    // Sorts and de-duplicates a list of scope codes into the order of all(); unknown codes stay at the end.
    static QStringList normalised(const QStringList &scopes);

    // The value of exploitationForms that is sexual-life data (GDPR art. 9).
    static QString sexualExploitationCode() { return QStringLiteral("sexual"); }
    static QString signalDateKey() { return QStringLiteral("signalDate"); }
    static QString requiredSecurityLevelKey() { return QStringLiteral("requiredSecurityLevel"); }
};

} // namespace vangnet
