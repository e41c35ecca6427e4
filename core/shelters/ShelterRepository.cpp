#include "shelters/ShelterRepository.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace vangnet {
namespace {

const QString kColumns = QStringLiteral(
    "id, name, type, security_level, address_confidentiality, region, placing_authority, capacity, free_beds, "
    "availability_as_of, genders, min_age, max_age, residence_statuses, accepts_children, accepts_pets, languages, "
    "specialisms, max_stay_days, notes");

QString listToText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList textToList(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("[]"))
        return {}; // most lists are empty: no JSON parse (the whole registry is read per advice)
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

Shelter readRow(const Statement &s)
{
    Shelter sh;
    sh.id = s.text(0);
    sh.name = s.text(1);
    sh.type = s.text(2);
    sh.securityLevel = int(s.integer(3));
    sh.addressConfidentiality = s.text(4);
    sh.region = s.text(5);
    sh.placingAuthority = s.text(6);
    sh.capacity = int(s.integer(7));
    sh.freeBeds = int(s.integer(8));
    sh.availabilityAsOf = s.isNull(9) ? QDate() : QDate::fromString(s.text(9), Qt::ISODate);
    sh.genders = textToList(s.text(10));
    sh.minAge = int(s.integer(11));
    sh.maxAge = int(s.integer(12));
    sh.residenceStatuses = textToList(s.text(13));
    sh.acceptsChildren = s.integer(14) != 0;
    sh.acceptsPets = s.integer(15) != 0;
    sh.languages = textToList(s.text(16));
    sh.specialisms = textToList(s.text(17));
    sh.maxStayDays = int(s.integer(18));
    sh.notes = s.text(19);
    return sh;
}

Error notFound(const QString &id)
{
    return Error(ErrorCode::NotFound, ShelterRepository::tr("There is no shelter with the id %1.").arg(id));
}

} // namespace

Result<QVector<Shelter>> ShelterRepository::list() const
{
    auto st = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM shelters ORDER BY id"));
    if (!st)
        return st.error();
    QVector<Shelter> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.append(readRow(st.value()));
    }
    return out;
}

Result<Shelter> ShelterRepository::find(const QString &id) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM shelters WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return notFound(id);
    return readRow(st.value());
}

Result<int> ShelterRepository::count() const
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM shelters"));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QStringList> ShelterRepository::importAll(const QVector<ShelterInput> &shelters)
{
    // Shelters built in code (the editor dialog) get the same validation as JSON input, all first.
    QJsonArray all;
    for (const ShelterInput &in : shelters)
        all.append(ShelterJson::toJson(in.shelter, true));
    if (auto valid = ShelterJson::fromJsonArray(all); !valid)
        return valid.error();

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QStringList ids;
    for (const ShelterInput &in : shelters) {
        const Shelter &s = in.shelter;
        const QString id = s.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : s.id;
        // INSERT OR IGNORE + UPDATE: SQLite 3.15 has no UPSERT.
        auto insert = m_db.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO shelters(id, name, type, security_level, address_confidentiality, region, placing_authority, "
            "capacity, free_beds, updated_at) VALUES (?, '', '', 0, 'public', '', 'direct', 0, 0, ?)"));
        if (!insert)
            return insert.error();
        insert->bind(1, id).bind(2, now);
        if (auto r = insert->run(); !r)
            return r.error();
        auto update = m_db.prepare(QStringLiteral(
            "UPDATE shelters SET name = ?, type = ?, security_level = ?, address_confidentiality = ?, region = ?, "
            "placing_authority = ?, capacity = ?, free_beds = ?, availability_as_of = ?, genders = ?, min_age = ?, max_age = ?, "
            "residence_statuses = ?, accepts_children = ?, accepts_pets = ?, languages = ?, specialisms = ?, max_stay_days = ?, "
            "notes = ?, updated_at = ? WHERE id = ?"));
        if (!update)
            return update.error();
        update->bind(1, s.name).bind(2, s.type).bind(3, s.securityLevel).bind(4, s.addressConfidentiality).bind(5, s.region);
        update->bind(6, s.placingAuthority).bind(7, s.capacity).bind(8, s.freeBeds);
        if (s.availabilityAsOf.isValid())
            update->bind(9, s.availabilityAsOf);
        else
            update->bindNull(9);
        update->bind(10, listToText(s.genders)).bind(11, s.minAge).bind(12, s.maxAge).bind(13, listToText(s.residenceStatuses));
        update->bind(14, s.acceptsChildren).bind(15, s.acceptsPets).bind(16, listToText(s.languages));
        update->bind(17, listToText(s.specialisms)).bind(18, s.maxStayDays).bind(19, s.notes).bind(20, now).bind(21, id);
        if (auto r = update->run(); !r)
            return r.error();
        // A secret shelter never keeps a street address, also when it was shielded before.
        const bool secret = s.addressConfidentiality == QLatin1String("secret");
        if (in.hasAddress || secret) {
            auto a = m_db.prepare(QStringLiteral("UPDATE shelters SET address = ? WHERE id = ?"));
            if (!a)
                return a.error();
            a->bind(1, secret ? QString() : s.address).bind(2, id);
            if (auto r = a->run(); !r)
                return r.error();
        }
        if (in.hasReference) {
            auto a = m_db.prepare(QStringLiteral("UPDATE shelters SET reference = ? WHERE id = ?"));
            if (!a)
                return a.error();
            a->bind(1, s.reference).bind(2, id);
            if (auto r = a->run(); !r)
                return r.error();
        }
        ids.append(id);
    }
    if (auto st = AuditLog(m_db).append(QStringLiteral("shelter.imported"), QString(), QString::number(ids.size())); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return ids;
}

