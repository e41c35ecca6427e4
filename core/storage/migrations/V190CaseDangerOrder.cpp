#include "cases/CaseDangerColumns.h"
#include "cases/CaseJson.h"
#include "domain/Case.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/migrations/MigrationSteps.h"

#include <QJsonDocument>

namespace vangnet::migrations {

Status v190CaseDangerOrder(Database &db)
{
    // The case list sorts by danger ("most dangerous first") and filters by the required security
    // level: both from columns with an index (cases/CaseDangerColumns), not from every case's JSON.
    for (const char *sql : {
             "ALTER TABLE cases ADD COLUMN threat_rank INTEGER NOT NULL DEFAULT 0",
             "ALTER TABLE cases ADD COLUMN derived_level INTEGER NOT NULL DEFAULT 1",
             "ALTER TABLE cases ADD COLUMN required_level INTEGER NOT NULL DEFAULT 1",
         }) {
        if (auto st = db.exec(QString::fromLatin1(sql)); !st)
            return st;
    }
    // Existing cases: the level comes from the threat assessment and every perpetrator's flags,
    // which live in the case's JSON.
    auto read = db.prepare(QStringLiteral("SELECT doc, data, threat_code FROM cases"));
    if (!read)
        return read.error();
    auto write = db.prepare(QStringLiteral("UPDATE cases SET threat_rank = ?, derived_level = ? WHERE doc = ?"));
    if (!write)
        return write.error();
    for (;;) {
        auto row = read->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        // A case whose JSON does not load (it could not be opened either) must not keep the vault
        // from opening: its level then comes from the threat assessment column alone.
        Case c;
        auto parsed = CaseJson::fromStoredJson(QJsonDocument::fromJson(read->text(1).toUtf8()).object());
        if (parsed)
            c = parsed.value();
        else
            c.threat.code = read->text(2);
        write->reset();
        write->bind(1, CaseDangerColumns::threatRank(c.threat.code))
            .bind(2, CaseDangerColumns::derivedLevel(c))
            .bind(3, read->integer(0));
        if (auto st = write->run(); !st)
            return st;
    }
    if (auto st = db.exec(CaseDangerColumns::refreshRequiredLevel(QStringLiteral("1"))); !st)
        return st;
    if (auto st = db.exec(QStringLiteral("CREATE INDEX cases_threat_order ON cases(threat_rank, doc)")); !st)
        return st;
    if (auto st = db.exec(QStringLiteral("CREATE INDEX cases_required_level_order ON cases(required_level, doc)")); !st)
        return st;
    // The overview (reports/CaseloadFigures) counts open cases by phase and level from an index that
    // covers the count, and new signals per month by creation time.
    if (auto st = db.exec(QStringLiteral("CREATE INDEX cases_phase_required_level ON cases(phase, required_level, id)")); !st)
        return st;
    return db.exec(QStringLiteral("CREATE INDEX cases_created ON cases(created_at)"));
}

} // namespace vangnet::migrations
