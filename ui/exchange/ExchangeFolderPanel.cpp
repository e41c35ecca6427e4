#include "exchange/ExchangeFolderPanel.h"

#include "common/IdleStep.h"
#include "common/RefreshWhenShown.h"
#include "exchange/ExchangeFolder.h"
#include "exchange/ExchangeRegister.h"
#include "exchange/ExchangeStatus.h"
#include "exchange/ExchangeSync.h"
#include "vault/FolderChooser.h"
#include "vault/Vault.h"
#include "vault/VaultConfig.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace vangnet {
namespace {

QTableWidget *makeTable(const QString &objectName, const QString &accessibleName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int i = 0; i < cells.size(); ++i)
        table->setItem(row, i, new QTableWidgetItem(cells.at(i)));
}

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

constexpr int PeriodicScanMs = 60 * 1000;
// A step's share of the window's thread: under a frame (16 ms), so that the window never stalls
// longer than that for the files of one step (vangnet-bench-ui's limit).
constexpr int StepMs = 12;

} // namespace

ExchangeFolderPanel::ExchangeFolderPanel(QWidget *parent)
    : QWidget(parent)
    , m_folder(new QLabel(this))
    , m_status(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_choose(new QPushButton(tr("&Choose exchange folder…"), this))
    , m_syncNow(new QPushButton(tr("Send and &receive now"), this))
    , m_outgoing(makeTable(QStringLiteral("exchangeOutgoing"), tr("Sent through the exchange folder"),
          { tr("To"), tr("Sent"), tr("Cases"), tr("Status") }, this))
    , m_incoming(makeTable(QStringLiteral("exchangeIncoming"), tr("Received through bundles"),
          { tr("Received"), tr("From"), tr("Cases"), tr("Conflicts") }, this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_periodic(new QTimer(this))
    , m_debounce(new QTimer(this))
    , m_tables(new RefreshWhenShown(this, [this] { fillTables(); }))
{
    setObjectName(QStringLiteral("exchangeFolderPanel"));
    m_folder->setObjectName(QStringLiteral("exchangeFolderLabel"));
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("exchangeStatus"));
    m_status->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("exchangeNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_choose->setObjectName(QStringLiteral("chooseExchangeFolder"));
    m_choose->setAccessibleName(tr("Choose exchange folder"));
    m_syncNow->setObjectName(QStringLiteral("exchangeSyncNow"));
    m_syncNow->setAccessibleName(tr("Send and receive now"));

    auto *explain = new QLabel(tr("A folder that a sync program (Syncthing, Nextcloud, OneDrive, a network share) shares "
                                  "with your team. Bundles you export to a colleague wait there in their mailbox; "
                                  "bundles for you are imported as they arrive, and a receipt goes back. The sync program "
                                  "sees only encrypted files with meaningless names."),
        this);
    explain->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_syncNow);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_folder);
    layout->addLayout(buttons);
    layout->addWidget(m_notice);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Waiting to go and delivered:"), this));
    layout->addWidget(m_outgoing, 1);
    layout->addWidget(new QLabel(tr("Came in:"), this));
    layout->addWidget(m_incoming, 1);

    m_periodic->setInterval(PeriodicScanMs);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(1000); // a sync engine writes several files in a row
    connect(m_choose, &QPushButton::clicked, this, &ExchangeFolderPanel::chooseFolder);
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (!isSyncing()) {
            syncNow();
            return;
        }
        // Each step committed the files it looked at; the rest is looked at next time.
        stop();
        m_status->setText(tr("Stopped. The rest is read next time."));
    });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ExchangeFolderPanel::scheduleSync);
    connect(m_periodic, &QTimer::timeout, this, &ExchangeFolderPanel::syncNow);
    connect(m_debounce, &QTimer::timeout, this, &ExchangeFolderPanel::syncNow);
    setVault(nullptr);
}

ExchangeFolderPanel::~ExchangeFolderPanel() = default;

void ExchangeFolderPanel::setVault(Vault *vault)
{
    stop();
    m_vault = vault;
    m_periodic->stop();
    m_debounce->stop();
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_outgoing->setRowCount(0);
    m_incoming->setRowCount(0);
    m_notice->clear();
    m_status->clear();
    m_folder->clear();
    m_tables->drop();
    setEnabled(vault != nullptr);
    if (!vault)
        return;
    reload();
    m_periodic->start();
    syncNow();
}

void ExchangeFolderPanel::reload()
{
    if (!m_vault)
        return;
    auto folder = ExchangeFolder::configured(m_vault->database());
    const bool set = folder && !folder->isEmpty();
    m_folder->setText(set ? tr("Exchange folder: %1").arg(QDir::toNativeSeparators(folder.value()))
                          : tr("No exchange folder is set: bundles are exported and imported as files."));
    m_syncNow->setEnabled(set);
    m_tables->request();
    watchMailbox();
}

