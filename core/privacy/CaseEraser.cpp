#include "privacy/CaseEraser.h"

#include "audit/AuditLog.h"
#include "cases/CaseRepository.h"
#include "cases/SavedFilters.h"
#include "cases/TextFolding.h"
#include "domain/InputLimits.h"
#include "privacy/LegalHolds.h"
#include "safety/Clock.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QSet>

namespace vangnet {
namespace {

// Runs one statement with the given parameters bound in order.
Status run(Database &db, const QString &sql, const QVariantList &params)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    for (int i = 0; i < params.size(); ++i)
        stmt->bind(i + 1, params.at(i));
    return stmt->run();
}

Result<int> count(Database &db, const QString &sql, const QVariantList &params)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    for (int i = 0; i < params.size(); ++i)
        stmt->bind(i + 1, params.at(i));
    auto row = stmt->step();
    if (!row)
        return row.error();
    return row.value() ? static_cast<int>(stmt->integer(0)) : 0;
}

struct CaseKey
{
    QString id;
    QString number;
    qint64 doc = 0;
};

Result<CaseKey> caseKey(Database &db, const QString &idOrNumber)
{
    auto id = CaseRepository(db).resolve(idOrNumber);
    if (!id)
        return id.error();
    auto stmt = db.prepare(QStringLiteral("SELECT doc, number FROM cases WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id.value());
    auto row = stmt->step();
    if (!row)
        return row.error();
    return CaseKey { id.value(), stmt->text(1), stmt->integer(0) };
}

} // namespace

Status CaseEraser::checkReason(const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Erasing a case needs a reason, for example \"retention period ended\"."));
    if (trimmed.size() > InputLimits::MaxSingleLineChars || !InputLimits::isSingleLine(trimmed))
        return Error(
            ErrorCode::InvalidInput, tr("The reason is one line of at most %1 characters.").arg(InputLimits::MaxSingleLineChars));
    return {};
}

Result<QStringList> CaseEraser::matchingFilters(qint64 doc) const
{
    // A saved filter "refers to" the case when its search text would find it: every word of the
    // text is the start of a word of the case's index entry (names, aliases, number, notes), as in
    // CaseSearch. Such a text is most likely the person's name.
    auto body = m_db.prepare(QStringLiteral("SELECT body FROM case_fts WHERE docid = ?"));
    if (!body)
        return body.error();
    body->bind(1, doc);
    auto row = body->step();
    if (!row)
        return row.error();
    const QStringList words = row.value() ? body->text(0).split(QLatin1Char(' '), Qt::SkipEmptyParts) : QStringList();
    auto filters = SavedFilters(m_db).all();
    if (!filters)
        return filters.error();
    QStringList names;
    for (const SavedFilter &f : filters.value()) {
        const QStringList tokens = TextFolding::tokens(f.filter.text);
        if (tokens.isEmpty())
            continue;
        const bool all = std::all_of(tokens.begin(), tokens.end(), [&words](const QString &t) {
            return std::any_of(words.begin(), words.end(), [&t](const QString &w) { return w.startsWith(t); });
        });
        if (all)
            names.append(f.name);
    }
    return names;
}

