#include "exchange/ImportDialog.h"

#include "common/FileChooser.h"
#include "consent/ConsentPurposes.h"
#include "consent/ConsentScopes.h"
#include "consent/ScopedFieldsText.h"
#include "domain/CaseFieldLabels.h"
#include "exchange/Manifest.h"
#include "exchange/StatisticsTable.h"

#include "common/BackgroundTask.h"
#include "exchange/IdentityStore.h"
#include "exchange/MergeConflicts.h"

#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QProgressBar>
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
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseBundle"));
    m_check = new QPushButton(tr("&Check"), this);
    m_check->setObjectName(QStringLiteral("inspectButton"));
    m_verification = new QLabel(this);
    m_verification->setObjectName(QStringLiteral("verificationLabel"));
    m_verification->setWordWrap(true);
    m_records = new QTreeWidget(this);
    m_records->setObjectName(QStringLiteral("recordsTree"));
    m_records->setHeaderLabels({ tr("Field"), tr("Value") });
    m_records->setUniformRowHeights(true);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("importReason"));
    m_reason->setWordWrap(true);
    m_importButton = new QPushButton(tr("&Import"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("C&ancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setVisible(false);
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

    auto *fileLabel = new QLabel(tr("Bundle &file:"), this);
    fileLabel->setBuddy(m_path);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    fileRow->addWidget(m_check);
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_reason, 1);
    importRow->addWidget(m_importButton);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_verification);
    layout->addWidget(m_records, 1);
    layout->addLayout(importRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_result);
    layout->addWidget(
        new QLabel(tr("Conflicts: fields changed on both sides. Nothing was overwritten; choose per field."), this));
    layout->addWidget(m_conflicts, 1);
    layout->addWidget(close);

    m_stepTimer.setSingleShot(true);
    m_stepTimer.setInterval(0);
    connect(&m_stepTimer, &QTimer::timeout, this, &ImportDialog::applyStep);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::inspect);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Children of a record are made when it is opened: 10,000 records stay a short list.
    connect(m_records, &QTreeWidget::itemExpanded, this, &ImportDialog::fillRecord);
    loadConflicts();
}

ImportDialog::~ImportDialog()
{
    stopWork();
}

void ImportDialog::setBundlePath(const QString &path)
{
    m_path->setText(path);
    inspect();
}

void ImportDialog::chooseFile()
{
    const QString file = FileChooser::openFile(this, tr("Open a bundle"), tr("Vangnet bundles (*.vnb)"));
    if (!file.isEmpty())
        setBundlePath(file);
}

void ImportDialog::updateControls()
{
    const bool busy = isBusy();
    m_path->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_check->setEnabled(!busy);
    m_conflicts->setEnabled(!busy); // resolving writes: not inside a running import
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    QString reason;
    const bool importable = m_inspection && m_inspection->canImport(&reason) && !m_inspection->alreadyImported;
    m_importButton->setEnabled(!busy && importable && m_read);
}

void ImportDialog::clearData()
{
    m_inspection.reset();
    m_read.reset();
    m_records->clear();
    m_verification->clear();
    m_reason->clear();
    m_result->clear();
    m_conflicts->setRowCount(0);
    updateControls();
}

void ImportDialog::inspect()
{
    if (isImporting())
        return;
    abandonCheck();
    clearData();
    loadConflicts();
    const QString path = m_path->text().trimmed();
    auto keys = IdentityStore(m_db).keys();
    if (!keys) {
        m_verification->setText(keys.error().message());
        emit inspectionFinished();
        return;
    }
    // The worker's own copy of the keys, in secure memory; it wipes them before it reports back.
    auto workerKeys = std::make_shared<IdentityKeys>(std::move(keys.value()));
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancelRead = cancelled;
    m_checking = true;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_verification->setText(tr("Checking the bundle: decrypting and verifying the signature…"));
    updateControls();

    const quint64 generation = m_generation;
    ImportDialog *self = this; // outlives the worker: stopWork() in the destructor waits for it
    m_workers.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_workers.append(runInBackground(
        this,
        [workerKeys, cancelled, path, self, generation]() mutable {
            int reported = -1;
            auto read = BundleImporter::read(path, *workerKeys, [&](qint64 done, qint64 total) {
                const int permille = total > 0 ? int(done * 1000 / total) : 0;
                if (permille != reported) {
                    reported = permille;
                    QMetaObject::invokeMethod(
                        self, [self, generation, done, total] { self->showReadProgress(generation, done, total); },
                        Qt::QueuedConnection);
                }
                return !cancelled->load();
            });
            workerKeys.reset();
            return read;
        },
        [this, generation](Result<ReadBundle> read) { readDone(generation, std::move(read)); }));
}

