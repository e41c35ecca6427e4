#pragma once

#include "common/Result.h"

namespace vangnet {
class Database;
}

// One function per schema version, each in its own file (V00N*.cpp). Never edit a released step:
// add a new one. Each is tested from every earlier version (tests/core/TestMigrations.cpp).
namespace vangnet::migrations {

Status v001Meta(Database &db);
Status v002AuditLog(Database &db);
Status v003Cases(Database &db);
Status v020StaffSafety(Database &db);
Status v030Shelters(Database &db);
Status v031Placements(Database &db);
Status v038Identity(Database &db);
Status v039Contacts(Database &db);
Status v040Consent(Database &db);
Status v045Exchange(Database &db);
Status v050SavedFilters(Database &db);
Status v051CaseListIndexes(Database &db);
Status v052ShelterRegistryVersion(Database &db);
Status v060ViewState(Database &db);
Status v080VaultConfig(Database &db);
Status v100ExchangeFolder(Database &db);
Status v140StatisticsThreshold(Database &db);
Status v150CaseThreatIndex(Database &db);
Status v160Privacy(Database &db);
Status v170ConsentPaperForm(Database &db);
Status v190CaseDangerOrder(Database &db);
Status v200OverdueTaskIndex(Database &db);

} // namespace vangnet::migrations
