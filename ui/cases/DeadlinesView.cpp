#include "cases/DeadlinesView.h"

#include "cases/DeadlineListModel.h"
#include "cases/Deadlines.h"
#include "vault/Vault.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

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
    m_table->setColumnWidth(DeadlineListModel::DateColumn, fm.horizontalAdvance(QStringLiteral("00-00-0000")) + 24);
    m_table->setColumnWidth(DeadlineListModel::DaysLeftColumn, fm.horizontalAdvance(QLatin1Char('x')) * 16);
    m_table->setColumnWidth(DeadlineListModel::CaseColumn, fm.horizontalAdvance(QStringLiteral("VN-0000-0000")) + 14);
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
    m_model->clear();
    m_empty->hide();
}

void DeadlinesView::refresh()
{
    stop();
    if (!m_vault || !m_vault->isOpen()) {
        m_model->clear();
        m_empty->hide();
        return;
    }
    auto opened = m_vault->openReader();
    if (!opened) {
        showRows(0, opened.error().message());
        return;
    }
    using Loaded = Result<QVector<Deadline>>;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    m_loading = true;
    if (m_model->rowCount() == 0) {
        m_empty->setText(tr("Looking for deadlines…"));
        m_empty->show();
    }
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Loaded>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        const std::shared_ptr<Loaded> loaded = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_loading = false;
        m_cancel.reset();
        if (!loaded->ok()) {
            m_model->clear();
            showRows(0, loaded->error().message());
            return;
        }
        const int count = int(loaded->value().size());
        m_model->setDeadlines(std::move(loaded->value()));
        showRows(count, {});
    });
    auto future = QtConcurrent::run(
        [reader = std::shared_ptr<VaultReader>(std::move(opened.value())), cancel, days = m_days->value(), today = m_today] {
            std::shared_ptr<Loaded> out;
            {
                VaultReader::Access access = reader->access();
                if (!access) { // the vault was locked meanwhile: the result is dropped
                    out = std::make_shared<Loaded>(Error(ErrorCode::Cancelled, QString()));
                } else {
                    access.setCancelCheck([cancel] { return cancel->load(std::memory_order_relaxed); });
                    out = std::make_shared<Loaded>(Deadlines::upcoming(*access.database(), days, today));
                }
            }
            reader->close(); // here, before the work counts as finished: stop() relies on it
            return out;
        });
    watcher->setFuture(future);
    m_load = QFuture<void>(future);
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
