#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace vangnet {

// The visit rules of one case: codes of VisitRuleCodes plus a free-text note. Shown wherever a
// visit is planned and in the team's open-risks overview.
struct VisitRules
{
    QString caseId; // the case's id (text; the case repository owns the case itself)
    QStringList rules; // VisitRuleCodes, in the order given
    QString note;
    QDateTime updatedAt; // UTC, set by the repository

    bool isEmpty() const { return rules.isEmpty() && note.trimmed().isEmpty(); }
    bool operator==(const VisitRules &) const = default;
};

} // namespace vangnet
