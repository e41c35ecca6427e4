#pragma once

#include "privacy/PlacementRequestContent.h"

#include <QCoreApplication>

#include <memory>

class QTextDocument;

namespace vangnet {

// The placement request as the shelter reads it: the placement, and only the fields the consent
// releases for it (PlacementRequestContent). The coordinator's notes on what was held back are not
// printed: they would tell what the consent withholds.
class PlacementRequestDocument
{
    Q_DECLARE_TR_FUNCTIONS(PlacementRequestDocument)

public:
    static QString html(const PlacementRequestContent &request);
    static std::unique_ptr<QTextDocument> build(const PlacementRequestContent &request);
    static QString neutralTitle();
};

} // namespace vangnet
