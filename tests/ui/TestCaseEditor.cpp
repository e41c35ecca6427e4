#include "CaseTestData.h"
#include "TestVault.h"
#include "cases/Attachments.h"
#include "cases/CaseEditor.h"
#include "cases/CodeCombo.h"
#include "cases/SectionList.h"
#include "cases/TextPrompt.h"
#include "common/MessageBox.h"
#include "domain/Phase.h"
#include "i18n/DateText.h"
#include "safety/DangerBanner.h"
#include "safety/SecureClipboard.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QTest>

using namespace vangnet;
using namespace vangnet::test;

// The case editor driven through the keyboard and mouse like a coordinator would.
class TestCaseEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typedValuesAreSavedWithHistory();
    void invalidDateShowsInlineMessageAndSavesNothing();
    void reflectionEndIsProposedAndMovesAreExplained();
    void unsavedGuard_data();
    void unsavedGuard();
    void closingAsksForAReason();
    void redThreatShowsDangerBanner();
    void duplicateIsFlaggedOnCreate();
    void notesAndAttachments();
    void panelsHearTheCase();
    void phoneIsCopiedSecurely();

private:
    template<typename T = QWidget> T *field(const char *name) const
    {
        T *w = m_editor->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    void typeInto(const char *name, const QString &text)
    {
        auto *edit = field<QLineEdit>(name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    static void choose(CodeCombo *combo, const QString &code)
    {
        combo->setFocus();
        const int target = combo->findData(code);
        // Keyboard: step to the entry instead of setting it, as a user with arrow keys would.
        while (combo->currentIndex() < target)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > target)
            QTest::keyClick(combo, Qt::Key_Up);
    }

    std::unique_ptr<TestVault> m_vault;
    std::unique_ptr<CaseEditor> m_editor;
};

void TestCaseEditor::init()
{
    m_vault = std::make_unique<TestVault>();
    QVERIFY(m_vault->vault().isOpen());
    m_editor = std::make_unique<CaseEditor>();
    m_editor->setDatabase(&m_vault->vault().database());
    m_editor->resize(800, 700);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestCaseEditor::cleanup()
{
    m_editor.reset();
    m_vault.reset();
}

void TestCaseEditor::typedValuesAreSavedWithHistory()
{
    QVERIFY(m_editor->newCase());
    QCOMPARE(field<QLabel>("caseHeader")->text(), QStringLiteral("New case"));
    typeInto("givenNameEdit", QStringLiteral("Zwaantje"));
    typeInto("familyNameEdit", QStringLiteral("Veldkamp"));
    typeInto("birthDateEdit", QStringLiteral("14-02-1999")); // the Dutch way round is accepted
    choose(field<CodeCombo>("genderCombo"), QStringLiteral("female"));
    choose(field<CodeCombo>("residenceStatusCombo"), QStringLiteral("b8_reflection"));
    field<QCheckBox>("check_labour")->click();
    QVERIFY(m_editor->isDirty());
    QSignalSpy saved(m_editor.get(), &CaseEditor::caseSaved);
    QTest::keyClick(field<QLineEdit>("givenNameEdit"), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.size(), 1);
    QVERIFY(!m_editor->isDirty());
    const QString id = m_editor->caseId();
    QVERIFY(!id.isEmpty());
    // The header shows the number, never the name.
    QCOMPARE(field<QLabel>("caseHeader")->text(), m_editor->caseNumber());
    QVERIFY(!m_editor->window()->windowTitle().contains(QStringLiteral("Zwaantje")));

    CaseRepository repo(m_vault->vault().database());
    auto loaded = repo.load(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->givenName, QStringLiteral("Zwaantje"));
    QCOMPARE(loaded->familyName, QStringLiteral("Veldkamp"));
    QCOMPARE(loaded->birthDate, QDate(1999, 2, 14));
    QCOMPARE(loaded->gender, QStringLiteral("female"));
    QCOMPARE(loaded->residenceStatus, QStringLiteral("b8_reflection"));
    QCOMPARE(loaded->exploitationForms, QStringList { QStringLiteral("labour") });

    // Change one field: the history records who, when, old and new, and the History tab shows it.
    typeInto("familyNameEdit", QStringLiteral("Veldhuis"));
    QVERIFY(m_editor->save());
    auto history = repo.history(id);
    QVERIFY(history);
    bool found = false;
    for (const HistoryEntry &e : history.value())
        if (e.field == QLatin1String("familyName") && e.oldValue.toString() == QLatin1String("Veldkamp")
            && e.newValue.toString() == QLatin1String("Veldhuis"))
            found = !e.actor.isEmpty() && e.at.isValid();
    QVERIFY(found);
    auto *table = field<QTableWidget>("historyTable");
    QVERIFY(table->rowCount() >= 2);
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Veldkamp"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Veldhuis"));
}

