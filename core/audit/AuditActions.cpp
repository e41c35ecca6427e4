#include "audit/AuditActions.h"

#include <QHash>

namespace vangnet {
namespace {

struct ActionText
{
    const char *code;
    AuditKind kind;
    const char *text; // QT_TRANSLATE_NOOP("AuditActions", ...)
};

const ActionText kActions[] = {
    { "vault.created", AuditKind::Vault, QT_TRANSLATE_NOOP("AuditActions", "Vault created") },
    { "vault.unlocked", AuditKind::Vault, QT_TRANSLATE_NOOP("AuditActions", "Vault unlocked") },
    { "vault.passphrase_changed", AuditKind::Vault, QT_TRANSLATE_NOOP("AuditActions", "Passphrase changed") },
    { "vault.recovered", AuditKind::Vault, QT_TRANSLATE_NOOP("AuditActions", "Vault opened with the recovery key") },
    { "vault.recovery_key_replaced", AuditKind::Vault, QT_TRANSLATE_NOOP("AuditActions", "New recovery key made") },
    { "vault.master_key_revealed", AuditKind::Vault, QT_TRANSLATE_NOOP("AuditActions", "Master key shown") },
    { "vault.restored", AuditKind::Vault, QT_TRANSLATE_NOOP("AuditActions", "Vault restored from a backup") },
    { "vault.verified", AuditKind::Vault, QT_TRANSLATE_NOOP("AuditActions", "Vault checked") },
    { "vault.audit_gap", AuditKind::Vault,
        QT_TRANSLATE_NOOP("AuditActions", "Events could not be recorded for a while (disk full)") },
    { "config.changed", AuditKind::Vault, QT_TRANSLATE_NOOP("AuditActions", "Vault setting changed") },
    { "config.reset", AuditKind::Vault, QT_TRANSLATE_NOOP("AuditActions", "Vault setting set back to its default") },
    { "backup.created", AuditKind::Vault, QT_TRANSLATE_NOOP("AuditActions", "Backup made") },
    { "backup.pruned", AuditKind::Vault, QT_TRANSLATE_NOOP("AuditActions", "Old backups removed") },
    { "backup.verified", AuditKind::Vault, QT_TRANSLATE_NOOP("AuditActions", "Backup checked") },
    { "identity.created", AuditKind::Vault, QT_TRANSLATE_NOOP("AuditActions", "Sharing keys made") },
    { "case.created", AuditKind::Cases, QT_TRANSLATE_NOOP("AuditActions", "Case created") },
    { "case.closed", AuditKind::Cases, QT_TRANSLATE_NOOP("AuditActions", "Case closed") },
    { "case.reopened", AuditKind::Cases, QT_TRANSLATE_NOOP("AuditActions", "Case reopened") },
    { "case.phase_changed", AuditKind::Cases, QT_TRANSLATE_NOOP("AuditActions", "Case moved to another phase") },
    { "case.attachment_added", AuditKind::Cases, QT_TRANSLATE_NOOP("AuditActions", "Scan added to a case") },
    { "case.imported", AuditKind::Cases, QT_TRANSLATE_NOOP("AuditActions", "Case received from a colleague") },
    { "case.merged", AuditKind::Cases, QT_TRANSLATE_NOOP("AuditActions", "Case updated from a colleague") },
    { "conflict.resolved", AuditKind::Cases, QT_TRANSLATE_NOOP("AuditActions", "Conflicting change settled") },
    { "case.security_level_overridden", AuditKind::Cases,
        QT_TRANSLATE_NOOP("AuditActions", "Required security level set by hand") },
    { "case.security_level_override_cleared", AuditKind::Cases,
        QT_TRANSLATE_NOOP("AuditActions", "Hand-set security level removed") },
    { "placement.created", AuditKind::Cases, QT_TRANSLATE_NOOP("AuditActions", "Placement proposed") },
    { "placement.status_changed", AuditKind::Cases, QT_TRANSLATE_NOOP("AuditActions", "Placement changed") },
    { "placement.rules_overridden", AuditKind::Cases,
        QT_TRANSLATE_NOOP("AuditActions", "Placement made against the placement rules") },
    { "case.erased", AuditKind::Privacy, QT_TRANSLATE_NOOP("AuditActions", "Case erased") },
    { "case.legal_hold_set", AuditKind::Privacy, QT_TRANSLATE_NOOP("AuditActions", "Legal hold set") },
    { "case.legal_hold_lifted", AuditKind::Privacy, QT_TRANSLATE_NOOP("AuditActions", "Legal hold lifted") },
    { "consent.added", AuditKind::Privacy, QT_TRANSLATE_NOOP("AuditActions", "Consent recorded") },
    { "consent.withdrawn", AuditKind::Privacy, QT_TRANSLATE_NOOP("AuditActions", "Consent withdrawn") },
    { "bundle.exported", AuditKind::Sharing, QT_TRANSLATE_NOOP("AuditActions", "Data sent in a bundle") },
    { "bundle.imported", AuditKind::Sharing, QT_TRANSLATE_NOOP("AuditActions", "Bundle received") },
    { "bundle.delivered", AuditKind::Sharing, QT_TRANSLATE_NOOP("AuditActions", "Bundle delivered") },
    { "contact.added", AuditKind::Sharing, QT_TRANSLATE_NOOP("AuditActions", "Contact added") },
    { "contact.removed", AuditKind::Sharing, QT_TRANSLATE_NOOP("AuditActions", "Contact removed") },
    { "contact.verified", AuditKind::Sharing, QT_TRANSLATE_NOOP("AuditActions", "Contact verified") },
    { "shelter.address_revealed", AuditKind::Shelters, QT_TRANSLATE_NOOP("AuditActions", "Secret shelter address shown") },
    { "shelter.imported", AuditKind::Shelters, QT_TRANSLATE_NOOP("AuditActions", "Shelters imported") },
    { "shelter.exported", AuditKind::Shelters, QT_TRANSLATE_NOOP("AuditActions", "Shelters exported") },
    { "shelter.exported_with_addresses", AuditKind::Shelters,
        QT_TRANSLATE_NOOP("AuditActions", "Shelters exported with their addresses") },
    { "shelter.removed", AuditKind::Shelters, QT_TRANSLATE_NOOP("AuditActions", "Shelter removed") },
    { "incident.recorded", AuditKind::Safety, QT_TRANSLATE_NOOP("AuditActions", "Incident against staff recorded") },
    { "incident.updated", AuditKind::Safety, QT_TRANSLATE_NOOP("AuditActions", "Incident against staff updated") },
    { "visit_rules.set", AuditKind::Safety, QT_TRANSLATE_NOOP("AuditActions", "Visit rules set") },
    { "visit_rules.removed", AuditKind::Safety, QT_TRANSLATE_NOOP("AuditActions", "Visit rules removed") },
};

const ActionText *find(const QString &action)
{
    for (const ActionText &a : kActions)
        if (action == QLatin1String(a.code))
            return &a;
    return nullptr;
}

} // namespace

QString AuditActions::describe(const QString &action)
{
    if (const ActionText *a = find(action))
        return tr(a->text);
    // A code from a newer version: say what kind of event it was, never the code itself.
    return tr("Other event: %1").arg(kindLabel(kindOf(action)).toLower());
}

AuditKind AuditActions::kindOf(const QString &action)
{
    if (const ActionText *a = find(action))
        return a->kind;
    const QString group = action.section(QLatin1Char('.'), 0, 0);
    if (group == QLatin1String("case") || group == QLatin1String("placement") || group == QLatin1String("conflict"))
        return AuditKind::Cases;
    if (group == QLatin1String("bundle") || group == QLatin1String("contact") || group == QLatin1String("exchange"))
        return AuditKind::Sharing;
    if (group == QLatin1String("consent") || group == QLatin1String("retention"))
        return AuditKind::Privacy;
    if (group == QLatin1String("shelter"))
        return AuditKind::Shelters;
    if (group == QLatin1String("incident") || group == QLatin1String("visit_rules"))
        return AuditKind::Safety;
    return AuditKind::Vault;
}

QList<AuditKind> AuditActions::kinds()
{
    return { AuditKind::Vault, AuditKind::Cases, AuditKind::Privacy, AuditKind::Sharing, AuditKind::Shelters, AuditKind::Safety };
}

QString AuditActions::kindLabel(AuditKind kind)
{
    switch (kind) {
    case AuditKind::Vault:
        return tr("Vault and backups");
    case AuditKind::Cases:
        return tr("Cases");
    case AuditKind::Privacy:
        return tr("Privacy and consent");
    case AuditKind::Sharing:
        return tr("Sharing");
    case AuditKind::Shelters:
        return tr("Shelters");
    case AuditKind::Safety:
        return tr("Staff safety");
    }
    return {};
}

QString AuditActions::kindCode(AuditKind kind)
{
    switch (kind) {
    case AuditKind::Vault:
        return QStringLiteral("vault");
    case AuditKind::Cases:
        return QStringLiteral("cases");
    case AuditKind::Privacy:
        return QStringLiteral("privacy");
    case AuditKind::Sharing:
        return QStringLiteral("sharing");
    case AuditKind::Shelters:
        return QStringLiteral("shelters");
    case AuditKind::Safety:
        return QStringLiteral("safety");
    }
    return {};
}

std::optional<AuditKind> AuditActions::kindFromCode(const QString &code)
{
    for (AuditKind k : kinds())
        if (kindCode(k) == code)
            return k;
    return std::nullopt;
}

} // namespace vangnet