Result<ErasurePreview> CaseEraser::preview(const QString &caseIdOrNumber) const
{
    auto key = caseKey(m_db, caseIdOrNumber);
    if (!key)
        return key.error();
    ErasurePreview p;
    p.caseId = key->id;
    p.number = key->number;
    const QVariantList byDoc { key->doc };
    const QVariantList byId { key->id };
    struct Counter
    {
        int *target;
        const char *sql;
        const QVariantList *params;
    };
    const QVariantList byIdOrNumber { key->id, key->number };
    const Counter counters[] = {
        { &p.notes, "SELECT count(*) FROM case_notes WHERE case_doc = ?", &byDoc },
        { &p.attachments, "SELECT count(*) FROM case_attachments WHERE case_doc = ?", &byDoc },
        { &p.historyEntries, "SELECT count(*) FROM case_history WHERE case_id = ?", &byId },
        { &p.placements, "SELECT count(*) FROM placements WHERE case_id = ?", &byId },
        { &p.consents, "SELECT count(*) FROM consents WHERE case_id = ?", &byId },
        { &p.disclosures, "SELECT count(*) FROM disclosures WHERE case_id = ?", &byId },
        { &p.receivedRecords, "SELECT count(*) FROM received_records WHERE case_id = ? OR number = ?", &byIdOrNumber },
        { &p.drafts, "SELECT count(*) FROM drafts WHERE key = ?", &byId },
    };
    for (const Counter &c : counters) {
        auto n = count(m_db, QString::fromLatin1(c.sql), *c.params);
        if (!n)
            return n.error();
        *c.target = n.value();
    }
    auto filters = matchingFilters(key->doc);
    if (!filters)
        return filters.error();
    p.savedFilters = static_cast<int>(filters->size());
    auto hold = LegalHolds(m_db).find(key->id);
    if (!hold)
        return hold.error();
    p.held = hold->has_value();
    return p;
}

Result<Tombstone> CaseEraser::erase(const QString &caseIdOrNumber, const QString &reason)
{
    if (auto st = checkReason(reason); !st)
        return st.error();
    auto key = caseKey(m_db, caseIdOrNumber);
    if (!key)
        return key.error();
    auto tomb = eraseOne(key->id, reason.trimmed());
    if (!tomb)
        return tomb.error();
    if (auto st = finish(); !st)
        return st.error();
    return tomb;
}

Result<QVector<Tombstone>> CaseEraser::eraseAll(const QStringList &caseIds, const QString &reason)
{
    if (auto st = checkReason(reason); !st)
        return st.error();
    QVector<Tombstone> out;
    for (const QString &id : caseIds) {
        auto key = caseKey(m_db, id);
        if (!key)
            return key.error();
        auto tomb = eraseOne(key->id, reason.trimmed());
        if (!tomb) {
            (void)finish(); // what was erased before the failure leaves the file too
            return tomb.error();
        }
        out.append(tomb.value());
    }
    if (!out.isEmpty())
        if (auto st = finish(); !st)
            return st.error();
    return out;
}

