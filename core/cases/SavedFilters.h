#pragma once

#include "cases/CaseSearch.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>

namespace vangnet {

class Database;

// A case-list filter the coordinator named and saved ("My reflection periods", "Overdue, Utrecht").
struct SavedFilter
{
    QString name;
    CaseFilter filter;
};

// Saved filters of the case list, stored in the vault (table saved_filters, migration 50): the
// search text of a filter may be a name, so it never goes to QSettings.
class SavedFilters
{
    Q_DECLARE_TR_FUNCTIONS(SavedFilters)

public:
    explicit SavedFilters(Database &db)
        : m_db(db)
    { }

    // Sorted by name, case-insensitively.
    Result<QVector<SavedFilter>> all() const;
    // Replaces a filter of the same name. InvalidInput for an empty name.
    Status save(const QString &name, const CaseFilter &filter);
    Status remove(const QString &name);

    static QJsonObject toJson(const CaseFilter &filter);
    // Unknown keys are ignored, so a filter saved by a newer version still loads.
    static CaseFilter fromJson(const QJsonObject &json);

private:
    Database &m_db;
};

} // namespace vangnet
