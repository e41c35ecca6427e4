#include "safety/IncidentRepository.h"

#include "audit/AuditLog.h"
#include "safety/IncidentCodes.h"
#include "safety/IncidentJson.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QUuid>

namespace vangnet {
namespace {

const QString columns = QStringLiteral(
    "id, occurred_on, setting, type, source, description, case_id, staff_member, police_report, police_reference,"
    " consequences, aftercare, measures, status, created_at, updated_at");

Incident readRow(const Statement &s)
{
    Incident i;
    i.id = s.text(0);
    i.date = QDate::fromString(s.text(1), Qt::ISODate);
    i.setting = s.text(2);
    i.type = s.text(3);
    i.source = s.text(4);
    i.description = s.text(5);
    i.caseId = s.text(6);
    i.staffMember = s.text(7);
    i.policeReportFiled = s.integer(8) != 0;
    i.policeReference = s.text(9);
    i.consequences = s.text(10);
    i.aftercare = s.text(11);
    i.measures = s.text(12);
    i.status = s.text(13);
    i.createdAt = QDateTime::fromString(s.text(14), Qt::ISODateWithMs);
    i.updatedAt = QDateTime::fromString(s.text(15), Qt::ISODateWithMs);
    return i;
}

void bindFields(Statement &s, const Incident &i)
{
    s.bind(":id", i.id)
        .bind(":occurred_on", i.date)
        .bind(":setting", i.setting)
        .bind(":type", i.type)
        .bind(":source", i.source)
        .bind(":description", i.description)
        .bind(":case_id", i.caseId)
        .bind(":staff_member", i.staffMember)
        .bind(":police_report", i.policeReportFiled ? 1 : 0)
        .bind(":police_reference", i.policeReference)
        .bind(":consequences", i.consequences)
        .bind(":aftercare", i.aftercare)
        .bind(":measures", i.measures)
        .bind(":status", i.status)
        .bind(":updated_at", i.updatedAt);
}

} // namespace

Result<Incident> IncidentRepository::add(Incident incident)
{
    if (auto st = IncidentJson::validate(incident); !st)
        return st.error();
    incident.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    incident.createdAt = QDateTime::currentDateTimeUtc();
    incident.updatedAt = incident.createdAt;

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO staff_incidents(id, occurred_on, setting, type, source, description, case_id, staff_member, police_report,"
        " police_reference, consequences, aftercare, measures, status, created_at, updated_at)"
        " VALUES (:id, :occurred_on, :setting, :type, :source, :description, :case_id, :staff_member, :police_report,"
        " :police_reference, :consequences, :aftercare, :measures, :status, :created_at, :updated_at)"));
    if (!insert)
        return insert.error();
    bindFields(insert.value(), incident);
    insert->bind(":created_at", incident.createdAt);
    if (auto st = insert->run(); !st)
        return st.error();
    if (auto st = AuditLog(m_db).append(QStringLiteral("incident.recorded"), incident.id, incident.type); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return incident;
}

Result<Incident> IncidentRepository::update(Incident incident)
{
    if (auto st = IncidentJson::validate(incident); !st)
        return st.error();
    auto existing = find(incident.id);
    if (!existing)
        return existing.error();
    incident.createdAt = existing->createdAt;
    incident.updatedAt = QDateTime::currentDateTimeUtc();

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    auto stmt = m_db.prepare(QStringLiteral(
        "UPDATE staff_incidents SET occurred_on = :occurred_on, setting = :setting, type = :type, source = :source,"
        " description = :description, case_id = :case_id, staff_member = :staff_member, police_report = :police_report,"
        " police_reference = :police_reference, consequences = :consequences, aftercare = :aftercare, measures = :measures,"
        " status = :status, updated_at = :updated_at WHERE id = :id"));
    if (!stmt)
        return stmt.error();
    bindFields(stmt.value(), incident);
    if (auto st = stmt->run(); !st)
        return st.error();
    if (auto st = AuditLog(m_db).append(QStringLiteral("incident.updated"), incident.id, incident.status); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return incident;
}

Status IncidentRepository::setStatus(const QString &id, const QString &status)
{
    if (!IncidentCodes::isValid(IncidentCodes::Kind::Status, status))
        return Error(ErrorCode::InvalidInput,
            tr("Unknown status \"%1\". Allowed values: %2.")
                .arg(status, IncidentCodes::allowedText(IncidentCodes::Kind::Status)));
    auto incident = find(id);
    if (!incident)
        return incident.error();
    incident->status = status;
    auto updated = update(std::move(incident.value()));
    if (!updated)
        return updated.error();
    return {};
}

Result<Incident> IncidentRepository::find(const QString &id) const
{
    auto rows = query(QStringLiteral("WHERE id = ?"), id);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(ErrorCode::NotFound, tr("There is no incident with the id %1.").arg(id));
    return rows->first();
}

Result<QVector<Incident>> IncidentRepository::list(Filter filter) const
{
    if (filter == Filter::OpenOnly)
        return query(QStringLiteral("WHERE status = ?"), QStringLiteral("open"));
    return query({}, {});
}

Result<QVector<Incident>> IncidentRepository::forCase(const QString &caseId) const
{
    return query(QStringLiteral("WHERE case_id = ?"), caseId);
}

Result<QHash<QString, QString>> IncidentRepository::linkedCaseNumbers() const
{
    // CROSS JOIN keeps the (few) incidents as the outer loop: left to itself, SQLite 3.15's planner
    // may walk every case instead (1.3 s on the window's thread at 100,000 cases).
    auto stmt = m_db.prepare(QStringLiteral("SELECT DISTINCT c.id, c.number FROM staff_incidents s"
                                            " CROSS JOIN cases c ON c.id = s.case_id"));
    if (!stmt)
        return stmt.error();
    QHash<QString, QString> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.insert(stmt->text(0), stmt->text(1));
    }
    return out;
}

Result<QVector<Incident>> IncidentRepository::query(const QString &where, const QVariant &parameter) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM staff_incidents ") + where
        + QStringLiteral(" ORDER BY occurred_on DESC, created_at DESC, id"));
    if (!stmt)
        return stmt.error();
    if (!where.isEmpty())
        stmt->bind(1, parameter);
    QVector<Incident> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.append(readRow(stmt.value()));
    }
    return out;
}

} // namespace vangnet
