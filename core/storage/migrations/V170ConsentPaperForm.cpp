#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

namespace vangnet::migrations {

Status v170ConsentPaperForm(Database &db)
{
    // A consent signed on a printed form keeps the form's SHA-256 (lower-case hex): it proves which
    // text the person signed (docs/CONSENT.md, "Consent on paper"). NULL: no paper form recorded.
    return db.exec(QStringLiteral("ALTER TABLE consents ADD COLUMN paper_form_sha256 TEXT"));
}

} // namespace vangnet::migrations
