// The shelter registry on the desktop: table model, filters, editor (inline validation, the
// audited address reveal), availability board, JSON import/export and the Shelters section.
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "common/MessageBox.h"
#include "demo/DemoShelters.h"
#include "shelters/AvailabilityBoard.h"
#include "shelters/AvailabilityFreshness.h"
#include "shelters/ShelterEditorDialog.h"
#include "shelters/ShelterExportDialog.h"
#include "shelters/ShelterFilterProxy.h"
#include "shelters/ShelterImportExport.h"
#include "shelters/ShelterRepository.h"
#include "shelters/ShelterTableModel.h"
#include "shelters/SheltersSection.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace vangnet;
using namespace vangnet::test;

class TestShelterUi final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void modelPassesTester();
    void modelMarksStaleAvailability();
    void proxyFilters_data();
    void proxyFilters();
    void editorSavesNewShelter();
    void editorRefusesInvalidShelterInline();
    void editorFixesCosmAuthority();
    void addressHiddenUntilRevealConfirmed();
    void savingWithoutRevealKeepsAddress();
    void boardUpdatesFreeBeds();
    void exportLeavesAddressesOutUnlessAsked();
    void exportDialogNeedsConfirmationForAddresses();
    void importRefusesInvalidFileWhole();
    void sectionLoadsAndClears();
    void emptyFilterResultNamesFiltersAndClears();

private:
    template<typename T> static T *child(const QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
    Database &db() { return m_vault->vault().database(); }
    int shelterCount() { return ShelterRepository(db()).count().value(); }
    static void saveScreenshot(QWidget *widget, const QSize &size, const QString &name);

    std::unique_ptr<TestVault> m_vault;
    int m_demoCount = 0;
};

void TestShelterUi::init()
{
    m_vault = std::make_unique<TestVault>();
    QVERIFY(m_vault->handle());
    QVERIFY(seedDemoShelters(db()));
    m_demoCount = shelterCount();
    QVERIFY(m_demoCount >= 40);
}

void TestShelterUi::cleanup()
{
    m_vault.reset();
}

void TestShelterUi::saveScreenshot(QWidget *widget, const QSize &size, const QString &name)
{
    // Set VANGNET_SCREENSHOT_DIR to look at the widgets as a user would.
    const QString dir = qEnvironmentVariable("VANGNET_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->resize(size);
    widget->show();
    QTest::qWait(50);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

void TestShelterUi::modelPassesTester()
{
    ShelterTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&db());
    QCOMPARE(model.rowCount(), m_demoCount);
    ShelterFilterProxy proxy(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ShelterTableModel::LevelColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ShelterTableModel::LevelColumn).data().toString(), QStringLiteral("S4"));
    ShelterFilter f;
    f.type = QStringLiteral("safe_house");
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 3);
    QVERIFY(model.reload());
    QCOMPARE(proxy.rowCount(), 3);
    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestShelterUi::modelMarksStaleAvailability()
{
    ShelterTableModel model;
    model.setDatabase(&db());
    const auto levelOf = [&model](const char *id) {
        return AvailabilityFreshness::Level(
            model.index(model.rowOf(QLatin1String(id)), 0).data(ShelterTableModel::FreshnessRole).toInt());
    };
    QCOMPARE(levelOf("demo-cosm-01"), AvailabilityFreshness::Fresh); // 2 days
    QCOMPARE(levelOf("demo-cosm-02"), AvailabilityFreshness::Stale); // 12 days
    QCOMPARE(levelOf("demo-cosm-04"), AvailabilityFreshness::VeryStale); // 40 days
    QCOMPARE(levelOf("demo-vrh-06"), AvailabilityFreshness::Unknown);
    const QModelIndex stale = model.index(model.rowOf(QStringLiteral("demo-cosm-04")), ShelterTableModel::AsOfColumn);
    QVERIFY(stale.data(Qt::ForegroundRole).isValid());
    QVERIFY(stale.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(stale.data().toString().contains(QStringLiteral("40")));
    QVERIFY(stale.data(Qt::ToolTipRole).toString().contains(QStringLiteral("30 days")));
    const QModelIndex fresh = model.index(model.rowOf(QStringLiteral("demo-cosm-01")), ShelterTableModel::AsOfColumn);
    QVERIFY(!fresh.data(Qt::ForegroundRole).isValid());
    // Never an address anywhere in the table.
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.index(row, column).data().toString().contains(QStringLiteral("(fictional)")));
}