void ImportDialog::showReadProgress(quint64 generation, qint64 done, qint64 total)
{
    if (generation == m_generation && m_checking && total > 0)
        m_progress->setValue(int(done * 1000 / total));
}

void ImportDialog::readDone(quint64 generation, Result<ReadBundle> read)
{
    if (generation != m_generation || !m_checking)
        return; // cancelled, or another file is being checked
    m_checking = false;
    updateControls();
    if (!read) {
        const ErrorCode code = read.error().code();
        m_verification->setText(code == ErrorCode::Cancelled ? tr("Checking was cancelled.")
                : code == ErrorCode::CannotUnlock            ? tr("✗ This bundle is not addressed to this vault.")
                : code == ErrorCode::Integrity ? tr("✗ The bundle is damaged or was altered: %1").arg(read.error().message())
                                               : read.error().message());
        emit inspectionFinished();
        return;
    }
    auto bundle = std::make_shared<ReadBundle>(std::move(read.value()));
    if (auto st = BundleImporter(m_db).checkAgainstVault(bundle->inspection); !st) {
        m_verification->setText(st.error().message());
        emit inspectionFinished();
        return;
    }
    m_read = bundle;
    m_inspection = bundle->inspection;
    showInspection();
    emit inspectionFinished();
}

void ImportDialog::showInspection()
{
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
    lines << tr("What it holds: %1; purpose: %2; legal basis: %3.")
                 .arg(Manifest::kindLabel(in.manifest.kind), ConsentPurposes::label(in.manifest.purpose),
                     Manifest::legalBasisLabel(in.manifest.legalBasis));
    if (!in.records.isEmpty())
        lines << tr("%n record(s).", nullptr, int(in.records.size()));
    m_verification->setText(lines.join(QLatin1Char('\n')));

    QList<QTreeWidgetItem *> items;
    items.reserve(in.records.size());
    for (qsizetype i = 0; i < in.records.size(); ++i) {
        const QJsonObject record = in.records.at(i).toObject();
        const QJsonObject data
            = record.contains(QStringLiteral("case")) ? record.value(QStringLiteral("case")).toObject() : record;
        const QStringList scopes = ConsentScopes::scopesOf(data.keys());
        auto *top = new QTreeWidgetItem({ data.value(QStringLiteral("number")).toString(),
            scopes.isEmpty() ? tr("Case number only") : ScopedFieldsText::scopeNames(scopes) });
        top->setData(0, Qt::UserRole, qlonglong(i));
        top->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        items.append(top);
    }
    for (const QJsonValue &row : in.statistics.value(QStringLiteral("rows")).toArray())
        items.append(new QTreeWidgetItem(
            { StatisticsTable::dimensionLabel(row[QStringLiteral("dimension")].toString()) + QStringLiteral(": ")
                    + StatisticsTable::valueLabel(
                        row[QStringLiteral("dimension")].toString(), row[QStringLiteral("value")].toString()),
                shown(row[QStringLiteral("count")]) }));
    m_records->addTopLevelItems(items);

    QString reason;
    in.canImport(&reason);
    if (in.alreadyImported)
        reason = tr("This bundle was imported before; importing it again changes nothing.");
    m_reason->setText(reason);
    updateControls();
}

