#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace vangnet {

// What a recipient may get at most for a purpose, whatever the consent's scopes say (docs/domain.md,
// "Recipients and what each may get"; docs/CONSENT.md, "Recipient profiles"). The released keys are
// the consent's scope keys intersected with this ceiling.
class RecipientProfiles
{
    Q_DECLARE_TR_FUNCTIONS(RecipientProfiles)

public:
    // The case keys the purpose may get at most (minimal keys included); nullopt: no ceiling beyond
    // the consent's scopes (police, other). Unknown purposes get only the minimal keys.
    static std::optional<QStringList> ceiling(const QString &purpose);
    // Registration and placement get the age band computed from the birth date, never the date.
    static bool ageBandOnly(const QString &purpose);
    // The keys that may be released: ConsentScopes::keysFor(scopes) within the ceiling.
    static QStringList allowedKeys(const QStringList &scopes, const QString &purpose);
    // One translated sentence: what this kind of recipient gets.
    static QString description(const QString &purpose);
};

} // namespace vangnet
