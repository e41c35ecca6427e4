#pragma once

#include "common/Result.h"
#include "exchange/StatisticsTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace vangnet {

class Database;

// Aggregate statistics over all cases, for CoMensha (and through it the National Rapporteur): counts
// per exploitation form, gender, age band, nationality, region, reporter type and year of signal.
// No consent is needed because nothing personal leaves: every count below the threshold is
// suppressed ("<N"), and further counts are hidden where the hidden ones could be worked out from the
// total (SmallCountSuppression, shared with the periodic report).
class StatisticsExport
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsExport)

public:
    static constexpr int DefaultThreshold = 10;
    static constexpr int MinimumThreshold = 2;

    explicit StatisticsExport(Database &db)
        : m_db(db)
    { }

    // The vault setting statistics.threshold (VaultConfig), else DefaultThreshold.
    Result<int> threshold() const;
    // InvalidInput below MinimumThreshold.
    Status setThreshold(int threshold);

    // The table over the vault's cases; `threshold` ≤ 0: the configured one.
    Result<StatisticsTable> compute(int threshold = 0, const QDate &today = QDate::currentDate()) const;
    // The same over given cases (CaseJson editable form plus "createdAt"); pure, for tests.
    static StatisticsTable tabulate(const QVector<QJsonObject> &cases, int threshold, const QDate &today);

private:
    Database &m_db;
};

} // namespace vangnet
