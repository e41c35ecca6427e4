// vangnet-bench-ui: the desktop at scale (issue #7, docs/PERFORMANCE.md). A program that prints
// figures, never a timed assertion.
//
//   vangnet-bench-ui [--cases N] [--json] [--dir FOLDER]
//
// It creates a vault with N synthetic cases (in a child process, so that the memory figures belong
// to the desktop alone; with --dir an earlier vault of the same size is reused), opens the real main
// window (offscreen unless QT_QPA_PLATFORM says otherwise), unlocks it and measures:
//   - the time from the unlock click to the first page of the case list on screen;
//   - the longest stall of the UI thread while typing searches: a 5 ms heartbeat timer runs the
//     whole time, and the longest gap between two of its ticks is the stall;
//   - how soon each search is shown after its last keystroke (the filter bar's debounce included);
//   - the time until the whole list is fetched when scrolling to the end, and the longest stall;
//   - peak resident memory (VmHWM) with the whole list open;
//   - the longest stall while a backup is made and verified in the background (issue #14).
// For comparison it also runs the same searches the way the list did before issue #7: count and
// first page synchronously on the UI thread.

#include "Measurements.h"
#include "SyntheticCases.h"
#include "cases/CaseFilterBar.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListQueries.h"
#include "cases/CaseRepository.h"
#include "cases/CaseSearch.h"
#include "cases/CasesSection.h"
#include "cases/TextFolding.h"
#include "crypto/KdfParameters.h"
#include "overview/OverviewSection.h"
#include "platform/ProcessHardening.h"
#include "reports/CaseloadFigures.h"
#include "shell/MainWindow.h"
#include "shell/Section.h"
#include "shell/Workspace.h"
#include "storage/Transaction.h"
#include "vault/BackupPanel.h"
#include "vault/BackupRunner.h"
#include "vault/Vault.h"
#include "vault/VaultConfig.h"
#include "vault/VaultSection.h"
#include "vault/VaultSettings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QStackedWidget>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <functional>

using namespace vangnet;
using namespace vangnet::bench;

namespace {

const QString kPassphrase = QStringLiteral("lantern orchard velvet 42");

// Fast Argon2id, as the test suites use: the figures are about the list, not the key derivation.
KdfParameters fastKdf()
{
    return KdfParameters::withSalt(1, 8 * 1024 * 1024);
}

VaultSettings fastSettings()
{
    VaultSettings settings;
    settings.newKdf = &fastKdf;
    return settings;
}

struct Options
{
    int cases = 10000;
    bool json = false;
    QString dir;
    QString create; // internal: create the vault in this folder and exit
};

bool parse(const QStringList &args, Options &o)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--cases") && i + 1 < args.size()) {
            bool ok = false;
            o.cases = args.at(++i).toInt(&ok);
            if (!ok || o.cases <= 0)
                return false;
        } else if (a == QLatin1String("--json")) {
            o.json = true;
        } else if (a == QLatin1String("--dir") && i + 1 < args.size()) {
            o.dir = args.at(++i);
        } else if (a == QLatin1String("--create") && i + 1 < args.size()) {
            o.create = args.at(++i);
        } else {
            return false;
        }
    }
    return true;
}

[[noreturn]] void die(const QString &what, const Error &e)
{
    QTextStream(stderr) << "vangnet-bench-ui: " << what << ": " << e.message() << " (" << e.detail() << ")" << Qt::endl;
    std::exit(1);
}

[[noreturn]] void die(const QString &what)
{
    QTextStream(stderr) << "vangnet-bench-ui: " << what << Qt::endl;
    std::exit(1);
}

