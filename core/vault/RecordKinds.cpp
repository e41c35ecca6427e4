#include "vault/RecordKinds.h"

#include <QHash>

namespace vangnet {

QString RecordKinds::label(const QString &table)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("audit_log"), QT_TRANSLATE_NOOP("RecordKinds", "Audit entries") },
        { QStringLiteral("backup_records"), QT_TRANSLATE_NOOP("RecordKinds", "Backups made") },
        { QStringLiteral("case_attachments"), QT_TRANSLATE_NOOP("RecordKinds", "Attachments") },
        { QStringLiteral("case_forms"), QT_TRANSLATE_NOOP("RecordKinds", "Case forms") },
        { QStringLiteral("case_history"), QT_TRANSLATE_NOOP("RecordKinds", "Case changes") },
        { QStringLiteral("case_names"), QT_TRANSLATE_NOOP("RecordKinds", "Names for searching") },
        { QStringLiteral("case_notes"), QT_TRANSLATE_NOOP("RecordKinds", "Notes") },
        { QStringLiteral("case_security_override"), QT_TRANSLATE_NOOP("RecordKinds", "Security levels set by hand") },
        { QStringLiteral("case_source_numbers"), QT_TRANSLATE_NOOP("RecordKinds", "Case numbers of senders") },
        { QStringLiteral("case_tasks"), QT_TRANSLATE_NOOP("RecordKinds", "Tasks") },
        { QStringLiteral("cases"), QT_TRANSLATE_NOOP("RecordKinds", "Cases") },
        { QStringLiteral("consents"), QT_TRANSLATE_NOOP("RecordKinds", "Consents") },
        { QStringLiteral("contacts"), QT_TRANSLATE_NOOP("RecordKinds", "Contacts") },
        { QStringLiteral("disclosures"), QT_TRANSLATE_NOOP("RecordKinds", "Disclosures") },
        { QStringLiteral("drafts"), QT_TRANSLATE_NOOP("RecordKinds", "Unsaved drafts") },
        { QStringLiteral("case_legal_holds"), QT_TRANSLATE_NOOP("RecordKinds", "Legal holds") },
        { QStringLiteral("erased_cases"), QT_TRANSLATE_NOOP("RecordKinds", "Erased cases (number and date only)") },
        { QStringLiteral("erased_disclosures"), QT_TRANSLATE_NOOP("RecordKinds", "Disclosures of erased cases") },
        { QStringLiteral("exported_bundles"), QT_TRANSLATE_NOOP("RecordKinds", "Bundles sent") },
        { QStringLiteral("identity"), QT_TRANSLATE_NOOP("RecordKinds", "Own exchange identity") },
        { QStringLiteral("imported_bundles"), QT_TRANSLATE_NOOP("RecordKinds", "Bundles received") },
        { QStringLiteral("merge_conflicts"), QT_TRANSLATE_NOOP("RecordKinds", "Conflicts to decide") },
        { QStringLiteral("placement_events"), QT_TRANSLATE_NOOP("RecordKinds", "Placement steps") },
        { QStringLiteral("placements"), QT_TRANSLATE_NOOP("RecordKinds", "Placements") },
        { QStringLiteral("received_records"), QT_TRANSLATE_NOOP("RecordKinds", "Records received") },
        { QStringLiteral("saved_filters"), QT_TRANSLATE_NOOP("RecordKinds", "Saved filters") },
        { QStringLiteral("shelters"), QT_TRANSLATE_NOOP("RecordKinds", "Shelters") },
        { QStringLiteral("staff_incidents"), QT_TRANSLATE_NOOP("RecordKinds", "Incidents against staff") },
        { QStringLiteral("vault_config"), QT_TRANSLATE_NOOP("RecordKinds", "Vault settings") },
        { QStringLiteral("view_state"), QT_TRANSLATE_NOOP("RecordKinds", "Saved views") },
        { QStringLiteral("visit_rules"), QT_TRANSLATE_NOOP("RecordKinds", "Visit rules") },
    };
    const auto found = labels.constFind(table);
    return found == labels.cend() ? QString() : QCoreApplication::translate("RecordKinds", found.value());
}

QList<QPair<QString, qint64>> RecordKinds::labelled(const QList<QPair<QString, qint64>> &tableCounts)
{
    QList<QPair<QString, qint64>> out;
    qint64 other = 0;
    bool hasOther = false;
    for (const auto &[table, rows] : tableCounts) {
        const QString name = label(table);
        if (name.isEmpty()) {
            other += rows;
            hasOther = true;
        } else {
            out.append({ name, rows });
        }
    }
    if (hasOther)
        out.append({ tr("Other records"), other });
    return out;
}

QString RecordKinds::encryptionText()
{
    return tr("Everything is encrypted with AES and a 256-bit key; every page of the database carries a seal that shows "
              "any change made outside Vangnet.");
}

} // namespace vangnet
