#include "placement/PlacementRepository.h"

#include "audit/AuditLog.h"
#include "shelters/ShelterCodes.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QUuid>

namespace vangnet {
namespace {

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseStamp(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.toUTC();
}

const QString kSelect
    = QStringLiteral("SELECT id, case_id, shelter_id, status, hold_until, reason, created_at, updated_at FROM placements");

Placement readRow(const Statement &s)
{
    Placement p;
    p.id = s.text(0);
    p.caseId = s.text(1);
    p.shelterId = s.text(2);
    p.status = s.text(3);
    if (!s.isNull(4))
        p.holdUntil = parseStamp(s.text(4));
    p.reason = s.text(5);
    p.createdAt = parseStamp(s.text(6));
    p.updatedAt = parseStamp(s.text(7));
    return p;
}

Error badStatus(const QString &status)
{
    return Error(ErrorCode::InvalidInput,
        PlacementRepository::tr("Unknown placement status %1; allowed values: %2.")
            .arg(status, ShelterCodes::allowedText(ShelterCodeKind::PlacementStatus)));
}

} // namespace

bool PlacementRepository::canTransition(const QString &from, const QString &to)
{
    const auto is = [](const QString &a, const char *b) { return a == QLatin1String(b); };
    if (is(from, "requested"))
        return is(to, "bed_held") || is(to, "placed") || is(to, "wait_list") || is(to, "refused");
    if (is(from, "wait_list"))
        return is(to, "bed_held") || is(to, "placed") || is(to, "refused") || is(to, "ended");
    if (is(from, "bed_held"))
        return is(to, "placed") || is(to, "refused") || is(to, "ended") || is(to, "expired");
    if (is(from, "placed"))
        return is(to, "ended");
    return false;
}

Status PlacementRepository::adjustBeds(const QString &shelterId, int delta)
{
    if (delta < 0) {
        auto st = m_db.prepare(QStringLiteral("UPDATE shelters SET free_beds = free_beds - 1 WHERE id = ? AND free_beds > 0"));
        if (!st)
            return st.error();
        st->bind(1, shelterId);
        if (auto r = st->run(); !r)
            return r;
        if (m_db.changes() != 1)
            return Error(ErrorCode::Refused, tr("The shelter %1 has no free bed.").arg(shelterId));
        return {};
    }
    auto st = m_db.prepare(QStringLiteral("UPDATE shelters SET free_beds = min(capacity, free_beds + 1) WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, shelterId);
    return st->run();
}

Status PlacementRepository::addEvent(const QString &placementId, const QString &status, const QString &reason)
{
    auto st = m_db.prepare(
        QStringLiteral("INSERT INTO placement_events(placement_id, at, status, reason, actor) VALUES (?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, placementId)
        .bind(2, stamp(QDateTime::currentDateTimeUtc()))
        .bind(3, status)
        .bind(4, reason)
        .bind(5, AuditLog::currentActor());
    return st->run();
}

Result<Placement> PlacementRepository::create(
    const QString &caseId, const QString &shelterId, const QString &status, const QDateTime &holdUntil, const QString &reason)
{
    if (caseId.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("A placement needs a case."));
    if (!(status == QLatin1String("requested") || status == QLatin1String("wait_list") || status == QLatin1String("bed_held")
            || status == QLatin1String("placed")))
        return badStatus(status);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (status == QLatin1String("bed_held") && (!holdUntil.isValid() || holdUntil <= now))
        return Error(ErrorCode::InvalidInput, tr("Holding a bed needs an expiry in the future."));
    if (auto expired = expireHolds(now); !expired)
        return expired.error();

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    {
        auto sh = m_db.prepare(QStringLiteral("SELECT count(*) FROM shelters WHERE id = ?"));
        if (!sh)
            return sh.error();
        sh->bind(1, shelterId);
        if (auto r = sh->step(); !r)
            return r.error();
        if (sh->integer(0) == 0)
            return Error(ErrorCode::NotFound, tr("There is no shelter with the id %1.").arg(shelterId));
    }
    if (status == QLatin1String("placed")) {
        auto active = m_db.prepare(QStringLiteral("SELECT id FROM placements WHERE case_id = ? AND status = 'placed'"));
        if (!active)
            return active.error();
        active->bind(1, caseId);
        auto row = active->step();
        if (!row)
            return row.error();
        if (row.value())
            return Error(ErrorCode::Refused,
                tr("The case is already placed (placement %1). End that placement first.").arg(active->text(0)));
    }
    if (Placement::takesBed(status))
        if (auto st = adjustBeds(shelterId, -1); !st)
            return st.error();

    Placement p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto ins = m_db.prepare(QStringLiteral("INSERT INTO placements(id, case_id, shelter_id, status, hold_until, reason, "
                                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!ins)
        return ins.error();
    ins->bind(1, p.id).bind(2, caseId).bind(3, shelterId).bind(4, status);
    if (status == QLatin1String("bed_held"))
        ins->bind(5, stamp(holdUntil));
    else
        ins->bindNull(5);
    ins->bind(6, reason).bind(7, stamp(now)).bind(8, stamp(now));
    if (auto r = ins->run(); !r)
        return r.error();
    if (auto r = addEvent(p.id, status, reason); !r)
        return r.error();
    if (auto r = AuditLog(m_db).append(QStringLiteral("placement.created"), p.id,
            QStringLiteral("case=%1 shelter=%2 status=%3").arg(caseId, shelterId, status));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return find(p.id);
}

Result<Placement> PlacementRepository::transition(
    const QString &placementId, const QString &status, const QString &reason, const QDateTime &holdUntil)
{
    if (!ShelterCodes::isValid(ShelterCodeKind::PlacementStatus, status))
        return badStatus(status);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (status == QLatin1String("bed_held") && (!holdUntil.isValid() || holdUntil <= now))
        return Error(ErrorCode::InvalidInput, tr("Holding a bed needs an expiry in the future."));
    if ((status == QLatin1String("ended") || status == QLatin1String("refused")) && reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Ending or refusing a placement needs a reason."));
    if (status != QLatin1String("expired"))
        if (auto expired = expireHolds(now); !expired)
            return expired.error();

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    auto current = find(placementId);
    if (!current)
        return current.error();
    const Placement &p = current.value();
    if (!canTransition(p.status, status))
        return Error(ErrorCode::Refused,
            tr("A placement cannot go from \"%1\" to \"%2\".")
                .arg(ShelterCodes::label(ShelterCodeKind::PlacementStatus, p.status),
                    ShelterCodes::label(ShelterCodeKind::PlacementStatus, status)));
    const bool had = Placement::takesBed(p.status);
    const bool will = Placement::takesBed(status);
    if (!had && will)
        if (auto st = adjustBeds(p.shelterId, -1); !st)
            return st.error();
    if (had && !will)
        if (auto st = adjustBeds(p.shelterId, +1); !st)
            return st.error();
    auto up = m_db.prepare(
        QStringLiteral("UPDATE placements SET status = ?, hold_until = ?, reason = ?, updated_at = ? WHERE id = ?"));
    if (!up)
        return up.error();
    up->bind(1, status);
    if (status == QLatin1String("bed_held"))
        up->bind(2, stamp(holdUntil));
    else
        up->bindNull(2);
    up->bind(3, reason).bind(4, stamp(now)).bind(5, placementId);
    if (auto r = up->run(); !r)
        return r.error();
    if (auto r = addEvent(placementId, status, reason); !r)
        return r.error();
    if (auto r = AuditLog(m_db).append(
            QStringLiteral("placement.status_changed"), placementId, QStringLiteral("%1 -> %2").arg(p.status, status));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return find(placementId);
}

Result<int> PlacementRepository::expireHolds(const QDateTime &now)
{
    QStringList due;
    {
        auto st
            = m_db.prepare(QStringLiteral("SELECT id FROM placements WHERE status = 'bed_held' AND hold_until <= ? ORDER BY id"));
        if (!st)
            return st.error();
        st->bind(1, stamp(now));
        for (;;) {
            auto row = st->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            due.append(st->text(0));
        }
    }
    for (const QString &id : due)
        if (auto r = transition(id, QStringLiteral("expired"), tr("The hold on the bed expired.")); !r)
            return r.error();
    return int(due.size());
}

Result<Placement> PlacementRepository::find(const QString &placementId) const
{
    auto st = m_db.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, placementId);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error(ErrorCode::NotFound, tr("There is no placement with the id %1.").arg(placementId));
    Placement p = readRow(st.value());
    auto ev = m_db.prepare(
        QStringLiteral("SELECT at, status, reason, actor FROM placement_events WHERE placement_id = ? ORDER BY id"));
    if (!ev)
        return ev.error();
    ev->bind(1, placementId);
    for (;;) {
        auto r = ev->step();
        if (!r)
            return r.error();
        if (!r.value())
            break;
        p.events.append(PlacementEvent { parseStamp(ev->text(0)), ev->text(1), ev->text(2), ev->text(3) });
    }
    return p;
}

Result<QVector<Placement>> PlacementRepository::history(const QString &caseId) const
{
    QStringList ids;
    {
        auto st = m_db.prepare(QStringLiteral("SELECT id FROM placements WHERE case_id = ? ORDER BY created_at DESC, id"));
        if (!st)
            return st.error();
        st->bind(1, caseId);
        for (;;) {
            auto row = st->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            ids.append(st->text(0));
        }
    }
    QVector<Placement> out;
    for (const QString &id : ids) {
        auto p = find(id);
        if (!p)
            return p.error();
        out.append(std::move(p).value());
    }
    return out;
}

} // namespace vangnet