void TestCaseEditor::invalidDateShowsInlineMessageAndSavesNothing()
{
    Database &db = m_vault->vault().database();
    const QString id = createCase(db, makeCase(QStringLiteral("Ineke"), QStringLiteral("Datumfout")));
    QVERIFY(m_editor->openCase(id));
    typeInto("reflectionStartEdit", QStringLiteral("2025-02-30"));
    typeInto("phoneEdit", QStringLiteral("0612345678"));
    QVERIFY(!m_editor->save());
    auto *message = field<QLabel>("error_reflectionStart");
    QVERIFY(message->isVisible());
    // The message names the field as the form labels it.
    QVERIFY2(message->text().startsWith(QStringLiteral("Reflection starts")), qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("YYYY-MM-DD")));
    // The tab with the problem is shown.
    QCOMPARE(m_editor->sections()->currentIndex(), 1);
    QVERIFY(!field<QLabel>("error_phone")->isVisible());
    // Nothing was written.
    auto loaded = CaseRepository(db).load(id);
    QVERIFY(loaded);
    QVERIFY(loaded->phone.isEmpty());
    QVERIFY(m_editor->isDirty());

    // Fixing it clears the message and saves.
    typeInto("reflectionStartEdit", QStringLiteral("2025-02-28"));
    QVERIFY(m_editor->save());
    QVERIFY(!field<QLabel>("error_reflectionStart")->isVisible());
    QCOMPARE(CaseRepository(db).load(id)->phone, QStringLiteral("0612345678"));
}

// Typing the start fills the end three months later (30 November → 28 February); the end can be
// shortened, with the reason asked and kept in the history; past three months is refused, naming the
// rule; the days left are shown.
void TestCaseEditor::reflectionEndIsProposedAndMovesAreExplained()
{
    Database &db = m_vault->vault().database();
    const QString id = createCase(db, makeCase(QStringLiteral("Bea"), QStringLiteral("Bedenktijd")));
    QVERIFY(m_editor->openCase(id));
    auto *end = field<QLineEdit>("reflectionEndEdit");
    typeInto("reflectionStartEdit", QStringLiteral("30-11-2026"));
    QCOMPARE(end->text(), DateText::date(QDate(2027, 2, 28)));
    // The start corrected while the end is still the proposal: the end follows.
    typeInto("reflectionStartEdit", QStringLiteral("2027-11-30"));
    QCOMPARE(end->text(), DateText::date(QDate(2028, 2, 29)));
    const QDate today = QDate::currentDate();
    const int left = int(today.daysTo(QDate(2028, 2, 29)));
    QVERIFY2(field<QLabel>("reflectionDaysLabel")->text().contains(QString::number(left)),
        qPrintable(field<QLabel>("reflectionDaysLabel")->text()));
    // The proposal itself needs no reason.
    QVERIFY(m_editor->save());
    QCOMPARE(CaseRepository(db).load(id)->reflectionEnd, QDate(2028, 2, 29));

    // An end typed by hand is never overwritten by the start.
    typeInto("reflectionEndEdit", QStringLiteral("2028-01-15"));
    typeInto("reflectionStartEdit", QStringLiteral("2027-11-29"));
    QCOMPARE(end->text(), QStringLiteral("2028-01-15"));
    typeInto("reflectionStartEdit", QStringLiteral("2027-11-30"));

    // Shortening asks why; without an answer nothing is saved.
    TextPrompt::setNextAnswer(std::nullopt);
    QVERIFY(!m_editor->save());
    QVERIFY(field<QLabel>("error_reflectionEnd")->isVisible());
    QCOMPARE(CaseRepository(db).load(id)->reflectionEnd, QDate(2028, 2, 29));
    TextPrompt::setNextAnswer(QStringLiteral("Aangifte gedaan, bedenktijd eerder beëindigd"));
    QVERIFY(m_editor->save());
    QVERIFY(TextPrompt::lastLabel().contains(QStringLiteral("instead of")));
    QCOMPARE(CaseRepository(db).load(id)->reflectionEnd, QDate(2028, 1, 15));
    auto *history = field<QTableWidget>("historyTable");
    bool reasonShown = false;
    for (int row = 0; row < history->rowCount(); ++row)
        reasonShown = reasonShown
            || (history->item(row, 2)->text() == QStringLiteral("Reason for the reflection end")
                && history->item(row, 4)->text() == QStringLiteral("Aangifte gedaan, bedenktijd eerder beëindigd"));
    QVERIFY(reasonShown);

    // Beyond three months: refused under the field, with the rule named; nothing stored.
    typeInto("reflectionEndEdit", QStringLiteral("2028-03-01"));
    QVERIFY(!m_editor->save());
    auto *message = field<QLabel>("error_reflectionEnd");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("at most three months")), qPrintable(message->text()));
    QCOMPARE(CaseRepository(db).load(id)->reflectionEnd, QDate(2028, 1, 15));
}

