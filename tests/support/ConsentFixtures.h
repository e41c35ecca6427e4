#pragma once

#include "cases/CaseRepository.h"
#include "exchange/ContactRepository.h"

#include <QTest>

namespace vangnet::test {

// Fixtures for the consent tests: a contact with dummy keys and a case with an optional birth date.
// Header-only so that core and cli tests share them without a change to vangnet_testsupport.
inline QString addTestContact(Database &db, const QString &name, const QString &kind = QStringLiteral("external"))
{
    static int counter = 0;
    ++counter;
    Contact c;
    c.name = name;
    c.organisation = QStringLiteral("Test organisation");
    c.kind = kind;
    c.encPublicKey = QByteArray(32, char('a' + counter % 26)) + QByteArray::number(counter);
    c.signPublicKey = QByteArray(32, char('A' + counter % 26)) + QByteArray::number(counter);
    c.fingerprint = QStringLiteral("12345 67890 %1").arg(counter, 5, 10, QLatin1Char('0'));
    auto added = ContactRepository(db).add(c);
    if (!added) {
        qWarning("addTestContact: %s", qPrintable(added.error().message()));
        return {};
    }
    return added->id;
}

inline QString addTestCase(Database &db, const QDate &birthDate = {}, const QString &ageBand = {})
{
    Case c;
    c.givenName = QStringLiteral("Testperson");
    c.familyName = QStringLiteral("Consentcase");
    c.birthDate = birthDate;
    c.ageBand = ageBand;
    auto created = CaseRepository(db).create(c);
    if (!created) {
        qWarning("addTestCase: %s", qPrintable(created.error().message()));
        return {};
    }
    return created->id;
}

} // namespace vangnet::test