// The child process: a vault with `cases` synthetic cases, in batches of 500 per transaction.
int createVault(const QString &folder, int cases)
{
    auto created = Vault::create(folder, kPassphrase, fastKdf());
    if (!created)
        die(QStringLiteral("create"), created.error());
    Database &db = created->vault->database();
    CaseRepository repo(db);
    SyntheticCases generator;
    QElapsedTimer t;
    t.start();
    constexpr int Batch = 500;
    for (int start = 0; start < cases; start += Batch) {
        Transaction tx(db);
        if (!tx.began())
            die(QStringLiteral("begin"), tx.began().error());
        for (int i = start; i < std::min(cases, start + Batch); ++i)
            if (auto c = repo.create(generator.next(i)); !c)
                die(QStringLiteral("insert"), c.error());
        if (auto st = tx.commit(); !st)
            die(QStringLiteral("commit"), st.error());
        if ((start / Batch) % 20 == 19)
            QTextStream(stderr) << "  " << std::min(cases, start + Batch) << " cases, " << t.elapsed() / 1000 << " s" << Qt::endl;
    }
    return 0;
}

// Status line of /proc/self/status in MiB (VmRSS, VmHWM); 0 elsewhere.
double procStatusMiB(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
    return 0;
}

// Ticks every 5 ms on the UI thread; the longest gap between two ticks is the longest stall.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_max = 0;
        m_maxAt = 0;
        m_timer.start();
    }
    // The longest gap in ms since start(), including the one still open.
    double stop()
    {
        tick();
        m_timer.stop();
        return double(m_max) / 1e6;
    }
    // When the longest gap began, in ms after start().
    double longestAt() const { return double(m_maxAt) / 1e6; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        if (now - m_last > m_max) {
            m_max = now - m_last;
            m_maxAt = m_last;
        }
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
    qint64 m_maxAt = 0;
};

// A real event loop, unlike QTest::qWait (which sleeps up to 10 ms between rounds and would show
// up as a stall of its own).
void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition())
        return true;
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition() || t.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return condition();
}

QJsonObject row(const QString &name, const QString &unit, double value)
{
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("unit"), unit }, { QStringLiteral("value"), value } };
}

