// vangnet-bench: measures Vangnet's storage workloads on an encrypted vault and on the same schema
// unencrypted, and prints both with their ratio. See docs/PERFORMANCE.md.
//
//   vangnet-bench [--cases N] [--queries N] [--json] [--dir FOLDER] [--backup]
//   vangnet-bench --exchange-folder [--bundles N] [--seen N] [--json] [--dir FOLDER]
//
// Without --cases it runs 10,000 and then 100,000 cases. Each variant runs in its own process.
// --backup: backup create / verify / restore beside cp of the vault folder (BackupRun.h) instead.

#include "BackupRun.h"
#include "ExchangeFolderRun.h"
#include "VariantRun.h"
#include "platform/ProcessHardening.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace vangnet;

namespace {

struct Options
{
    QList<int> sizes;
    int queries = 200;
    bool json = false;
    bool backup = false;
    bool exchangeFolder = false;
    int bundles = 1000;
    int seen = 10000;
    QString dir;
    QString variant; // internal: run one variant and print its rows
};

bool parse(const QStringList &args, Options &o)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const auto value = [&](int &out) {
            bool ok = false;
            if (i + 1 < args.size())
                out = args.at(++i).toInt(&ok);
            return ok && out > 0;
        };
        if (a == QLatin1String("--cases")) {
            int n = 0;
            if (!value(n))
                return false;
            o.sizes.append(n);
        } else if (a == QLatin1String("--queries")) {
            if (!value(o.queries))
                return false;
        } else if (a == QLatin1String("--json")) {
            o.json = true;
        } else if (a == QLatin1String("--backup")) {
            o.backup = true;
        } else if (a == QLatin1String("--exchange-folder")) {
            o.exchangeFolder = true;
        } else if (a == QLatin1String("--bundles")) {
            if (!value(o.bundles))
                return false;
        } else if (a == QLatin1String("--seen")) {
            if (!value(o.seen))
                return false;
        } else if (a == QLatin1String("--dir") && i + 1 < args.size()) {
            o.dir = args.at(++i);
        } else if (a == QLatin1String("--variant") && i + 1 < args.size()) {
            o.variant = args.at(++i);
        } else {
            return false;
        }
    }
    if (o.sizes.isEmpty())
        o.sizes = { 10000, 100000 };
    return true;
}

QJsonArray runChild(const QString &variant, int cases, const Options &o, const QString &dir)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--variant"), variant, QStringLiteral("--cases"), QString::number(cases), QStringLiteral("--queries"),
            QString::number(o.queries), QStringLiteral("--dir"), dir });
    child.waitForFinished(-1);
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(child.readAllStandardOutput()).array();
}

QJsonObject compare(int cases, const QJsonArray &encrypted, const QJsonArray &plain)
{
    QJsonArray workloads;
    for (int i = 0; i < encrypted.size() && i < plain.size(); ++i) {
        const QJsonObject e = encrypted.at(i).toObject();
        const QJsonObject p = plain.at(i).toObject();
        const QString unit = e.value(QStringLiteral("unit")).toString();
        const double ev = e.value(QStringLiteral("value")).toDouble();
        const double pv = p.value(QStringLiteral("value")).toDouble();
        QJsonObject w { { QStringLiteral("name"), e.value(QStringLiteral("name")) }, { QStringLiteral("unit"), unit },
            { QStringLiteral("encrypted"), ev } };
        // Ratio = the cost of encryption: > 1 means the encrypted vault is slower or larger.
        const bool throughput = unit.endsWith(QLatin1String("/s"));
        if (pv > 0 && ev > 0) {
            w.insert(QStringLiteral("plain"), pv);
            w.insert(QStringLiteral("ratio"), throughput ? pv / ev : ev / pv);
        } else {
            w.insert(QStringLiteral("plain"), QJsonValue());
            w.insert(QStringLiteral("ratio"), QJsonValue());
        }
        workloads.append(w);
    }
    return QJsonObject { { QStringLiteral("cases"), cases }, { QStringLiteral("workloads"), workloads } };
}