Result<Tombstone> CaseEraser::eraseOne(const QString &caseId, const QString &reason)
{
    auto key = caseKey(m_db, caseId);
    if (!key)
        return key.error();
    auto hold = LegalHolds(m_db).find(key->id);
    if (!hold)
        return hold.error();
    if (hold->has_value())
        return Error(ErrorCode::Refused,
            tr("Case %1 is under a legal hold and cannot be erased. Lift the hold first if its reason no longer applies.")
                .arg(key->number));
    auto filters = matchingFilters(key->doc);
    if (!filters)
        return filters.error();

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    // secure_delete is on for every connection (storage/Database.cpp); set again here because
    // erasure depends on it: SQLite then overwrites deleted content and freed pages with zeros.
    if (auto st = m_db.exec(QStringLiteral("PRAGMA secure_delete = ON")); !st)
        return st.error();

    Tombstone t { key->number, key->id, m_clock.now().toUTC(), reason, AuditLog::currentActor() };
    if (auto st = run(m_db,
            QStringLiteral("INSERT INTO erased_cases(number, case_id, erased_at, reason, erased_by) VALUES (?, ?, ?, ?, ?)"),
            { t.number, t.caseId, t.erasedAt, t.reason, t.erasedBy });
        !st)
        return st.error();

    const QVariantList byId { key->id };
    const QVariantList byDoc { key->doc };
    // Children before parents: foreign keys are enforced, and the disclosure register's rows are
    // copied before the cascade from consents would delete them.
    const std::pair<const char *, const QVariantList *> steps[] = {
        { "INSERT INTO erased_disclosures(case_number, at, recipient_id, purpose, scopes, bundle_id, delivered_at)"
          " SELECT (SELECT number FROM cases WHERE id = ?1), at, recipient_id, purpose, scopes, bundle_id, delivered_at"
          " FROM disclosures WHERE case_id = ?1 ORDER BY id",
            &byId },
        { "DELETE FROM disclosures WHERE case_id = ?", &byId },
        { "DELETE FROM consents WHERE case_id = ?", &byId },
        { "DELETE FROM placement_events WHERE placement_id IN (SELECT id FROM placements WHERE case_id = ?)", &byId },
        { "DELETE FROM placements WHERE case_id = ?", &byId },
        { "DELETE FROM case_security_override WHERE case_id = ?", &byId },
        { "DELETE FROM visit_rules WHERE case_id = ?", &byId },
        { "DELETE FROM merge_conflicts WHERE case_id = ?", &byId },
        { "DELETE FROM case_source_numbers WHERE case_id = ?", &byId },
        { "DELETE FROM received_records WHERE case_id = ?1 OR number = (SELECT number FROM cases WHERE id = ?1)", &byId },
        { "DELETE FROM drafts WHERE key = ?", &byId },
        // An incident against staff is the staff member's record: it stays, no longer linked.
        { "UPDATE staff_incidents SET case_id = '' WHERE case_id = ?", &byId },
        { "DELETE FROM case_history WHERE case_id = ?", &byId },
        { "DELETE FROM case_fts WHERE docid = ?", &byDoc },
        { "DELETE FROM case_notes WHERE case_doc = ?", &byDoc },
        { "DELETE FROM case_attachments WHERE case_doc = ?", &byDoc },
        { "DELETE FROM case_forms WHERE case_doc = ?", &byDoc },
        { "DELETE FROM case_tasks WHERE case_doc = ?", &byDoc },
        { "DELETE FROM case_names WHERE case_doc = ?", &byDoc },
        { "DELETE FROM cases WHERE doc = ?", &byDoc },
    };
    for (const auto &[sql, params] : steps)
        if (auto st = run(m_db, QString::fromLatin1(sql), *params); !st)
            return st.error();
    for (const QString &name : filters.value())
        if (auto st = run(m_db, QStringLiteral("DELETE FROM saved_filters WHERE name = ?"), { name }); !st)
            return st.error();
    // The audit entry names the case by its UUID (the tombstone resolves it to the number); the
    // reason stays in the tombstone only.
    if (auto st = AuditLog(m_db).append(QStringLiteral("case.erased"), key->id); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return t;
}

Status CaseEraser::finish()
{
    // FTS4 deletes by adding a newer segment that masks the old one; "optimize" merges every segment
    // into one, so the old segments with the case's words are deleted (and zeroed) too.
    if (auto st = m_db.exec(QStringLiteral("INSERT INTO case_fts(case_fts) VALUES ('optimize')")); !st)
        return st;
    // Older images of the changed pages are still in the WAL: copy the last ones into the database
    // and cut the WAL to nothing. A reader still inside a read (another window's list) keeps it;
    // then the vault's lock does it when the last connection closes.
    auto stmt = m_db.prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    m_walPending = !row.value() || stmt->integer(0) != 0;
    return {};
}

Result<QVector<Tombstone>> CaseEraser::tombstones() const
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT number, case_id, erased_at, reason, erased_by FROM erased_cases ORDER BY erased_at DESC, number"));
    if (!stmt)
        return stmt.error();
    QVector<Tombstone> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.append({ stmt->text(0), stmt->text(1), QDateTime::fromString(stmt->text(2), Qt::ISODateWithMs), stmt->text(3),
            stmt->text(4) });
    }
    return out;
}

Result<std::optional<Tombstone>> CaseEraser::tombstone(const QString &number) const
{
    auto all = tombstones();
    if (!all)
        return all.error();
    for (const Tombstone &t : all.value())
        if (t.number.compare(number.trimmed(), Qt::CaseInsensitive) == 0)
            return std::optional<Tombstone>(t);
    return std::optional<Tombstone>();
}

} // namespace vangnet