// What the user types: (text, milliseconds between keystrokes). Slow typing lets the debounce
// fire between keys, so searches overlap and older ones are dropped.
QVector<QPair<QString, int>> searches()
{
    const QStringList &names = SyntheticCases::familyNames();
    const QStringList &words = SyntheticCases::contentWords(); // most frequent first
    QVector<QPair<QString, int>> out;
    for (int i = 0; i < 3; ++i)
        out.append({ TextFolding::fold(names.at(i * 5 % names.size())), 90 });
    // A word in nearly every case, a common one and a rare one.
    for (const int rank : { 0, 10, 300 })
        out.append({ words.at(std::min(rank, int(words.size()) - 1)), 260 });
    out.append({ TextFolding::fold(names.at(1)).left(4) + QLatin1Char(' ') + words.at(2).left(3), 150 });
    out.append({ QStringLiteral("a"), 100 }); // one letter: the broadest prefix
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    hardenProcess();
    Options o;
    {
        QStringList args;
        for (int i = 0; i < argc; ++i)
            args.append(QString::fromLocal8Bit(argv[i]));
        if (!parse(args, o)) {
            QTextStream(stderr) << "usage: vangnet-bench-ui [--cases N] [--json] [--dir FOLDER]\n";
            return 2;
        }
    }
    if (!o.create.isEmpty()) {
        QCoreApplication app(argc, argv);
        return createVault(o.create, o.cases);
    }
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QJsonArray rows;
    const auto add = [&rows](const QString &name, const QString &unit, double value) { rows.append(row(name, unit, value)); };

    // 1. The vault, made by a child process (or reused from --dir).
    QTemporaryDir temp;
    const QString base = o.dir.isEmpty() ? temp.path() : o.dir;
    const QString folder = base + QStringLiteral("/vault-%1").arg(o.cases);
    if (!Vault::exists(folder)) {
        QDir().mkpath(base);
        if (!o.json)
            out << QStringLiteral("creating a vault with %1 synthetic cases…\n").arg(o.cases) << Qt::flush;
        QElapsedTimer t;
        t.start();
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--create"), folder, QStringLiteral("--cases"), QString::number(o.cases) });
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            die(QStringLiteral("creating the vault failed"));
        add(QStringLiteral("vault creation (child process)"), QStringLiteral("s"), double(t.elapsed()) / 1000.0);
    }

    // 2. Unlock in the real main window.
    MainWindow window(fastSettings());
    window.resize(1280, 800);
    window.start(folder);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        die(QStringLiteral("the window was not shown"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    auto *unlockPage = window.findChild<QWidget *>(QStringLiteral("unlockPage"));
    if (!pages || !unlockPage || pages->currentWidget() != unlockPage)
        die(QStringLiteral("no unlock page"));
    unlockPage->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"))->setText(kPassphrase);
    auto *section = window.findChild<CasesSection *>(QStringLiteral("casesSection"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    if (!section || !table)
        die(QStringLiteral("no case list"));
    CaseListModel *model = section->model();
    const int firstPage = std::min(o.cases, CaseListModel::kPageSize);

    Heartbeat heartbeat;
    wait(50);
    heartbeat.start();
    QElapsedTimer unlock;
    unlock.start();
    double workspaceMs = -1;

    QObject::connect(pages, &QStackedWidget::currentChanged, pages, [&] {
        if (workspaceMs < 0 && pages->currentWidget()->objectName() == QLatin1String("workspace"))
            workspaceMs = double(unlock.nsecsElapsed()) / 1e6;
    });
    unlockPage->findChild<QAbstractButton *>(QStringLiteral("unlockButton"))->click();
    if (!waitUntil([&] { return model->rowCount() >= firstPage && !model->isSearching(); }, 120000))
        die(QStringLiteral("the first page never came"));
    table->viewport()->repaint(); // on screen, not just in the model
    const double firstPageMs = double(unlock.nsecsElapsed()) / 1e6;
    wait(100);
    const double unlockStall = heartbeat.stop();
    add(QStringLiteral("unlock: click to workspace shown (fast KDF)"), QStringLiteral("ms"), workspaceMs);
    add(QStringLiteral("unlock: click to first page shown"), QStringLiteral("ms"), firstPageMs);
    add(QStringLiteral("unlock: longest UI stall"), QStringLiteral("ms"), unlockStall);

    // 2b. The overview (issue #17), the first section after unlocking: counted again on a reader in
    // the background while the window keeps ticking; its tiles and charts are then filled on the UI thread.
    {
        auto *overview = window.findChild<OverviewSection *>();
        if (!overview || !overview->isVisible())
            die(QStringLiteral("the overview is not the first section shown"));
        if (!waitUntil([&] { return overview->figures().has_value() && !overview->isLoading(); }, 120000))
            die(QStringLiteral("the overview's figures never came"));
        wait(50);
        heartbeat.start();
        QElapsedTimer filled;
        filled.start();
        overview->refresh();
        if (!waitUntil([&] { return overview->figures().has_value() && !overview->isLoading(); }, 120000))
            die(QStringLiteral("the overview's figures never came"));
        overview->repaint();
        const double filledMs = double(filled.nsecsElapsed()) / 1e6;
        wait(100);
        add(QStringLiteral("overview: refresh to figures and charts shown"), QStringLiteral("ms"), filledMs);
        add(QStringLiteral("overview: longest UI stall while it fills"), QStringLiteral("ms"), heartbeat.stop());
        Samples figures;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            if (auto f = CaseloadFigures::compute(window.vault()->database()); !f)
                die(QStringLiteral("overview figures"), f.error());
            figures.add(elapsedMs(t));
        }
        add(QStringLiteral("overview: figures computed (CaseloadFigures::compute) p50"), QStringLiteral("ms"),
            figures.percentile(50));
        // The case list is the next section; the typing below happens there.
        if (!window.findChild<Workspace *>()->showSection(section))
            die(QStringLiteral("the case list could not be shown"));
        wait(50);
    }

    // 3. Typing searches.
    auto *search = section->filterBar()->findChild<QLineEdit *>(QStringLiteral("caseSearchEdit"));
    QElapsedTimer clock;
    clock.start();
    qint64 lastFilter = 0;
    qint64 lastReset = 0;
    QObject::connect(section->filterBar(), &CaseFilterBar::filterChanged, search, [&] { lastFilter = clock.nsecsElapsed(); });
    QObject::connect(model, &QAbstractItemModel::modelReset, search, [&] { lastReset = clock.nsecsElapsed(); });
    // Shown: the debounce has fired after the last key, and a result arrived after that.
    const auto waitShown = [&](qint64 lastKey) {
        return waitUntil([&] { return lastFilter > lastKey && lastReset > lastFilter && !model->isSearching(); }, 120000);
    };
    search->setFocus();
    wait(50);
    Samples shown;
    QStringList typed;
    heartbeat.start();
    for (const auto &[text, delay] : searches()) {
        qint64 lastKey = 0;
        for (const QChar c : text) {
            QTest::keyClick(search, c.toLatin1() ? c.toLatin1() : ' ');
            lastKey = clock.nsecsElapsed();
            wait(delay);
        }
        if (!waitShown(lastKey))
            die(QStringLiteral("a search never finished"));
        shown.add(double(lastReset - lastKey) / 1e6);
        typed.append(search->text());
        search->selectAll();
        QTest::keyClick(search, Qt::Key_Backspace);
        const qint64 cleared = clock.nsecsElapsed();
        if (!waitShown(cleared))
            die(QStringLiteral("clearing the search never finished"));
        wait(100);
    }
    const double typingStall = heartbeat.stop();
    add(QStringLiteral("typing: longest UI stall (5 ms heartbeat)"), QStringLiteral("ms"), typingStall);
    add(QStringLiteral("typing: search shown after last key p50 (incl. 200 ms debounce)"), QStringLiteral("ms"),
        shown.percentile(50));
    add(QStringLiteral("typing: search shown after last key max (incl. 200 ms debounce)"), QStringLiteral("ms"),
        shown.percentile(100));

    // 4. Scrolling to the end of the whole list.
    if (!waitUntil([&] { return !model->isSearching() && model->rowCount() >= firstPage; }, 60000))
        die(QStringLiteral("the full list never came back"));
    int pagesFetched = 0;
    QObject::connect(model, &QAbstractItemModel::rowsInserted, search, [&] { ++pagesFetched; });
    heartbeat.start();
    QElapsedTimer scroll;
    scroll.start();
    while (model->canFetchMore({}) || model->isFetching()) {
        if (!model->isFetching()) {
            table->scrollToBottom(); // the view asks for the next page when it reaches the end
            if (!model->isFetching() && model->canFetchMore({}))
                model->fetchMore({});
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        if (scroll.elapsed() > 30 * 60 * 1000)
            die(QStringLiteral("scrolling to the end took more than 30 minutes"));
    }
    table->scrollToBottom();
    table->viewport()->repaint();
    const double scrollMs = double(scroll.nsecsElapsed()) / 1e6;
    const double scrollStall = heartbeat.stop();
    add(QStringLiteral("scroll to end: every case fetched"), QStringLiteral("ms"), scrollMs);
    add(QStringLiteral("scroll to end: pages fetched"), QStringLiteral("pages"), pagesFetched);
    add(QStringLiteral("scroll to end: longest UI stall"), QStringLiteral("ms"), scrollStall);
    add(QStringLiteral("rows in the list"), QStringLiteral("rows"), model->rowCount());

    // 5. Memory with the whole list open.
    wait(200);
    add(QStringLiteral("peak memory (VmHWM) with the whole list open"), QStringLiteral("MiB"), procStatusMiB("VmHWM"));
    add(QStringLiteral("resident memory (VmRSS) with the whole list open"), QStringLiteral("MiB"), procStatusMiB("VmRSS"));

    // 6. For comparison: the same searches as the list ran them before, on the UI thread.
    {
        Database &db = window.vault()->database();
        const CaseSearch caseSearch(db);
        Samples sync;
        for (const QString &text : std::as_const(typed)) {
            CaseFilter filter;
            filter.text = text;
            QElapsedTimer t;
            t.start();
            auto count = caseSearch.count(filter);
            auto page = caseSearch.find(filter, CaseSort::NumberDesc, 0, CaseListModel::kPageSize);
            if (!count || !page)
                die(QStringLiteral("search"), count ? page.error() : count.error());
            QStringList ids;
            for (const CaseSummary &s : page.value())
                ids.append(s.id);
            (void)CaseListQueries::nextDeadlines(db, ids);
            sync.add(elapsedMs(t));
        }
        add(QStringLiteral("same searches on the UI thread (before): longest"), QStringLiteral("ms"), sync.percentile(100));
    }

    // 7. Where the unlock time goes: each section's vaultOpened() on the UI thread, one at a time.
    // The sections first: a section's clear() destroys widgets it showed (the case editor), which
    // would leave a list of every widget dangling.
    QList<Section *> sections;
    for (QWidget *w : window.findChildren<QWidget *>())
        if (auto *s = dynamic_cast<Section *>(w); s && s->widget() == w)
            sections.append(s);
    for (Section *s : std::as_const(sections)) {
        s->stopWork();
        s->clear();
        QElapsedTimer t;
        t.start();
        s->vaultOpened(*window.vault());
        add(QStringLiteral("unlock: vaultOpened() of the section \"%1\"").arg(s->title()), QStringLiteral("ms"), elapsedMs(t));
        wait(100);
    }
    waitUntil([&] { return !model->isSearching(); }, 60000);

    // 8. A backup in the background, as the desktop makes one at lock (issue #14): the window's longest
    // stall while it is taken on the UI thread, then written and verified on the thread pool. Into a
    // temporary backup folder beside the vault.
    {
        QTemporaryDir backups(base + QStringLiteral("/backups-XXXXXX"));
        if (!backups.isValid())
            die(QStringLiteral("no backup folder"));
        if (auto st = VaultConfig(window.vault()->database()).set(VaultConfig::BackupFolder, backups.path()); !st)
            die(QStringLiteral("backup folder"), st.error());
        auto *vaultSection = window.findChild<VaultSection *>();
        if (!vaultSection)
            die(QStringLiteral("no vault section"));
        BackupRunner &runner = vaultSection->backups().runner();
        wait(50);
        heartbeat.start();
        QElapsedTimer t;
        t.start();
        if (auto st = runner.start(*window.vault()); !st)
            die(QStringLiteral("backup"), st.error());
        if (!waitUntil([&] { return !runner.isRunning(); }, 30 * 60 * 1000))
            die(QStringLiteral("the backup never ended"));
        const double backupMs = elapsedMs(t);
        add(QStringLiteral("backup in the background: create and verify"), QStringLiteral("ms"), backupMs);
        add(QStringLiteral("backup in the background: longest UI stall"), QStringLiteral("ms"), heartbeat.stop());
        add(QStringLiteral("backup in the background: longest UI stall began after"), QStringLiteral("ms"),
            heartbeat.longestAt());
    }

    window.lock();

    const QJsonObject result { { QStringLiteral("cases"), o.cases }, { QStringLiteral("workloads"), rows } };
    if (o.json) {
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << QStringLiteral("vangnet-bench-ui on %1, %2 cores, Qt %3, %4 cases\n")
               .arg(QSysInfo::prettyProductName())
               .arg(QThread::idealThreadCount())
               .arg(QString::fromLatin1(qVersion()))
               .arg(o.cases);
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("measurement"), -66)
               .arg(QStringLiteral("unit"), -6)
               .arg(QStringLiteral("value"), 10);
    for (const QJsonValue &v : std::as_const(rows)) {
        const QJsonObject w = v.toObject();
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(w.value(QStringLiteral("name")).toString(), -66)
                   .arg(w.value(QStringLiteral("unit")).toString(), -6)
                   .arg(QString::number(w.value(QStringLiteral("value")).toDouble(), 'f', 1), 10);
    }
    return 0;
}
