#include "CaseSummaryDocument.h"

#include "DocumentHtml.h"
#include "i18n/DateText.h"

#include <QTextDocument>

namespace vangnet {

QString CaseSummaryDocument::neutralTitle()
{
    return tr("Vangnet handover summary");
}

QString CaseSummaryDocument::html(const HandoverSummary &summary)
{
    DocumentHtml doc;
    doc.title(tr("Handover summary of file %1").arg(summary.caseNumber));
    doc.paragraph(tr("Made on %1. Internal: for the care coordinator who takes over, within the team. Do not give it to anyone "
                     "else; what may leave the team is listed under \"Sharing\".")
                      .arg(DateText::date(summary.madeOn)));
    doc.heading(tr("The file"));
    doc.table(summary.fields, tr("Nothing is recorded."));
    doc.heading(tr("Sharing: what may go to whom now"));
    doc.list(summary.sharing, tr("No consent is recorded: nothing may leave the team."));
    doc.heading(tr("Placements"));
    doc.list(summary.placements, tr("No placement is recorded."));
    doc.heading(tr("Notes"));
    doc.table(summary.notes, tr("There are no notes."));
    doc.heading(tr("Documents and scans in the vault"));
    doc.list(summary.attachments, tr("There are no documents or scans."));
    return doc.html();
}

std::unique_ptr<QTextDocument> CaseSummaryDocument::build(const HandoverSummary &summary)
{
    return DocumentHtml::toDocument(html(summary));
}

} // namespace vangnet
