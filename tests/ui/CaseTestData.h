#pragma once

#include "cases/CaseRepository.h"
#include "domain/Case.h"

#include <QTest>

namespace vangnet::test {

// A fictional case for tests; the names are obviously made up.
inline Case makeCase(const QString &given, const QString &family, const QString &phase = QStringLiteral("intake"))
{
    Case c;
    c.givenName = given;
    c.familyName = family;
    c.phase = phase;
    c.coordinator = QStringLiteral("coordinator-a");
    c.region = QStringLiteral("Utrecht");
    return c;
}

inline QString createCase(Database &db, const Case &c)
{
    auto created = CaseRepository(db).create(c);
    if (!created) {
        qWarning("createCase: %s", qPrintable(created.error().message()));
        return {};
    }
    return created->id;
}

} // namespace vangnet::test
