#pragma once

#include "cases/CaseHistory.h"
#include "common/Result.h"
#include "domain/Case.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace vangnet {

class Database;

// What merging one team record did.
struct CaseMergeOutcome
{
    bool created = false;
    bool updated = false;
    int conflicts = 0;
};

// Merges the cases of a team bundle into the case tables, keeping the cases engineer's derived
// tables (case_forms, case_tasks, case_names, case_fts through CaseIndex) consistent. Works inside
// the caller's transaction; opens none itself.
//
// Field by field, against the common history: the changes of a field whose changeId the other side
// also holds are common. Only remote changes since then → the remote value is applied and the remote
// history rows are stored with their own changeId, time and actor (fast-forward). Only local
// changes → the local value stays. Both → if the values differ a merge conflict is recorded and the
// local value stays; nothing is silently overwritten. Notes merge by (time, author, text);
// attachments by id. A case unknown here is inserted whole with its id and history; it keeps its
// number when that is free, otherwise it gets the next local number and the original is kept in
// case_source_numbers.
class CaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(CaseImporter)

public:
    CaseImporter(Database &db, QString bundleId)
        : m_db(db)
        , m_bundleId(std::move(bundleId))
    { }

    // record: {"case": CaseJson::toJson, "history": [...], "attachments": [...]}; attachmentData: the
    // bundle's attachments/<id> entries by id.
    Result<CaseMergeOutcome> merge(const QJsonObject &record, const QHash<QString, QByteArray> &attachmentData);

    // The flattened history form of a case (the keys CaseHistory records): writable keys, dotted
    // paths into threat and exploitationPeriod, previousPhase and phaseReason.
    static QMap<QString, QJsonValue> flatForm(const Case &c);
    // Sets one field of a stored case (a dotted path allowed) and records `changes` in its history
    // under a new changeId; used to resolve a conflict with the remote value.
    Status setField(const QString &caseId, const QString &field, const QJsonValue &value);
    // Stores history rows of the other side that are not yet held (by changeId and field).
    Status storeRemoteHistory(const QString &caseId, const QVector<HistoryEntry> &rows);

    static QVector<HistoryEntry> historyFromJson(const QString &caseId, const QJsonArray &rows);
    static QJsonArray historyToJson(const QVector<HistoryEntry> &rows);
    // Parses a team record's case (read-only keys allowed); Integrity error when it is not valid.
    static Result<Case> caseFromRecord(const QJsonObject &caseJson);

private:
    Result<Case> caseFromFlat(const QMap<QString, QJsonValue> &flat, const Case &base) const;
    Status writeCase(qint64 doc, const Case &c, const QDateTime &updatedAt);
    Result<CaseMergeOutcome> insertWhole(const Case &remote, const QVector<HistoryEntry> &history, const QJsonArray &attachments,
        const QHash<QString, QByteArray> &attachmentData);
    Result<CaseMergeOutcome> mergeInto(const Case &local, qint64 doc, const Case &remote, const QVector<HistoryEntry> &history,
        const QJsonArray &attachments, const QHash<QString, QByteArray> &attachmentData);
    Result<bool> insertAttachments(qint64 doc, const QJsonArray &attachments, const QHash<QString, QByteArray> &attachmentData);
    Status insertNote(qint64 doc, const CaseNote &note);
    Result<bool> recordConflict(const QString &caseId, const QString &field, const QJsonValue &local, const QJsonValue &remote,
        const QVector<HistoryEntry> &remoteRows);

    Database &m_db;
    QString m_bundleId;
};

} // namespace vangnet
