#include "overview/OverviewSection.h"

#include "common/IdleStep.h"
#include "common/PageLayout.h"
#include "common/ReaderTask.h"
#include "overview/OverviewCharts.h"
#include "overview/PeriodReportDialog.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTime>
#include <QVBoxLayout>

namespace vangnet {

OverviewSection::OverviewSection(QWidget *parent)
    : QWidget(parent)
    , m_danger(nullptr)
    , m_reflection(nullptr)
    , m_overdue(nullptr)
    , m_waiting(nullptr)
    , m_incidents(nullptr)
    , m_noConsent(nullptr)
    , m_refresh(nullptr)
    , m_status(nullptr)
    , m_charts(nullptr)
    , m_report(nullptr)
{
    setObjectName(QStringLiteral("overviewSection"));
    QWidget *content = scrollingPage(this);
    auto *layout = new QVBoxLayout(content);

    auto *tiles = new QLabel(tr("Needs attention today"), content);
    QFont bold = tiles->font();
    bold.setBold(true);
    tiles->setFont(bold);
    layout->addWidget(tiles);
    m_tileGrid = new QGridLayout;
    m_danger = addTile(QStringLiteral("dangerTile"), 0, 0);
    m_danger->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_reflection = addTile(QStringLiteral("reflectionTile"), 0, 1);
    // Two columns: a caption fits beside another on a 1024-pixel screen.
    m_overdue = addTile(QStringLiteral("overdueTile"), 1, 0);
    m_waiting = addTile(QStringLiteral("waitingTile"), 1, 1);
    m_incidents = addTile(QStringLiteral("incidentsTile"), 2, 0);
    m_noConsent = addTile(QStringLiteral("noConsentTile"), 2, 1);
    layout->addLayout(m_tileGrid);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("overviewStatus"));
    m_status->setWordWrap(true);
    m_refresh = new QPushButton(tr("&Refresh"), content);
    m_refresh->setObjectName(QStringLiteral("overviewRefresh"));
    m_refresh->setToolTip(tr("Count again"));
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_refresh);
    layout->addLayout(statusRow);

    m_charts = new OverviewCharts(content);
    layout->addWidget(m_charts);
    auto *reportRow = new QHBoxLayout;
    m_report = new QPushButton(tr("&Periodic report…"), content);
    m_report->setObjectName(QStringLiteral("periodReportButton"));
    m_report->setToolTip(tr("Figures over a quarter, a month or a year for the municipality or CoMensha, as PDF or CSV"));
    reportRow->addWidget(m_report);
    reportRow->addStretch(1);
    layout->addLayout(reportRow);
    layout->addStretch(1);

    const auto openCases = [this](CaseloadFigures::Tile tile) { Q_EMIT casesRequested(CaseloadFigures::tileFilter(tile)); };
    connect(m_danger, &QPushButton::clicked, this, [openCases] { openCases(CaseloadFigures::Tile::InDanger); });
    connect(m_reflection, &QPushButton::clicked, this, [openCases] { openCases(CaseloadFigures::Tile::ReflectionEnding); });
    connect(m_overdue, &QPushButton::clicked, this, [openCases] { openCases(CaseloadFigures::Tile::OverdueTasks); });
    connect(m_waiting, &QPushButton::clicked, this, [openCases] { openCases(CaseloadFigures::Tile::WaitingForBed); });
    connect(m_noConsent, &QPushButton::clicked, this, [openCases] { openCases(CaseloadFigures::Tile::WaitingWithoutConsent); });
    connect(m_incidents, &QPushButton::clicked, this, [this] { Q_EMIT incidentsRequested(); });
    connect(m_refresh, &QPushButton::clicked, this, &OverviewSection::refresh);
    connect(m_report, &QPushButton::clicked, this, &OverviewSection::openPeriodReport);
    resetTiles();
}

OverviewSection::~OverviewSection()
{
    stopWork();
}

QString OverviewSection::title() const
{
    return tr("Overview");
}

QIcon OverviewSection::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogInfoView);
}

QString OverviewSection::summary() const
{
    return tr("Who needs attention today; each tile opens the list behind it.");
}

QString OverviewSection::helpPage() const
{
    return QStringLiteral("overview");
}

QPushButton *OverviewSection::addTile(const QString &objectName, int row, int column)
{
    auto *tile = new QPushButton(this);
    tile->setObjectName(objectName);
    QFont font = tile->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    tile->setFont(font);
    tile->setMinimumHeight(tile->fontMetrics().height() * 3 + 12);
    tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_tileGrid->addWidget(tile, row, column);
    return tile;
}

