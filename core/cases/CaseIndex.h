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
    // For a case just inserted, which has no derived rows yet: rebuild() without its deletes. In a
    // batch each of those statements would open a statement journal, and every page it touches is
    // copied (and in a vault encrypted) into it.
    static Status build(Database &db, qint64 doc, const Case &c);
};

} // namespace vangnet
