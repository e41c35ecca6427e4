#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace vangnet {

// The purposes a consent can name (docs/CONSENT.md). Exactly one per consent record: CoMensha
// registration and placement are separate consents, so that shelter never depends on agreeing to
// statistics.
class ConsentPurposes
{
    Q_DECLARE_TR_FUNCTIONS(ConsentPurposes)

public:
    // "registration", "placement", "care", "police", "other", in display order.
    static const QStringList &all();
    static bool isValid(const QString &purpose);
    // Translated label for the screens; the code itself when unknown.
    static QString label(const QString &purpose);
    // Whether the purpose needs a free-text description ("other").
    static bool needsText(const QString &purpose);
};

} // namespace vangnet
