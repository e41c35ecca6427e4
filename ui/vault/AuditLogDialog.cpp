#include "vault/AuditLogDialog.h"

#include "audit/AuditActions.h"
#include "common/ReaderTask.h"
#include "i18n/DateText.h"
#include "safety/Clock.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vangnet {
namespace {

constexpr int kShown = 2000; // newest entries shown; the command line lists more

enum Period { LastWeek, LastMonth, LastYear, Everything };

} // namespace

AuditLogDialog::AuditLogDialog(Vault &vault, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_clock(clock)
    , m_period(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_verify(new QPushButton(tr("&Check the log"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    auto *intro = new QLabel(tr("Every security event in this vault, newest first. Each entry is chained to the one "
                                "before it, so a change to an old entry is found when the log is checked."),
        this);
    intro->setWordWrap(true);

    m_period->setObjectName(QStringLiteral("auditPeriod"));
    m_period->addItem(tr("Last 7 days"), LastWeek);
    m_period->addItem(tr("Last 30 days"), LastMonth);
    m_period->addItem(tr("Last 12 months"), LastYear);
    m_period->addItem(tr("Everything"), Everything);
    m_period->setCurrentIndex(1);
    m_kind->setObjectName(QStringLiteral("auditKind"));
    m_kind->addItem(tr("All events"), -1);
    for (AuditKind k : AuditActions::kinds())
        m_kind->addItem(AuditActions::kindLabel(k), static_cast<int>(k));
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *filters = new QHBoxLayout;
    filters->addWidget(periodLabel);
    filters->addWidget(m_period);
    filters->addSpacing(12);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addStretch(1);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("What happened"), tr("Case") });
    m_table->setAccessibleName(tr("Audit log entries"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);

    m_verify->setObjectName(QStringLiteral("verifyAuditLog"));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_verify);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    resize(820, 520);

    connect(m_period, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogDialog::verify);
    reload();
}

AuditLogDialog::~AuditLogDialog() = default;

AuditQuery AuditLogDialog::query() const
{
    AuditQuery q;
    const QDate today = m_clock.now().toUTC().date();
    switch (m_period->currentData().toInt()) {
    case LastWeek:
        q.since = today.addDays(-6);
        break;
    case LastMonth:
        q.since = today.addDays(-29);
        break;
    case LastYear:
        q.since = today.addYears(-1);
        break;
    default:
        break;
    }
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        q.kind = static_cast<AuditKind>(kind);
    q.limit = kShown;
    return q;
}

void AuditLogDialog::reload()
{
    const quint64 generation = ++m_generation;
    const AuditQuery q = query();
    m_status->setText(tr("Reading…"));
    ++m_pending;
    const auto started = readInBackground(
        m_vault, this, [q](Database &db) { return AuditLog(db).list(q); },
        [this, generation](Result<QVector<AuditEntry>> entries) {
            --m_pending;
            if (generation != m_generation)
                return;
            if (!entries) {
                if (entries.error().code() != ErrorCode::Cancelled)
                    m_status->setText(entries.error().message());
                return;
            }
            showEntries(entries.value());
        });
    if (!started) {
        --m_pending;
        m_status->setText(started.error().message());
    }
}

void AuditLogDialog::showEntries(const QVector<AuditEntry> &entries)
{
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry &e = entries.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(DateText::dateTime(e.at)));
        m_table->setItem(row, 1, new QTableWidgetItem(e.actor));
        m_table->setItem(row, 2, new QTableWidgetItem(AuditActions::describe(e.action)));
        m_table->setItem(row, 3, new QTableWidgetItem(e.caseNumber));
    }
    if (entries.isEmpty())
        m_status->setText(tr("No events in this period."));
    else if (entries.size() >= kShown)
        m_status->setText(tr("The newest %1 events are shown.").arg(kShown));
    else
        m_status->setText(tr("%n event(s).", nullptr, static_cast<int>(entries.size())));
}

void AuditLogDialog::verify()
{
    m_verify->setEnabled(false);
    m_status->setText(tr("Checking…"));
    ++m_pending;
    const auto started = readInBackground(
        m_vault, this, [](Database &db) { return AuditLog(db).verify(); },
        [this](Status result) {
            --m_pending;
            m_verify->setEnabled(true);
            if (result)
                m_status->setText(tr("The log is intact: every entry follows from the one before it."));
            else if (result.error().code() != ErrorCode::Cancelled)
                m_status->setText(result.error().message());
        });
    if (!started) {
        --m_pending;
        m_verify->setEnabled(true);
        m_status->setText(started.error().message());
    }
}

} // namespace vangnet
