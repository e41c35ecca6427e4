#include "exchange/CaseImporter.h"

#include "audit/AuditLog.h"
#include "cases/CaseIndex.h"
#include "cases/CaseJson.h"
#include "cases/CaseRepository.h"
#include "cases/CaseRow.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace vangnet {
namespace {

const QString kNotes = QStringLiteral("notes");
const QString kAttachments = QStringLiteral("attachments");
const QString kPreviousPhase = QStringLiteral("previousPhase");
const QString kPhaseReason = QStringLiteral("phaseReason");

void flatten(const QJsonObject &o, const QString &prefix, QMap<QString, QJsonValue> &out)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.value().isObject())
            flatten(it.value().toObject(), prefix + it.key() + QLatin1Char('.'), out);
        else
            out.insert(prefix + it.key(), it.value());
    }
}

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Error invalidRecord(const QString &detail = {})
{
    return Error(ErrorCode::Integrity, CaseImporter::tr("A case in the bundle is not valid; nothing was imported."), detail);
}

QString noteKey(const QDateTime &at, const QString &author, const QString &text)
{
    return stamp(at) + QChar(0x1f) + author + QChar(0x1f) + text;
}

} // namespace

QMap<QString, QJsonValue> CaseImporter::flatForm(const Case &c)
{
    QJsonObject o = CaseJson::toEditableJson(c);
    o.insert(kPreviousPhase, c.previousPhase.isEmpty() ? QJsonValue() : QJsonValue(c.previousPhase));
    o.insert(kPhaseReason, c.phaseReason.isEmpty() ? QJsonValue() : QJsonValue(c.phaseReason));
    QMap<QString, QJsonValue> out;
    flatten(o, QString(), out);
    return out;
}

Result<Case> CaseImporter::caseFromFlat(const QMap<QString, QJsonValue> &flat, const Case &base) const
{
    QJsonObject o;
    QMap<QString, QJsonObject> nested;
    for (auto it = flat.constBegin(); it != flat.constEnd(); ++it) {
        const qsizetype dot = it.key().indexOf(QLatin1Char('.'));
        if (dot > 0)
            nested[it.key().left(dot)].insert(it.key().mid(dot + 1), it.value());
        else if (it.key() != kPreviousPhase && it.key() != kPhaseReason)
            o.insert(it.key(), it.value());
    }
    for (auto it = nested.constBegin(); it != nested.constEnd(); ++it)
        o.insert(it.key(), it.value());
    auto parsed = CaseJson::fromJson(o);
    if (!parsed)
        return Error(
            ErrorCode::InvalidInput, tr("The merged case would not be valid; nothing was imported."), parsed.error().message());
    Case c = std::move(parsed.value());
    c.id = base.id;
    c.number = base.number;
    c.createdAt = base.createdAt;
    c.updatedAt = base.updatedAt;
    c.previousPhase = flat.value(kPreviousPhase).toString();
    c.phaseReason = flat.value(kPhaseReason).toString();
    return c;
}

Result<Case> CaseImporter::caseFromRecord(const QJsonObject &caseJson)
{
    QJsonObject editable = caseJson;
    for (const QString &key : { QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("createdAt"),
             QStringLiteral("updatedAt"), kPreviousPhase, kPhaseReason, QStringLiteral("reflectionDaysLeft"), kNotes,
             kAttachments, QStringLiteral("possibleDuplicates") })
        editable.remove(key);
    auto parsed = CaseJson::fromJson(editable);
    if (!parsed)
        return invalidRecord(parsed.error().message());
    Case c = std::move(parsed.value());
    c.id = caseJson.value(QStringLiteral("id")).toString();
    if (QUuid::fromString(c.id).isNull())
        return invalidRecord(QStringLiteral("id"));
    c.id = QUuid::fromString(c.id).toString(QUuid::WithoutBraces);
    c.number = caseJson.value(QStringLiteral("number")).toString();
    c.createdAt = QDateTime::fromString(caseJson.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs).toUTC();
    c.updatedAt = QDateTime::fromString(caseJson.value(QStringLiteral("updatedAt")).toString(), Qt::ISODateWithMs).toUTC();
    if (!c.createdAt.isValid())
        c.createdAt = QDateTime::currentDateTimeUtc();
    if (!c.updatedAt.isValid())
        c.updatedAt = c.createdAt;
    c.previousPhase = caseJson.value(kPreviousPhase).toString();
    c.phaseReason = caseJson.value(kPhaseReason).toString();
    for (const QJsonValue &v : caseJson.value(kNotes).toArray()) {
        const QJsonObject n = v.toObject();
        CaseNote note;
        note.text = n.value(QStringLiteral("text")).toString();
        note.author = n.value(QStringLiteral("author")).toString();
        note.at = QDateTime::fromString(n.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).toUTC();
        if (note.text.isEmpty() || !note.at.isValid())
            return invalidRecord(kNotes);
        c.notes.append(note);
    }
    return c;
}

