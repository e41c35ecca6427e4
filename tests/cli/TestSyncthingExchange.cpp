#include "CliRunner.h"
#include "TestVault.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <functional>
#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace vangnet;

namespace {

// A port on 127.0.0.1 that the kernel says is free now.
quint16 freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

// One Syncthing instance on loopback only: no discovery, relays, NAT, upgrades or reports.
class SyncthingInstance
{
public:
    SyncthingInstance(QString program, QString home, QString folder)
        : m_program(std::move(program))
        , m_home(std::move(home))
        , m_folder(std::move(folder))
    { }
    ~SyncthingInstance() { stop(); }

    bool generate()
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(m_program,
            { QStringLiteral("generate"), QStringLiteral("--home=") + m_home, QStringLiteral("--no-default-folder"),
                QStringLiteral("--skip-port-probing") });
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return false;
        QProcess id;
        id.start(m_program, { QStringLiteral("serve"), QStringLiteral("--home=") + m_home, QStringLiteral("--device-id") });
        if (!id.waitForFinished(30000) || id.exitCode() != 0)
            return false;
        deviceId = QString::fromLatin1(id.readAllStandardOutput()).trimmed();
        port = freePort();
        guiPort = freePort();
        return !deviceId.isEmpty() && port != 0 && guiPort != 0 && QDir().mkpath(m_folder + QStringLiteral("/.stfolder"));
    }

    bool writeConfig(const SyncthingInstance &peer)
    {
        const auto device = [](const SyncthingInstance &d) {
            return QStringLiteral("<device id=\"%1\" name=\"%1\" compression=\"metadata\" introducer=\"false\" "
                                  "skipIntroductionRemovals=\"false\" introducedBy=\"\"><address>tcp://127.0.0.1:%2</address>"
                                  "<paused>false</paused><autoAcceptFolders>false</autoAcceptFolders></device>\n")
                .arg(d.deviceId)
                .arg(d.port);
        };
        const QString xml
            = QStringLiteral("<configuration version=\"36\">\n"
                             "<folder id=\"vangnet-exchange\" label=\"exchange\" path=\"%1\" type=\"sendreceive\" "
                             "rescanIntervalS=\"2\" fsWatcherEnabled=\"true\" fsWatcherDelayS=\"1\" "
                             "ignorePerms=\"false\" autoNormalize=\"true\">"
                             "<filesystemType>basic</filesystemType>"
                             "<device id=\"%2\" introducedBy=\"\"></device><device id=\"%3\" introducedBy=\"\"></device>"
                             "<minDiskFree unit=\"%\">0</minDiskFree></folder>\n")
                  .arg(m_folder, deviceId, peer.deviceId)
            + device(*this) + device(peer)
            + QStringLiteral("<gui enabled=\"true\" tls=\"false\" debugging=\"false\"><address>127.0.0.1:%1</address>"
                             "<apikey>%2</apikey></gui>\n"
                             "<options><listenAddress>tcp://127.0.0.1:%3</listenAddress>"
                             "<globalAnnounceEnabled>false</globalAnnounceEnabled>"
                             "<localAnnounceEnabled>false</localAnnounceEnabled><relaysEnabled>false</relaysEnabled>"
                             "<natEnabled>false</natEnabled><startBrowser>false</startBrowser><urAccepted>-1</urAccepted>"
                             "<autoUpgradeIntervalH>0</autoUpgradeIntervalH>"
                             "<crashReportingEnabled>false</crashReportingEnabled>"
                             "<minHomeDiskFree unit=\"%\">0</minHomeDiskFree></options>\n"
                             "</configuration>\n")
                  .arg(guiPort)
                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                  .arg(port);
        QFile f(m_home + QStringLiteral("/config.xml"));
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(xml.toUtf8()) == xml.toUtf8().size();
    }

    bool start()
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(environment());
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardOutputFile(m_home + QStringLiteral("/syncthing.log"));
        m_process->start(m_program,
            { QStringLiteral("serve"), QStringLiteral("--home=") + m_home, QStringLiteral("--no-browser"),
                QStringLiteral("--no-restart"), QStringLiteral("--no-default-folder") });
        return m_process->waitForStarted(10000);
    }

    void stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

    QString log() const
    {
        QFile f(m_home + QStringLiteral("/syncthing.log"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(3000)) : QString();
    }

    QString deviceId;
    quint16 port = 0;
    quint16 guiPort = 0;

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("STNOUPGRADE"), QStringLiteral("1"));
        env.insert(QStringLiteral("STNODEFAULTFOLDER"), QStringLiteral("1"));
        return env;
    }

    QString m_program;
    QString m_home;
    QString m_folder;
    std::unique_ptr<QProcess> m_process;
};

} // namespace

