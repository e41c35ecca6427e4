// The placement panel of a case: the required level and its reasons, the ranked suggestions with
// their score reasons, the excluded shelters on demand, nothing-fits advice, Place / Hold / End.
#include "CaseTestData.h"
#include "TestVault.h"
#include "common/MessageBox.h"
#include "demo/DemoShelters.h"
#include "placement/PlacementPanel.h"
#include "placement/PlacementRule.h"
#include "shelters/ShelterCodes.h"
#include "shelters/ShelterRepository.h"

#include <QDir>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace vangnet;
using namespace vangnet::test;

class TestPlacementPanel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void redThreatShowsLevelAndSuggestionsAtOrAbove();
    void selectingSuggestionShowsReasonsWithPoints();
    void excludedToggleListsEveryRule();
    void placeTakesABedAndEndGivesItBack();
    void cancelledPlaceChangesNothing();
    void holdBedShowsInHistory();
    void requestAndRefusalTakeNoBed();
    void fullShelterOffersWaitList();
    void overrideNeedsReasonAndShows();
    void nothingFitsShowsAdvice();
    void clearForgetsEverything();
    void reasonsGoUnderTheSuggestionsWhenNarrow();

private:
    template<typename T> static T *child(const QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
    Database &db() { return m_vault->vault().database(); }
    int freeBeds(const QString &shelterId) { return ShelterRepository(db()).find(shelterId)->freeBeds; }
    QString createRedThreatCase(bool policeProtection = false);
    QString createUnplaceableMinor();
    void saveScreenshot(QWidget *widget, const QString &name);

    std::unique_ptr<TestVault> m_vault;
    std::unique_ptr<PlacementPanel> m_panel;
};

void TestPlacementPanel::init()
{
    m_vault = std::make_unique<TestVault>();
    QVERIFY(m_vault->handle());
    QVERIFY(seedDemoShelters(db()));
    m_panel = std::make_unique<PlacementPanel>();
}

void TestPlacementPanel::cleanup()
{
    m_panel.reset();
    m_vault.reset();
}

QString TestPlacementPanel::createRedThreatCase(bool policeProtection)
{
    Case c = makeCase(QStringLiteral("Testa"), QStringLiteral("Rood"));
    c.gender = QStringLiteral("female");
    c.birthDate = QDate::currentDate().addYears(-26);
    c.nationality = QStringLiteral("NL");
    c.residenceStatus = QStringLiteral("nl");
    c.languages = { QStringLiteral("nl"), QStringLiteral("en") };
    c.exploitationForms = { QStringLiteral("sexual") };
    c.exploitationRegion = QStringLiteral("Utrecht");
    c.threat.code = QStringLiteral("red");
    c.threat.policeProtection = policeProtection;
    Perpetrator p;
    p.alias = QStringLiteral("X");
    p.knownAreas = { QStringLiteral("Amsterdam-Amstelland") };
    c.perpetrators = { p };
    return createCase(db(), c);
}

QString TestPlacementPanel::createUnplaceableMinor()
{
    // A boy travelling alone under police protection: only protected-minors shelters at S4 may take
    // him, and the demo registry's only one takes girls.
    Case c = makeCase(QStringLiteral("Testo"), QStringLiteral("Jong"));
    c.gender = QStringLiteral("male");
    c.birthDate = QDate::currentDate().addYears(-15);
    c.minor = true;
    c.unaccompaniedMinor = true;
    c.residenceStatus = QStringLiteral("asylum");
    c.threat.code = QStringLiteral("red");
    c.threat.policeProtection = true;
    return createCase(db(), c);
}

