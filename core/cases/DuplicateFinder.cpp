#include "cases/DuplicateFinder.h"

#include "cases/CaseRepository.h"
#include "cases/TextFolding.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QSet>

namespace vangnet {

QVector<QPair<QString, QString>> DuplicateFinder::nameKeys(const Case &c)
{
    QVector<QPair<QString, QString>> out;
    const QString full = TextFolding::nameKey(c.givenName + QLatin1Char(' ') + c.familyName);
    if (!full.isEmpty())
        out.append({ QStringLiteral("full"), full });
    // A set, not a scan of `out`: a case may carry a thousand aliases.
    QSet<QString> seenAliases;
    for (const QString &alias : c.aliases) {
        const QString key = TextFolding::nameKey(alias);
        if (!key.isEmpty() && !seenAliases.contains(key)) {
            seenAliases.insert(key);
            out.append({ QStringLiteral("alias"), key });
        }
    }
    return out;
}

Result<QVector<DuplicateHint>> DuplicateFinder::find(const Case &c, qint64 excludeDoc) const
{
    QVector<DuplicateHint> out;
    QSet<QString> seen;
    const auto add = [&out, &seen](const QString &id, const QString &number, const QString &reason) {
        if (seen.contains(id))
            return;
        seen.insert(id);
        out.append({ id, number, reason });
    };
    const auto collect = [&](Statement &q, const QString &reason) -> Status {
        for (;;) {
            auto row = q.step();
            if (!row)
                return row.error();
            if (!row.value())
                return {};
            add(q.text(0), q.text(1), reason);
        }
    };
    const auto keys = nameKeys(c);
    for (const auto &[kind, key] : keys) {
        if (kind == QLatin1String("full") && c.birthDate.isValid()) {
            // From the cases born that day (a handful) to their names: a common name is shared by
            // hundreds of cases, and testing each one's birth date reads its whole row.
            auto q = m_db.prepareCached(
                QStringLiteral("SELECT c.id, c.number FROM cases c CROSS JOIN case_names n ON n.case_doc = c.doc"
                               " WHERE c.birth_date = ? AND n.name_key = ? AND n.kind = 'full' AND c.doc <> ? ORDER BY c.doc"));
            if (!q)
                return q.error();
            q->bind(1, c.birthDate).bind(2, key).bind(3, excludeDoc);
            if (auto st = collect(q.value(), QStringLiteral("name_and_birth_date")); !st)
                return st.error();
        }
        // An alias matches any name or alias; a full name matches another case's alias.
        auto q = m_db.prepareCached(kind == QLatin1String("alias")
                ? QStringLiteral("SELECT c.id, c.number FROM case_names n JOIN cases c ON c.doc = n.case_doc"
                                 " WHERE n.name_key = ? AND c.doc <> ? ORDER BY c.doc")
                : QStringLiteral("SELECT c.id, c.number FROM case_names n JOIN cases c ON c.doc = n.case_doc"
                                 " WHERE n.name_key = ? AND n.kind = 'alias' AND c.doc <> ? ORDER BY c.doc"));
        if (!q)
            return q.error();
        q->bind(1, key).bind(2, excludeDoc);
        if (auto st = collect(q.value(), QStringLiteral("alias")); !st)
            return st.error();
    }
    return out;
}

Result<QVector<DuplicateHint>> DuplicateFinder::forCase(const QString &caseId) const
{
    CaseRepository repo(m_db);
    auto c = repo.load(caseId);
    if (!c)
        return c.error();
    auto doc = repo.docOf(c->id);
    if (!doc)
        return doc.error();
    return find(c.value(), doc.value());
}

} // namespace vangnet
