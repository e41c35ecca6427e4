#pragma once

#include <QString>

namespace vangnet {

// What DangerAssessment needs to know, independent of the Case class so that the case editor, the
// placement engine and tests can all fill it: the threat assessment's facts and the perpetrators'
// flags, OR-ed together.
struct DangerFacts
{
    QString threatCode; // "green", "orange", "red"; empty (or unknown): not assessed
    bool policeProtection = false; // the police run a threat assessment / protect the person
    bool perpetratorSearching = false; // a perpetrator actively searches for the victim
    bool perpetratorKnowsLocation = false; // a perpetrator knows where the victim is

    // Folds one perpetrator's flags in (Case::perpetrators, in any order).
    void addPerpetrator(bool knowsLocation, bool activelySearching)
    {
        perpetratorKnowsLocation = perpetratorKnowsLocation || knowsLocation;
        perpetratorSearching = perpetratorSearching || activelySearching;
    }
};

} // namespace vangnet