void TestPlacementPanel::saveScreenshot(QWidget *widget, const QString &name)
{
    // Set VANGNET_SCREENSHOT_DIR to look at the panel as a user would.
    const QString dir = qEnvironmentVariable("VANGNET_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->resize(1180, 980);
    widget->show();
    QTest::qWait(50);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

void TestPlacementPanel::redThreatShowsLevelAndSuggestionsAtOrAbove()
{
    const QString caseId = createRedThreatCase();
    QVERIFY(!caseId.isEmpty());
    m_panel->setCase(caseId, db());
    QVERIFY(m_panel->view().has_value());
    const int required = m_panel->view()->advice.required.level;
    QVERIFY(required >= 3);
    QCOMPARE(child<QLabel>(m_panel.get(), "requiredLevel")->text(), ShelterCodes::levelCode(required));
    QCOMPARE(child<QLabel>(m_panel.get(), "requiredLevelTitle")->text(), ShelterCodes::levelLabel(required));
    const QString reasons = child<QLabel>(m_panel.get(), "levelReasons")->text();
    for (const QString &r : m_panel->view()->advice.required.reasons)
        QVERIFY(reasons.contains(r.toHtmlEscaped()));

    auto *table = child<QTableWidget>(m_panel.get(), "suggestionTable");
    QVERIFY(table->rowCount() > 0);
    QCOMPARE(table->rowCount(), int(m_panel->view()->advice.suggestions.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto level = ShelterCodes::parseLevel(table->item(row, PlacementPanel::LevelColumn)->text());
        QVERIFY(level.has_value());
        QVERIFY2(*level >= required, qPrintable(table->item(row, PlacementPanel::ShelterColumn)->text()));
        QVERIFY(table->item(row, PlacementPanel::FreeBedsColumn)->text().toInt() > 0);
        QCOMPARE(table->item(row, PlacementPanel::RankColumn)->text(), QString::number(row + 1));
    }
    QVERIFY(child<QFrame>(m_panel.get(), "nothingFitsFrame")->isHidden());

    m_panel->setCase(createRedThreatCase(true), db());
    QCOMPARE(child<QLabel>(m_panel.get(), "requiredLevel")->text(), QStringLiteral("S4"));
    saveScreenshot(m_panel.get(), QStringLiteral("placement-s4.png"));
}

void TestPlacementPanel::selectingSuggestionShowsReasonsWithPoints()
{
    m_panel->setCase(createRedThreatCase(), db());
    auto *table = child<QTableWidget>(m_panel.get(), "suggestionTable");
    auto *reasons = child<QTreeWidget>(m_panel.get(), "suggestionReasons");
    QVERIFY(table->rowCount() > 1);
    QCOMPARE(m_panel->selectedShelterId(), m_panel->view()->advice.suggestions.first().shelterId); // the best is preselected
    table->selectRow(1);
    const Suggestion &second = m_panel->view()->advice.suggestions.at(1);
    QCOMPARE(m_panel->selectedShelterId(), second.shelterId);
    QCOMPARE(reasons->topLevelItemCount(), int(second.reasons.size()) + 1); // every reason and the total
    for (int i = 0; i < second.reasons.size(); ++i) {
        QCOMPARE(reasons->topLevelItem(i)->text(1), second.reasons.at(i).text);
        QVERIFY(reasons->topLevelItem(i)->text(0).endsWith(QString::number(std::abs(second.reasons.at(i).points))));
    }
    QVERIFY(reasons->topLevelItem(reasons->topLevelItemCount() - 1)->text(0).endsWith(QString::number(std::abs(second.score))));
    saveScreenshot(m_panel.get(), QStringLiteral("placement.png"));
}

void TestPlacementPanel::excludedToggleListsEveryRule()
{
    m_panel->show();
    m_panel->setCase(createRedThreatCase(), db());
    auto *tree = child<QTreeWidget>(m_panel.get(), "excludedTree");
    auto *toggle = child<QPushButton>(m_panel.get(), "showExcludedButton");
    const auto &excluded = m_panel->view()->advice.excluded;
    QVERIFY(!excluded.isEmpty());
    QVERIFY(!tree->isVisible());
    QVERIFY(toggle->text().contains(QString::number(excluded.size())));

    toggle->click();
    QVERIFY(tree->isVisible());
    QCOMPARE(tree->topLevelItemCount(), int(excluded.size()));
    bool sawSecurityLevel = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = tree->topLevelItem(i);
        QCOMPARE(top->text(0), excluded.at(i).name);
        QCOMPARE(top->childCount(), int(excluded.at(i).violations.size()));
        QVERIFY(top->childCount() > 0);
        for (int r = 0; r < top->childCount(); ++r) {
            QCOMPARE(top->child(r)->text(1), excluded.at(i).violations.at(r).text);
            sawSecurityLevel |= top->child(r)->data(0, Qt::UserRole + 1).toString() == QLatin1String("security_level");
        }
    }
    QVERIFY(sawSecurityLevel);
    saveScreenshot(m_panel.get(), QStringLiteral("placement-excluded.png"));
    toggle->click();
    QVERIFY(!tree->isVisible());
}

void TestPlacementPanel::placeTakesABedAndEndGivesItBack()
{
    const QString caseId = createRedThreatCase();
    m_panel->setCase(caseId, db());
    QVERIFY(m_panel->selectSuggestion(m_panel->view()->advice.suggestions.first().shelterId));
    const QString shelterId = m_panel->selectedShelterId();
    const int before = freeBeds(shelterId);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_panel->placeSelected());
    QVERIFY(MessageBox::lastText().contains(m_panel->view()->caseNumber));
    QCOMPARE(freeBeds(shelterId), before - 1);
    auto *history = child<QTreeWidget>(m_panel.get(), "placementHistory");
    QCOMPARE(history->topLevelItemCount(), 1);
    QCOMPARE(history->topLevelItem(0)->text(1), ShelterCodes::label(ShelterCodeKind::PlacementStatus, QStringLiteral("placed")));
    QCOMPARE(m_panel->view()->placements.first().status, QStringLiteral("placed"));

    history->setCurrentItem(history->topLevelItem(0));
    QVERIFY(child<QPushButton>(m_panel.get(), "endPlacementButton")->isEnabled());
    const QString placementId = m_panel->selectedPlacementId();
    QVERIFY(!placementId.isEmpty());
    QVERIFY(m_panel->endPlacement(placementId, QStringLiteral("Moved to family")));
    QCOMPARE(freeBeds(shelterId), before);
    QCOMPARE(m_panel->view()->placements.first().status, QStringLiteral("ended"));
    QCOMPARE(history->topLevelItem(0)->childCount(), 2); // placed, ended
}

void TestPlacementPanel::cancelledPlaceChangesNothing()
{
    m_panel->setCase(createRedThreatCase(), db());
    const QString shelterId = m_panel->selectedShelterId();
    const int before = freeBeds(shelterId);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_panel->placeSelected());
    QCOMPARE(freeBeds(shelterId), before);
    QVERIFY(m_panel->view()->placements.isEmpty());
}