void ExchangeFolderPanel::fillTables()
{
    if (!m_vault)
        return;
    Database &db = m_vault->database();
    m_outgoing->setRowCount(0);
    if (auto sent = ExchangeStatus(db).sent())
        for (const SentBundle &b : sent.value())
            addRow(m_outgoing,
                { b.contactName, when(b.sentAt), QString::number(b.caseCount),
                    b.deliveredAt.isValid() ? tr("delivered %1").arg(when(b.deliveredAt)) : tr("waiting") });
    m_incoming->setRowCount(0);
    if (auto events = ExchangeRegister(db).recent())
        for (const ExchangeEvent &e : events.value())
            if (!e.exported)
                addRow(m_incoming, { when(e.at), e.contactName, QString::number(e.caseCount), QString::number(e.conflicts) });
}

void ExchangeFolderPanel::watchMailbox()
{
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_vault)
        return;
    auto mailbox = ExchangeSync::ownMailbox(m_vault->database());
    if (mailbox && !mailbox->isEmpty() && QFileInfo(mailbox.value()).isDir())
        m_watcher->addPath(mailbox.value());
}

bool ExchangeFolderPanel::setFolder(const QString &folder)
{
    if (!m_vault)
        return false;
    if (auto st = VaultConfig(m_vault->database()).set(VaultConfig::ExchangeFolder, folder); !st) {
        m_status->setText(st.error().message());
        return false;
    }
    reload();
    syncNow();
    return true;
}

void ExchangeFolderPanel::chooseFolder()
{
    if (!m_vault)
        return;
    const QString chosen = FolderChooser::existingFolder(this, tr("Exchange folder"), QDir::homePath());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void ExchangeFolderPanel::scheduleSync()
{
    if (m_vault)
        m_debounce->start();
}

void ExchangeFolderPanel::syncNow()
{
    if (!m_vault || isSyncing())
        return;
    auto folder = ExchangeFolder::configured(m_vault->database());
    if (!folder || folder->isEmpty())
        return;
    m_sync = std::make_unique<ExchangeSync>(m_vault->database());
    if (auto st = m_sync->begin(); !st) {
        m_status->setText(st.error().message());
        m_sync.reset();
        return;
    }
    m_syncNow->setText(tr("&Stop"));
    m_syncNow->setAccessibleName(tr("Stop sending and receiving"));
    afterPendingEvents(this, [this] { stepSync(); });
}

void ExchangeFolderPanel::stepSync()
{
    if (!m_sync)
        return;
    if (m_sync->atEnd()) {
        finishSync();
        return;
    }
    m_status->setText(tr("Reading file %1 of %2 from the exchange folder…").arg(m_sync->done() + 1).arg(m_sync->total()));
    // The files that fit in StepMs per turn of the event loop, in one transaction (at least one file:
    // a bundle may take longer alone): the window answers between two steps, and many small files
    // (receipts) share a commit.
    if (auto st = m_sync->step(QDeadlineTimer(StepMs)); !st) {
        m_status->setText(st.error().message());
        stop();
        return;
    }
    afterPendingEvents(this, [this] { stepSync(); });
}

void ExchangeFolderPanel::finishSync()
{
    if (auto st = m_sync->finish(); !st)
        m_status->setText(st.error().message());
    const SyncReport report = m_sync->report();
    stop();
    QStringList lines;
    if (!report.warning.isEmpty())
        lines << report.warning;
    QMap<QString, int> reasons;
    for (const SyncSkipped &s : report.skipped)
        ++reasons[s.reason];
    for (auto it = reasons.constBegin(); it != reasons.constEnd(); ++it)
        lines << tr("%n file(s) left alone: %1", nullptr, it.value()).arg(it.key());
    if (lines.isEmpty())
        lines << tr("Up to date (%1).").arg(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat));
    m_status->setText(lines.join(QLatin1Char('\n')));
    if (!report.imported.isEmpty()) {
        QStringList from;
        int cases = 0;
        for (const SyncImported &i : report.imported) {
            if (!from.contains(i.from))
                from << i.from;
            cases += i.cases;
        }
        m_notice->setText(tr("New: %n case(s) came in from %1.", nullptr, cases).arg(from.join(QStringLiteral(", "))));
        QApplication::alert(window());
        emit bundlesArrived(int(report.imported.size()));
    }
    if (!report.delivered.isEmpty())
        m_notice->setText(m_notice->text().isEmpty()
                ? tr("%n bundle(s) delivered.", nullptr, int(report.delivered.size()))
                : m_notice->text() + QLatin1Char(' ') + tr("%n bundle(s) delivered.", nullptr, int(report.delivered.size())));
    reload();
    if (!report.imported.isEmpty() || !report.delivered.isEmpty())
        emit changed();
}

void ExchangeFolderPanel::stop()
{
    m_sync.reset();
    m_syncNow->setText(tr("Send and &receive now"));
    m_syncNow->setAccessibleName(tr("Send and receive now"));
}

} // namespace vangnet
