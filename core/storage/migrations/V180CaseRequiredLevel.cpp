#include "placement/RequiredSecurityLevel.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/migrations/MigrationSteps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace vangnet::migrations {
namespace {

// The threat facts straight from a stored case's JSON (the keys of CaseJson at schema 150), so that
// this step neither depends on later versions of the case reader nor stops at one case it would
// refuse: a key that is absent counts as not set, as in the case editor.
ThreatFacts factsOf(const QJsonObject &stored)
{
    const QJsonObject threat = stored.value(QStringLiteral("threat")).toObject();
    ThreatFacts f;
    f.code = threat.value(QStringLiteral("code")).toString();
    f.policeProtection = threat.value(QStringLiteral("policeProtection")).toBool();
    f.perpetratorSearching = threat.value(QStringLiteral("perpetratorSearching")).toBool();
    f.perpetratorKnowsLocation = threat.value(QStringLiteral("perpetratorKnowsLocation")).toBool();
    for (const QJsonValue &p : stored.value(QStringLiteral("perpetrators")).toArray())
        f.addPerpetrator(p.toObject().value(QStringLiteral("knowsLocation")).toBool(),
            p.toObject().value(QStringLiteral("activelySearching")).toBool());
    return f;
}

} // namespace

Status v180CaseRequiredLevel(Database &db)
{
    // The overview counts open cases by the security level they need, and its "in danger" tile
    // filters the case list by it: the derived level (RequiredSecurityLevel, before any manual
    // override) is kept beside the list columns so that both read an index instead of every
    // case's JSON. The index covers the count (phase, level, id: the override is looked up by id).
    // The overview's signals per month count cases by creation time: from an index too.
    const QStringList statements = {
        QStringLiteral("ALTER TABLE cases ADD COLUMN required_level INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("CREATE INDEX cases_phase_required_level ON cases(phase, required_level, id)"),
        QStringLiteral("CREATE INDEX cases_created ON cases(created_at)"),
    };
    for (const QString &sql : statements)
        if (auto st = db.exec(sql); !st)
            return st;
    auto read = db.prepare(QStringLiteral("SELECT doc, data FROM cases"));
    if (!read)
        return read.error();
    auto write = db.prepare(QStringLiteral("UPDATE cases SET required_level = ? WHERE doc = ?"));
    if (!write)
        return write.error();
    for (;;) {
        auto row = read->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const int level = RequiredSecurityLevel::derive(factsOf(QJsonDocument::fromJson(read->text(1).toUtf8()).object())).level;
        write->bind(1, level).bind(2, read->integer(0));
        if (auto st = write->run(); !st)
            return st;
        write->reset();
    }
    return {};
}

} // namespace vangnet::migrations