QVector<HistoryEntry> CaseImporter::historyFromJson(const QString &caseId, const QJsonArray &rows)
{
    QVector<HistoryEntry> out;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        HistoryEntry e;
        e.caseId = caseId;
        e.changeId = o.value(QStringLiteral("changeId")).toString();
        e.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).toUTC();
        e.actor = o.value(QStringLiteral("actor")).toString();
        e.field = o.value(QStringLiteral("field")).toString();
        e.oldValue = o.contains(QStringLiteral("old")) ? o.value(QStringLiteral("old")) : QJsonValue(QJsonValue::Null);
        e.newValue = o.contains(QStringLiteral("new")) ? o.value(QStringLiteral("new")) : QJsonValue(QJsonValue::Null);
        if (e.changeId.isEmpty() || e.field.isEmpty() || !e.at.isValid())
            continue;
        out.append(e);
    }
    return out;
}

QJsonArray CaseImporter::historyToJson(const QVector<HistoryEntry> &rows)
{
    QJsonArray out;
    for (const HistoryEntry &e : rows)
        out.append(QJsonObject { { QStringLiteral("changeId"), e.changeId }, { QStringLiteral("at"), stamp(e.at) },
            { QStringLiteral("actor"), e.actor }, { QStringLiteral("field"), e.field }, { QStringLiteral("old"), e.oldValue },
            { QStringLiteral("new"), e.newValue } });
    return out;
}

Status CaseImporter::writeCase(qint64 doc, const Case &c, const QDateTime &updatedAt)
{
    if (auto st = CaseRow::update(m_db, doc, c, updatedAt); !st)
        return st;
    return CaseIndex::rebuild(m_db, doc, c);
}

