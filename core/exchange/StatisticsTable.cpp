#include "exchange/StatisticsTable.h"

#include "domain/Codes.h"

#include <QHash>

#include <QJsonArray>

namespace vangnet {

QString StatisticsTable::displayCount(const StatisticsCell &cell) const
{
    return cell.suppressed ? QStringLiteral("<%1").arg(threshold) : QString::number(cell.count);
}

QJsonObject StatisticsTable::toJson() const
{
    QJsonArray rows;
    for (const StatisticsCell &c : cells)
        rows.append(QJsonObject { { QStringLiteral("dimension"), c.dimension }, { QStringLiteral("value"), c.value },
            { QStringLiteral("count"), c.suppressed ? QJsonValue(displayCount(c)) : QJsonValue(c.count) } });
    return QJsonObject { { QStringLiteral("format"), QStringLiteral("vangnet-statistics") }, { QStringLiteral("version"), 1 },
        { QStringLiteral("threshold"), threshold }, { QStringLiteral("generatedAt"), generatedAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("rows"), rows } };
}

QString StatisticsTable::dimensionLabel(const QString &dimension)
{
    if (dimension == QLatin1String("total"))
        return tr("All cases");
    if (dimension == QLatin1String("exploitationForm"))
        return tr("Form of exploitation");
    if (dimension == QLatin1String("gender"))
        return tr("Gender");
    if (dimension == QLatin1String("ageBand"))
        return tr("Age");
    if (dimension == QLatin1String("nationality"))
        return tr("Nationality");
    if (dimension == QLatin1String("region"))
        return tr("Region");
    if (dimension == QLatin1String("reporterType"))
        return tr("Signalled by");
    if (dimension == QLatin1String("signalYear"))
        return tr("Year of signal");
    return tr("Other");
}

QString StatisticsTable::valueLabel(const QString &dimension, const QString &value)
{
    if (value == QLatin1String("unknown"))
        return tr("Unknown");
    if (dimension == QLatin1String("total"))
        return tr("all cases");
    static const QHash<QString, CodeKind> kinds = { { QStringLiteral("exploitationForm"), CodeKind::ExploitationForm },
        { QStringLiteral("gender"), CodeKind::Gender }, { QStringLiteral("ageBand"), CodeKind::AgeBand },
        { QStringLiteral("nationality"), CodeKind::Country }, { QStringLiteral("reporterType"), CodeKind::ReporterType } };
    const auto kind = kinds.constFind(dimension);
    return kind == kinds.cend() ? value : Codes::label(kind.value(), value);
}

} // namespace vangnet