void ImportDialog::fillRecord(QTreeWidgetItem *item)
{
    if (!item || item->parent() || item->childCount() > 0 || !m_inspection || !item->data(0, Qt::UserRole).isValid())
        return;
    const qsizetype i = item->data(0, Qt::UserRole).toLongLong();
    if (i < 0 || i >= m_inspection->records.size())
        return;
    const QJsonObject record = m_inspection->records.at(i).toObject();
    const QJsonObject data = record.contains(QStringLiteral("case")) ? record.value(QStringLiteral("case")).toObject() : record;
    // Grouped by scope, each field by its name with its value in words; the internal identifier is left out.
    QMap<QString, QList<QTreeWidgetItem *>> byScope;
    for (auto it = data.constBegin(); it != data.constEnd(); ++it)
        if (it.key() != QLatin1String("id"))
            byScope[ConsentScopes::scopeOf(it.key())].append(
                new QTreeWidgetItem({ CaseFieldLabels::label(it.key()), CaseFieldLabels::valueText(it.key(), it.value()) }));
    QStringList order { QString() };
    order += ConsentScopes::all();
    for (const QString &scope : order) {
        if (!byScope.contains(scope))
            continue;
        auto *group = new QTreeWidgetItem({ scope.isEmpty() ? tr("Case") : ConsentScopes::label(scope) });
        group->addChildren(byScope.value(scope));
        item->addChild(group);
        group->setExpanded(true);
    }
}

void ImportDialog::runImport()
{
    if (!m_read || isBusy())
        return;
    m_result->clear();
    auto started = BundleImport::start(m_db, *m_read);
    if (!started) {
        m_result->setText(started.error().message());
        emit importFinished();
        return;
    }
    m_import = std::move(started.value());
    m_progress->setRange(0, qMax(1, m_import->total()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    m_result->setText(tr("Importing… Cancel leaves the vault exactly as it was."));
    updateControls();
    m_stepTimer.start();
}

void ImportDialog::applyStep()
{
    if (!m_import)
        return;
    if (m_import->atEnd()) {
        finishImport();
        return;
    }
    if (auto st = m_import->apply(QDeadlineTimer(kStepMs), m_stepLimit); !st) {
        endImport(tr("The import stopped; the vault is as it was before. %1").arg(st.error().message()));
        return;
    }
    const int done = m_import->done();
    const int total = m_import->total();
    m_progress->setValue(done);
    emit importProgress(done, total); // a receiver may cancel, or the vault may be locked from here
    if (!m_import)
        return;
    // The commit (and SQLite's checkpoint after it) is the longest single step: say so first, and
    // let the window paint before it runs.
    if (m_import->atEnd())
        m_result->setText(tr("Saving the import…"));
    m_stepTimer.start();
}

void ImportDialog::finishImport()
{
    auto result = m_import->finish();
    if (!result) {
        endImport(tr("The import stopped; the vault is as it was before. %1").arg(result.error().message()));
        return;
    }
    m_import.reset();
    // Import exactly once: the register now knows this bundle.
    if (m_inspection)
        m_inspection->alreadyImported = true;
    updateControls();
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
    emit importFinished();
}

void ImportDialog::endImport(const QString &message)
{
    m_stepTimer.stop();
    m_import.reset(); // rolls back whatever was applied
    updateControls();
    m_result->setText(message);
    emit importFinished();
}

void ImportDialog::abandonCheck()
{
    if (m_cancelRead)
        m_cancelRead->store(true); // the worker stops at its next chunk
    ++m_generation; // and its result, if it still comes, is dropped
    m_checking = false;
}

void ImportDialog::cancel()
{
    if (m_checking) {
        abandonCheck();
        m_verification->setText(tr("Checking was cancelled."));
        updateControls();
        emit inspectionFinished();
    }
    if (m_import)
        endImport(tr("Import cancelled: nothing was imported, the vault is as it was."));
}

void ImportDialog::stopWork()
{
    cancel();
    for (QFuture<void> &worker : m_workers)
        worker.waitForFinished();
    m_workers.clear();
}

void ImportDialog::reject()
{
    stopWork();
    QDialog::reject();
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
        m_conflicts->setItem(row, 1, new QTableWidgetItem(CaseFieldLabels::label(c.field)));
        m_conflicts->setItem(row, 2, new QTableWidgetItem(CaseFieldLabels::valueText(c.field, c.localValue)));
        m_conflicts->setItem(row, 3, new QTableWidgetItem(CaseFieldLabels::valueText(c.field, c.remoteValue)));
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
    if (isImporting())
        return;
    if (auto st = MergeConflicts(m_db).resolve(conflictId, takeRemote); !st)
        m_result->setText(st.error().message());
    // Deleting the row's buttons from inside their own clicked signal is not safe: rebuild later.
    QMetaObject::invokeMethod(this, &ImportDialog::loadConflicts, Qt::QueuedConnection);
}

} // namespace vangnet
