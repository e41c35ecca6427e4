#include "storage/Migrations.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "storage/migrations/MigrationSteps.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace vangnet {

const std::vector<Migration> &Migrations::all()
{
    static const std::vector<Migration> list = [] {
        std::vector<Migration> steps = {
            { 1, "vault metadata", &migrations::v001Meta },
            { 2, "audit log", &migrations::v002AuditLog },
            { 3, "cases", &migrations::v003Cases },
            { 20, "staff safety", &migrations::v020StaffSafety },
            { 30, "shelters", &migrations::v030Shelters },
            { 31, "placements", &migrations::v031Placements },
            { 38, "identity", &migrations::v038Identity },
            { 39, "contacts", &migrations::v039Contacts },
            { 40, "consent", &migrations::v040Consent },
            { 45, "exchange registers", &migrations::v045Exchange },
            { 50, "saved case filters", &migrations::v050SavedFilters },
            { 51, "case list indexes", &migrations::v051CaseListIndexes },
            { 52, "shelter registry version", &migrations::v052ShelterRegistryVersion },
            { 60, "view state", &migrations::v060ViewState },
            { 80, "vault settings and backup records", &migrations::v080VaultConfig },
            { 100, "exchange folder registers", &migrations::v100ExchangeFolder },
            { 140, "statistics threshold in the vault settings", &migrations::v140StatisticsThreshold },
            { 150, "case list filter by threat assessment", &migrations::v150CaseThreatIndex },
            { 160, "legal holds, erased cases and their disclosures", &migrations::v160Privacy },
            { 170, "consent paper form fingerprint", &migrations::v170ConsentPaperForm },
            { 190, "case list order by danger and required security level", &migrations::v190CaseDangerOrder },
            { 200, "overview: open cases with an overdue task from an index", &migrations::v200OverdueTaskIndex },
        };
        // Applied in version order whatever the order above.
        std::sort(steps.begin(), steps.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return steps;
    }();
    return list;
}

int Migrations::latestVersion()
{
    return all().back().version;
}

Result<int> Migrations::currentVersion(Database &db)
{
    auto exists
        = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return 0;
    auto version = db.scalar(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"));
    if (!version)
        return version.error();
    return version->toInt();
}

Status Migrations::migrate(Database &db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latestVersion())
        return Error(ErrorCode::CannotUnlock,
            QCoreApplication::translate("Migrations",
                "This vault was written by a newer version of Vangnet (schema %1; this version knows up to %2). Update Vangnet "
                "to open it.")
                .arg(current.value())
                .arg(latestVersion()));

    for (const Migration &m : all()) {
        if (m.version <= current.value() || m.version > targetVersion)
            continue;
        Transaction tx(db);
        if (!tx.began())
            return tx.began();
        if (auto st = db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                             " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
            !st)
            return st;
        if (auto st = m.apply(db); !st)
            return st;
        auto insert = db.prepare(QStringLiteral("INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, ?)"));
        if (!insert)
            return insert.error();
        insert->bind(1, m.version).bind(2, QString::fromLatin1(m.name)).bind(3, QDateTime::currentDateTimeUtc());
        if (auto st = insert->run(); !st)
            return st;
        if (auto st = tx.commit(); !st)
            return st;
    }
    return {};
}

} // namespace vangnet
