#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace vangnet {

// The vault's tables as a coordinator names what they hold ("Audit entries" for audit_log), for the
// record counts of the vault page and `vangnet-cli info`. Tables this list does not name (added by a
// newer release) are counted together as "Other records".
class RecordKinds
{
    Q_DECLARE_TR_FUNCTIONS(RecordKinds)

public:
    // Empty for a table the list does not name.
    static QString label(const QString &table);
    // Table counts → labelled counts, in the order given, with unnamed tables summed at the end.
    static QList<QPair<QString, qint64>> labelled(const QList<QPair<QString, qint64>> &tableCounts);
    // The database encryption in words.
    static QString encryptionText();
};

} // namespace vangnet
