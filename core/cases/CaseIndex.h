#pragma once

#include "common/Result.h"
#include "domain/Case.h"

namespace vangnet {

class Database;

// Rewrites what a case write derives: case_forms, case_tasks, case_names and the case's case_fts
// row (folded names, aliases, case number and the text of its notes, read from case_notes).
// Called inside the transaction of the write.
class CaseIndex
{
public:
    static Status rebuild(Database &db, qint64 doc, const Case &c);
};

} // namespace vangnet
