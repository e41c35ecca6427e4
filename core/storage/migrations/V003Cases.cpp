#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

#include <QStringList>

namespace vangnet::migrations {

Status v003Cases(Database &db)
{
    // cases.data holds the case as JSON (core/cases/CaseJson.h, writable keys); the columns beside it
    // copy what filters, sorting, duplicates and deadlines need, so those stay indexed queries at
    // 100k cases. The side tables and case_fts are rewritten with every case write, in the same
    // transaction. case_fts holds only folded tokens (core/cases/TextFolding.h); docid = cases.doc.
    const QStringList statements = {
        // First: FTS4 creates some shadow tables with IF NOT EXISTS, so it must not be the step's last object.
        QStringLiteral("CREATE VIRTUAL TABLE case_fts USING fts4(body, tokenize=simple)"),
        QStringLiteral("CREATE TABLE cases ("
                       " doc INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " number TEXT NOT NULL UNIQUE,"
                       " year INTEGER NOT NULL,"
                       " seq INTEGER NOT NULL,"
                       " phase TEXT NOT NULL,"
                       " previous_phase TEXT,"
                       " phase_reason TEXT,"
                       " coordinator TEXT,"
                       " region TEXT,"
                       " given_name TEXT,"
                       " family_name TEXT,"
                       " birth_date TEXT,"
                       " reflection_end TEXT,"
                       " threat_code TEXT,"
                       " threat_review TEXT,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " data TEXT NOT NULL,"
                       " UNIQUE (year, seq))"),
        QStringLiteral("CREATE INDEX cases_phase ON cases(phase)"),
        QStringLiteral("CREATE INDEX cases_coordinator ON cases(coordinator)"),
        QStringLiteral("CREATE INDEX cases_region ON cases(region)"),
        QStringLiteral("CREATE INDEX cases_reflection_end ON cases(reflection_end)"),
        QStringLiteral("CREATE INDEX cases_threat_review ON cases(threat_review)"),
        QStringLiteral("CREATE INDEX cases_updated ON cases(updated_at)"),
        QStringLiteral("CREATE INDEX cases_family_name ON cases(family_name)"),
        QStringLiteral("CREATE TABLE case_forms ("
                       " form TEXT NOT NULL,"
                       " case_doc INTEGER NOT NULL REFERENCES cases(doc),"
                       " PRIMARY KEY (form, case_doc)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX case_forms_case ON case_forms(case_doc)"),
        QStringLiteral("CREATE TABLE case_tasks ("
                       " case_doc INTEGER NOT NULL REFERENCES cases(doc),"
                       " position INTEGER NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " due TEXT,"
                       " owner TEXT,"
                       " done INTEGER NOT NULL,"
                       " PRIMARY KEY (case_doc, position))"),
        QStringLiteral("CREATE INDEX case_tasks_open_due ON case_tasks(done, due)"),
        QStringLiteral("CREATE TABLE case_names ("
                       " case_doc INTEGER NOT NULL REFERENCES cases(doc),"
                       " kind TEXT NOT NULL," // full | alias
                       " name_key TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX case_names_key ON case_names(name_key)"),
        QStringLiteral("CREATE INDEX case_names_case ON case_names(case_doc)"),
        QStringLiteral("CREATE TABLE case_notes ("
                       " id INTEGER PRIMARY KEY,"
                       " case_doc INTEGER NOT NULL REFERENCES cases(doc),"
                       " at TEXT NOT NULL,"
                       " author TEXT NOT NULL,"
                       " text TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX case_notes_case ON case_notes(case_doc, id)"),
        QStringLiteral("CREATE TABLE case_attachments ("
                       " id TEXT PRIMARY KEY,"
                       " case_doc INTEGER NOT NULL REFERENCES cases(doc),"
                       " file_name TEXT NOT NULL,"
                       " media_type TEXT NOT NULL,"
                       " size INTEGER NOT NULL,"
                       " added_at TEXT NOT NULL,"
                       " added_by TEXT NOT NULL,"
                       " data BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX case_attachments_case ON case_attachments(case_doc)"),
        QStringLiteral("CREATE TABLE case_history ("
                       " id INTEGER PRIMARY KEY,"
                       " case_id TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " field TEXT NOT NULL,"
                       " old_json TEXT,"
                       " new_json TEXT,"
                       " change_id TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX case_history_case ON case_history(case_id, id)"),
        QStringLiteral("CREATE INDEX case_history_change ON case_history(change_id)"),
    };
    for (const QString &sql : statements)
        if (auto st = db.exec(sql); !st)
            return st;
    return {};
}

} // namespace vangnet::migrations
