#pragma once

#include "common/Result.h"

#include <vector>

namespace vangnet {

class Database;

// Numbered schema migrations. Each runs in its own transaction together with the row that records
// it in schema_version, so a crash leaves the schema at the previous version, never in between.
struct Migration
{
    int version;
    const char *name;
    Status (*apply)(Database &db);
};

class Migrations
{
public:
    static const std::vector<Migration> &all();
    static int latestVersion();
    // 0 for an empty database.
    static Result<int> currentVersion(Database &db);
    // Brings the schema to targetVersion (default: the latest). Refuses a schema newer than this build.
    static Status migrate(Database &db, int targetVersion = -1);
};

} // namespace vangnet