void TestCaseEditor::unsavedGuard_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("switched");
    QTest::addColumn<QString>("stored");
    QTest::newRow("save") << int(QMessageBox::Save) << true << QStringLiteral("Nieuw");
    QTest::newRow("discard") << int(QMessageBox::Discard) << true << QStringLiteral("Oud");
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << false << QStringLiteral("Oud");
}

void TestCaseEditor::unsavedGuard()
{
    QFETCH(int, answer);
    QFETCH(bool, switched);
    QFETCH(QString, stored);
    Database &db = m_vault->vault().database();
    const QString first = createCase(db, makeCase(QStringLiteral("Eerste"), QStringLiteral("Oud")));
    const QString second = createCase(db, makeCase(QStringLiteral("Tweede"), QStringLiteral("Ander")));
    QVERIFY(m_editor->openCase(first));
    typeInto("familyNameEdit", QStringLiteral("Nieuw"));
    QVERIFY(m_editor->isDirty());

    MessageBox::setNextAnswer(QMessageBox::StandardButton(answer));
    QCOMPARE(m_editor->openCase(second), switched);
    QVERIFY(MessageBox::lastText().contains(CaseRepository(db).load(first)->number));
    QCOMPARE(m_editor->caseId(), switched ? second : first);
    QCOMPARE(CaseRepository(db).load(first)->familyName, stored);
    if (!switched) {
        QVERIFY(m_editor->isDirty());
        QCOMPARE(field<QLineEdit>("familyNameEdit")->text(), QStringLiteral("Nieuw"));
    }
}

void TestCaseEditor::closingAsksForAReason()
{
    Database &db = m_vault->vault().database();
    const QString id = createCase(db, makeCase(QStringLiteral("Sluit"), QStringLiteral("Reden"), QStringLiteral("trajectory")));
    QVERIFY(m_editor->openCase(id));
    // Only the allowed targets are offered.
    const QStringList allowed = Phase::allowedTargets(QStringLiteral("trajectory"), QString());
    const QList<QPushButton *> buttons
        = m_editor->findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^phaseButton_")));
    QCOMPARE(buttons.size(), allowed.size());
    for (const QString &target : allowed)
        QVERIFY(m_editor->findChild<QPushButton *>(QStringLiteral("phaseButton_") + target));

    auto *close = m_editor->findChild<QPushButton *>(QStringLiteral("phaseButton_closed"));
    QVERIFY(close);
    TextPrompt::setNextAnswer(std::nullopt); // cancelled
    close->click();
    QCOMPARE(CaseRepository(db).load(id)->phase, QStringLiteral("trajectory"));
    TextPrompt::setNextAnswer(QString()); // empty reason
    MessageBox::setNextAnswer(QMessageBox::Ok);
    close->click();
    QCOMPARE(CaseRepository(db).load(id)->phase, QStringLiteral("trajectory"));

    TextPrompt::setNextAnswer(QStringLiteral("Moved abroad, contact ended"));
    m_editor->findChild<QPushButton *>(QStringLiteral("phaseButton_closed"))->click();
    auto closed = CaseRepository(db).load(id);
    QCOMPARE(closed->phase, QStringLiteral("closed"));
    QCOMPARE(closed->phaseReason, QStringLiteral("Moved abroad, contact ended"));
    QVERIFY(TextPrompt::lastLabel().contains(closed->number));
    // Reopening goes back to the phase before closing, with a reason too.
    auto *reopen = m_editor->findChild<QPushButton *>(QStringLiteral("phaseButton_trajectory"));
    QVERIFY(reopen);
    TextPrompt::setNextAnswer(QStringLiteral("Came back"));
    reopen->click();
    QCOMPARE(CaseRepository(db).load(id)->phase, QStringLiteral("trajectory"));
}

