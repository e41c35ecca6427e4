#include "cases/SavedFilters.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

namespace vangnet {

QJsonObject SavedFilters::toJson(const CaseFilter &filter)
{
    QJsonObject o;
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("text", filter.text);
    put("phase", filter.phase);
    put("exploitationForm", filter.exploitationForm);
    put("coordinator", filter.coordinator);
    put("region", filter.region);
    put("threatCode", filter.threatCode);
    if (filter.reflectionEndingWithinDays)
        o.insert(QStringLiteral("reflectionEndingWithinDays"), *filter.reflectionEndingWithinDays);
    if (filter.overdueTasks)
        o.insert(QStringLiteral("overdueTasks"), true);
    if (filter.minRequiredLevel)
        o.insert(QStringLiteral("minRequiredLevel"), *filter.minRequiredLevel);
    if (filter.waitingForBed)
        o.insert(QStringLiteral("waitingForBed"), true);
    if (filter.withoutPlacementConsent)
        o.insert(QStringLiteral("withoutPlacementConsent"), true);
    return o;
}

CaseFilter SavedFilters::fromJson(const QJsonObject &json)
{
    CaseFilter f;
    f.text = json.value(QStringLiteral("text")).toString();
    f.phase = json.value(QStringLiteral("phase")).toString();
    f.exploitationForm = json.value(QStringLiteral("exploitationForm")).toString();
    f.coordinator = json.value(QStringLiteral("coordinator")).toString();
    f.region = json.value(QStringLiteral("region")).toString();
    f.threatCode = json.value(QStringLiteral("threatCode")).toString();
    if (const QJsonValue days = json.value(QStringLiteral("reflectionEndingWithinDays")); days.isDouble() && days.toInt() >= 0)
        f.reflectionEndingWithinDays = days.toInt();
    f.overdueTasks = json.value(QStringLiteral("overdueTasks")).toBool();
    if (const QJsonValue level = json.value(QStringLiteral("minRequiredLevel"));
        level.isDouble() && level.toInt() >= 0 && level.toInt() <= 4)
        f.minRequiredLevel = level.toInt();
    f.waitingForBed = json.value(QStringLiteral("waitingForBed")).toBool();
    f.withoutPlacementConsent = json.value(QStringLiteral("withoutPlacementConsent")).toBool();
    return f;
}

Result<QVector<SavedFilter>> SavedFilters::all() const
{
    auto q = m_db.prepare(QStringLiteral("SELECT name, filter FROM saved_filters"));
    if (!q)
        return q.error();
    QVector<SavedFilter> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.append(SavedFilter { q->text(0), fromJson(QJsonDocument::fromJson(q->text(1).toUtf8()).object()) });
    }
    std::sort(out.begin(), out.end(),
        [](const SavedFilter &a, const SavedFilter &b) { return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0; });
    return out;
}

Status SavedFilters::save(const QString &name, const CaseFilter &filter)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("A saved filter needs a name."));
    if (trimmed.size() > 200)
        return Error(ErrorCode::InvalidInput, tr("The name of a saved filter is at most 200 characters long."));
    auto q = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO saved_filters(name, filter, updated_at) VALUES (?, ?, ?)"));
    if (!q)
        return q.error();
    q->bind(1, trimmed)
        .bind(2, QString::fromUtf8(QJsonDocument(toJson(filter)).toJson(QJsonDocument::Compact)))
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return q->run();
}

Status SavedFilters::remove(const QString &name)
{
    auto q = m_db.prepare(QStringLiteral("DELETE FROM saved_filters WHERE name = ?"));
    if (!q)
        return q.error();
    q->bind(1, name);
    return q->run();
}

} // namespace vangnet
