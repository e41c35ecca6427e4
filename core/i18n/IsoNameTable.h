#pragma once

// The table cmake/generate_iso_names.py writes at build time (sorted by code).
namespace vangnet::isonames {

struct IsoName
{
    const char *code;
    const char *english; // UTF-8
    const char *dutch; // UTF-8
};

extern const IsoName kCountries[];
extern const int kCountriesCount;
extern const IsoName kLanguages[];
extern const int kLanguagesCount;

} // namespace vangnet::isonames
