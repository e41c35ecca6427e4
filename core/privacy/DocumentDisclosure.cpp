#include "privacy/DocumentDisclosure.h"

#include "audit/AuditLog.h"
#include "consent/DisclosureRegister.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QUuid>

namespace vangnet {

namespace {
const QLatin1String Prefix("document-");
}

QString DocumentDisclosure::newDocumentId()
{
    return Prefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool DocumentDisclosure::isDocumentId(const QString &bundleId)
{
    return bundleId.startsWith(Prefix);
}

Status DocumentDisclosure::record(Database &db, const Disclosure &disclosure, const QString &documentKind)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    if (auto recorded = DisclosureRegister(db).recordDisclosure(disclosure); !recorded)
        return recorded.error();
    if (auto st = AuditLog(db).append(QStringLiteral("document.disclosed"), disclosure.caseId,
            QStringLiteral("kind=%1 document=%2").arg(documentKind, disclosure.bundleId));
        !st)
        return st;
    return tx.commit();
}

} // namespace vangnet