void TestShelterUi::proxyFilters_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("minimumLevel");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("cosm") << QStringLiteral("cosm") << QString() << -1 << QString() << 4;
    QTest::newRow("Utrecht") << QString() << QStringLiteral("utrecht") << -1 << QString() << 3;
    QTest::newRow("S4 or higher") << QString() << QString() << 4 << QString() << 8;
    QTest::newRow("text") << QString() << QString() << -1 << QStringLiteral("meidengroep") << 3;
    QTest::newRow("type and level") << QStringLiteral("womens_shelter") << QString() << 3 << QString() << 3;
}

void TestShelterUi::proxyFilters()
{
    QFETCH(QString, type);
    QFETCH(QString, region);
    QFETCH(int, minimumLevel);
    QFETCH(QString, text);
    QFETCH(int, expected);
    ShelterTableModel model;
    model.setDatabase(&db());
    ShelterFilterProxy proxy(&model);
    proxy.setFilter(ShelterFilter { type, region, minimumLevel, text });
    QCOMPARE(proxy.rowCount(), expected);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const Shelter &s = model.shelter(model.rowOf(proxy.idAt(row)));
        QVERIFY(type.isEmpty() || s.type == type);
        QVERIFY(s.securityLevel >= minimumLevel);
    }
}

void TestShelterUi::editorSavesNewShelter()
{
    ShelterEditorDialog dialog(db());
    QTest::keyClicks(child<QLineEdit>(&dialog, "shelterName"), QStringLiteral("Opvang Testhuis"));
    auto *type = child<QComboBox>(&dialog, "shelterType");
    type->setCurrentIndex(type->findData(QStringLiteral("womens_shelter")));
    auto *level = child<QComboBox>(&dialog, "shelterLevel");
    level->setCurrentIndex(level->findData(2));
    auto *confidentiality = child<QComboBox>(&dialog, "shelterConfidentiality");
    confidentiality->setCurrentIndex(confidentiality->findData(QStringLiteral("shielded")));
    QTest::keyClicks(child<QLineEdit>(&dialog, "shelterRegion"), QStringLiteral("Zeeland"));
    child<QSpinBox>(&dialog, "shelterCapacity")->setValue(8);
    child<QSpinBox>(&dialog, "shelterFreeBeds")->setValue(3);
    child<QCheckBox>(&dialog, "shelterChildren")->setChecked(true);
    // A new shelter has nothing to reveal: its address field is there from the start.
    QCOMPARE(child<QStackedWidget>(&dialog, "addressPages")->currentIndex(), 1);
    QTest::keyClicks(child<QLineEdit>(&dialog, "shelterAddress"), QStringLiteral("Teststraat 1 (fictional)"));

    QVERIFY(dialog.save());
    QVERIFY(!dialog.shelterId().isEmpty());
    QCOMPARE(shelterCount(), m_demoCount + 1);
    const auto stored = ShelterRepository(db()).find(dialog.shelterId());
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Opvang Testhuis"));
    QCOMPARE(stored->type, QStringLiteral("womens_shelter"));
    QCOMPARE(stored->securityLevel, 2);
    QCOMPARE(stored->region, QStringLiteral("Zeeland"));
    QCOMPARE(stored->freeBeds, 3);
    QCOMPARE(stored->availabilityAsOf, QDate::currentDate());
    QVERIFY(stored->acceptsChildren);
    QCOMPARE(stored->address, QString()); // lists never carry it
    QCOMPARE(ShelterRepository(db()).revealAddress(dialog.shelterId())->address, QStringLiteral("Teststraat 1 (fictional)"));
}

