#pragma once

#include "common/Result.h"
#include "consent/Disclosure.h"

#include <QString>

namespace vangnet {

class Database;

// A document that leaves on paper or as a PDF (the placement request) is a disclosure like a bundle:
// it goes into the disclosure register with a document id where a bundle has its bundle id, so the
// right of access and the withdrawal's "whom to inform" list see it too (docs/CONSENT.md).
class DocumentDisclosure
{
public:
    // "document-<uuid>": never the id of a bundle, which is a bare UUID.
    static QString newDocumentId();
    static bool isDocumentId(const QString &bundleId);
    // The disclosure (bundleId: a document id) and an audit entry `document.disclosed` (subject: the
    // case, detail: the kind and the document id) in one transaction. The register's checks apply:
    // Refused unless the consent belongs to the case, recipient and purpose, covers the scopes and
    // holds on the day.
    static Status record(Database &db, const Disclosure &disclosure, const QString &documentKind);
};

} // namespace vangnet