void TestPlacementPanel::holdBedShowsInHistory()
{
    m_panel->setCase(createRedThreatCase(), db());
    const QString shelterId = m_panel->selectedShelterId();
    const int before = freeBeds(shelterId);
    QVERIFY(m_panel->holdSelected(3));
    QCOMPARE(freeBeds(shelterId), before - 1);
    auto *history = child<QTreeWidget>(m_panel.get(), "placementHistory");
    QCOMPARE(history->topLevelItemCount(), 1);
    QVERIFY(!history->topLevelItem(0)->text(3).isEmpty()); // held until
    history->setCurrentItem(history->topLevelItem(0));
    QVERIFY(child<QPushButton>(m_panel.get(), "confirmPlacementButton")->isEnabled());
    QVERIFY(m_panel->confirmHeldBed(m_panel->selectedPlacementId()));
    QCOMPARE(m_panel->view()->placements.first().status, QStringLiteral("placed"));
    QCOMPARE(freeBeds(shelterId), before - 1); // the held bed becomes the placement's bed
}

void TestPlacementPanel::requestAndRefusalTakeNoBed()
{
    m_panel->setCase(createRedThreatCase(), db());
    const QString shelterId = m_panel->selectedShelterId();
    const int before = freeBeds(shelterId);
    QVERIFY(child<QPushButton>(m_panel.get(), "requestBedButton")->isEnabled());
    QVERIFY(m_panel->requestSelected());
    QCOMPARE(m_panel->view()->placements.first().status, QStringLiteral("requested"));
    QCOMPARE(freeBeds(shelterId), before);

    auto *history = child<QTreeWidget>(m_panel.get(), "placementHistory");
    history->setCurrentItem(history->topLevelItem(0));
    QVERIFY(child<QPushButton>(m_panel.get(), "refusePlacementButton")->isEnabled());
    const QString placementId = m_panel->selectedPlacementId();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_panel->refusePlacement(placementId, QStringLiteral("   "))); // a reason is required
    QCOMPARE(m_panel->view()->placements.first().status, QStringLiteral("requested"));
    QVERIFY(m_panel->refusePlacement(placementId, QStringLiteral("No room for a security case this month")));
    QCOMPARE(m_panel->view()->placements.first().status, QStringLiteral("refused"));
    QCOMPARE(freeBeds(shelterId), before);
}

void TestPlacementPanel::fullShelterOffersWaitList()
{
    const QString caseId = createRedThreatCase();
    m_panel->setCase(caseId, db());
    // Fill the best shelter: it drops out of the suggestions with only "free bed" against it.
    const QString shelterId = m_panel->view()->advice.suggestions.first().shelterId;
    QVERIFY(ShelterRepository(db()).setAvailability(shelterId, 0, QDate::currentDate()));
    m_panel->setCase(caseId, db());
    child<QPushButton>(m_panel.get(), "showExcludedButton")->setChecked(true);
    auto *excluded = child<QTreeWidget>(m_panel.get(), "excludedTree");
    QTreeWidgetItem *full = nullptr;
    for (int i = 0; i < excluded->topLevelItemCount(); ++i)
        if (excluded->topLevelItem(i)->childCount() == 1)
            if (excluded->topLevelItem(i)->child(0)->text(0) == PlacementRules::title(PlacementRule::FreeBed))
                full = excluded->topLevelItem(i);
    QVERIFY(full);
    excluded->setCurrentItem(full);
    QVERIFY(child<QPushButton>(m_panel.get(), "waitListButton")->isEnabled());
    QVERIFY(m_panel->waitListSelected());
    QCOMPARE(m_panel->view()->placements.first().status, QStringLiteral("wait_list"));
    // A shelter excluded for another reason (here: a security level below the required one) offers no wait list.
    for (int i = 0; i < excluded->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = excluded->topLevelItem(i);
        if (item->childCount() >= 1 && item->child(0)->text(0) != PlacementRules::title(PlacementRule::FreeBed)) {
            excluded->setCurrentItem(item);
            QVERIFY(!child<QPushButton>(m_panel.get(), "waitListButton")->isEnabled());
            break;
        }
    }
}