Status CaseImporter::insertNote(qint64 doc, const CaseNote &note)
{
    auto q = m_db.prepareCached(QStringLiteral("INSERT INTO case_notes(case_doc, at, author, text) VALUES (?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->bind(1, doc).bind(2, stamp(note.at)).bind(3, note.author).bind(4, note.text);
    return q->run();
}

Result<bool> CaseImporter::insertAttachments(
    qint64 doc, const QJsonArray &attachments, const QHash<QString, QByteArray> &attachmentData)
{
    bool inserted = false;
    auto exists = m_db.prepareCached(QStringLiteral("SELECT count(*) FROM case_attachments WHERE id = ?"));
    if (!exists)
        return exists.error();
    auto insert
        = m_db.prepareCached(QStringLiteral("INSERT INTO case_attachments(id, case_doc, file_name, media_type, size, added_at, "
                                            "added_by, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    for (const QJsonValue &v : attachments) {
        const QJsonObject a = v.toObject();
        const QString id = a.value(QStringLiteral("id")).toString();
        if (QUuid::fromString(id).isNull() || !attachmentData.contains(id))
            return invalidRecord(kAttachments);
        exists->reset();
        exists->bind(1, id);
        auto row = exists->step();
        if (!row)
            return row.error();
        if (exists->integer(0) > 0)
            continue;
        const QByteArray data = attachmentData.value(id);
        insert->reset();
        insert->bind(1, id).bind(2, doc).bind(3, a.value(QStringLiteral("fileName")).toString());
        insert->bind(4, a.value(QStringLiteral("mediaType")).toString()).bind(5, qint64(data.size()));
        insert->bind(6, a.value(QStringLiteral("addedAt")).toString())
            .bind(7, a.value(QStringLiteral("addedBy")).toString())
            .bind(8, data);
        if (auto st = insert->run(); !st)
            return st.error();
        inserted = true;
    }
    return inserted;
}

Status CaseImporter::storeRemoteHistory(const QString &caseId, const QVector<HistoryEntry> &rows)
{
    if (rows.isEmpty())
        return {};
    // The rows held already, read once (one query per case, not one per row).
    auto held = m_db.prepareCached(QStringLiteral("SELECT change_id, field FROM case_history WHERE case_id = ?"));
    if (!held)
        return held.error();
    held->bind(1, caseId);
    QSet<QString> keys;
    const auto key = [](const QString &changeId, const QString &field) -> QString { return changeId + QChar(0x1f) + field; };
    for (;;) {
        auto row = held->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        keys.insert(key(held->text(0), held->text(1)));
    }
    auto insert = m_db.prepareCached(QStringLiteral(
        "INSERT INTO case_history(case_id, at, actor, field, old_json, new_json, change_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    for (const HistoryEntry &e : rows) {
        const QString k = key(e.changeId, e.field);
        if (keys.contains(k))
            continue;
        keys.insert(k);
        insert->reset();
        insert->bind(1, caseId).bind(2, stamp(e.at)).bind(3, e.actor).bind(4, e.field);
        insert->bind(5, e.oldValue.isNull() ? QVariant() : QVariant(CaseHistory::encode(e.oldValue)));
        insert->bind(6, e.newValue.isNull() ? QVariant() : QVariant(CaseHistory::encode(e.newValue)));
        insert->bind(7, e.changeId);
        if (auto st = insert->run(); !st)
            return st;
    }
    return {};
}

Result<CaseMergeOutcome> CaseImporter::merge(const QJsonObject &record, const QHash<QString, QByteArray> &attachmentData)
{
    auto remote = caseFromRecord(record.value(QStringLiteral("case")).toObject());
    if (!remote)
        return remote.error();
    const QVector<HistoryEntry> history = historyFromJson(remote->id, record.value(QStringLiteral("history")).toArray());
    const QJsonArray attachments = record.value(kAttachments).toArray();

    CaseRepository cases(m_db);
    auto doc = cases.docOf(remote->id);
    if (!doc) {
        if (doc.error().code() != ErrorCode::NotFound)
            return doc.error();
        return insertWhole(remote.value(), history, attachments, attachmentData);
    }
    auto local = cases.load(remote->id);
    if (!local)
        return local.error();
    return mergeInto(local.value(), doc.value(), remote.value(), history, attachments, attachmentData);
}

Result<CaseMergeOutcome> CaseImporter::insertWhole(const Case &remoteIn, const QVector<HistoryEntry> &history,
    const QJsonArray &attachments, const QHash<QString, QByteArray> &attachmentData)
{
    Case c = remoteIn;
    static const QRegularExpression shape(QStringLiteral("^VN-(\\d{4})-(\\d{4,})$"));
    const auto match = shape.match(c.number);
    int year = match.hasMatch() ? match.captured(1).toInt() : c.createdAt.date().year();
    int seq = match.hasMatch() ? match.captured(2).toInt() : 0;
    bool free = match.hasMatch() && seq > 0;
    if (free) {
        auto taken = m_db.prepareCached(QStringLiteral("SELECT count(*) FROM cases WHERE number = ? OR (year = ? AND seq = ?)"));
        if (!taken)
            return taken.error();
        taken->bind(1, c.number).bind(2, year).bind(3, seq);
        auto row = taken->step();
        if (!row)
            return row.error();
        free = taken->integer(0) == 0;
    }
    const QString sourceNumber = c.number;
    if (!free) {
        auto next = m_db.prepareCached(QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM cases WHERE year = ?"));
        if (!next)
            return next.error();
        next->bind(1, year);
        auto row = next->step();
        if (!row)
            return row.error();
        seq = int(next->integer(0));
        c.number = CaseRepository::formatNumber(year, seq);
    }

    // The whole row in one INSERT (as CaseRepository::create does): an INSERT of a bare row followed
    // by an UPDATE of every column rewrote each index of `cases` twice and made the UPDATE copy the
    // pages it touched into its statement journal. required_level keeps a level set by hand, as
    // CaseRow's UPDATE does.
    auto insert = m_db.prepareCached(QStringLiteral("INSERT INTO cases(") + CaseRow::insertColumns()
        + QStringLiteral(", id, number, year, seq, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                         "?14, ?15, COALESCE((SELECT o.level FROM case_security_override o WHERE o.case_id = ?16), ?15), "
                         "?16, ?17, ?18, ?19, ?20)"));
    if (!insert)
        return insert.error();
    const int next = CaseRow::bind(insert.value(), c, c.updatedAt);
    Q_ASSERT(next == 16);
    insert->bind(next, c.id).bind(next + 1, c.number).bind(next + 2, year).bind(next + 3, seq);
    insert->bind(next + 4, stamp(c.createdAt));
    if (auto st = insert->run(); !st)
        return st.error();
    const qint64 doc = m_db.lastInsertRowId();
    if (!free) {
        auto source = m_db.prepareCached(
            QStringLiteral("INSERT INTO case_source_numbers(case_id, source_number, bundle_id) VALUES (?, ?, ?)"));
        if (!source)
            return source.error();
        source->bind(1, c.id).bind(2, sourceNumber).bind(3, m_bundleId);
        if (auto st = source->run(); !st)
            return st.error();
    }
    for (const CaseNote &n : c.notes)
        if (auto st = insertNote(doc, n); !st)
            return st.error();
    // After the notes: the search index reads them from case_notes. A new row has no index rows yet.
    if (auto st = CaseIndex::build(m_db, doc, c); !st)
        return st.error();
    if (auto inserted = insertAttachments(doc, attachments, attachmentData); !inserted)
        return inserted.error();
    if (auto st = storeRemoteHistory(c.id, history); !st)
        return st.error();
    if (auto st = AuditLog(m_db).append(QStringLiteral("case.imported"), c.id, m_bundleId); !st)
        return st.error();
    CaseMergeOutcome out;
    out.created = true;
    return out;
}

Result<bool> CaseImporter::recordConflict(const QString &caseId, const QString &field, const QJsonValue &local,
    const QJsonValue &remote, const QVector<HistoryEntry> &remoteRows)
{
    const QString remoteText = CaseHistory::encode(remote);
    auto open = m_db.prepareCached(
        QStringLiteral("SELECT id, remote_json FROM merge_conflicts WHERE case_id = ? AND field = ? AND resolved_at IS NULL"));
    if (!open)
        return open.error();
    open->bind(1, caseId).bind(2, field);
    auto row = open->step();
    if (!row)
        return row.error();
    const QString history = QString::fromUtf8(QJsonDocument(historyToJson(remoteRows)).toJson(QJsonDocument::Compact));
    if (row.value()) {
        if (open->text(1) == remoteText)
            return false; // the same conflict is already waiting for the coordinator
        auto update
            = m_db.prepareCached(QStringLiteral("UPDATE merge_conflicts SET local_json = ?, remote_json = ?, remote_history = "
                                                "?, bundle_id = ?, detected_at = ? WHERE id = ?"));
        if (!update)
            return update.error();
        update->bind(1, CaseHistory::encode(local)).bind(2, remoteText).bind(3, history).bind(4, m_bundleId);
        update->bind(5, stamp(QDateTime::currentDateTimeUtc())).bind(6, open->text(0));
        if (auto st = update->run(); !st)
            return st.error();
        return true;
    }
    auto insert = m_db.prepareCached(QStringLiteral(
        "INSERT INTO merge_conflicts(id, case_id, field, local_json, remote_json, remote_history, bundle_id, detected_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, newId()).bind(2, caseId).bind(3, field).bind(4, CaseHistory::encode(local)).bind(5, remoteText);
    insert->bind(6, history).bind(7, m_bundleId).bind(8, stamp(QDateTime::currentDateTimeUtc()));
    if (auto st = insert->run(); !st)
        return st.error();
    return true;
}

Result<CaseMergeOutcome> CaseImporter::mergeInto(const Case &local, qint64 doc, const Case &remote,
    const QVector<HistoryEntry> &history, const QJsonArray &attachments, const QHash<QString, QByteArray> &attachmentData)
{
    auto localHistory = CaseHistory(m_db).forCase(local.id);
    if (!localHistory)
        return localHistory.error();
    QHash<QString, QSet<QString>> localIds; // field → changeIds
    QHash<QString, QSet<QString>> remoteIds;
    for (const HistoryEntry &e : localHistory.value())
        localIds[e.field].insert(e.changeId);
    QStringList fields; // in the order of the remote history
    for (const HistoryEntry &e : history) {
        remoteIds[e.field].insert(e.changeId);
        if (!fields.contains(e.field))
            fields.append(e.field);
    }

    const QMap<QString, QJsonValue> localFlat = flatForm(local);
    const QMap<QString, QJsonValue> remoteFlat = flatForm(remote);
    QMap<QString, QJsonValue> merged = localFlat;
    QVector<HistoryEntry> toStore;
    CaseMergeOutcome out;
    bool valuesChanged = false;

    for (const QString &field : fields) {
        QVector<HistoryEntry> remoteOnly;
        for (const HistoryEntry &e : history)
            if (e.field == field && !localIds.value(field).contains(e.changeId))
                remoteOnly.append(e);
        if (remoteOnly.isEmpty())
            continue; // nothing new from the other side
        if (field == kNotes || field == kAttachments) {
            toStore += remoteOnly; // merged by identity below
            continue;
        }
        bool localOnly = false;
        for (const HistoryEntry &e : localHistory.value())
            if (e.field == field && !remoteIds.value(field).contains(e.changeId))
                localOnly = true;
        const QJsonValue lv = localFlat.value(field, QJsonValue(QJsonValue::Null));
        const QJsonValue rv = remoteFlat.value(field, QJsonValue(QJsonValue::Null));
        if (!localOnly) {
            if (lv != rv) {
                merged.insert(field, rv);
                valuesChanged = true;
            }
            toStore += remoteOnly;
        } else if (lv == rv) {
            toStore += remoteOnly; // both sides arrived at the same value
        } else {
            auto recorded = recordConflict(local.id, field, lv, rv, remoteOnly);
            if (!recorded)
                return recorded.error();
            if (recorded.value())
                ++out.conflicts;
        }
    }

    QSet<QString> localNotes;
    for (const CaseNote &n : local.notes)
        localNotes.insert(noteKey(n.at, n.author, n.text));
    bool notesAdded = false;
    for (const CaseNote &n : remote.notes) {
        if (localNotes.contains(noteKey(n.at, n.author, n.text)))
            continue;
        if (auto st = insertNote(doc, n); !st)
            return st.error();
        notesAdded = true;
    }
    auto attachmentsAdded = insertAttachments(doc, attachments, attachmentData);
    if (!attachmentsAdded)
        return attachmentsAdded.error();

    if (valuesChanged || notesAdded || attachmentsAdded.value()) {
        Case after = local;
        if (valuesChanged) {
            auto rebuilt = caseFromFlat(merged, local);
            if (!rebuilt)
                return rebuilt.error();
            after = rebuilt.value();
        }
        if (auto st = writeCase(doc, after, QDateTime::currentDateTimeUtc()); !st)
            return st.error();
        out.updated = true;
    }
    if (auto st = storeRemoteHistory(local.id, toStore); !st)
        return st.error();
    if (out.updated || out.conflicts > 0)
        if (auto st = AuditLog(m_db).append(QStringLiteral("case.merged"), local.id,
                QStringLiteral("bundle=%1 conflicts=%2").arg(m_bundleId).arg(out.conflicts));
            !st)
            return st.error();
    return out;
}

Status CaseImporter::setField(const QString &caseId, const QString &field, const QJsonValue &value)
{
    CaseRepository cases(m_db);
    auto local = cases.load(caseId);
    if (!local)
        return local.error();
    auto doc = cases.docOf(caseId);
    if (!doc)
        return doc.error();
    QMap<QString, QJsonValue> flat = flatForm(local.value());
    const QJsonValue old = flat.value(field, QJsonValue(QJsonValue::Null));
    if (old == value)
        return {};
    flat.insert(field, value);
    auto after = caseFromFlat(flat, local.value());
    if (!after)
        return after.error();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    if (auto st = writeCase(doc.value(), after.value(), at); !st)
        return st;
    return CaseHistory(m_db).record(caseId, newId(), { { field, old, value } }, at);
}

} // namespace vangnet