// A team handover from a field vault to a coordinator vault and the receipt back, carried by two
// real Syncthing instances and nothing else (issue 15). Bounded: every wait has a deadline.
class TestSyncthingExchange final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void handoverThroughSyncthing();
    void cleanupTestCase();

private:
    test::CliResult cli(const QString &vault, const QStringList &args) const
    {
        return m_runner.run(QStringList { QStringLiteral("--vault"), m_dir.path() + QLatin1Char('/') + vault } + args);
    }
    test::CliResult json(const QString &vault, const QStringList &args) const
    {
        return cli(vault, QStringList { QStringLiteral("--json") } + args);
    }
    // Runs `exchange sync` on the vault until `key` in its report has an entry, or the deadline.
    QJsonObject syncUntil(const QString &vault, const QString &key)
    {
        while (!m_deadline.hasExpired()) {
            const auto r = json(vault, { QStringLiteral("exchange"), QStringLiteral("sync") });
            if (r.exitCode != 0) {
                qWarning("exchange sync failed: %s", r.err.constData());
                return {};
            }
            const QJsonObject o = r.json().object();
            if (!o.value(key).toArray().isEmpty())
                return o;
            QThread::msleep(500);
        }
        return {};
    }
    bool waitFor(const std::function<bool()> &condition)
    {
        while (!m_deadline.hasExpired()) {
            if (condition())
                return true;
            QThread::msleep(250);
        }
        return false;
    }
    QString diagnostics() const
    {
        return QStringLiteral("--- field ---\n") + (m_field ? m_field->log() : QString())
            + QStringLiteral("\n--- coordinator ---\n") + (m_office ? m_office->log() : QString());
    }

    QTemporaryDir m_dir;
    test::CliRunner m_runner;
    std::unique_ptr<SyncthingInstance> m_field;
    std::unique_ptr<SyncthingInstance> m_office;
    QString m_fieldFolder;
    QString m_officeFolder;
    QDeadlineTimer m_deadline { 100 * 1000 };
};

