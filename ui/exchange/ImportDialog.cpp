#include "exchange/ImportDialog.h"

#include "exchange/MergeConflicts.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vangnet {
namespace {

QString shown(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("–");
    if (v.isString())
        return v.toString();
    const QByteArray wrapped = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

} // namespace

ImportDialog::ImportDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a bundle"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("bundlePath"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *check = new QPushButton(tr("&Check"), this);
    check->setObjectName(QStringLiteral("inspectButton"));
    m_verification = new QLabel(this);
    m_verification->setObjectName(QStringLiteral("verificationLabel"));
    m_verification->setWordWrap(true);
    m_records = new QTreeWidget(this);
    m_records->setObjectName(QStringLiteral("recordsTree"));
    m_records->setHeaderLabels({ tr("Field"), tr("Value") });
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("importReason"));
    m_reason->setWordWrap(true);
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_conflicts = new QTableWidget(0, 5, this);
    m_conflicts->setObjectName(QStringLiteral("conflictsTable"));
    m_conflicts->setHorizontalHeaderLabels({ tr("Case"), tr("Field"), tr("Mine"), tr("Theirs"), tr("Resolve") });
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflicts->horizontalHeader()->setStretchLastSection(true);
    m_conflicts->verticalHeader()->hide();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path);
    fileRow->addWidget(browse);
    fileRow->addWidget(check);
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_reason, 1);
    importRow->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_verification);
    layout->addWidget(m_records, 1);
    layout->addLayout(importRow);
    layout->addWidget(m_result);
    layout->addWidget(
        new QLabel(tr("Conflicts: fields changed on both sides. Nothing was overwritten; choose per field."), this));
    layout->addWidget(m_conflicts, 1);
    layout->addWidget(close);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(check, &QPushButton::clicked, this, &ImportDialog::inspect);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadConflicts();
}

void ImportDialog::setBundlePath(const QString &path)
{
    m_path->setText(path);
    inspect();
}

void ImportDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a bundle"), QString(), tr("Vangnet bundles (*.vnb)"));
    if (!file.isEmpty())
        setBundlePath(file);
}

void ImportDialog::inspect()
{
    m_inspection.reset();
    m_records->clear();
    m_import->setEnabled(false);
    m_reason->clear();
    m_result->clear();
    auto inspection = BundleImporter(m_db).inspect(m_path->text().trimmed());
    if (!inspection) {
        const ErrorCode code = inspection.error().code();
        m_verification->setText(code == ErrorCode::CannotUnlock ? tr("✗ This bundle is not addressed to this vault.")
                : code == ErrorCode::Integrity
                ? tr("✗ The bundle is damaged or was altered: %1").arg(inspection.error().message())
                : inspection.error().message());
        return;
    }
    m_inspection = inspection.value();
    const BundleInspection &in = m_inspection.value();
    QStringList lines;
    lines << tr("✓ Signature valid; addressed to this vault.");
    if (!in.senderMatchesSigner)
        lines << tr("✗ Forged: the named sender did not sign it.");
    else if (in.fromThisVault)
        lines << tr("Made by this vault.");
    else if (!in.senderKnown)
        lines << tr("✗ Unknown sender %1 (not among your contacts).").arg(in.manifest.sender.name);
    else if (!in.senderVerified)
        lines << tr("✗ Sender %1 is not verified.").arg(in.sender.name);
    else
        lines << tr("✓ Sender %1, verified.").arg(in.sender.name);
    lines << tr("Kind: %1; purpose: %2; legal basis: %3.").arg(in.manifest.kind, in.manifest.purpose, in.manifest.legalBasis);
    m_verification->setText(lines.join(QLatin1Char('\n')));

    for (const QJsonValue &r : in.records) {
        const QJsonObject record = r.toObject();
        const QJsonObject data
            = record.contains(QStringLiteral("case")) ? record.value(QStringLiteral("case")).toObject() : record;
        auto *top = new QTreeWidgetItem(
            m_records, { data.value(QStringLiteral("number")).toString(), data.value(QStringLiteral("id")).toString() });
        for (auto it = data.constBegin(); it != data.constEnd(); ++it)
            new QTreeWidgetItem(top, { it.key(), shown(it.value()) });
    }
    for (const QJsonValue &row : in.statistics.value(QStringLiteral("rows")).toArray())
        new QTreeWidgetItem(m_records,
            { row[QStringLiteral("dimension")].toString() + QStringLiteral(": ") + row[QStringLiteral("value")].toString(),
                shown(row[QStringLiteral("count")]) });

    QString reason;
    const bool importable = in.canImport(&reason);
    if (in.alreadyImported)
        reason = tr("This bundle was imported before; importing it again changes nothing.");
    m_import->setEnabled(importable && !in.alreadyImported);
    m_reason->setText(reason);
}

void ImportDialog::runImport()
{
    auto result = BundleImporter(m_db).importBundle(m_path->text().trimmed());
    if (!result) {
        m_result->setText(result.error().message());
        return;
    }
    m_import->setEnabled(false);
    if (result->alreadyImported)
        m_result->setText(tr("Imported before; nothing changed."));
    else
        m_result->setText(tr("Imported: %1 created, %2 updated, %3 conflicts, %4 received.")
                              .arg(result->created)
                              .arg(result->updated)
                              .arg(result->conflicts)
                              .arg(result->received));
    loadConflicts();
    emit imported(result->bundleId);
}

void ImportDialog::loadConflicts()
{
    m_conflicts->setRowCount(0);
    auto conflicts = MergeConflicts(m_db).list();
    if (!conflicts)
        return;
    for (const MergeConflict &c : conflicts.value()) {
        const int row = m_conflicts->rowCount();
        m_conflicts->insertRow(row);
        m_conflicts->setItem(row, 0, new QTableWidgetItem(c.caseNumber));
        m_conflicts->setItem(row, 1, new QTableWidgetItem(c.field));
        m_conflicts->setItem(row, 2, new QTableWidgetItem(shown(c.localValue)));
        m_conflicts->setItem(row, 3, new QTableWidgetItem(shown(c.remoteValue)));
        auto *buttons = new QWidget(m_conflicts);
        auto *keep = new QPushButton(tr("Keep mine"), buttons);
        keep->setObjectName(QStringLiteral("keepMine_%1").arg(row));
        auto *take = new QPushButton(tr("Take theirs"), buttons);
        take->setObjectName(QStringLiteral("takeTheirs_%1").arg(row));
        auto *layout = new QHBoxLayout(buttons);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(keep);
        layout->addWidget(take);
        const QString id = c.id;
        connect(keep, &QPushButton::clicked, this, [this, id] { resolve(id, false); });
        connect(take, &QPushButton::clicked, this, [this, id] { resolve(id, true); });
        m_conflicts->setCellWidget(row, 4, buttons);
    }
    m_conflicts->resizeColumnsToContents();
}

void ImportDialog::resolve(const QString &conflictId, bool takeRemote)
{
    if (auto st = MergeConflicts(m_db).resolve(conflictId, takeRemote); !st)
        m_result->setText(st.error().message());
    // Deleting the row's buttons from inside their own clicked signal is not safe: rebuild later.
    QMetaObject::invokeMethod(this, &ImportDialog::loadConflicts, Qt::QueuedConnection);
}

} // namespace vangnet
