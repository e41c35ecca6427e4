#pragma once

#include "privacy/HandoverSummary.h"

#include <QCoreApplication>

#include <memory>

class QTextDocument;

namespace vangnet {

// The case summary for a handover within the team, marked as internal, with what may be shared
// with whom so that the colleague keeps to the person's consent.
class CaseSummaryDocument
{
    Q_DECLARE_TR_FUNCTIONS(CaseSummaryDocument)

public:
    static QString html(const HandoverSummary &summary);
    static std::unique_ptr<QTextDocument> build(const HandoverSummary &summary);
    static QString neutralTitle();
};

} // namespace vangnet