void printTable(QTextStream &out, const QJsonObject &result)
{
    out << QStringLiteral("\n%1 cases\n").arg(result.value(QStringLiteral("cases")).toInt());
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("workload"), -52)
               .arg(QStringLiteral("unit"), -8)
               .arg(QStringLiteral("encrypted"), 12)
               .arg(QStringLiteral("plain"), 12)
               .arg(QStringLiteral("ratio"), 7);
    for (const QJsonValue &v : result.value(QStringLiteral("workloads")).toArray()) {
        const QJsonObject w = v.toObject();
        const auto num = [](const QJsonValue &x, int precision) {
            return x.isNull() ? QStringLiteral("-") : QString::number(x.toDouble(), 'f', precision);
        };
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(w.value(QStringLiteral("name")).toString(), -52)
                   .arg(w.value(QStringLiteral("unit")).toString(), -8)
                   .arg(num(w.value(QStringLiteral("encrypted")), 2), 12)
                   .arg(num(w.value(QStringLiteral("plain")), 2), 12)
                   .arg(num(w.value(QStringLiteral("ratio")), 2), 7);
    }
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    hardenProcess();
    QCoreApplication app(argc, argv);
    Options o;
    if (!parse(QCoreApplication::arguments(), o)) {
        QTextStream(stderr) << "usage: vangnet-bench [--cases N]... [--queries N] [--json] [--dir FOLDER] [--backup]\n"
                               "       vangnet-bench --exchange-folder [--bundles N] [--seen N] [--json] [--dir FOLDER]\n";
        return 2;
    }
    if (o.variant == QLatin1String("backup-create"))
        return bench::runBackupCreateChild(o.dir);
    if (!o.variant.isEmpty()) {
        const QJsonArray rows = bench::runVariant(o.variant, o.sizes.first(), o.dir, o.queries);
        QTextStream(stdout) << QJsonDocument(rows).toJson(QJsonDocument::Compact);
        return 0;
    }

    QTemporaryDir temp;
    const QString dir = o.dir.isEmpty() ? temp.path() : o.dir;
    QTextStream out(stdout);
    if (!o.json)
        out << QStringLiteral("vangnet-bench on %1, %2 cores, Qt %3\n")
                   .arg(QSysInfo::prettyProductName())
                   .arg(QThread::idealThreadCount())
                   .arg(QString::fromLatin1(qVersion()));
    QJsonArray results;
    if (o.exchangeFolder) {
        const QJsonArray rows = bench::runExchangeFolder(dir, o.bundles, 10, o.seen);
        if (o.json) {
            out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
            return 0;
        }
        out << QStringLiteral("\nexchange folder\n");
        for (const QJsonValue &v : rows)
            out << QStringLiteral("%1 %2 %3\n")
                       .arg(v[QStringLiteral("name")].toString(), -60)
                       .arg(v[QStringLiteral("unit")].toString(), -4)
                       .arg(v[QStringLiteral("value")].toDouble(), 12, 'f', 2);
        return 0;
    }
    if (o.backup) {
        for (int cases : std::as_const(o.sizes)) {
            const QJsonArray rows = bench::runBackup(dir, cases);
            if (o.json) {
                results.append(QJsonObject { { QStringLiteral("cases"), cases }, { QStringLiteral("backup"), rows } });
                continue;
            }
            out << QStringLiteral("\n%1 cases, backups\n").arg(cases);
            for (const QJsonValue &v : rows)
                out << QStringLiteral("%1 %2 %3\n")
                           .arg(v[QStringLiteral("name")].toString(), -52)
                           .arg(v[QStringLiteral("unit")].toString(), -8)
                           .arg(v[QStringLiteral("value")].toDouble(), 12, 'f', 2);
            out.flush();
        }
        if (o.json)
            out << QJsonDocument(results).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (int cases : std::as_const(o.sizes)) {
        const QJsonArray encrypted = runChild(QStringLiteral("encrypted"), cases, o, dir);
        const QJsonArray plain = encrypted.isEmpty() ? QJsonArray() : runChild(QStringLiteral("plain"), cases, o, dir);
        if (encrypted.isEmpty() || plain.isEmpty()) {
            QTextStream(stderr) << "vangnet-bench: a benchmark run failed\n";
            return 1;
        }
        const QJsonObject result = compare(cases, encrypted, plain);
        if (o.json)
            results.append(result);
        else
            printTable(out, result);
    }
    if (o.json)
        out << QJsonDocument(
            results.size() == 1 ? results.first().toObject() : QJsonObject { { QStringLiteral("runs"), results } })
                   .toJson(QJsonDocument::Indented);
    return 0;
}
