#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace vangnet {

// One entry of the shelter registry (docs/CLI.md). A shelter is data: capacity and free
// beds change and sources disagree, so nothing about a particular shelter is hard-coded.
// Codes come from shelters/ShelterCodes.h (type, confidentiality, placing authority, specialisms),
// domain/Codes.h (genders, residence statuses) and ISO 639-1 (languages).
struct Shelter
{
    QString id; // UUID without braces (or any stable id given on import)
    QString name; // may be a cover name for secret addresses
    QString type; // ShelterCodeKind::ShelterType
    int securityLevel = 0; // 0..4 (S0..S4)
    QString addressConfidentiality = QStringLiteral("public"); // public | shielded | secret
    QString region; // free text: one of the 25 security regions or a province
    QString placingAuthority = QStringLiteral("direct"); // cosm: always "comensha"
    int capacity = 0;
    int freeBeds = 0;
    QDate availabilityAsOf; // when capacity and free beds were last confirmed
    QStringList genders; // accepted genders; empty: any
    int minAge = 0;
    int maxAge = 120;
    QStringList residenceStatuses; // accepted residence statuses; empty: any
    bool acceptsChildren = false;
    bool acceptsPets = false;
    QStringList languages; // ISO 639-1 spoken by staff
    QStringList specialisms; // ShelterCodeKind::Specialism
    int maxStayDays = 0; // 0: no maximum
    QString notes; // practical notes (never an address)

    // Never shown by default and never loaded for lists or advice: read with
    // ShelterRepository::revealAddress, which is recorded in the audit log.
    QString address; // street address (public or shielded shelters only)
    QString reference; // opaque reference for a secret address (CoMensha/police code)
};

} // namespace vangnet
