#include "cases/CaseRepository.h"

#include "audit/AuditLog.h"
#include "cases/CaseIndex.h"
#include "cases/CaseJson.h"
#include "domain/InputLimits.h"
#include "domain/Phase.h"
#include "domain/ReflectionPeriod.h"
#include "placement/RequiredSecurityLevel.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace vangnet {
namespace {

const QString kClosed = QStringLiteral("closed");

Error notFound()
{
    return Error(ErrorCode::NotFound, CaseRepository::tr("There is no case with this id or case number."));
}

QJsonObject noteJson(const CaseNote &n)
{
    return QJsonObject { { QStringLiteral("id"), n.id }, { QStringLiteral("text"), n.text },
        { QStringLiteral("at"), n.at.toString(Qt::ISODateWithMs) }, { QStringLiteral("author"), n.author } };
}

} // namespace

CaseRepository::CaseRepository(Database &db)
    : m_db(db)
{ }

QString CaseRepository::formatNumber(int year, int sequence)
{
    return QStringLiteral("VN-%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(sequence, 4, 10, QLatin1Char('0'));
}

QJsonObject CaseRepository::historyForm(const Case &c)
{
    QJsonObject o = CaseJson::toEditableJson(c);
    o.insert(QStringLiteral("previousPhase"), c.previousPhase.isEmpty() ? QJsonValue() : QJsonValue(c.previousPhase));
    o.insert(QStringLiteral("phaseReason"), c.phaseReason.isEmpty() ? QJsonValue() : QJsonValue(c.phaseReason));
    return o;
}

Result<QString> CaseRepository::resolve(const QString &idOrNumber) const
{
    static const QRegularExpression numberShape(QStringLiteral("^VN-\\d{4}-\\d{4,}$"), QRegularExpression::CaseInsensitiveOption);
    const QString key = idOrNumber.trimmed();
    const bool isNumber = numberShape.match(key).hasMatch();
    auto q = m_db.prepareCached(
        isNumber ? QStringLiteral("SELECT id FROM cases WHERE number = ?") : QStringLiteral("SELECT id FROM cases WHERE id = ?"));
    if (!q)
        return q.error();
    if (isNumber) {
        q->bind(1, key.toUpper());
    } else {
        const QUuid uuid = QUuid::fromString(key);
        if (uuid.isNull())
            return notFound();
        q->bind(1, uuid.toString(QUuid::WithoutBraces));
    }
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return notFound();
    return q->text(0);
}

Result<qint64> CaseRepository::docOf(const QString &caseId) const
{
    auto q = m_db.prepareCached(QStringLiteral("SELECT doc FROM cases WHERE id = ?"));
    if (!q)
        return q.error();
    q->bind(1, caseId);
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return notFound();
    return q->integer(0);
}

Result<Case> CaseRepository::load(const QString &idOrNumber) const
{
    auto id = resolve(idOrNumber);
    if (!id)
        return id.error();
    auto q = m_db.prepareCached(QStringLiteral(
        "SELECT doc, id, number, phase, previous_phase, phase_reason, created_at, updated_at, data FROM cases WHERE id = ?"));
    if (!q)
        return q.error();
    q->bind(1, id.value());
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return notFound();
    const qint64 doc = q->integer(0);
    const QJsonDocument data = QJsonDocument::fromJson(q->text(8).toUtf8());
    auto parsed = CaseJson::fromStoredJson(data.object());
    if (!data.isObject() || !parsed)
        return Error(ErrorCode::Integrity, tr("A stored case cannot be read; the vault may be damaged."),
            parsed ? QString() : parsed.error().message());
    Case c = std::move(parsed.value());
    c.id = q->text(1);
    c.number = q->text(2);
    c.phase = q->text(3);
    c.previousPhase = q->text(4);
    c.phaseReason = q->text(5);
    c.createdAt = QDateTime::fromString(q->text(6), Qt::ISODateWithMs);
    c.updatedAt = QDateTime::fromString(q->text(7), Qt::ISODateWithMs);

    auto notes = m_db.prepareCached(QStringLiteral("SELECT id, at, author, text FROM case_notes WHERE case_doc = ? ORDER BY id"));
    if (!notes)
        return notes.error();
    notes->bind(1, doc);
    for (;;) {
        auto r = notes->step();
        if (!r)
            return r.error();
        if (!r.value())
            break;
        c.notes.append(CaseNote {
            notes->integer(0), QDateTime::fromString(notes->text(1), Qt::ISODateWithMs), notes->text(2), notes->text(3) });
    }
    return c;
}

// Binds the columns a case write sets, in this order, from index 1: phase, previous_phase,
// phase_reason, coordinator, region, given_name, family_name, birth_date, reflection_end,
// threat_code, threat_review, updated_at, data, required_level. Returns the next free index.
static int bindCaseColumns(Statement &q, const Case &c)
{
    const auto textOrNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    const auto dateOrNull = [](const QDate &d) { return d.isValid() ? QVariant(d) : QVariant(); };
    q.bind(1, c.phase).bind(2, textOrNull(c.previousPhase)).bind(3, textOrNull(c.phaseReason));
    q.bind(4, textOrNull(c.coordinator)).bind(5, textOrNull(c.region)).bind(6, textOrNull(c.givenName));
    q.bind(7, textOrNull(c.familyName)).bind(8, dateOrNull(c.birthDate)).bind(9, dateOrNull(c.reflectionEnd));
    q.bind(10, textOrNull(c.threat.code)).bind(11, dateOrNull(c.threat.reviewDate));
    q.bind(12, c.updatedAt.toUTC().toString(Qt::ISODateWithMs));
    q.bind(13, QString::fromUtf8(QJsonDocument(CaseJson::toEditableJson(c)).toJson(QJsonDocument::Compact)));
    // The derived level, before any manual override (migration 180: the overview counts by it).
    q.bind(14, RequiredSecurityLevel::derive(RequiredSecurityLevel::factsFromCase(c)).level);
    return 15;
}

Status CaseRepository::writeRow(qint64 doc, const Case &c)
{
    auto q = m_db.prepareCached(QStringLiteral(
        "UPDATE cases SET phase = ?, previous_phase = ?, phase_reason = ?, coordinator = ?, region = ?, given_name = ?,"
        " family_name = ?, birth_date = ?, reflection_end = ?, threat_code = ?, threat_review = ?, updated_at = ?, data = ?,"
        " required_level = ? WHERE doc = ?"));
    if (!q)
        return q.error();
    q->bind(bindCaseColumns(q.value(), c), doc);
    if (auto st = q->run(); !st)
        return st;
    return CaseIndex::rebuild(m_db, doc, c);
}

Result<CaseNote> CaseRepository::insertNote(qint64 doc, const QString &text, const QDateTime &at)
{
    CaseNote note { 0, at, AuditLog::currentActor(), text };
    auto q = m_db.prepareCached(QStringLiteral("INSERT INTO case_notes(case_doc, at, author, text) VALUES (?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->bind(1, doc).bind(2, at.toString(Qt::ISODateWithMs)).bind(3, note.author).bind(4, text);
    if (auto st = q->run(); !st)
        return st.error();
    note.id = m_db.lastInsertRowId();
    return note;
}

Result<FieldChange> CaseRepository::reflectionReasonChange(const Case &before, const Case &after, const QString &reason)
{
    const QString why = reason.trimmed();
    if (!ReflectionPeriod::endDeparts(before, after)) {
        if (!why.isEmpty())
            return Error(ErrorCode::InvalidInput,
                tr("field reflectionEnd: a reason is kept only with an extension or an early end of the reflection period,"
                   " and this change moves neither."));
        return FieldChange();
    }
    if (why.isEmpty()) {
        if (ReflectionPeriod::recordedEndMoved(before, after))
            return Error(ErrorCode::InvalidInput,
                tr("field reflectionEnd: moving the end of a recorded reflection period (an extension or an early end)"
                   " needs a reason."));
        return FieldChange();
    }
    if (why.size() > 2000)
        return Error(ErrorCode::InvalidInput, tr("field reflectionEnd: a reason is limited to 2000 characters."));
    return FieldChange { QStringLiteral("reflectionEndReason"), QJsonValue(), why };
}

Result<CreatedCase> CaseRepository::createFromJson(const QJsonObject &json, const QString &reflectionReason)
{
    auto c = CaseJson::fromJson(json);
    if (!c)
        return c.error();
    return create(c.value(), reflectionReason);
}

Result<CreatedCase> CaseRepository::create(const Case &input, const QString &reflectionReason)
{
    Case c = input;
    ReflectionPeriod::proposeEnd(c);
    if (auto st = CaseJson::validate(c); !st)
        return st.error();
    if (c.phase == kClosed)
        return Error(ErrorCode::InvalidInput, tr("field phase: a new case cannot start closed."));
    auto reasonChange = reflectionReasonChange(Case(), c, reflectionReason);
    if (!reasonChange)
        return reasonChange.error();

    const QDateTime at = now();
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.createdAt = at;
    c.updatedAt = at;
    c.previousPhase.clear();
    c.phaseReason.clear();
    const QVector<CaseNote> newNotes = c.notes;
    c.notes.clear();

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    const int year = at.date().year();
    auto seq = m_db.prepareCached(QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM cases WHERE year = ?"));
    if (!seq)
        return seq.error();
    seq->bind(1, year);
    auto seqRow = seq->step();
    if (!seqRow)
        return seqRow.error();
    const int sequence = int(seq->integer(0));
    c.number = formatNumber(year, sequence);

    // The whole row in one INSERT: an INSERT followed by an UPDATE would open a statement journal
    // for the UPDATE, and in a batch (one savepoint per case) that copies every page it touches.
    auto insert = m_db.prepareCached(QStringLiteral(
        "INSERT INTO cases(phase, previous_phase, phase_reason, coordinator, region, given_name, family_name, birth_date,"
        " reflection_end, threat_code, threat_review, updated_at, data, required_level, id, number, year, seq, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    const int next = bindCaseColumns(insert.value(), c);
    insert->bind(next, c.id).bind(next + 1, c.number).bind(next + 2, year).bind(next + 3, sequence);
    insert->bind(next + 4, at.toString(Qt::ISODateWithMs));
    if (auto st = insert->run(); !st)
        return st.error();
    const qint64 doc = m_db.lastInsertRowId();

    const QString changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVector<FieldChange> changes = CaseHistory::diff(QJsonObject(), historyForm(c), true);
    if (!reasonChange->field.isEmpty())
        changes.append(reasonChange.value());
    for (const CaseNote &n : newNotes) {
        auto note = insertNote(doc, n.text, at);
        if (!note)
            return note.error();
        changes.append({ QStringLiteral("notes"), QJsonValue(), noteJson(note.value()) });
    }
    // After the notes: the search index reads them from case_notes.
    if (auto st = CaseIndex::build(m_db, doc, c); !st)
        return st.error();
    if (auto st = CaseHistory(m_db).record(c.id, changeId, changes, at); !st)
        return st.error();

    auto duplicates = DuplicateFinder(m_db).find(c, doc);
    if (!duplicates)
        return duplicates.error();
    if (auto st = AuditLog(m_db).append(QStringLiteral("case.created"), c.id); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return CreatedCase { c.id, c.number, duplicates.value() };
}

Status CaseRepository::commitChange(const Case &before, Case after, const QString &auditAction, const QString &reflectionReason)
{
    auto reasonChange = reflectionReasonChange(before, after, reflectionReason);
    if (!reasonChange)
        return reasonChange.error();
    auto doc = docOf(before.id);
    if (!doc)
        return doc.error();
    const QDateTime at = now();
    QVector<FieldChange> changes = CaseHistory::diff(historyForm(before), historyForm(after));
    if (!reasonChange->field.isEmpty())
        changes.append(reasonChange.value());
    QVector<CaseNote> newNotes;
    for (const CaseNote &n : after.notes)
        if (n.id == 0)
            newNotes.append(n);
    if (changes.isEmpty() && newNotes.isEmpty())
        return {};

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    for (const CaseNote &n : newNotes) {
        auto note = insertNote(doc.value(), n.text, at);
        if (!note)
            return note.error();
        changes.append({ QStringLiteral("notes"), QJsonValue(), noteJson(note.value()) });
    }
    after.updatedAt = at;
    if (auto st = writeRow(doc.value(), after); !st)
        return st;
    if (auto st = CaseHistory(m_db).record(before.id, QUuid::createUuid().toString(QUuid::WithoutBraces), changes, at); !st)
        return st;
    if (!auditAction.isEmpty())
        if (auto st = AuditLog(m_db).append(auditAction, before.id, after.phase); !st)
            return st;
    return tx.commit();
}

Status CaseRepository::update(const Case &changed, const QString &reflectionReason)
{
    auto current = load(changed.id);
    if (!current)
        return current.error();
    Case after = changed;
    ReflectionPeriod::proposeEnd(after);
    if (auto st = CaseJson::validate(after); !st)
        return st;
    after.id = current->id;
    after.number = current->number;
    after.createdAt = current->createdAt;
    after.previousPhase = current->previousPhase;
    after.phaseReason = current->phaseReason;
    if (after.phase != current->phase)
        if (auto st = Phase::checkTransition(current->phase, after.phase, current->previousPhase, QString()); !st)
            return st;
    return commitChange(current.value(), after, QString(), reflectionReason);
}

Status CaseRepository::updateFromJson(const QString &idOrNumber, const QJsonObject &patch, const QString &reflectionReason)
{
    auto current = load(idOrNumber);
    if (!current)
        return current.error();
    auto changed = CaseJson::applyPatch(current.value(), patch);
    if (!changed)
        return changed.error();
    // A start without an end (none recorded, none given) gets the proposed end: always a valid one.
    ReflectionPeriod::proposeEnd(changed.value());
    if (changed->phase != current->phase)
        if (auto st = Phase::checkTransition(current->phase, changed->phase, current->previousPhase, QString()); !st)
            return st;
    // applyPatch returns only the new notes; keep the stored ones so nothing is seen as removed.
    QVector<CaseNote> notes = current->notes;
    notes += changed->notes;
    changed->notes = notes;
    return commitChange(current.value(), changed.value(), QString(), reflectionReason);
}

Status CaseRepository::changePhase(const QString &idOrNumber, const QString &phase, const QString &reason)
{
    auto current = load(idOrNumber);
    if (!current)
        return current.error();
    if (auto st = Phase::checkTransition(current->phase, phase, current->previousPhase, reason); !st)
        return st;
    Case after = current.value();
    if (phase == kClosed) {
        after.previousPhase = current->phase;
        after.phaseReason = reason.trimmed();
    } else if (current->phase == kClosed) {
        after.previousPhase.clear();
        after.phaseReason = reason.trimmed();
    } else if (!reason.trimmed().isEmpty()) {
        after.phaseReason = reason.trimmed();
    }
    after.phase = phase;
    const QString action = phase == kClosed ? QStringLiteral("case.closed")
        : current->phase == kClosed         ? QStringLiteral("case.reopened")
                                            : QStringLiteral("case.phase_changed");
    return commitChange(current.value(), after, action);
}

Status CaseRepository::close(const QString &idOrNumber, const QString &reason)
{
    return changePhase(idOrNumber, kClosed, reason);
}

Status CaseRepository::reopen(const QString &idOrNumber, const QString &reason)
{
    auto current = load(idOrNumber);
    if (!current)
        return current.error();
    if (current->phase != kClosed)
        return Error(ErrorCode::InvalidInput, tr("Only a closed case can be reopened."));
    return changePhase(current->id, current->previousPhase, reason);
}

Status CaseRepository::checkNoteText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("field text: a note cannot be empty."));
    if (trimmed.size() > InputLimits::MaxMultiLineChars)
        return Error(
            ErrorCode::InvalidInput, tr("field text: a note is limited to %1 characters.").arg(InputLimits::MaxMultiLineChars));
    if (!InputLimits::isMultiLine(trimmed))
        return Error(ErrorCode::InvalidInput, tr("field text: a note may hold line breaks but no other control characters."));
    return {};
}

Result<CaseNote> CaseRepository::addNote(const QString &idOrNumber, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (auto st = checkNoteText(trimmed); !st)
        return st.error();
    auto current = load(idOrNumber);
    if (!current)
        return current.error();
    auto doc = docOf(current->id);
    if (!doc)
        return doc.error();
    const QDateTime at = now();
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    auto note = insertNote(doc.value(), trimmed, at);
    if (!note)
        return note.error();
    Case after = current.value();
    after.updatedAt = at;
    if (auto st = writeRow(doc.value(), after); !st)
        return st.error();
    const QVector<FieldChange> changes { { QStringLiteral("notes"), QJsonValue(), noteJson(note.value()) } };
    if (auto st = CaseHistory(m_db).record(after.id, QUuid::createUuid().toString(QUuid::WithoutBraces), changes, at); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return note;
}

Result<QVector<HistoryEntry>> CaseRepository::history(const QString &idOrNumber) const
{
    auto id = resolve(idOrNumber);
    if (!id)
        return id.error();
    return CaseHistory(m_db).forCase(id.value());
}

Result<QVector<DuplicateHint>> CaseRepository::possibleDuplicates(const QString &idOrNumber) const
{
    auto id = resolve(idOrNumber);
    if (!id)
        return id.error();
    return DuplicateFinder(m_db).forCase(id.value());
}

} // namespace vangnet
