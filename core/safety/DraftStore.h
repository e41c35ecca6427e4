#pragma once

#include "common/Result.h"
#include "safety/Draft.h"

#include <QVector>

#include <optional>

namespace vangnet {

class Database;

// The drafts table: editors' unsaved changes, written just before the vault locks (so they stay
// encrypted, never in memory or on disk in the clear), offered after the next unlock and deleted
// once applied or discarded. One draft per (kind, key): a newer save replaces the older one.
class DraftStore
{
public:
    explicit DraftStore(Database &db)
        : m_db(db)
    { }

    Status save(const QString &kind, const QString &key, const QJsonObject &json);
    // Oldest first, the order in which they are offered.
    Result<QVector<Draft>> all() const;
    Result<std::optional<Draft>> find(const QString &kind, const QString &key) const;
    Status remove(const QString &kind, const QString &key);
    Result<int> count() const;

private:
    Database &m_db;
};

} // namespace vangnet