void TestSyncthingExchange::initTestCase()
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("syncthing"));
    if (program.isEmpty())
        QSKIP("syncthing is not installed (Debian package syncthing; packaging/install-deps.sh installs it)");
    QVERIFY(m_dir.isValid());
    m_runner.setPassphrase(test::testPassphrase());
    m_fieldFolder = m_dir.path() + QStringLiteral("/field-share");
    m_officeFolder = m_dir.path() + QStringLiteral("/office-share");
    m_field = std::make_unique<SyncthingInstance>(program, m_dir.path() + QStringLiteral("/st-field"), m_fieldFolder);
    m_office = std::make_unique<SyncthingInstance>(program, m_dir.path() + QStringLiteral("/st-office"), m_officeFolder);
    QVERIFY(m_field->generate());
    QVERIFY(m_office->generate());
    QVERIFY(m_field->writeConfig(*m_office));
    QVERIFY(m_office->writeConfig(*m_field));
    QVERIFY(m_field->start());
    QVERIFY(m_office->start());

    for (const QString &v : { QStringLiteral("field"), QStringLiteral("office") }) {
        auto r = cli(v,
            { QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8"), QStringLiteral("--kdf-passes"),
                QStringLiteral("1") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(v,
            { QStringLiteral("identity"), QStringLiteral("set-name"),
                v == QLatin1String("field") ? QStringLiteral("Field worker") : QStringLiteral("Coordinator") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(v,
            { QStringLiteral("identity"), QStringLiteral("export-card"), QStringLiteral("--out"),
                m_dir.path() + QLatin1Char('/') + v + QStringLiteral(".vncard") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(v,
            { QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("exchange.folder"),
                v == QLatin1String("field") ? m_fieldFolder : m_officeFolder });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    for (const auto &[me, them, name] :
        { std::tuple { QStringLiteral("field"), QStringLiteral("office"), QStringLiteral("Coordinator") },
            std::tuple { QStringLiteral("office"), QStringLiteral("field"), QStringLiteral("Field worker") } }) {
        auto r = cli(me,
            { QStringLiteral("contact"), QStringLiteral("add"),
                m_dir.path() + QLatin1Char('/') + them + QStringLiteral(".vncard"), QStringLiteral("--team") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(me, { QStringLiteral("contact"), QStringLiteral("verify"), name });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
}

void TestSyncthingExchange::handoverThroughSyncthing()
{
    // The coordinator's first pass makes its mailbox; Syncthing carries the empty folder across.
    QCOMPARE(cli(QStringLiteral("office"), { QStringLiteral("exchange"), QStringLiteral("sync") }).exitCode, 0);
    QCOMPARE(cli(QStringLiteral("field"), { QStringLiteral("exchange"), QStringLiteral("sync") }).exitCode, 0);
    const QStringList officeBoxes = QDir(m_officeFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(officeBoxes.size() >= 1);
    QVERIFY2(waitFor([&] {
        return QDir(m_fieldFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() == 2
            && QDir(m_officeFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() == 2;
    }),
        qPrintable(diagnostics()));

    QFile caseFile(m_dir.path() + QStringLiteral("/case.json"));
    QVERIFY(caseFile.open(QIODevice::WriteOnly));
    caseFile.write(R"({"givenName": "Ana", "familyName": "Popescu", "gender": "female", "nationality": "RO"})");
    caseFile.close();
    auto r = json(QStringLiteral("field"),
        { QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"), caseFile.fileName() });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = json(QStringLiteral("field"), { QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("Coordinator") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString bundleId = r.json().object().value(QStringLiteral("bundleId")).toString();
    QVERIFY(!bundleId.isEmpty());

    // The coordinator receives it through Syncthing alone and writes a receipt.
    const QJsonObject received = syncUntil(QStringLiteral("office"), QStringLiteral("imported"));
    QVERIFY2(!received.isEmpty(), qPrintable(diagnostics()));
    QCOMPARE(received.value(QStringLiteral("imported")).toArray().first()[QStringLiteral("bundleId")].toString(), bundleId);
    QCOMPARE(received.value(QStringLiteral("imported")).toArray().first()[QStringLiteral("from")].toString(),
        QStringLiteral("Field worker"));
    QCOMPARE(received.value(QStringLiteral("receipts")).toArray().size(), 1);
    const auto cases = json(QStringLiteral("office"), { QStringLiteral("case"), QStringLiteral("list") });
    QVERIFY(QString::fromUtf8(cases.out).contains(QLatin1String("Popescu")));

    // The receipt comes back; the field vault records the delivery and removes its own bundle.
    const QJsonObject delivered = syncUntil(QStringLiteral("field"), QStringLiteral("delivered"));
    QVERIFY2(!delivered.isEmpty(), qPrintable(diagnostics()));
    QCOMPARE(delivered.value(QStringLiteral("delivered")).toArray().first()[QStringLiteral("bundleId")].toString(), bundleId);
    const auto status = json(QStringLiteral("field"), { QStringLiteral("exchange"), QStringLiteral("status") });
    const QJsonObject contact = status.json().object().value(QStringLiteral("contacts")).toArray().first().toObject();
    QCOMPARE(contact.value(QStringLiteral("delivered")).toInt(), 1);
    QCOMPARE(contact.value(QStringLiteral("waiting")).toInt(), 0);

    // The removal reaches the coordinator's copy; then the coordinator removes its receipt, and that
    // removal reaches the field's copy: the folder ends empty but for the two mailboxes.
    const auto filesIn = [](const QString &folder) {
        int n = 0;
        for (const QString &box : QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            n += int(QDir(folder + QLatin1Char('/') + box).entryList(QDir::Files).size());
        return n;
    };
    QVERIFY2(waitFor([&] { return filesIn(m_officeFolder) == 1; }), qPrintable(diagnostics())); // only the receipt
    QCOMPARE(cli(QStringLiteral("office"), { QStringLiteral("exchange"), QStringLiteral("sync") }).exitCode, 0);
    QVERIFY2(waitFor([&] { return filesIn(m_fieldFolder) == 0 && filesIn(m_officeFolder) == 0; }), qPrintable(diagnostics()));
}

void TestSyncthingExchange::cleanupTestCase()
{
    if (m_field)
        m_field->stop();
    if (m_office)
        m_office->stop();
}

QTEST_GUILESS_MAIN(TestSyncthingExchange)
#include "TestSyncthingExchange.moc"