void TestShelterUi::editorRefusesInvalidShelterInline()
{
    ShelterEditorDialog dialog(db());
    QTest::keyClicks(child<QLineEdit>(&dialog, "shelterRegion"), QStringLiteral("Zeeland"));
    child<QSpinBox>(&dialog, "shelterCapacity")->setValue(2);
    child<QSpinBox>(&dialog, "shelterFreeBeds")->setValue(5);
    child<QSpinBox>(&dialog, "shelterMinAge")->setValue(30);
    child<QSpinBox>(&dialog, "shelterMaxAge")->setValue(20);

    QVERIFY(!dialog.save());
    QCOMPARE(shelterCount(), m_demoCount);
    QVERIFY2(!dialog.problemText(QStringLiteral("name")).isEmpty(), "the missing name is named under its field");
    QVERIFY(dialog.problemText(QStringLiteral("freeBeds")).contains(QStringLiteral("capacity")));
    QVERIFY(!dialog.problemText(QStringLiteral("maxAge")).isEmpty());
    QVERIFY(dialog.problemText(QStringLiteral("region")).isEmpty());
    auto *nameProblem = child<QLabel>(&dialog, "problem_name");
    QVERIFY(nameProblem && !nameProblem->isHidden());
    saveScreenshot(&dialog, QSize(640, 560), QStringLiteral("shelter-editor-invalid.png"));

    // Correcting the fields clears the messages and saves.
    QTest::keyClicks(child<QLineEdit>(&dialog, "shelterName"), QStringLiteral("Opvang Hersteld"));
    child<QSpinBox>(&dialog, "shelterFreeBeds")->setValue(1);
    child<QSpinBox>(&dialog, "shelterMaxAge")->setValue(60);
    QVERIFY(dialog.save());
    QVERIFY(nameProblem->isHidden());
    QCOMPARE(shelterCount(), m_demoCount + 1);
}

void TestShelterUi::editorFixesCosmAuthority()
{
    ShelterEditorDialog dialog(db());
    auto *type = child<QComboBox>(&dialog, "shelterType");
    auto *authority = child<QComboBox>(&dialog, "shelterAuthority");
    authority->setCurrentIndex(authority->findData(QStringLiteral("police")));
    type->setCurrentIndex(type->findData(QStringLiteral("cosm")));
    QCOMPARE(authority->currentData().toString(), QStringLiteral("comensha"));
    QVERIFY(!authority->isEnabled());
    type->setCurrentIndex(type->findData(QStringLiteral("omm")));
    QVERIFY(authority->isEnabled());
}

void TestShelterUi::addressHiddenUntilRevealConfirmed()
{
    const QString id = QStringLiteral("demo-vrh-01");
    const QString address = QStringLiteral("Zonnestraat 1, Groningen (fictional)");
    ShelterEditorDialog dialog(db());
    QVERIFY(dialog.openShelter(id));
    auto *pages = child<QStackedWidget>(&dialog, "addressPages");
    auto *addressEdit = child<QLineEdit>(&dialog, "shelterAddress");
    QCOMPARE(pages->currentIndex(), 0);
    QVERIFY(addressEdit->text().isEmpty());
    const auto nowhere = [&dialog, &address] {
        for (const QLineEdit *e : dialog.findChildren<QLineEdit *>())
            if (e->text().contains(address))
                return false;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            if (l->text().contains(address))
                return false;
        return true;
    };
    QVERIFY(nowhere());
    QVERIFY(!dialog.formJson().contains(QStringLiteral("address")));

    const auto revealsLogged = [this, &id] {
        int n = 0;
        const auto entries = AuditLog(db()).recent(50);
        for (const AuditEntry &e : entries.value())
            if (e.action == QLatin1String("shelter.address_revealed") && e.subject == id)
                ++n;
        return n;
    };
    QCOMPARE(revealsLogged(), 0);
    child<QTabWidget>(&dialog, "shelterEditorTabs")->setCurrentIndex(4);
    saveScreenshot(&dialog, QSize(640, 560), QStringLiteral("shelter-address-hidden.png"));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!dialog.revealAddress());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("audit log")));
    QCOMPARE(pages->currentIndex(), 0);
    QVERIFY(nowhere());
    QCOMPARE(revealsLogged(), 0);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(dialog.revealAddress());
    QVERIFY(dialog.isAddressRevealed());
    QCOMPARE(pages->currentIndex(), 1);
    QCOMPARE(addressEdit->text(), address);
    QCOMPARE(revealsLogged(), 1);
    // The audit entry names the shelter, never the address.
    const auto entries = AuditLog(db()).recent(50);
    for (const AuditEntry &e : entries.value())
        QVERIFY(!e.detail.contains(address));
}

