#include "cases/CaseRow.h"

#include "cases/CaseDangerColumns.h"
#include "cases/CaseJson.h"
#include "domain/Case.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonDocument>

namespace vangnet {

namespace {

// Parameter 15 is the derived level; required_level reuses it ("?15") unless a level was set by
// hand, so a write never loses an override.
constexpr const char *kAssignments = "phase = ?, previous_phase = ?, phase_reason = ?, coordinator = ?, region = ?,"
                                     " given_name = ?, family_name = ?, birth_date = ?, reflection_end = ?, threat_code = ?,"
                                     " threat_review = ?, updated_at = ?, data = ?, threat_rank = ?, derived_level = ?,"
                                     " required_level = COALESCE((SELECT o.level FROM case_security_override o"
                                     " WHERE o.case_id = cases.id), ?15)";

} // namespace

QString CaseRow::assignments()
{
    return QString::fromLatin1(kAssignments);
}

QString CaseRow::insertColumns()
{
    return QStringLiteral("phase, previous_phase, phase_reason, coordinator, region, given_name, family_name, birth_date,"
                          " reflection_end, threat_code, threat_review, updated_at, data, threat_rank, derived_level,"
                          " required_level");
}

QString CaseRow::insertPlaceholders()
{
    // A new case has no level set by hand: required_level is the derived one.
    return QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?15");
}

int CaseRow::bind(Statement &q, const Case &c, const QDateTime &updatedAt)
{
    const auto textOrNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    const auto dateOrNull = [](const QDate &d) { return d.isValid() ? QVariant(d) : QVariant(); };
    q.bind(1, c.phase).bind(2, textOrNull(c.previousPhase)).bind(3, textOrNull(c.phaseReason));
    q.bind(4, textOrNull(c.coordinator)).bind(5, textOrNull(c.region)).bind(6, textOrNull(c.givenName));
    q.bind(7, textOrNull(c.familyName)).bind(8, dateOrNull(c.birthDate)).bind(9, dateOrNull(c.reflectionEnd));
    q.bind(10, textOrNull(c.threat.code)).bind(11, dateOrNull(c.threat.reviewDate));
    q.bind(12, updatedAt.toUTC().toString(Qt::ISODateWithMs));
    q.bind(13, QString::fromUtf8(QJsonDocument(CaseJson::toEditableJson(c)).toJson(QJsonDocument::Compact)));
    q.bind(14, CaseDangerColumns::threatRank(c.threat.code));
    q.bind(15, CaseDangerColumns::derivedLevel(c));
    return 16;
}

Status CaseRow::update(Database &db, qint64 doc, const Case &c, const QDateTime &updatedAt)
{
    auto q = db.prepareCached(QStringLiteral("UPDATE cases SET ") + assignments() + QStringLiteral(" WHERE doc = ?"));
    if (!q)
        return q.error();
    q->bind(bind(q.value(), c, updatedAt), doc);
    return q->run();
}

} // namespace vangnet
