#pragma once

#include <QString>

namespace vangnet {

// The facts the required security level is derived from: the case's threat assessment plus every
// perpetrator's flags, OR-ed together. Independent of vangnet::Case so the case editor, the advisor,
// DangerAssessment and tests can fill it (same fields as safety/DangerFacts.h).
struct ThreatFacts
{
    QString code; // "green", "orange", "red"; empty: no assessment recorded
    bool policeProtection = false;
    bool perpetratorSearching = false;
    bool perpetratorKnowsLocation = false;

    void addPerpetrator(bool knowsLocation, bool activelySearching)
    {
        perpetratorKnowsLocation = perpetratorKnowsLocation || knowsLocation;
        perpetratorSearching = perpetratorSearching || activelySearching;
    }
};

} // namespace vangnet