void TestShelterUi::savingWithoutRevealKeepsAddress()
{
    const QString id = QStringLiteral("demo-omm-01");
    const QString before = ShelterRepository(db()).revealAddress(id)->address;
    QVERIFY(!before.isEmpty());
    ShelterEditorDialog dialog(db());
    QVERIFY(dialog.openShelter(id));
    child<QPlainTextEdit>(&dialog, "shelterNotes")->setPlainText(QStringLiteral("Intake on weekdays."));
    child<QSpinBox>(&dialog, "shelterFreeBeds")->setValue(1);
    QVERIFY(dialog.save());
    const auto after = ShelterRepository(db()).find(id);
    QCOMPARE(after->notes, QStringLiteral("Intake on weekdays."));
    QCOMPARE(after->freeBeds, 1);
    QCOMPARE(after->availabilityAsOf, QDate::currentDate());
    QCOMPARE(ShelterRepository(db()).revealAddress(id)->address, before);
}

void TestShelterUi::boardUpdatesFreeBeds()
{
    const QString id = QStringLiteral("demo-cosm-04"); // 40 days old
    ShelterTableModel model;
    model.setDatabase(&db());
    AvailabilityBoard board;
    board.setDatabase(&db());
    board.setShelters(model.shelters());
    auto *tree = child<QTreeWidget>(&board, "availabilityTree");
    QVERIFY(tree->topLevelItemCount() >= 10); // one group per type
    QVERIFY(board.selectShelter(id));
    QCOMPARE(board.selectedShelterId(), id);
    QCOMPARE(tree->currentItem()->foreground(AvailabilityBoard::AsOfColumn).color(),
        AvailabilityFreshness::color(AvailabilityFreshness::VeryStale));
    QVERIFY(tree->currentItem()->font(AvailabilityBoard::AsOfColumn).bold());
    QVERIFY(child<QPushButton>(&board, "updateFreeBedsButton")->isEnabled());

    QVERIFY(board.updateFreeBeds(id, 5));
    const auto stored = ShelterRepository(db()).find(id);
    QCOMPARE(stored->freeBeds, 5);
    QCOMPARE(stored->availabilityAsOf, QDate::currentDate());
    QVERIFY(board.selectShelter(id));
    QCOMPARE(tree->currentItem()->foreground(AvailabilityBoard::AsOfColumn).style(), Qt::NoBrush);
    QVERIFY(!tree->currentItem()->font(AvailabilityBoard::AsOfColumn).bold());

    // More free beds than the capacity is refused with a message.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!board.updateFreeBeds(id, 999));
    QCOMPARE(ShelterRepository(db()).find(id)->freeBeds, 5);
}

void TestShelterUi::exportLeavesAddressesOutUnlessAsked()
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.json"));
    const QString full = dir.filePath(QStringLiteral("full.json"));
    QCOMPARE(ShelterImportExport::exportFile(db(), plain, false).value(), m_demoCount);
    QCOMPARE(ShelterImportExport::exportFile(db(), full, true).value(), m_demoCount);
    const auto read = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    QVERIFY(!read(plain).contains("Zonnestraat"));
    QVERIFY(!read(plain).contains("CM-7Q2-VT"));
    QVERIFY(read(full).contains("Zonnestraat"));
    // Plaintext, so readable by its owner only.
    QCOMPARE(QFile::permissions(full)
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    QStringList actions;
    const auto entries = AuditLog(db()).recent(10);
    for (const AuditEntry &e : entries.value())
        actions.append(e.action);
    QVERIFY(actions.contains(QStringLiteral("shelter.exported")));
    QVERIFY(actions.contains(QStringLiteral("shelter.exported_with_addresses")));

    // Re-importing the plain export updates every shelter and keeps the stored addresses.
    QCOMPARE(ShelterImportExport::importFile(db(), plain).value(), m_demoCount);
    QCOMPARE(shelterCount(), m_demoCount);
    QCOMPARE(ShelterRepository(db()).revealAddress(QStringLiteral("demo-vrh-01"))->address,
        QStringLiteral("Zonnestraat 1, Groningen (fictional)"));
}

