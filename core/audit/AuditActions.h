#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace vangnet {

// The kinds of audit events a reader filters by (the vault page's audit view, `audit list --kind`).
enum class AuditKind { Vault, Cases, Privacy, Sharing, Shelters, Safety };

// Plain words for the audit log's stable action codes ("case.erased" → "Case erased"), and the
// kind each belongs to. The codes stay in the log (they are hashed into the chain); people read these.
class AuditActions
{
    Q_DECLARE_TR_FUNCTIONS(AuditActions)

public:
    static QString describe(const QString &action);
    static AuditKind kindOf(const QString &action);
    static QList<AuditKind> kinds();
    static QString kindLabel(AuditKind kind);
    // "vault", "cases", "privacy", "sharing", "shelters", "safety": for the command line.
    static QString kindCode(AuditKind kind);
    static std::optional<AuditKind> kindFromCode(const QString &code);
};

} // namespace vangnet
