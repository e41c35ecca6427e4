#pragma once

#include "common/Result.h"
#include "domain/Case.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vangnet {

// The JSON form of a case (docs/CLI.md) and its validation. Parsing is strict: unknown keys,
// wrong types, unknown codes, impossible dates, a reflection period over three months
// (ReflectionPeriod) and a case without any name are InvalidInput errors that name every offending
// field (never its value).
class CaseJson
{
    Q_DECLARE_TR_FUNCTIONS(CaseJson)

public:
    // Every key, including the read-only ones (id, number, createdAt, updatedAt, previousPhase,
    // phaseReason, reflectionDaysLeft) and notes with text, at and author.
    static QJsonObject toJson(const Case &c, const QDate &today = QDate::currentDate());
    // The writable keys only, notes left out: the form history is computed from.
    static QJsonObject toEditableJson(const Case &c);
    // A new case from client input. Notes may be given as [{"text": ...}].
    static Result<Case> fromJson(const QJsonObject &input);
    // A case as stored in the vault: the same, except that rules added later (no control
    // characters, InputLimits::MaxListItems) do not keep an older case from loading.
    static Result<Case> fromStoredJson(const QJsonObject &stored);
    // Applies a partial update: keys present replace the old value (null clears it); the objects
    // threat and exploitationPeriod are merged key by key. "notes" in the patch are new notes to append
    // (returned in Case::notes); the phase is not checked for transitions here.
    static Result<Case> applyPatch(const Case &current, const QJsonObject &patch);
    // Full validation of a typed case (as fromJson would check it); notes are checked for text only.
    static Status validate(const Case &c);
    // The keys a client may write.
    static const QStringList &writableKeys();

private:
    static Result<Case> parse(const QJsonObject &input, bool stored);
};

} // namespace vangnet
