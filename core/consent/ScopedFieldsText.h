#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace vangnet {

// What leaves (or arrived), as a coordinator reads it: the fields of a case grouped by consent scope,
// each with its value in words ("Identity: Nationality: Turkey; Gender: Female"). The case's internal
// identifier is never shown; fields in no scope come under "Case".
class ScopedFieldsText
{
    Q_DECLARE_TR_FUNCTIONS(ScopedFieldsText)

public:
    // One line per scope that has data, in the order of ConsentScopes::all().
    static QStringList lines(const QJsonObject &data);
    // The scopes' labels: "Identity, Exploitation".
    static QString scopeNames(const QStringList &scopes);
};

} // namespace vangnet
