#pragma once

#include "common/Result.h"

#include <QDate>

namespace vangnet {

class Database;

// Seeds the demo vault's fictional shelter registry: about forty shelters across every type,
// security level and region, chosen so that every placement rule has a shelter it excludes and one
// it lets through. Names, addresses and references are invented. Availability dates are relative
// to `today`, so some are always fresh and some stale.
Status seedDemoShelters(Database &db, const QDate &today = QDate::currentDate());

} // namespace vangnet
