#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace vangnet {

class Clock;
class Database;

// Which law's reference period applies to a closed case (docs/PRIVACY.md, "Retention").
enum class RetentionRegime {
    Adult, // Wmo 2015 practice: vault setting retention.yearsAdult, default 15 years
    Minor, // a case opened for a minor, Jeugdwet art. 7.3.8: retention.yearsMinor, default 20 years
};

// The retention of one closed case.
struct RetentionStatus
{
    QString caseId;
    QString number;
    QDate closedOn; // the last time the case was closed (UTC day)
    RetentionRegime regime = RetentionRegime::Adult;
    int years = 0;
    QDate endsOn; // closedOn + years; the case may be erased from this day on
    bool due = false; // today >= endsOn
    bool held = false; // a legal hold stands: not erased even when due
};

// Retention end dates of closed cases. The clock is injected so that tests can stand anywhere in
// time; the periods come from the vault settings (VaultConfig retention.yearsAdult/yearsMinor).
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    Retention(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    { }

    // Minor when the case is marked minor, or when the person was under 18 on the day the case was
    // opened (birth date known).
    static RetentionRegime regimeFor(bool minor, const QDate &birthDate, const QDate &openedOn);
    static QDate endDate(const QDate &closedOn, int years);
    static QString regimeLabel(RetentionRegime regime);

    // Empty for a case that is not closed.
    Result<std::optional<RetentionStatus>> forCase(const QString &caseIdOrNumber) const;
    // Every closed case whose retention has ended, oldest end first; held ones included (marked).
    Result<QVector<RetentionStatus>> due() const;
    QDate today() const;

private:
    Result<QVector<RetentionStatus>> closedCases(const QString &onlyCaseId) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace vangnet
