#include "TestVault.h"
#include "UiTestHelpers.h"

#include "cases/CaseFilterBar.h"
#include "cases/CaseRepository.h"
#include "cases/CasesSection.h"
#include "common/RefreshWhenShown.h"
#include "exchange/FingerprintLabel.h"
#include "exchange/IdentityStore.h"
#include "exchange/SharingSection.h"
#include "overview/OverviewSection.h"
#include "safety/IncidentJson.h"
#include "safety/IncidentListModel.h"
#include "safety/IncidentRepository.h"
#include "safety/SafetySection.h"
#include "vault/VaultIdText.h"
#include "vault/VaultSection.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

using namespace vangnet;
using namespace vangnet::test;

// Issue #12, the window's longest stall during unlock: the unlock reads only what the window shows
// then. The sections out of sight read when they are shown (RefreshWhenShown), and the overview's
// figures and the filter bar's choices start their readers once the workspace is on screen.
class TestUnlockReads final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_vault;
    std::unique_ptr<MainWindow> m_window;
    int m_readersWhenShown = -1;

    void addData()
    {
        Database &db = m_vault->vault().database();
        auto created = CaseRepository(db).createFromJson(QJsonObject {
            { QStringLiteral("givenName"), QStringLiteral("Rood") }, { QStringLiteral("coordinator"), QStringLiteral("Ilse") } });
        QVERIFY(created);
        auto incident = IncidentJson::fromJson(QJsonObject { { QStringLiteral("date"), QStringLiteral("2026-12-01") },
            { QStringLiteral("setting"), QStringLiteral("office") }, { QStringLiteral("type"), QStringLiteral("verbal") },
            { QStringLiteral("source"), QStringLiteral("unknown") }, { QStringLiteral("description"), QStringLiteral("d") } });
        QVERIFY(incident);
        QVERIFY(IncidentRepository(db).add(incident.value()));
    }

    void unlock()
    {
        onPage<QLineEdit>(*m_window, "unlockPage", "passphraseEdit")->setText(testPassphrase());
        onPage<QPushButton>(*m_window, "unlockPage", "unlockButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(*m_window), QStringLiteral("workspace"), 30000);
    }

private slots:
    void init()
    {
        m_vault = std::make_unique<TestVault>();
        addData();
        m_vault->handle().reset();
        m_window = std::make_unique<MainWindow>(fastSettings());
        m_window->start(m_vault->folder());
        m_window->resize(1024, 576);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The readers open at the moment the workspace comes on screen.
        m_readersWhenShown = -1;
        auto *pages = child<QStackedWidget>(m_window.get(), "pages");
        connect(pages, &QStackedWidget::currentChanged, this, [this, pages] {
            if (m_readersWhenShown < 0 && pages->currentWidget()->objectName() == QLatin1String("workspace"))
                m_readersWhenShown = m_window->vault()->readerCount();
        });
    }

    void cleanup()
    {
        m_window.reset();
        m_vault.reset();
    }

    void hiddenSectionsReadWhenShown()
    {
        unlock();
        Vault &vault = *m_window->vault();
        // Out of sight at unlock: nothing read yet.
        auto *fingerprint = m_window->findChild<FingerprintLabel *>(QStringLiteral("ownFingerprint"));
        QVERIFY(fingerprint);
        QCOMPARE(fingerprint->fingerprint(), QString());
        QCOMPARE(child<QLabel>(m_window.get(), "vaultIdValue")->text(), QString());
        auto *safety = m_window->findChild<SafetySection *>();
        QCOMPARE(safety->incidentModel()->rowCount(), 0);

        // Shown, as a click in the navigation does: read at once.
        QVERIFY(showSection<SharingSection>(*m_window));
        QCOMPARE(fingerprint->fingerprint(), IdentityStore(vault.database()).ownIdentity()->publicIdentity.fingerprint());
        QVERIFY(showSection<VaultSection>(*m_window));
        QCOMPARE(child<QLabel>(m_window.get(), "vaultIdValue")->text(), readableVaultId(vault.vaultId()));
        QVERIFY(showSection<SafetySection>(*m_window));
        QCOMPARE(safety->incidentModel()->rowCount(), 1);
    }

    void aLockDropsTheReadsNotYetDone()
    {
        unlock();
        // Never shown, then locked: showing the sections while locked reads nothing (the vault is
        // closed) and shows nothing of the vault.
        m_window->lock();
        QCOMPARE(currentPage(*m_window), QStringLiteral("unlockPage"));
        auto *sharing = m_window->findChild<SharingSection *>();
        sharing->show();
        QCOMPARE(m_window->findChild<FingerprintLabel *>(QStringLiteral("ownFingerprint"))->fingerprint(), QString());
        QCOMPARE(child<QLabel>(m_window.get(), "vaultIdValue")->text(), QString());
        QVERIFY(!m_window->vault()->holdsKeyMaterial());
        // And the next unlock reads the section that is then shown.
        unlock();
        QVERIFY(showSection<SharingSection>(*m_window));
        QVERIFY(!m_window->findChild<FingerprintLabel *>(QStringLiteral("ownFingerprint"))->fingerprint().isEmpty());
    }

    void readersStartOnceTheWorkspaceIsShown()
    {
        unlock();
        // Only the case list's reader exists when the workspace comes on screen (it serves the
        // first page; it may not have opened yet, on its own thread); the overview's figures and the
        // filter's choices make theirs after it.
        QCOMPARE(m_readersWhenShown, 1);
        auto *overview = m_window->findChild<OverviewSection *>();
        QTRY_VERIFY_WITH_TIMEOUT(overview->figures().has_value(), 10000);
        QTRY_VERIFY(!overview->isLoading());
        auto *coordinators = child<QComboBox>(m_window.get(), "coordinatorFilter");
        QTRY_COMPARE(coordinators->findData(QStringLiteral("Ilse")), 1);
    }

    void filterChoicesKeepTheChosenValue()
    {
        unlock();
        auto *bar = m_window->findChild<CaseFilterBar *>();
        auto *coordinators = child<QComboBox>(m_window.get(), "coordinatorFilter");
        QTRY_VERIFY(coordinators->findData(QStringLiteral("Ilse")) > 0);
        // A saved filter may name a coordinator without cases: chosen, it stays chosen when the
        // choices are read again (they do not hold it).
        CaseFilter f;
        f.coordinator = QStringLiteral("Bram");
        bar->setFilter(f);
        bar->refreshChoices();
        QTRY_VERIFY(!bar->isReadingChoices());
        QCOMPARE(coordinators->currentData().toString(), QStringLiteral("Bram"));
        QCOMPARE(bar->filter().coordinator, QStringLiteral("Bram"));
        QVERIFY(coordinators->findData(QStringLiteral("Ilse")) > 0);
        // The lock empties the choices, the chosen one included: no name stays behind.
        m_window->lock();
        QCOMPARE(coordinators->count(), 1);
        QCOMPARE(coordinators->currentData().toString(), QString());
    }

    void refreshWhenShownWaitsForTheShow()
    {
        QWidget widget;
        int refreshed = 0;
        auto *refresh = new RefreshWhenShown(&widget, [&refreshed] { ++refreshed; });
        refresh->request();
        QCOMPARE(refreshed, 0);
        QVERIFY(refresh->isPending());
        widget.show();
        QCOMPARE(refreshed, 1);
        QVERIFY(!refresh->isPending());
        refresh->request(); // visible: at once
        QCOMPARE(refreshed, 2);
        widget.hide();
        refresh->request();
        refresh->drop();
        widget.show();
        QCOMPARE(refreshed, 2); // dropped (a lock)
        widget.hide();
        refresh->request();
        refresh->flush(); // code about to read what it shows
        QCOMPARE(refreshed, 3);
        widget.show();
        QCOMPARE(refreshed, 3);
    }
};

QTEST_MAIN(TestUnlockReads)
#include "TestUnlockReads.moc"
