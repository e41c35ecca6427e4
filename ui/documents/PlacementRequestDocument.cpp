#include "PlacementRequestDocument.h"

#include "DocumentHtml.h"
#include "i18n/DateText.h"

#include <QTextDocument>

namespace vangnet {

QString PlacementRequestDocument::neutralTitle()
{
    return tr("Vangnet placement request");
}

QString PlacementRequestDocument::html(const PlacementRequestContent &request)
{
    DocumentHtml doc;
    doc.title(tr("Placement request"));
    doc.table({ { tr("File"), request.caseNumber }, { tr("For"), request.recipientName },
        { tr("Shelter"),
            request.shelterType.isEmpty() ? request.shelterName : tr("%1 (%2)").arg(request.shelterName, request.shelterType) },
        { tr("Status of the placement"), request.placementStatus }, { tr("Date"), DateText::date(request.madeOn) } });
    doc.heading(tr("About the person"));
    doc.table(request.fields, tr("The consent releases no details beyond the file number."));
    if (!request.perpetratorFacts.isEmpty()) {
        doc.heading(tr("Threat"));
        doc.table(request.perpetratorFacts);
    }
    doc.smallPrint(tr("Shared with the person's consent, for this placement only. Do not pass it on. The person's name and "
                      "address are given in person at intake."));
    return doc.html();
}

std::unique_ptr<QTextDocument> PlacementRequestDocument::build(const PlacementRequestContent &request)
{
    return DocumentHtml::toDocument(html(request));
}

} // namespace vangnet