void TestShelterUi::exportDialogNeedsConfirmationForAddresses()
{
    ShelterExportDialog dialog;
    dialog.setPath(QStringLiteral("/tmp/never-written.json"));
    QVERIFY(!dialog.includeAddresses());
    child<QCheckBox>(&dialog, "includeAddresses")->setChecked(true);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("addresses")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("NOT encrypted")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("never-written.json")));
    MessageBox::setNextAnswer(QMessageBox::Save);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestShelterUi::importRefusesInvalidFileWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"([{"name":"Goed","type":"omm","securityLevel":"S2","region":"Utrecht"},
               {"name":"Fout","type":"castle","securityLevel":"S9","region":"Utrecht"}])");
    f.close();
    const auto imported = ShelterImportExport::importFile(db(), path);
    QVERIFY(!imported);
    QVERIFY(imported.error().message().contains(QStringLiteral("[1].type")));
    QCOMPARE(shelterCount(), m_demoCount);
}

void TestShelterUi::sectionLoadsAndClears()
{
    SheltersSection section;
    auto *table = child<QTableView>(&section, "shelterTable");
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(&section, "newShelterButton")->isEnabled());
    section.vaultOpened(m_vault->vault());
    QCOMPARE(table->model()->rowCount(), m_demoCount);
    QVERIFY(child<QPushButton>(&section, "newShelterButton")->isEnabled());
    QVERIFY(child<QTreeWidget>(&section, "availabilityTree")->topLevelItemCount() > 0);
    QVERIFY(child<QLabel>(&section, "shelterCount")->text().contains(QString::number(m_demoCount)));

    saveScreenshot(&section, QSize(1000, 700), QStringLiteral("shelters-registry.png"));
    child<QTabWidget>(&section, "sheltersTabs")->setCurrentIndex(1);
    saveScreenshot(&section, QSize(1000, 700), QStringLiteral("shelters-availability.png"));
    child<QTabWidget>(&section, "sheltersTabs")->setCurrentIndex(0);
    table->selectRow(0);
    QVERIFY(!section.selectedShelterId().isEmpty());
    section.editSelected();
    QVERIFY(section.editor());
    QVERIFY(!child<QLineEdit>(section.editor(), "shelterName")->text().isEmpty());

    section.clear();
    QVERIFY(!section.editor());
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(child<QTreeWidget>(&section, "availabilityTree")->topLevelItemCount(), 0);
}

// A filter or search that leaves the registry empty says so, names the filters and clears them in
// one click.
void TestShelterUi::emptyFilterResultNamesFiltersAndClears()
{
    SheltersSection section;
    section.resize(1000, 700);
    section.show();
    QVERIFY(QTest::qWaitForWindowExposed(&section));
    section.vaultOpened(m_vault->vault());
    auto *table = child<QTableView>(&section, "shelterTable");
    auto *notice = child<QWidget>(&section, "emptyResultsNotice");
    QCOMPARE(table->model()->rowCount(), m_demoCount);
    QVERIFY(!notice->isVisible());

    auto *type = child<QComboBox>(&section, "shelterTypeFilter");
    type->setCurrentIndex(type->findData(QStringLiteral("safe_house")));
    QTest::keyClicks(child<QLineEdit>(&section, "shelterSearch"), QStringLiteral("nergensnaam"));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(notice->isVisible());
    QVERIFY(!table->isVisible());
    QCOMPARE(child<QLabel>(notice, "emptyResultsHeadline")->text(), QStringLiteral("No shelters found for ‘nergensnaam’."));
    QVERIFY2(child<QLabel>(notice, "emptyResultsFilters")->text().contains(QStringLiteral("type: ")),
        qPrintable(child<QLabel>(notice, "emptyResultsFilters")->text()));

    child<QPushButton>(notice, "clearFiltersButton")->click();
    QCOMPARE(table->model()->rowCount(), m_demoCount);
    QVERIFY(!notice->isVisible());
    QVERIFY(table->isVisible());
    QCOMPARE(type->currentIndex(), 0);
    QVERIFY(child<QLineEdit>(&section, "shelterSearch")->text().isEmpty());
    section.clear();
}

QTEST_MAIN(TestShelterUi)
#include "TestShelterUi.moc"
