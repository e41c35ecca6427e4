#include "cases/DeadlinesView.h"

#include "cases/Deadlines.h"
#include "domain/Codes.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vangnet {

DeadlinesView::DeadlinesView(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
    , m_days(new QSpinBox(this))
    , m_table(new QTableWidget(0, 4, this))
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
    m_table->setHorizontalHeaderLabels({ tr("Date"), tr("Days left"), tr("Case"), tr("What") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
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
    const auto open = [this](int row) {
        if (const QTableWidgetItem *item = m_table->item(row, 2))
            Q_EMIT openCaseRequested(item->data(Qt::UserRole).toString());
    };
    // Double-click and Enter both activate.
    connect(m_table, &QTableWidget::itemActivated, this, [open](QTableWidgetItem *item) { open(item->row()); });
}

void DeadlinesView::setDatabase(Database *db)
{
    m_db = db;
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

void DeadlinesView::clear()
{
    m_db = nullptr;
    m_table->setRowCount(0);
    m_empty->hide();
}

void DeadlinesView::refresh()
{
    m_table->setRowCount(0);
    if (!m_db)
        return;
    auto deadlines = Deadlines::upcoming(*m_db, m_days->value(), m_today);
    if (!deadlines) {
        m_empty->setText(deadlines.error().message());
        m_empty->show();
        return;
    }
    const QVector<Deadline> &list = deadlines.value();
    m_table->setRowCount(int(list.size()));
    const QBrush overdueBrush(QColor(0xb0, 0x00, 0x20));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Deadline &d = list.at(i);
        const int row = int(i);
        QString what;
        switch (d.kind) {
        case DeadlineKind::ReflectionEnds:
            what = tr("Reflection period ends");
            break;
        case DeadlineKind::TaskDue:
            what = tr("Task due: %1").arg(Codes::label(CodeKind::TaskKind, d.taskKind));
            break;
        case DeadlineKind::ThreatReview:
            what = tr("Threat assessment review");
            break;
        }
        QString left;
        if (d.daysLeft < 0)
            left = tr("%n day(s) overdue", nullptr, -d.daysLeft);
        else if (d.daysLeft == 0)
            left = tr("today");
        else
            left = tr("%n day(s)", nullptr, d.daysLeft);
        const QStringList cells = { QLocale().toString(d.date, QLocale::ShortFormat), left, d.caseNumber, what };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, d.caseId);
            if (d.overdue) {
                item->setForeground(overdueBrush);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_empty->setText(tr("Nothing due in this period."));
    m_empty->setVisible(list.isEmpty());
}

} // namespace vangnet
