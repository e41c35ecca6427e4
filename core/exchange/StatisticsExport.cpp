#include "exchange/StatisticsExport.h"

#include "consent/ConsentPolicy.h"
#include "exchange/SmallCountSuppression.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "vault/VaultConfig.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>

namespace vangnet {
namespace {

const QString kUnknown = QStringLiteral("unknown");

QString valueOr(const QJsonObject &c, const QString &key)
{
    const QString v = c.value(key).toString().trimmed();
    return v.isEmpty() ? kUnknown : v;
}

} // namespace

Result<int> StatisticsExport::threshold() const
{
    auto n = VaultConfig(m_db).integer(VaultConfig::StatisticsThreshold);
    if (!n)
        return n.error();
    return n.value() >= MinimumThreshold ? int(n.value()) : DefaultThreshold;
}

Status StatisticsExport::setThreshold(int threshold)
{
    if (threshold < MinimumThreshold)
        return Error(ErrorCode::InvalidInput, tr("The suppression threshold must be at least %1.").arg(MinimumThreshold));
    return VaultConfig(m_db).set(VaultConfig::StatisticsThreshold, QString::number(threshold));
}

StatisticsTable StatisticsExport::tabulate(const QVector<QJsonObject> &cases, int threshold, const QDate &today)
{
    static const QStringList dimensions = { QStringLiteral("total"), QStringLiteral("exploitationForm"), QStringLiteral("gender"),
        QStringLiteral("ageBand"), QStringLiteral("nationality"), QStringLiteral("region"), QStringLiteral("reporterType"),
        QStringLiteral("signalYear") };
    std::map<QString, std::map<QString, int>> counts;
    for (const QJsonObject &c : cases) {
        counts[QStringLiteral("total")][QStringLiteral("cases")] += 1;
        const QJsonArray forms = c.value(QStringLiteral("exploitationForms")).toArray();
        if (forms.isEmpty())
            counts[QStringLiteral("exploitationForm")][kUnknown] += 1;
        for (const QJsonValue &f : forms)
            counts[QStringLiteral("exploitationForm")][f.toString()] += 1;
        counts[QStringLiteral("gender")][valueOr(c, QStringLiteral("gender"))] += 1;
        const QDate birth = QDate::fromString(c.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
        counts[QStringLiteral("ageBand")]
              [birth.isValid() ? ConsentPolicy::ageBandOn(birth, today) : valueOr(c, QStringLiteral("ageBand"))]
            += 1;
        counts[QStringLiteral("nationality")][valueOr(c, QStringLiteral("nationality"))] += 1;
        counts[QStringLiteral("region")][valueOr(c, QStringLiteral("region"))] += 1;
        counts[QStringLiteral("reporterType")][valueOr(c, QStringLiteral("reporterType"))] += 1;
        const QDateTime created = QDateTime::fromString(c.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
        counts[QStringLiteral("signalYear")][created.isValid() ? QString::number(created.toLocalTime().date().year()) : kUnknown]
            += 1;
    }

    StatisticsTable table;
    table.threshold = std::max(threshold, MinimumThreshold);
    table.generatedAt = QDateTime::currentDateTimeUtc();
    for (const QString &dimension : dimensions) {
        if (dimension == QLatin1String("total") && counts[dimension].empty())
            counts[dimension][QStringLiteral("cases")] = 0;
        QVector<StatisticsCell> cells;
        QVector<int> values;
        for (const auto &[value, count] : counts[dimension]) {
            cells.append({ dimension, value, count, false });
            values.append(count);
        }
        const QVector<bool> hidden = SmallCountSuppression::hidden(values, table.threshold);
        for (qsizetype i = 0; i < cells.size(); ++i)
            cells[i].suppressed = hidden.at(i);
        table.cells += cells;
    }
    return table;
}

Result<StatisticsTable> StatisticsExport::compute(int thresholdIn, const QDate &today) const
{
    int limit = thresholdIn;
    if (limit <= 0) {
        auto configured = threshold();
        if (!configured)
            return configured.error();
        limit = configured.value();
    }
    if (limit < MinimumThreshold)
        return Error(ErrorCode::InvalidInput, tr("The suppression threshold must be at least %1.").arg(MinimumThreshold));
    auto q = m_db.prepare(QStringLiteral("SELECT data, created_at FROM cases ORDER BY doc"));
    if (!q)
        return q.error();
    QVector<QJsonObject> cases;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        QJsonObject c = QJsonDocument::fromJson(q->text(0).toUtf8()).object();
        c.insert(QStringLiteral("createdAt"), q->text(1));
        cases.append(c);
    }
    return tabulate(cases, limit, today);
}

} // namespace vangnet
