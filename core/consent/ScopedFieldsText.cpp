#include "consent/ScopedFieldsText.h"

#include "consent/ConsentScopes.h"
#include "domain/CaseFieldLabels.h"

#include <QMap>

namespace vangnet {

QStringList ScopedFieldsText::lines(const QJsonObject &data)
{
    QMap<QString, QStringList> byScope; // scope (empty: none) -> "Label: value"
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        byScope[ConsentScopes::scopeOf(it.key())].append(CaseFieldLabels::fieldText(it.key(), it.value()));
    }
    QStringList out;
    const auto line = [&](const QString &title, const QStringList &fields) {
        out.append(tr("%1: %2").arg(title, fields.join(QStringLiteral("; "))));
    };
    if (byScope.contains(QString()))
        line(tr("Case"), byScope.value(QString()));
    for (const QString &scope : ConsentScopes::all())
        if (byScope.contains(scope))
            line(ConsentScopes::label(scope), byScope.value(scope));
    return out;
}

QString ScopedFieldsText::scopeNames(const QStringList &scopes)
{
    QStringList names;
    for (const QString &scope : ConsentScopes::normalised(scopes))
        names.append(ConsentScopes::isValid(scope) ? ConsentScopes::label(scope) : tr("unknown data"));
    return names.join(QStringLiteral(", "));
}

} // namespace vangnet