Result<QString> ShelterRepository::save(const ShelterInput &shelter)
{
    auto ids = importAll({ shelter });
    if (!ids)
        return ids.error();
    return ids->first();
}

Status ShelterRepository::setAvailability(const QString &id, int freeBeds, const QDate &asOf)
{
    auto current = find(id);
    if (!current)
        return current.error();
    if (freeBeds < 0 || freeBeds > current->capacity)
        return Error(ErrorCode::InvalidInput, tr("Free beds must be between 0 and the capacity (%1).").arg(current->capacity));
    auto st
        = m_db.prepare(QStringLiteral("UPDATE shelters SET free_beds = ?, availability_as_of = ?, updated_at = ? WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, freeBeds).bind(2, asOf).bind(3, QDateTime::currentDateTimeUtc()).bind(4, id);
    return st->run();
}

Status ShelterRepository::remove(const QString &id)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    auto used = m_db.prepare(QStringLiteral("SELECT count(*) FROM placements WHERE shelter_id = ?"));
    if (!used)
        return used.error();
    used->bind(1, id);
    if (auto r = used->step(); !r)
        return r.error();
    if (used->integer(0) > 0)
        return Error(ErrorCode::Refused, tr("The shelter %1 has placements in its history and cannot be removed.").arg(id));
    auto st = m_db.prepare(QStringLiteral("DELETE FROM shelters WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, id);
    if (auto r = st->run(); !r)
        return r;
    if (m_db.changes() == 0)
        return notFound(id);
    if (auto r = AuditLog(m_db).append(QStringLiteral("shelter.removed"), id); !r)
        return r;
    return tx.commit();
}

Result<ShelterAddress> ShelterRepository::revealAddress(const QString &id)
{
    auto st = m_db.prepare(QStringLiteral("SELECT address, reference FROM shelters WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return notFound(id);
    ShelterAddress out { st->text(0), st->text(1) };
    // No audit entry, no address: the reveal fails closed.
    if (auto a = AuditLog(m_db).append(QStringLiteral("shelter.address_revealed"), id); !a)
        return a.error();
    return out;
}

Result<QVector<Shelter>> ShelterRepository::exportAll(bool includeHidden)
{
    auto shelters = list();
    if (!shelters)
        return shelters.error();
    if (includeHidden) {
        auto st = m_db.prepare(QStringLiteral("SELECT address, reference FROM shelters WHERE id = ?"));
        if (!st)
            return st.error();
        for (Shelter &s : shelters.value()) {
            st->reset();
            st->bind(1, s.id);
            if (auto r = st->step(); !r)
                return r.error();
            s.address = st->text(0);
            s.reference = st->text(1);
        }
    }
    if (auto a = AuditLog(m_db).append(
            includeHidden ? QStringLiteral("shelter.exported_with_addresses") : QStringLiteral("shelter.exported"), QString(),
            QString::number(shelters->size()));
        !a)
        return a.error();
    return shelters;
}

} // namespace vangnet
