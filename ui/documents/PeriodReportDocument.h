#pragma once

#include "reports/PeriodReport.h"

#include <QCoreApplication>

#include <memory>

class QTextDocument;

namespace vangnet {

// The periodic report as a printable document: per table a heading, a bar chart (BarChartImage)
// and the counts with their total, hidden counts as "<N".
class PeriodReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(PeriodReportDocument)

public:
    static std::unique_ptr<QTextDocument> build(const PeriodReport &report);
    static QString neutralTitle();
};

} // namespace vangnet
