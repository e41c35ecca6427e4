#include "vault/VaultConfig.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QDir>

namespace vangnet {

const QList<ConfigKey> &VaultConfig::known()
{
    static const QList<ConfigKey> keys = {
        { BackupFolder, ConfigKey::Type::Folder, 0, 0, QString(),
            QT_TRANSLATE_NOOP("VaultConfig", "folder that receives the automatic backups (a USB stick, a share)") },
        { BackupIntervalHours, ConfigKey::Type::Integer, 1, 24 * 30, QStringLiteral("24"),
            QT_TRANSLATE_NOOP("VaultConfig", "hours after which the desktop makes a new backup at lock or quit") },
        { BackupKeepDaily, ConfigKey::Type::Integer, 0, 366, QStringLiteral("7"),
            QT_TRANSLATE_NOOP("VaultConfig", "backups kept by prune: one for each of this many days") },
        { BackupKeepWeekly, ConfigKey::Type::Integer, 0, 520, QStringLiteral("4"),
            QT_TRANSLATE_NOOP("VaultConfig", "backups kept by prune: one for each of this many weeks") },
        { BackupKeepMonthly, ConfigKey::Type::Integer, 0, 240, QStringLiteral("12"),
            QT_TRANSLATE_NOOP("VaultConfig", "backups kept by prune: one for each of this many months") },
        { ExchangeFolder, ConfigKey::Type::Folder, 0, 0, QString(),
            QT_TRANSLATE_NOOP("VaultConfig", "folder a sync engine shares with the team; bundles go and come through it") },
        // Range and default as StatisticsExport::MinimumThreshold and DefaultThreshold (core/exchange
        // may not be included here: exchange depends on vault, not the other way round).
        { StatisticsThreshold, ConfigKey::Type::Integer, 2, 1000, QStringLiteral("10"),
            QT_TRANSLATE_NOOP("VaultConfig", "statistics counts below this leave the laptop only as \"<n\"") },
        // Defaults from the Dutch care laws' reference periods (docs/PRIVACY.md, "Retention"); the
        // organisation decides and may set shorter ones in its own policy.
        { RetentionYearsAdult, ConfigKey::Type::Integer, 1, 100, QStringLiteral("15"),
            QT_TRANSLATE_NOOP("VaultConfig", "years a closed case is kept after closing (adults; Wmo 2015 practice)") },
        { RetentionYearsMinor, ConfigKey::Type::Integer, 1, 100, QStringLiteral("20"),
            QT_TRANSLATE_NOOP("VaultConfig", "years a closed case opened for a minor is kept after closing (Jeugdwet)") },
    };
    return keys;
}

Result<ConfigKey> VaultConfig::definition(const QString &key)
{
    for (const ConfigKey &k : known())
        if (k.key == key)
            return k;
    QStringList names;
    for (const ConfigKey &k : known())
        names.append(k.key);
    return Error(ErrorCode::NotFound,
        tr("There is no vault setting \"%1\". Known settings: %2.").arg(key.left(60), names.join(QStringLiteral(", "))));
}

Result<QString> VaultConfig::normalise(const ConfigKey &definition, const QString &value)
{
    switch (definition.type) {
    case ConfigKey::Type::Folder: {
        const QString trimmed = value.trimmed();
        if (trimmed.isEmpty() || !QDir::isAbsolutePath(trimmed))
            return Error(ErrorCode::InvalidInput, tr("%1 takes the full path of a folder.").arg(definition.key));
        return QDir::cleanPath(trimmed);
    }
    case ConfigKey::Type::Integer: {
        bool ok = false;
        const qint64 n = value.trimmed().toLongLong(&ok);
        if (!ok || n < definition.minimum || n > definition.maximum)
            return Error(ErrorCode::InvalidInput,
                tr("%1 takes a whole number from %2 to %3.").arg(definition.key).arg(definition.minimum).arg(definition.maximum));
        return QString::number(n);
    }
    }
    return Error(ErrorCode::InvalidInput, tr("Unknown setting type."));
}

Result<QString> VaultConfig::value(const QString &key) const
{
    auto def = definition(key);
    if (!def)
        return def.error();
    auto stmt = m_db.prepare(QStringLiteral("SELECT value FROM vault_config WHERE key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return row.value() ? stmt->text(0) : def->defaultValue;
}

Result<qint64> VaultConfig::integer(const QString &key) const
{
    auto text = value(key);
    if (!text)
        return text.error();
    return text->toLongLong();
}

Status VaultConfig::set(const QString &key, const QString &value)
{
    auto def = definition(key);
    if (!def)
        return def.error();
    auto normal = normalise(def.value(), value);
    if (!normal)
        return normal.error();
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    auto stmt = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO vault_config(key, value, updated_at) VALUES (?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key).bind(2, normal.value()).bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (auto st = stmt->run(); !st)
        return st;
    if (auto st = AuditLog(m_db).append(QStringLiteral("config.changed"), key); !st)
        return st;
    return tx.commit();
}

Status VaultConfig::reset(const QString &key)
{
    auto def = definition(key);
    if (!def)
        return def.error();
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM vault_config WHERE key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    if (auto st = stmt->run(); !st)
        return st;
    if (auto st = AuditLog(m_db).append(QStringLiteral("config.reset"), key); !st)
        return st;
    return tx.commit();
}

Result<QList<ConfigEntry>> VaultConfig::list() const
{
    QList<ConfigEntry> entries;
    for (const ConfigKey &k : known()) {
        auto stmt = m_db.prepare(QStringLiteral("SELECT value FROM vault_config WHERE key = ?"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, k.key);
        auto row = stmt->step();
        if (!row)
            return row.error();
        ConfigEntry e;
        e.definition = k;
        e.isDefault = !row.value();
        e.value = row.value() ? stmt->text(0) : k.defaultValue;
        entries.append(e);
    }
    return entries;
}

} // namespace vangnet