void TestPlacementPanel::overrideNeedsReasonAndShows()
{
    m_panel->setCase(createRedThreatCase(), db());
    auto *badge = child<QLabel>(m_panel.get(), "requiredLevel");
    auto *info = child<QLabel>(m_panel.get(), "overrideInfo");
    const QString derived = badge->text();
    QVERIFY(info->isHidden());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_panel->setOverride(4, QStringLiteral("  ")));
    QCOMPARE(badge->text(), derived);

    QVERIFY(m_panel->setOverride(4, QStringLiteral("Police advise hiding after a new threat")));
    QCOMPARE(badge->text(), QStringLiteral("S4"));
    QVERIFY(!info->isHidden());
    QVERIFY(info->text().contains(QStringLiteral("Police advise hiding")));
    QVERIFY(info->text().contains(derived));
    for (const Suggestion &s : m_panel->view()->advice.suggestions)
        QCOMPARE(s.securityLevel, 4);
    QVERIFY(!child<QPushButton>(m_panel.get(), "clearOverrideButton")->isHidden());

    QVERIFY(m_panel->clearOverride());
    QCOMPARE(badge->text(), derived);
    QVERIFY(info->isHidden());
}

void TestPlacementPanel::nothingFitsShowsAdvice()
{
    m_panel->setCase(createUnplaceableMinor(), db());
    QVERIFY(m_panel->view().has_value());
    QVERIFY(m_panel->view()->advice.nothingFits.has_value());
    QCOMPARE(child<QTableWidget>(m_panel.get(), "suggestionTable")->rowCount(), 0);
    QVERIFY(!child<QFrame>(m_panel.get(), "nothingFitsFrame")->isHidden());
    const QString text = child<QLabel>(m_panel.get(), "nothingFitsAdvice")->text();
    const NothingFits &advice = *m_panel->view()->advice.nothingFits;
    QVERIFY(text.contains(advice.text.toHtmlEscaped()));
    QVERIFY(!advice.nextSteps.isEmpty());
    for (const QString &step : advice.nextSteps)
        QVERIFY(text.contains(step.toHtmlEscaped()));
    QVERIFY(text.contains(QStringLiteral("CoMensha")));
    QVERIFY(!child<QPushButton>(m_panel.get(), "placeButton")->isEnabled());
    QVERIFY(!child<QPushButton>(m_panel.get(), "holdBedButton")->isEnabled());
    saveScreenshot(m_panel.get(), QStringLiteral("placement-nothing-fits.png"));
}

void TestPlacementPanel::clearForgetsEverything()
{
    m_panel->setCase(createRedThreatCase(), db());
    m_panel->clear();
    QVERIFY(!m_panel->view().has_value());
    QCOMPARE(child<QTableWidget>(m_panel.get(), "suggestionTable")->rowCount(), 0);
    QCOMPARE(child<QTreeWidget>(m_panel.get(), "suggestionReasons")->topLevelItemCount(), 0);
    QCOMPARE(child<QTreeWidget>(m_panel.get(), "placementHistory")->topLevelItemCount(), 0);
    QCOMPARE(child<QLabel>(m_panel.get(), "levelReasons")->text(), QString());
}

// In the case editor on a 1024 px screen the panel is about 640 px wide: the reasons go under the
// suggestions, the type column keeps a few words, and nothing scrolls sideways (TestScreensFit).
void TestPlacementPanel::reasonsGoUnderTheSuggestionsWhenNarrow()
{
    m_panel->setCase(createRedThreatCase(), db());
    m_panel->resize(640, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    auto *splitter = child<QSplitter>(m_panel.get(), "suggestionSplitter");
    auto *table = child<QTableWidget>(m_panel.get(), "suggestionTable");
    QCOMPARE(splitter->orientation(), Qt::Vertical);
    QVERIFY(table->columnWidth(PlacementPanel::TypeColumn) > table->fontMetrics().horizontalAdvance(QStringLiteral("Safehouse")));
    auto *scroll = child<QScrollArea>(m_panel.get(), "placementScroll");
    QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    m_panel->resize(1180, 900);
    QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
    QCOMPARE(table->horizontalHeader()->sectionResizeMode(PlacementPanel::TypeColumn), QHeaderView::Stretch);
}

QTEST_MAIN(TestPlacementPanel)
#include "TestPlacementPanel.moc"