void OverviewSection::showTile(QPushButton *tile, int count, const QString &caption, const QString &action)
{
    // Two lines: the figure, then what it counts; the accessible name says where the tile leads.
    tile->setText(QLocale().toString(count) + QLatin1Char('\n') + caption);
    tile->setAccessibleName(caption + QStringLiteral(": ") + QLocale().toString(count));
    tile->setAccessibleDescription(action);
    tile->setToolTip(action);
    QFont font = tile->font();
    font.setBold(count > 0); // what needs attention stands out without colour
    tile->setFont(font);
    tile->setEnabled(true);
}

void OverviewSection::resetTiles()
{
    const QString none = QStringLiteral("–");
    for (QPushButton *tile : { m_danger, m_reflection, m_overdue, m_waiting, m_incidents, m_noConsent }) {
        tile->setText(none + QLatin1Char('\n') + tr("Counting…"));
        tile->setAccessibleName(tr("Counting…"));
        tile->setEnabled(false);
    }
}

void OverviewSection::vaultOpened(Vault &vault)
{
    m_vault = &vault;
    // Counted once the workspace is on screen: starting a reader costs the window's thread locked
    // memory and a thread, and the reader then competes with it for the cores (vangnet-bench-ui).
    m_loading = true;
    m_status->setText(tr("Counting…"));
    const quint64 generation = m_generation;
    afterPendingEvents(this, [this, generation] {
        if (generation == m_generation)
            refresh();
    });
}

void OverviewSection::stopWork()
{
    ++m_generation; // a result still on its way is dropped
    m_loading = false;
    if (m_cancel)
        m_cancel->store(true);
    m_load.waitForFinished(); // its connection is closed before the work ends
    m_cancel.reset();
    m_load = {};
}

PeriodReportDialog *OverviewSection::periodReportDialog() const
{
    return m_reportDialog.data();
}

void OverviewSection::openPeriodReport()
{
    if (!m_vault || !m_vault->isOpen())
        return;
    if (m_reportDialog) {
        m_reportDialog->raise();
        m_reportDialog->activateWindow();
        return;
    }
    m_reportDialog = new PeriodReportDialog(*m_vault, this);
    m_reportDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_today.isValid())
        m_reportDialog->setToday(m_today);
    m_reportDialog->open();
}

void OverviewSection::clear()
{
    stopWork();
    // The vault is being locked: the report dialog goes with it (its work stops first).
    delete m_reportDialog.data();
    m_vault = nullptr;
    m_figures.reset();
    m_charts->clear();
    m_status->clear();
    resetTiles();
}

void OverviewSection::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Cases may have changed in another section since the last count.
    if (m_vault && !m_loading && m_figures)
        refresh();
}

void OverviewSection::refresh()
{
    stopWork();
    if (!m_vault || !m_vault->isOpen())
        return;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = m_generation;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    auto started = readInBackground(
        *m_vault, this, [today](Database &db) { return CaseloadFigures::compute(db, today); },
        [this, generation](Result<CaseloadFigures> loaded) {
            if (generation != m_generation)
                return; // stopped, or a newer refresh is on its way
            m_loading = false;
            m_cancel.reset();
            if (!loaded) {
                showFailure(loaded.error().message());
                return;
            }
            showFigures(loaded.value());
        },
        cancel);
    if (!started) {
        showFailure(started.error().message());
        return;
    }
    m_load = started.value();
    m_cancel = cancel;
    m_loading = true;
    if (!m_figures)
        m_status->setText(tr("Counting…"));
}

void OverviewSection::showFailure(const QString &message)
{
    m_status->setText(tr("The figures could not be read: %1").arg(message));
}

bool OverviewSection::isLoading() const
{
    return m_loading || m_charts->isFilling();
}

void OverviewSection::showFigures(const CaseloadFigures &f)
{
    m_figures = f;
    showTile(m_danger, f.inDanger, tr("In danger (S3 or S4)"),
        tr("Open cases that need security level S3 or S4. Opens the case list with these cases."));
    showTile(m_reflection, f.reflectionEndingWithin14Days, tr("Reflection period ends within 14 days"),
        tr("Opens the case list with these cases."));
    showTile(m_overdue, f.overdueTasks, tr("Cases with overdue tasks"), tr("Opens the case list with these cases."));
    showTile(m_waiting, f.placementsWaiting, tr("Waiting for a bed"),
        tr("Open cases whose latest placement request is open, on a wait list or refused. Opens the case list with these "
           "cases."));
    showTile(m_noConsent, f.waitingWithoutPlacementConsent, tr("Waiting for a bed, no placement consent"),
        tr("Open cases waiting for a bed whose placement request is due, without a valid consent for it. Opens the case "
           "list with these cases."));
    showTile(m_incidents, f.openIncidents, tr("Open incidents against staff"), tr("Opens the incidents in Safety."));
    m_status->setText(tr("Counted at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_charts->setFigures(f);
}

} // namespace vangnet
