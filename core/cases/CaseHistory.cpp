#include "cases/CaseHistory.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace vangnet {
namespace {

void flatten(const QJsonObject &o, const QString &prefix, std::map<QString, QJsonValue> &out)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.value().isObject())
            flatten(it.value().toObject(), prefix + it.key() + QLatin1Char('.'), out);
        else
            out[prefix + it.key()] = it.value();
    }
}

bool isEmptyValue(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()) || (v.isArray() && v.toArray().isEmpty())
        || (v.isBool() && !v.toBool()) || (v.isDouble() && v.toDouble() == 0.0);
}

} // namespace

QVector<FieldChange> CaseHistory::diff(const QJsonObject &before, const QJsonObject &after, bool skipEmptyNew)
{
    std::map<QString, QJsonValue> a;
    std::map<QString, QJsonValue> b;
    flatten(before, QString(), a);
    flatten(after, QString(), b);
    QVector<FieldChange> out;
    std::map<QString, bool> keys;
    for (const auto &[k, v] : a)
        keys[k] = true;
    for (const auto &[k, v] : b)
        keys[k] = true;
    for (const auto &[key, unused] : keys) {
        const QJsonValue oldValue = a.count(key) ? a[key] : QJsonValue(QJsonValue::Null);
        const QJsonValue newValue = b.count(key) ? b[key] : QJsonValue(QJsonValue::Null);
        if (oldValue == newValue)
            continue;
        if (skipEmptyNew && isEmptyValue(newValue))
            continue;
        out.append({ key, oldValue, newValue });
    }
    return out;
}

QString CaseHistory::encode(const QJsonValue &value)
{
    // QJsonDocument holds only arrays and objects: wrap the value in an array and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue CaseHistory::decode(const QString &text, bool isNull)
{
    if (isNull)
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray('[' + text.toUtf8() + ']'));
    return doc.array().isEmpty() ? QJsonValue(QJsonValue::Null) : doc.array().first();
}

Status CaseHistory::record(
    const QString &caseId, const QString &changeId, const QVector<FieldChange> &changes, const QDateTime &at)
{
    if (changes.isEmpty())
        return {};
    auto insert = m_db.prepareCached(QStringLiteral(
        "INSERT INTO case_history(case_id, at, actor, field, old_json, new_json, change_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    const QString actor = AuditLog::currentActor();
    const QString when = at.toUTC().toString(Qt::ISODateWithMs);
    for (const FieldChange &c : changes) {
        insert->reset();
        insert->bind(1, caseId).bind(2, when).bind(3, actor).bind(4, c.field);
        insert->bind(5, c.oldValue.isNull() ? QVariant() : QVariant(encode(c.oldValue)));
        insert->bind(6, c.newValue.isNull() ? QVariant() : QVariant(encode(c.newValue)));
        insert->bind(7, changeId);
        if (auto st = insert->run(); !st)
            return st;
    }
    return {};
}

Result<QVector<HistoryEntry>> CaseHistory::forCase(const QString &caseId) const
{
    auto q = m_db.prepareCached(QStringLiteral(
        "SELECT id, case_id, at, actor, field, old_json, new_json, change_id FROM case_history WHERE case_id = ? ORDER BY id"));
    if (!q)
        return q.error();
    q->bind(1, caseId);
    QVector<HistoryEntry> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        HistoryEntry e;
        e.id = q->integer(0);
        e.caseId = q->text(1);
        e.at = QDateTime::fromString(q->text(2), Qt::ISODateWithMs);
        e.actor = q->text(3);
        e.field = q->text(4);
        e.oldValue = decode(q->text(5), q->isNull(5));
        e.newValue = decode(q->text(6), q->isNull(6));
        e.changeId = q->text(7);
        out.append(e);
    }
    return out;
}

} // namespace vangnet
