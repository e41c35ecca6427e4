#pragma once

#include "cases/CaseHistory.h"
#include "cases/DuplicateFinder.h"
#include "common/Result.h"
#include "domain/Case.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace vangnet {

class Database;

struct CreatedCase
{
    QString id;
    QString number;
    QVector<DuplicateHint> possibleDuplicates;
};

// The case store. Every write validates fully first, then runs in one Transaction together with its
// field-level history (CaseHistory), the derived index tables (CaseIndex) and the search index, so a
// refused or failed write leaves the vault as it was. Cases are addressed by UUID or by case number
// (VN-YYYY-NNNN) wherever a QString idOrNumber is taken.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    explicit CaseRepository(Database &db);

    // Assigns id, number (per-year sequence), createdAt; phase defaults to signal and may not be
    // closed. Notes in c.notes are stored too. Returns possible duplicates.
    //
    // Reflection period (ReflectionPeriod): a start without an end gets the proposed end, start + three
    // months. `reflectionReason` explains an end other than the proposal (an early end); it goes to the
    // history as the field "reflectionEndReason" and is refused when there is nothing to explain.
    Result<CreatedCase> create(const Case &c, const QString &reflectionReason = {});
    Result<CreatedCase> createFromJson(const QJsonObject &json, const QString &reflectionReason = {});

    Result<Case> load(const QString &idOrNumber) const;
    // The UUID of a case given by UUID or number; NotFound otherwise.
    Result<QString> resolve(const QString &idOrNumber) const;
    Result<qint64> docOf(const QString &caseId) const;

    // Replaces the writable fields with those of `changed` (found by changed.id). Notes with id 0 are
    // appended. A phase change must be allowed without a reason (closing/reopening: changePhase).
    // The reflection end is proposed as in create(); moving an end already recorded (an extension or
    // an early end) needs `reflectionReason`, kept in the history with the change.
    Status update(const Case &changed, const QString &reflectionReason = {});
    // Partial update in JSON (CaseJson::applyPatch): only the keys present change.
    Status updateFromJson(const QString &idOrNumber, const QJsonObject &patch, const QString &reflectionReason = {});

    // Phase::checkTransition rules; the reason is required for closing and reopening.
    Status changePhase(const QString &idOrNumber, const QString &phase, const QString &reason = {});
    Status close(const QString &idOrNumber, const QString &reason);
    // Back to the phase before closing.
    Status reopen(const QString &idOrNumber, const QString &reason);

    Result<CaseNote> addNote(const QString &idOrNumber, const QString &text);
    // The rules for a note's text (not empty, InputLimits::MaxMultiLineChars, no control characters
    // but line breaks and tabs), for callers that check before they open the vault.
    static Status checkNoteText(const QString &text);

    Result<QVector<HistoryEntry>> history(const QString &idOrNumber) const;
    Result<QVector<DuplicateHint>> possibleDuplicates(const QString &idOrNumber) const;

    static QString formatNumber(int year, int sequence);
    // For tests: the clock used for timestamps and the case-number year.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    QDateTime now() const { return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc(); }
    static QJsonObject historyForm(const Case &c);
    Status writeRow(qint64 doc, const Case &c);
    Result<CaseNote> insertNote(qint64 doc, const QString &text, const QDateTime &at);
    Status commitChange(const Case &before, Case after, const QString &auditAction, const QString &reflectionReason = {});
    static Result<FieldChange> reflectionReasonChange(const Case &before, const Case &after, const QString &reason);

    Database &m_db;
    std::function<QDateTime()> m_clock;
};

} // namespace vangnet