void TestCaseEditor::redThreatShowsDangerBanner()
{
    Database &db = m_vault->vault().database();
    const QString id = createCase(db, makeCase(QStringLiteral("Rood"), QStringLiteral("Gevaar")));
    QVERIFY(m_editor->openCase(id));
    auto *banner = m_editor->findChild<DangerBanner *>();
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    choose(field<CodeCombo>("threatCodeCombo"), QStringLiteral("red"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->assessment().isDangerous());
    choose(field<CodeCombo>("threatCodeCombo"), QStringLiteral("green"));
    QVERIFY(!banner->isVisible());
    // A perpetrator who knows where the person is counts too.
    field<QCheckBox>("threatperpetratorKnowsLocationCheck")->click();
    QVERIFY(banner->isVisible());
    QVERIFY(m_editor->save());
    QVERIFY(banner->isVisible()); // still after saving and reloading
}

void TestCaseEditor::duplicateIsFlaggedOnCreate()
{
    Database &db = m_vault->vault().database();
    Case existing = makeCase(QStringLiteral("Dubbel"), QStringLiteral("Persoon"));
    existing.birthDate = QDate(1990, 5, 1);
    createCase(db, existing);
    QVERIFY(m_editor->newCase());
    QVERIFY(!field<QLabel>("duplicatesLabel")->isVisible());
    typeInto("givenNameEdit", QStringLiteral("dubbel"));
    typeInto("familyNameEdit", QStringLiteral("PERSOON"));
    typeInto("birthDateEdit", QStringLiteral("1990-05-01"));
    QVERIFY(m_editor->save());
    QVERIFY(field<QLabel>("duplicatesLabel")->isVisible());
    QVERIFY(field<QLabel>("duplicatesLabel")->text().contains(QStringLiteral("VN-")));
}

void TestCaseEditor::notesAndAttachments()
{
    Database &db = m_vault->vault().database();
    const QString id = createCase(db, makeCase(QStringLiteral("Notitie"), QStringLiteral("Bijlage")));
    QVERIFY(m_editor->openCase(id));
    QTest::keyClicks(field("noteEdit"), QStringLiteral("Phoned the shelter"));
    field<QPushButton>("addNoteButton")->click();
    QCOMPARE(CaseRepository(db).load(id)->notes.size(), 1);
    QVERIFY(field<QListWidget>("notesList")->item(0)->text().contains(QStringLiteral("Phoned the shelter")));

    QTemporaryFile text;
    QVERIFY(text.open());
    text.write("plain text, not a scan");
    text.close();
    QVERIFY(!m_editor->addAttachmentFile(text.fileName()));
    QVERIFY(!field<QLabel>("attachmentError")->isHidden());
    QVERIFY(!field<QLabel>("attachmentError")->text().isEmpty());
    QTemporaryFile png;
    QVERIFY(png.open());
    png.write(QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(64, '\0'));
    png.close();
    QVERIFY(m_editor->addAttachmentFile(png.fileName()));
    QVERIFY(field<QLabel>("attachmentError")->isHidden());
    QCOMPARE(field<QListWidget>("attachmentsList")->count(), 1);
}

void TestCaseEditor::panelsHearTheCase()
{
    QString heard = QStringLiteral("unset");
    auto *panel = new QLabel(QStringLiteral("panel"));
    m_editor->addPanel(QStringLiteral("Extra"), panel, [&heard](const QString &caseId) { heard = caseId; });
    QCOMPARE(heard, QString());
    const QString id = createCase(m_vault->vault().database(), makeCase(QStringLiteral("Paneel"), QStringLiteral("Haak")));
    QVERIFY(m_editor->openCase(id));
    QCOMPARE(heard, id);
    m_editor->clear();
    QCOMPARE(heard, QString());
}

void TestCaseEditor::phoneIsCopiedSecurely()
{
    QVERIFY(m_editor->newCase());
    typeInto("phoneEdit", QStringLiteral("+31 6 1234 5678"));
    auto *copy = m_editor->findChild<QAction *>(QStringLiteral("copyPhoneAction"));
    QVERIFY(copy);
    copy->trigger();
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), QStringLiteral("+31 6 1234 5678"));
    // Marked for exclusion from clipboard managers.
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    SecureClipboard::instance()->clearIfOurs();
    QVERIFY(!QGuiApplication::clipboard()->text().contains(QStringLiteral("1234 5678")));
}

QTEST_MAIN(TestCaseEditor)
#include "TestCaseEditor.moc"
