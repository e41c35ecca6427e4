#include "overview/PeriodReportDialog.h"

#include "PdfDocument.h"
#include "PeriodReportDocument.h"
#include "common/DateField.h"
#include "common/FileChooser.h"
#include "common/MessageBox.h"
#include "common/PlaintextWriteConfirmation.h"
#include "common/ReaderTask.h"
#include "i18n/DateText.h"
#include "platform/AtomicFile.h"
#include "reports/PeriodReport.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace vangnet {

PeriodReportDialog::PeriodReportDialog(Vault &vault, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_today(QDate::currentDate())
    , m_choice(new QComboBox(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_pdf(new QRadioButton(tr("&PDF with charts, to print or send"), this))
    , m_csv(new QRadioButton(tr("&CSV, for a spreadsheet"), this))
    , m_status(new QLabel(this))
    , m_make(nullptr)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("periodReportDialog"));
    setWindowTitle(tr("Periodic report"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Figures over a period for the municipality or CoMensha: signals, intakes, placements, cases "
                                "closed, forms of exploitation, ages and regions. Counts below the statistics threshold are "
                                "hidden. No names or case numbers."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_choice->setObjectName(QStringLiteral("periodChoice"));
    m_choice->addItem(tr("Last quarter"), int(Choice::LastQuarter));
    m_choice->addItem(tr("Last month"), int(Choice::LastMonth));
    m_choice->addItem(tr("This year until today"), int(Choice::ThisYear));
    m_choice->addItem(tr("Dates of my own"), int(Choice::Custom));
    form->addRow(tr("P&eriod:"), m_choice);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QLineEdit *edit : { m_from, m_to }) {
        edit->setPlaceholderText(DateText::format());
        DateField::addCalendar(edit);
    }
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To (included):"), m_to);
    auto *formats = new QVBoxLayout;
    m_pdf->setObjectName(QStringLiteral("formatPdf"));
    m_csv->setObjectName(QStringLiteral("formatCsv"));
    m_pdf->setChecked(true);
    formats->addWidget(m_pdf);
    formats->addWidget(m_csv);
    auto *group = new QButtonGroup(this);
    group->addButton(m_pdf);
    group->addButton(m_csv);
    form->addRow(tr("Kind of file:"), formats);
    layout->addLayout(form);

    m_status->setObjectName(QStringLiteral("periodStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2); // room for a message, nothing moves
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addStretch(1);

    m_make = m_buttons->addButton(tr("&Save report…"), QDialogButtonBox::AcceptRole);
    m_make->setObjectName(QStringLiteral("periodSave"));
    m_make->setDefault(true);
    layout->addWidget(m_buttons);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &PeriodReportDialog::applyChoice);
    const auto typed = [this] {
        if (!m_filling)
            m_choice->setCurrentIndex(m_choice->findData(int(Choice::Custom)));
    };
    connect(m_from, &QLineEdit::textEdited, this, typed);
    connect(m_to, &QLineEdit::textEdited, this, typed);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PeriodReportDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    applyChoice();
}

PeriodReportDialog::~PeriodReportDialog()
{
    stopWork();
}

std::pair<QDate, QDate> PeriodReportDialog::periodFor(Choice choice, const QDate &today)
{
    switch (choice) {
    case Choice::LastQuarter: {
        const QDate thisQuarter(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1);
        return { thisQuarter.addMonths(-3), thisQuarter.addDays(-1) };
    }
    case Choice::LastMonth: {
        const QDate thisMonth(today.year(), today.month(), 1);
        return { thisMonth.addMonths(-1), thisMonth.addDays(-1) };
    }
    case Choice::ThisYear:
        return { QDate(today.year(), 1, 1), today };
    case Choice::Custom:
        break;
    }
    return {};
}

void PeriodReportDialog::setToday(const QDate &today)
{
    m_today = today;
    applyChoice();
}

void PeriodReportDialog::applyChoice()
{
    const auto choice = Choice(m_choice->currentData().toInt());
    if (choice == Choice::Custom)
        return; // the dates stay as they are, to be changed by hand
    const auto [from, to] = periodFor(choice, m_today);
    m_filling = true;
    m_from->setText(DateText::date(from));
    m_to->setText(DateText::date(to));
    m_filling = false;
    m_status->clear();
}

void PeriodReportDialog::showProblem(const QString &text)
{
    m_status->setText(text);
}

void PeriodReportDialog::save()
{
    if (m_working)
        return;
    const QDate from = DateField::parse(m_from->text());
    const QDate to = DateField::parse(m_to->text());
    if (!from.isValid() || !to.isValid()) {
        showProblem(tr("Type both days as %1, or choose a period.").arg(DateText::format()));
        (from.isValid() ? m_to : m_from)->setFocus();
        return;
    }
    if (auto st = PeriodReport::checkPeriod(from, to); !st) {
        showProblem(st.error().message());
        m_from->setFocus();
        return;
    }
    const bool csv = m_csv->isChecked();
    const QString suffix = csv ? QStringLiteral(".csv") : QStringLiteral(".pdf");
    const QString suggested
        = tr("report") + QLatin1Char('-') + from.toString(Qt::ISODate) + QLatin1Char('-') + to.toString(Qt::ISODate) + suffix;
    QString path = FileChooser::saveFile(
        this, tr("Save the periodic report"), suggested, csv ? tr("CSV files (*.csv)") : tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const QString contents = tr("the periodic report from %1 to %2: counts of signals, intakes, placements, cases closed, "
                                "forms of exploitation, ages and regions (small counts hidden; no names or case numbers)")
                                 .arg(DateText::date(from), DateText::date(to));
    if (!PlaintextWriteConfirmation::confirm(this, contents, path))
        return;

    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto started = readInBackground(
        m_vault, this,
        [from, to, csv, path](Database &db) -> Result<QString> {
            auto report = PeriodReport::compute(db, from, to);
            if (!report)
                return report.error();
            if (csv) {
                if (auto st = AtomicFile::writeAll(path, report->toCsv()); !st)
                    return st.error();
                return path;
            }
            const auto document = PeriodReportDocument::build(report.value());
            if (auto st = PdfDocument::write(*document, PeriodReportDocument::neutralTitle(), path); !st)
                return st.error();
            return path;
        },
        [this](Result<QString> outcome) { finished(outcome); }, cancel);
    if (!started) {
        finished(started.error());
        return;
    }
    m_work = started.value();
    m_cancel = cancel;
    m_working = true;
    m_make->setEnabled(false);
    m_status->setText(tr("Making the report…"));
}

void PeriodReportDialog::finished(const Result<QString> &outcome)
{
    m_working = false;
    m_cancel.reset();
    m_make->setEnabled(true);
    if (!outcome) {
        m_status->setText(tr("The report was not saved."));
        MessageBox::warning(this, tr("Periodic report"),
            tr("The report could not be saved: %1")
                .arg(outcome.error().message().isEmpty() ? tr("the work was stopped.") : outcome.error().message()));
        return;
    }
    m_status->setText(tr("Saved as %1. The file is not encrypted: delete it once it has been sent.").arg(outcome.value()));
    Q_EMIT written(outcome.value());
}

void PeriodReportDialog::stopWork()
{
    if (m_cancel)
        m_cancel->store(true);
    m_work.waitForFinished();
    m_cancel.reset();
    m_work = {};
}

} // namespace vangnet
