#include "privacy/Retention.h"

#include "cases/CaseHistory.h"
#include "cases/CaseRepository.h"
#include "safety/Clock.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "vault/VaultConfig.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace vangnet {

RetentionRegime Retention::regimeFor(bool minor, const QDate &birthDate, const QDate &openedOn)
{
    if (minor)
        return RetentionRegime::Minor;
    if (birthDate.isValid() && openedOn.isValid() && openedOn < birthDate.addYears(18))
        return RetentionRegime::Minor;
    return RetentionRegime::Adult;
}

QDate Retention::endDate(const QDate &closedOn, int years)
{
    return closedOn.addYears(years); // 29 February falls back to 28 February
}

QString Retention::regimeLabel(RetentionRegime regime)
{
    return regime == RetentionRegime::Minor ? tr("opened for a minor (Youth Act)") : tr("of an adult (Social Support Act)");
}

QDate Retention::today() const
{
    return m_clock.now().toUTC().date();
}

Result<std::optional<RetentionStatus>> Retention::forCase(const QString &caseIdOrNumber) const
{
    auto id = CaseRepository(m_db).resolve(caseIdOrNumber);
    if (!id)
        return id.error();
    auto rows = closedCases(id.value());
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<RetentionStatus>();
    return std::optional<RetentionStatus>(rows->first());
}

Result<QVector<RetentionStatus>> Retention::due() const
{
    auto rows = closedCases(QString());
    if (!rows)
        return rows.error();
    QVector<RetentionStatus> out;
    for (const RetentionStatus &r : rows.value())
        if (r.due)
            out.append(r);
    std::stable_sort(out.begin(), out.end(), [](const RetentionStatus &a, const RetentionStatus &b) {
        return a.endsOn != b.endsOn ? a.endsOn < b.endsOn : a.number < b.number;
    });
    return out;
}

Result<QVector<RetentionStatus>> Retention::closedCases(const QString &onlyCaseId) const
{
    VaultConfig config(m_db);
    auto adultYears = config.integer(VaultConfig::RetentionYearsAdult);
    if (!adultYears)
        return adultYears.error();
    auto minorYears = config.integer(VaultConfig::RetentionYearsMinor);
    if (!minorYears)
        return minorYears.error();

    // The closing day is the last history entry that set the phase to closed; a case closed
    // without one (imported already closed) counts from its last change.
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT c.id, c.number, c.birth_date, c.created_at, c.updated_at, c.data,"
                       " (SELECT max(h.at) FROM case_history h WHERE h.case_id = c.id AND h.field = 'phase' AND h.new_json = ?),"
                       " EXISTS (SELECT 1 FROM case_legal_holds l WHERE l.case_id = c.id)"
                       " FROM cases c WHERE c.phase = 'closed' AND (? = '' OR c.id = ?)"));
    if (!stmt)
        return stmt.error();
    const QString scope = onlyCaseId.isNull() ? QStringLiteral("") : onlyCaseId;
    stmt->bind(1, CaseHistory::encode(QJsonValue(QStringLiteral("closed")))).bind(2, scope).bind(3, scope);
    const QDate now = today();
    QVector<RetentionStatus> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        RetentionStatus r;
        r.caseId = stmt->text(0);
        r.number = stmt->text(1);
        const QDate birth = QDate::fromString(stmt->text(2), Qt::ISODate);
        const QDate opened = QDateTime::fromString(stmt->text(3), Qt::ISODateWithMs).toUTC().date();
        const bool minor = QJsonDocument::fromJson(stmt->text(5).toUtf8()).object().value(QStringLiteral("minor")).toBool();
        const QString closedAt = stmt->text(6).isEmpty() ? stmt->text(4) : stmt->text(6);
        r.closedOn = QDateTime::fromString(closedAt, Qt::ISODateWithMs).toUTC().date();
        r.regime = regimeFor(minor, birth, opened);
        r.years = static_cast<int>(r.regime == RetentionRegime::Minor ? minorYears.value() : adultYears.value());
        r.endsOn = endDate(r.closedOn, r.years);
        r.due = r.endsOn.isValid() && now >= r.endsOn;
        r.held = stmt->integer(7) != 0;
        out.append(r);
    }
    return out;
}

} // namespace vangnet
