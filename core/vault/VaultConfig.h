#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vangnet {

class Database;

// One vault setting that VaultConfig knows: its key, type, range and default. Only known keys can
// be set, so a typo is refused instead of silently stored.
struct ConfigKey
{
    enum class Type { Folder, Integer };

    QString key; // "backup.folder"
    Type type = Type::Integer;
    qint64 minimum = 0; // Integer only
    qint64 maximum = 0;
    QString defaultValue; // empty: unset
    const char *description = nullptr; // QT_TRANSLATE_NOOP("VaultConfig", ...)
};

struct ConfigEntry
{
    ConfigKey definition;
    QString value; // the stored value, or the default
    bool isDefault = true;
};

// The vault's own settings, kept in the encrypted database (table vault_config, migration V080):
// a backup folder names a place, so it does not belong in QSettings. Generic key/value with a
// table of known keys, so that a settings dialog can list and edit them without knowing each one.
// Changes are recorded in the audit log (key only, never the value).
class VaultConfig
{
    Q_DECLARE_TR_FUNCTIONS(VaultConfig)

public:
    static inline const QString BackupFolder = QStringLiteral("backup.folder");
    static inline const QString BackupIntervalHours = QStringLiteral("backup.intervalHours");
    static inline const QString BackupKeepDaily = QStringLiteral("backup.keepDaily");
    static inline const QString BackupKeepWeekly = QStringLiteral("backup.keepWeekly");
    static inline const QString BackupKeepMonthly = QStringLiteral("backup.keepMonthly");
    static inline const QString ExchangeFolder = QStringLiteral("exchange.folder");
    // Statistics counts below it leave as "<n" (moved from the meta table by migration V140).
    static inline const QString StatisticsThreshold = QStringLiteral("statistics.threshold");
    // Years a closed case is kept after closing (privacy/Retention, docs/PRIVACY.md): adults (Wmo 2015
    // practice) and cases opened for a minor (Jeugdwet art. 7.3.8).
    static inline const QString RetentionYearsAdult = QStringLiteral("retention.yearsAdult");
    static inline const QString RetentionYearsMinor = QStringLiteral("retention.yearsMinor");

    explicit VaultConfig(Database &db)
        : m_db(db)
    { }

    static const QList<ConfigKey> &known();
    // NotFound for a key that is not in known().
    static Result<ConfigKey> definition(const QString &key);
    // Checks a value against the key's type and range; returns it normalised (a clean folder
    // path, a plain integer).
    static Result<QString> normalise(const ConfigKey &definition, const QString &value);

    // The stored value or the default.
    Result<QString> value(const QString &key) const;
    Result<qint64> integer(const QString &key) const;
    Status set(const QString &key, const QString &value);
    // Back to the default.
    Status reset(const QString &key);
    Result<QList<ConfigEntry>> list() const;

private:
    Database &m_db;
};

} // namespace vangnet
