#include "AccessReportDocument.h"

#include "DocumentHtml.h"
#include "i18n/DateText.h"

#include <QTextDocument>

namespace vangnet {

QString AccessReportDocument::neutralTitle()
{
    return tr("Vangnet access report");
}

QString AccessReportDocument::html(const AccessReport &report)
{
    DocumentHtml doc;
    doc.title(tr("What we hold about you"));
    doc.paragraph(tr("File %1. Made on %2 in answer to your request to see your data (General Data Protection Regulation, "
                     "article 15).")
                      .arg(report.caseNumber, DateText::date(report.madeOn)));

    doc.heading(tr("The data in your file"));
    doc.table(report.fields, tr("Nothing is recorded."));

    doc.heading(tr("Notes"));
    doc.table(report.notes, tr("There are no notes."));

    doc.heading(tr("Documents and scans"));
    doc.list(report.attachments, tr("There are no documents or scans."));

    doc.heading(tr("Where the data came from"));
    QStringList sources;
    for (const AccessReportSource &s : report.sources) {
        const QString sender = s.senderName.isEmpty() ? tr("a sender who is no longer in the address book") : s.senderName;
        sources.append(s.created
                ? tr("%1: received from %2 (%3); the file was started from it.")
                      .arg(DateText::dateTime(s.at), sender, s.purposeLabel)
                : tr("%1: received from %2 (%3) and added to the file.").arg(DateText::dateTime(s.at), sender, s.purposeLabel));
    }
    doc.list(sources, tr("Everything was recorded by your care coordinator; nothing was received from others."));

    doc.heading(tr("To whom your data was given"));
    if (report.disclosures.isEmpty()) {
        doc.paragraph(tr("Your data was not given to anyone outside your care coordinator's team."));
    } else {
        QVector<LabelledValue> rows;
        for (const AccessReportDisclosure &d : report.disclosures) {
            const QString who = d.recipientOrganisation.isEmpty() || d.recipientOrganisation == d.recipientName
                ? d.recipientName
                : tr("%1 (%2)").arg(d.recipientName, d.recipientOrganisation);
            const QString how = d.onPaper ? tr("on paper") : tr("as an encrypted file");
            rows.append({ DateText::dateTime(d.at),
                tr("To: %1\nPurpose: %2\nWhat: %3\nHow: %4\nOn the basis of: %5")
                    .arg(who, d.purposeLabel, d.scopeNames, how, d.consentText.isEmpty() ? tr("your consent") : d.consentText) });
        }
        doc.table(rows);
    }

    doc.heading(tr("Your consents"));
    if (report.consents.isEmpty()) {
        doc.paragraph(tr("You have not given consent to share your data."));
    } else {
        QVector<LabelledValue> rows;
        for (const AccessReportConsent &k : report.consents) {
            QString text = tr("For: %1\nPurpose: %2\nWhat: %3\nFrom %4 up to and including %5\nSigned by: %6 (%7)")
                               .arg(k.recipientName, k.purposeLabel, k.scopeNames, DateText::date(k.validFrom),
                                   DateText::date(k.expires.addDays(-1)), k.signerLabel, k.methodLabel);
            if (k.withdrawnAt.isValid())
                text += QLatin1Char('\n') + tr("Withdrawn on %1").arg(DateText::dateTime(k.withdrawnAt));
            if (k.paperFormKept)
                text += QLatin1Char('\n') + tr("The signed paper form is kept.");
            rows.append({ k.statusLabel, text });
        }
        doc.table(rows);
    }

    doc.heading(tr("How long your data is kept"));
    doc.paragraph(report.retentionText());

    doc.heading(tr("Your rights"));
    doc.paragraph(tr("You may ask us to correct data that is wrong, to erase data we no longer need, or to stop using it for a "
                     "while. You may withdraw a consent at any time. If you think we handle your data wrongly, you may complain "
                     "to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens)."));
    return doc.html();
}

std::unique_ptr<QTextDocument> AccessReportDocument::build(const AccessReport &report)
{
    return DocumentHtml::toDocument(html(report));
}

} // namespace vangnet
