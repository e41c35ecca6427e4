#include "TestVault.h"
#include "safety/VisitRulesPanel.h"
#include "safety/VisitRulesRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace vangnet;

// Visit rules per case from the desktop: set, stored, shown again, cleared on lock.
class TestVisitRulesPanel final : public QObject
{
    Q_OBJECT

private slots:
    void setAndReload()
    {
        test::TestVault tv;
        const QString caseId = QStringLiteral("3f1c2a4e-0000-4000-8000-000000000001");
        VisitRulesPanel panel;
        QSignalSpy changed(&panel, &VisitRulesPanel::rulesChanged);
        panel.setCase(caseId, tv.vault().database());
        auto *twoPerson = panel.findChild<QCheckBox *>(QStringLiteral("rule_two_person_visits"));
        auto *noHome = panel.findChild<QCheckBox *>(QStringLiteral("rule_no_home_visits"));
        QVERIFY(twoPerson && noHome);
        QVERIFY(twoPerson->isEnabled());
        twoPerson->setChecked(true);
        noHome->setChecked(true);
        QTest::keyClicks(
            panel.findChild<QPlainTextEdit *>(QStringLiteral("visitRulesNote")), QStringLiteral("Meet at the office"));
        panel.findChild<QPushButton *>(QStringLiteral("saveVisitRules"))->click();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), caseId);

        auto stored = VisitRulesRepository(tv.vault().database()).find(caseId);
        QVERIFY(stored.ok() && stored.value());
        QCOMPARE(stored.value()->rules, (QStringList { QStringLiteral("two_person_visits"), QStringLiteral("no_home_visits") }));
        QCOMPARE(stored.value()->note, QStringLiteral("Meet at the office"));

        // Shown again for the same case; nothing shown and nothing editable after clear (lock).
        VisitRulesPanel again;
        again.setCase(caseId, tv.vault().database());
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("rule_two_person_visits"))->isChecked());
        again.clear();
        QVERIFY(!again.findChild<QCheckBox *>(QStringLiteral("rule_two_person_visits"))->isChecked());
        QVERIFY(again.findChild<QPlainTextEdit *>(QStringLiteral("visitRulesNote"))->toPlainText().isEmpty());
        QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("saveVisitRules"))->isEnabled());

        // Unticking everything removes the rules.
        panel.setCase(caseId, tv.vault().database());
        for (QCheckBox *box : panel.findChildren<QCheckBox *>())
            box->setChecked(false);
        panel.findChild<QPlainTextEdit *>(QStringLiteral("visitRulesNote"))->clear();
        QVERIFY(panel.save());
        auto removed = VisitRulesRepository(tv.vault().database()).find(caseId);
        QVERIFY(removed.ok() && !removed.value());
    }
};

QTEST_MAIN(TestVisitRulesPanel)
#include "TestVisitRulesPanel.moc"
