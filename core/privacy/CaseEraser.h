#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace vangnet {

class Clock;
class Database;

// What erasing a case will remove, shown before the user confirms.
struct ErasurePreview
{
    QString caseId;
    QString number;
    int notes = 0;
    int attachments = 0;
    int historyEntries = 0;
    int placements = 0;
    int consents = 0;
    int disclosures = 0; // kept, without personal data (erased_disclosures)
    int receivedRecords = 0;
    int drafts = 0;
    int savedFilters = 0; // saved case-list filters whose search text finds this case
    bool held = false; // a legal hold stands: erasure is refused
};

// What is left of an erased case (table erased_cases, migration 160).
struct Tombstone
{
    QString number;
    QString caseId;
    QDateTime erasedAt; // UTC
    QString reason;
    QString erasedBy;
};

// Erases a case everywhere (AVG art. 17): the case row and its derived rows, notes, field history,
// full-text index entries, attachments, drafts, placements, consents, received records and saved
// filters that would find it. The disclosure register keeps its rows without personal data; a
// tombstone and an audit entry remain. The vault deletes with secure_delete on (freed content is
// zeroed), the full-text index is merged so no segment keeps the case's words, and the WAL is
// checkpointed and truncated so no older page image survives beside the database. Refused while a
// legal hold stands. docs/PRIVACY.md, "Erasure".
class CaseEraser
{
    Q_DECLARE_TR_FUNCTIONS(CaseEraser)

public:
    CaseEraser(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    { }

    Result<ErasurePreview> preview(const QString &caseIdOrNumber) const;
    // Refused (ErrorCode::Refused) under a legal hold; InvalidInput without a reason.
    Result<Tombstone> erase(const QString &caseIdOrNumber, const QString &reason);
    // Several cases (retention purge): each in its own transaction, then one index merge and one
    // checkpoint. Stops at the first failure; the cases erased before it stay erased.
    Result<QVector<Tombstone>> eraseAll(const QStringList &caseIds, const QString &reason);

    Result<QVector<Tombstone>> tombstones() const;
    Result<std::optional<Tombstone>> tombstone(const QString &number) const;

    // The rules for a reason (one line, not empty), for callers that check before they open the vault.
    static Status checkReason(const QString &reason);

    // True when the WAL could not be emptied at the end (a reader held it); the vault's lock empties it.
    bool walPending() const { return m_walPending; }

private:
    Result<Tombstone> eraseOne(const QString &caseId, const QString &reason);
    Status finish();
    Result<QStringList> matchingFilters(qint64 doc) const;

    Database &m_db;
    const Clock &m_clock;
    bool m_walPending = false;
};

} // namespace vangnet
