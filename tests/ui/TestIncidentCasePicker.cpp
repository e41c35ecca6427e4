#include "TestVault.h"
#include "UiTestHelpers.h"

#include "cases/CaseRepository.h"
#include "safety/CasePicker.h"
#include "safety/IncidentDialog.h"
#include "safety/IncidentListModel.h"
#include "safety/IncidentRepository.h"
#include "safety/SafetySection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace vangnet;
using namespace vangnet::test;

namespace {
constexpr int SlowMs = 15000;
} // namespace

// Issue #12: an incident is linked to a case by searching its number or a name (in the background,
// on a reader connection), and the incident list shows the case number, never the case's id.
class TestIncidentCasePicker final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_existing;
    std::unique_ptr<MainWindow> m_window;
    QString m_anaId;
    QString m_anaNumber;

    SafetySection *section() const { return m_window->findChild<SafetySection *>(); }

    IncidentDialog *openNewIncident()
    {
        section()->newIncident();
        return section()->editor();
    }

    void fillRequired(IncidentDialog *dialog)
    {
        dialog->findChild<QComboBox *>(QStringLiteral("incidentSetting"))->setCurrentIndex(1);
        dialog->findChild<QComboBox *>(QStringLiteral("incidentType"))->setCurrentIndex(1);
        dialog->findChild<QComboBox *>(QStringLiteral("incidentSource"))->setCurrentIndex(1);
        QTest::keyClicks(
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("incidentDescription")), QStringLiteral("Threatened at the door"));
    }

private slots:
    void init()
    {
        m_existing = std::make_unique<TestVault>();
        CaseRepository repo(m_existing->vault().database());
        auto ana = repo.createFromJson(QJsonObject { { QStringLiteral("givenName"), QStringLiteral("Ana") },
            { QStringLiteral("familyName"), QStringLiteral("Popescu") } });
        QVERIFY(ana);
        m_anaId = ana->id;
        m_anaNumber = repo.load(m_anaId)->number;
        QVERIFY(repo.createFromJson(QJsonObject { { QStringLiteral("givenName"), QStringLiteral("Maria") },
            { QStringLiteral("familyName"), QStringLiteral("Ionescu") } }));
        m_existing->handle().reset();
        m_window = std::make_unique<MainWindow>(fastSettings());
        m_window->start(m_existing->folder());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTest::keyClicks(onPage<QLineEdit>(*m_window, "unlockPage", "passphraseEdit"), testPassphrase());
        onPage<QPushButton>(*m_window, "unlockPage", "unlockButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(*m_window), QStringLiteral("workspace"), SlowMs);
    }

    void cleanup()
    {
        m_window.reset();
        m_existing.reset();
    }

    void findsTheCaseByNameAndShowsItsNumber()
    {
        IncidentDialog *dialog = openNewIncident();
        QVERIFY(dialog);
        auto *picker = dialog->findChild<CasePicker *>();
        QVERIFY(picker);
        QVERIFY(!picker->searchField()->accessibleName().isEmpty());
        QTest::keyClicks(picker->searchField(), QStringLiteral("popes"));
        QTRY_COMPARE(picker->matches()->count(), 1);
        QListWidgetItem *match = picker->matches()->item(0);
        QVERIFY2(match->text().contains(m_anaNumber), qPrintable(match->text()));
        QVERIFY(match->text().contains(QStringLiteral("Ana Popescu")));
        QVERIFY(!match->text().contains(m_anaId));
        picker->matches()->setCurrentItem(match);
        emit picker->matches()->itemActivated(match);
        QCOMPARE(picker->caseId(), m_anaId);
        QCOMPARE(picker->searchField()->text(), m_anaNumber);
        QVERIFY(!picker->matches()->isVisible());

        fillRequired(dialog);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE(section()->incidentModel()->rowCount(), 1);
        auto stored = IncidentRepository(m_window->vault()->database()).list();
        QCOMPARE(stored->first().caseId, m_anaId);
        IncidentListModel *model = section()->incidentModel();
        const QString shown = model->index(0, IncidentListModel::CaseColumn).data().toString();
        QCOMPARE(shown, m_anaNumber); // the number, never the UUID

        // Editing shows the linked case by its number again.
        IncidentDialog *edit = new IncidentDialog(m_window->vault(), m_window.get());
        edit->setIncident(stored->first());
        QCOMPARE(edit->findChild<CasePicker *>()->searchField()->text(), m_anaNumber);
        delete edit;
    }

    void findsTheCaseByNumber()
    {
        IncidentDialog *dialog = openNewIncident();
        auto *picker = dialog->findChild<CasePicker *>();
        QTest::keyClicks(picker->searchField(), m_anaNumber);
        QTRY_COMPARE(picker->matches()->count(), 1);
        QCOMPARE(picker->matches()->item(0)->data(Qt::UserRole).toString(), m_anaId);
        dialog->reject();
    }

    void nothingFoundSaysSoAndLinksNothing()
    {
        IncidentDialog *dialog = openNewIncident();
        auto *picker = dialog->findChild<CasePicker *>();
        QSignalSpy searched(picker, &CasePicker::searched);
        QTest::keyClicks(picker->searchField(), QStringLiteral("Nobody"));
        QTRY_COMPARE(searched.count(), 1);
        QCOMPARE(picker->matches()->count(), 0);
        QVERIFY(picker->findChild<QLabel *>(QStringLiteral("caseLinkState"))->text().contains(QStringLiteral("No case found")));
        QVERIFY(picker->caseId().isEmpty());
        fillRequired(dialog);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE(section()->incidentModel()->rowCount(), 1);
        QVERIFY(IncidentRepository(m_window->vault()->database()).list()->first().caseId.isEmpty());
        QVERIFY(section()->incidentModel()->index(0, IncidentListModel::CaseColumn).data().toString().isEmpty());
    }
};

QTEST_MAIN(TestIncidentCasePicker)
#include "TestIncidentCasePicker.moc"
