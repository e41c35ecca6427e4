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

} // namespace vangnet::migrations
