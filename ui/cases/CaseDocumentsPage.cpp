#include "cases/CaseDocumentsPage.h"

#include "AccessReportDocument.h"
#include "CaseSummaryDocument.h"
#include "DocumentLanguage.h"
#include "common/DocumentOutput.h"
#include "common/PageLayout.h"
#include "privacy/AccessReport.h"
#include "privacy/HandoverSummary.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vangnet {
namespace {

QGroupBox *documentBox(const QString &title, const QString &explanation, QPushButton *pdf, QPushButton *print, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    auto *text = new QLabel(explanation, box);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(pdf);
    buttons->addWidget(print);
    buttons->addStretch();
    layout->addLayout(buttons);
    return box;
}

} // namespace

CaseDocumentsPage::CaseDocumentsPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    auto *languageRow = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("documentLanguage"));
    for (const QString &code : DocumentLanguage::available())
        m_language->addItem(DocumentLanguage::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(DocumentLanguage::current())));
    languageRow->addRow(tr("&Language of the documents:"), m_language);
    layout->addLayout(languageRow);

    m_accessPdf = new QPushButton(tr("Access report as &PDF…"), this);
    m_accessPdf->setObjectName(QStringLiteral("accessReportPdf"));
    m_accessPrint = new QPushButton(tr("Print access &report…"), this);
    m_accessPrint->setObjectName(QStringLiteral("accessReportPrint"));
    layout->addWidget(documentBox(tr("Access report"),
        tr("For a person who asks what is held about them: everything in the file in plain words, where it came from, to whom "
           "it was given and on which consent, and how long it is kept. Answer within one month."),
        m_accessPdf, m_accessPrint, this));

    m_summaryPdf = new QPushButton(tr("Handover summary as P&DF…"), this);
    m_summaryPdf->setObjectName(QStringLiteral("summaryPdf"));
    m_summaryPrint = new QPushButton(tr("Print handover &summary…"), this);
    m_summaryPrint->setObjectName(QStringLiteral("summaryPrint"));
    layout->addWidget(documentBox(tr("Handover summary"),
        tr("For a colleague in your team who takes the file over: the file, its notes and placements, and what may be shared "
           "with whom. It stays within the team."),
        m_summaryPdf, m_summaryPrint, this));

    m_problem = errorLabel(this);
    layout->addWidget(m_problem);
    layout->addStretch();

    connect(m_accessPdf, &QPushButton::clicked, this, [this] { make(Kind::AccessReport, Way::Pdf); });
    connect(m_accessPrint, &QPushButton::clicked, this, [this] { make(Kind::AccessReport, Way::Print); });
    connect(m_summaryPdf, &QPushButton::clicked, this, [this] { make(Kind::Summary, Way::Pdf); });
    connect(m_summaryPrint, &QPushButton::clicked, this, [this] { make(Kind::Summary, Way::Print); });
    clear();
}

void CaseDocumentsPage::setCase(const QString &caseId, Database &db)
{
    m_db = &db;
    m_caseId = caseId;
    m_problem->hide();
    for (QPushButton *b : { m_accessPdf, m_accessPrint, m_summaryPdf, m_summaryPrint })
        b->setEnabled(true);
}

void CaseDocumentsPage::clear()
{
    m_db = nullptr;
    m_caseId.clear();
    m_problem->hide();
    for (QPushButton *b : { m_accessPdf, m_accessPrint, m_summaryPdf, m_summaryPrint })
        b->setEnabled(false);
}

QString CaseDocumentsPage::language() const
{
    return m_language->currentData().toString();
}

void CaseDocumentsPage::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

void CaseDocumentsPage::make(Kind kind, Way way)
{
    if (!m_db || m_caseId.isEmpty())
        return;
    m_problem->hide();
    QString html;
    QString title;
    QString fileName;
    QString contents;
    QString caseId;
    {
        const DocumentLanguage language(this->language());
        if (kind == Kind::AccessReport) {
            auto report = AccessReport::collect(*m_db, m_caseId);
            if (!report) {
                showProblem(report.error().message());
                return;
            }
            html = AccessReportDocument::html(report.value());
            title = AccessReportDocument::neutralTitle();
            fileName = tr("access-report.pdf"); // no case number: file names are seen outside the vault
            caseId = report->caseId;
        } else {
            auto summary = HandoverSummary::collect(*m_db, m_caseId);
            if (!summary) {
                showProblem(summary.error().message());
                return;
            }
            html = CaseSummaryDocument::html(summary.value());
            title = CaseSummaryDocument::neutralTitle();
            fileName = tr("handover-summary.pdf");
            caseId = summary->caseId;
        }
    }
    contents = kind == Kind::AccessReport ? tr("the access report of this case, with everything held about the person")
                                          : tr("the handover summary of this case");
    // Recorded once the document exists: on paper or as a file.
    auto record = [this, kind, caseId]() -> bool {
        if (!m_db || m_caseId != caseId)
            return false;
        const Status st
            = kind == Kind::AccessReport ? AccessReport::recordMade(*m_db, caseId) : HandoverSummary::recordMade(*m_db, caseId);
        if (!st)
            showProblem(st.error().message());
        return st.ok();
    };
    if (way == Way::Print) {
        if (DocumentOutput::print(this, html, title))
            record();
        return;
    }
    DocumentOutput::savePdf(this, html, title, fileName, contents, [this, record](const QString &path, const QByteArray &) {
        if (record())
            Q_EMIT documentWritten(path);
    });
}

} // namespace vangnet
