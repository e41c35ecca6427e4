#pragma once

#include "placement/ThreatFacts.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace vangnet {

struct Case;

// What the placement advisor needs to know about a person: a small input struct, built from a
// vangnet::Case by fromCase() (or filled by hand in tests and the CLI), so the advisor does not
// depend on the whole case model.
struct PlacementRequest
{
    QString caseId;
    QString gender; // CodeKind::Gender; empty: unknown
    // Age in years as a range: equal bounds for a known birth date, the band's bounds for an age
    // band, nullopt when neither is recorded.
    std::optional<int> ageMin;
    std::optional<int> ageMax;
    bool minorFlag = false; // Case::minor, used when the age is unknown
    bool unaccompaniedMinor = false;
    QString residenceStatus; // CodeKind::ResidenceStatus
    QString nationality; // ISO 3166-1 alpha-2
    QStringList needs; // CodeKind::Need
    QStringList exploitationForms; // CodeKind::ExploitationForm
    int childrenCount = 0;
    bool hasPets = false;
    QStringList languages; // ISO 639-1
    QString exploitationRegion;
    QStringList perpetratorAreas; // every perpetrator's known areas
    ThreatFacts threat;
    bool judgeAuthorisation = false; // a judge authorised secure youth care
    QString girlsGroupWaiver; // weighty reason to place a girl outside a girls-only group

    void setAge(int years)
    {
        ageMin = years;
        ageMax = years;
    }
    bool isMinor() const;
    // Non-Dutch person in the B8 reflection period (an adult of these goes to COSM).
    bool inReflectionNonDutch() const;
    // How many of lvb, mental_health, addiction are recorded.
    int multiProblemCount() const;

    static PlacementRequest fromCase(const Case &c, const QDate &today = QDate::currentDate());
};

} // namespace vangnet
