#pragma once

#include "common/Result.h"
#include "domain/Case.h"

#include <QString>
#include <QVector>

namespace vangnet {

class Database;

// Another case that may describe the same person.
struct DuplicateHint
{
    QString caseId;
    QString number;
    QString reason; // "name_and_birth_date" or "alias"
};

// Finds possible duplicates through the folded name keys in case_names (TextFolding::nameKey):
// the same given + family name and the same birth date, or an alias equal to another case's name or
// alias (either way round).
class DuplicateFinder
{
public:
    explicit DuplicateFinder(Database &db)
        : m_db(db)
    { }

    // The name keys stored for a case: ("full", key) and ("alias", key) pairs.
    static QVector<QPair<QString, QString>> nameKeys(const Case &c);

    // Cases other than `excludeDoc` (cases.doc; 0: none) that may be the same person as `c`.
    Result<QVector<DuplicateHint>> find(const Case &c, qint64 excludeDoc = 0) const;
    // The possible duplicates of a stored case.
    Result<QVector<DuplicateHint>> forCase(const QString &caseId) const;

private:
    Database &m_db;
};

} // namespace vangnet
