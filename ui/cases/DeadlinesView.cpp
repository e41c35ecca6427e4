#include "cases/DeadlinesView.h"

#include "cases/DeadlineListModel.h"
#include "cases/Deadlines.h"
#include "common/ReaderTask.h"
#include "vault/Vault.h"

#include <QFont>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace vangnet {

DeadlinesView::DeadlinesView(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
    , m_days(new QSpinBox(this))
    , m_table(new QTableView(this))
    , m_model(new DeadlineListModel(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("deadlinesView"));
    m_days->setObjectName(QStringLiteral("deadlineDaysSpin"));
    m_days->setRange(1, 365);
    m_days->setValue(14);
    m_days->setSuffix(tr(" days"));
    auto *caption = new QLabel(tr("Show the &coming"), this);
    caption->setBuddy(m_days);
    auto *hint = new QLabel(tr("(overdue items always show)"), this);
    hint->setEnabled(false);
    auto *top = new QHBoxLayout;
    top->addWidget(caption);
    top->addWidget(m_days);
    top->addWidget(hint);
    top->addStretch(1);

    m_table->setObjectName(QStringLiteral("deadlinesTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // Widths from the header and a typical value, not by measuring every row (ResizeToContents
    // would visit all of them).
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(
        DeadlineListModel::DateColumn, fm.horizontalAdvance(QStringLiteral("00-00-0000")) + 44); // with the warning icon
    m_table->setColumnWidth(DeadlineListModel::DaysLeftColumn, fm.horizontalAdvance(QLatin1Char('x')) * 16);
    QFont boldFont = m_table->font(); // overdue and soon-ending rows are bold: their numbers must fit too
    boldFont.setBold(true);
    m_table->setColumnWidth(
        DeadlineListModel::CaseColumn, QFontMetrics(boldFont).horizontalAdvance(QStringLiteral("VN-0000-0000")) + 14);
    m_table->setColumnWidth(DeadlineListModel::ThreatColumn, fm.horizontalAdvance(QLatin1Char('x')) * 12 + 24);
    m_table->setColumnWidth(DeadlineListModel::LevelColumn,
        fm.horizontalAdvance(m_model->headerData(DeadlineListModel::LevelColumn, Qt::Horizontal).toString()) + 24);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_empty->setObjectName(QStringLiteral("deadlinesEmpty"));
    m_empty->setText(tr("Nothing due in this period."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);

    connect(m_days, &QSpinBox::valueChanged, this, &DeadlinesView::refresh);
    // Double-click and Enter both activate.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openCaseRequested(m_model->caseIdAt(index.row()));
    });
}

DeadlinesView::~DeadlinesView()
{
    stop();
}

void DeadlinesView::setVault(Vault *vault)
{
    m_vault = vault;
    refresh();
}

void DeadlinesView::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

int DeadlinesView::withinDays() const
{
    return m_days->value();
}

QList<QWidget *> DeadlinesView::tabStops() const
{
    return { m_days, m_table };
}

void DeadlinesView::stop()
{
    ++m_generation; // a result still on its way is dropped
    m_loading = false;
    if (m_cancel)
        m_cancel->store(true); // stops its statement within a few thousand SQLite steps
    m_load.waitForFinished(); // its connection is closed before the work ends
    m_cancel.reset();
    m_load = {};
}

void DeadlinesView::clear()
{
    stop();
    m_vault = nullptr;
    m_stale = false;
    m_model->clear();
    m_empty->hide();
}

void DeadlinesView::setInSight(bool inSight)
{
    m_inSight = inSight;
    if (inSight && m_stale)
        refresh();
}

void DeadlinesView::refresh()
{
    stop();
    m_stale = false;
    if (!m_vault || !m_vault->isOpen()) {
        m_model->clear();
        m_empty->hide();
        return;
    }
    if (!m_inSight) {
        m_stale = true;
        return;
    }
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = m_generation;
    auto started = readInBackground(
        *m_vault, this, [days = m_days->value(), today = m_today](Database &db) { return Deadlines::upcoming(db, days, today); },
        [this, generation](Result<QVector<Deadline>> loaded) {
            if (generation != m_generation)
                return; // stopped, or a newer refresh is on its way
            m_loading = false;
            m_cancel.reset();
            if (!loaded) {
                m_model->clear();
                showRows(0, loaded.error().message());
                return;
            }
            const int count = int(loaded->size());
            m_model->setDeadlines(std::move(loaded).value());
            showRows(count, {});
        },
        cancel);
    if (!started) {
        showRows(0, started.error().message());
        return;
    }
    m_load = started.value();
    m_cancel = cancel;
    m_loading = true;
    if (m_model->rowCount() == 0) {
        m_empty->setText(tr("Looking for deadlines…"));
        m_empty->show();
    }
}

void DeadlinesView::showRows(int count, const QString &failure)
{
    if (!failure.isEmpty()) {
        m_empty->setText(failure);
        m_empty->show();
        return;
    }
    m_empty->setText(tr("Nothing due in this period."));
    m_empty->setVisible(count == 0);
}

} // namespace vangnet
