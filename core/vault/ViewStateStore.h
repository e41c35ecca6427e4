#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace vangnet {

class Database;

// How the desktop left its lists in this vault (the case list's sort order, column widths and last
// saved filter), one small JSON object per view (table view_state, migration 60). Kept inside the
// encrypted vault, not in QSettings: a saved filter's name or search text can reveal who is looked
// for, and each vault keeps its own.
class ViewStateStore
{
    Q_DECLARE_TR_FUNCTIONS(ViewStateStore)

public:
    explicit ViewStateStore(Database &db)
        : m_db(db)
    { }

    // An empty object when nothing was stored for `view` (or what was stored is not an object).
    Result<QJsonObject> load(const QString &view) const;
    // Replaces the state of `view`. InvalidInput for an empty view name.
    Status save(const QString &view, const QJsonObject &state);

private:
    Database &m_db;
};

} // namespace vangnet
