#pragma once

#include "privacy/AccessReport.h"

#include <QCoreApplication>

#include <memory>

class QTextDocument;

namespace vangnet {

// The right of access report laid out for paper (AVG art. 15): what is held, where it came from, to
// whom it went, the consents, and how long it is kept, in plain words.
class AccessReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(AccessReportDocument)

public:
    static QString html(const AccessReport &report);
    static std::unique_ptr<QTextDocument> build(const AccessReport &report);
    // For the PDF's metadata: no name, no case number.
    static QString neutralTitle();
};

} // namespace vangnet
