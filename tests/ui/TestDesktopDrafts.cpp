#include "FakeClock.h"
#include "TestVault.h"
#include "UiTestHelpers.h"

#include "cases/CaseEditor.h"
#include "cases/CaseRepository.h"
#include "cases/CasesSection.h"
#include "cases/DraftOfferBar.h"
#include "common/MessageBox.h"
#include "safety/AutoLocker.h"
#include "safety/LockedScreen.h"
#include "safety/SafetyGuard.h"

#include <QApplication>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace vangnet;
using namespace vangnet::test;

namespace {
constexpr int SlowMs = 15000;
constexpr qint64 Minute = 60 * 1000;
} // namespace

// Issue #12, "nothing typed is lost": every field of the case editor, the note included, counts as
// a change; quick hide and the idle lock keep it as an encrypted draft that is offered back in place
// after unlocking; switching to another case keeps a draft that is offered back in place when the
// case is opened again; and the case and editor section come back.
class TestDesktopDrafts final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_existing;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    SafetyGuard *m_guard = nullptr;
    QString m_first;
    QString m_second;

    CasesSection *cases() const { return m_window->findChild<CasesSection *>(); }
    CaseEditor *editor() const { return cases()->editor(); }

    QWidget *keyboard() const
    {
        QWidget *focus = QApplication::focusWidget();
        return focus && m_window->isAncestorOf(focus) ? focus : m_window.get();
    }

    void unlock()
    {
        QTest::keyClicks(onPage<QLineEdit>(*m_window, "unlockPage", "passphraseEdit"), testPassphrase());
        onPage<QPushButton>(*m_window, "unlockPage", "unlockButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(*m_window), QStringLiteral("workspace"), SlowMs);
    }

    // The editor's own text fields (not the inner line edits of spin boxes and combo boxes).
    QList<QLineEdit *> textFields() const
    {
        QList<QLineEdit *> fields;
        for (QLineEdit *edit : editor()->findChildren<QLineEdit *>())
            if (edit->objectName().endsWith(QLatin1String("Edit")) && edit->isEnabled() && !edit->isReadOnly())
                fields.append(edit);
        return fields;
    }

    // Types a distinct text into every field and the note; returns what each should show.
    void typeEverywhere(QMap<QString, QString> &typed)
    {
        for (QLineEdit *edit : textFields()) {
            edit->clear();
            const QString text = QStringLiteral("Kept %1").arg(edit->objectName());
            QTest::keyClicks(edit, text);
            QVERIFY2(!edit->text().isEmpty(), qPrintable(edit->objectName()));
            typed.insert(edit->objectName(), edit->text()); // as shown (some fields limit the length)
        }
        auto *note = child<QPlainTextEdit>(editor(), "noteEdit");
        QTest::keyClicks(note, QStringLiteral("Half-typed note about the visit"));
        typed.insert(note->objectName(), QStringLiteral("Half-typed note about the visit"));
    }

    void expectOfferedBack(const QMap<QString, QString> &typed, const QString &caseId)
    {
        QTRY_COMPARE(editor()->caseId(), caseId);
        QVERIFY(editor()->isDirty());
        for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
            auto *widget = editor()->findChild<QWidget *>(it.key());
            QVERIFY2(widget, qPrintable(it.key()));
            const QString shown = qobject_cast<QLineEdit *>(widget) ? qobject_cast<QLineEdit *>(widget)->text()
                                                                    : qobject_cast<QPlainTextEdit *>(widget)->toPlainText();
            QVERIFY2(shown == it.value(), qPrintable(it.key() + QStringLiteral(": ") + shown));
        }
    }

private slots:
    void init()
    {
        m_existing = std::make_unique<TestVault>();
        CaseRepository repo(m_existing->vault().database());
        m_first = repo.createFromJson(QJsonObject { { QStringLiteral("givenName"), QStringLiteral("Ana") },
                                          { QStringLiteral("familyName"), QStringLiteral("Popescu") } })
                      ->id;
        m_second = repo.createFromJson(QJsonObject { { QStringLiteral("givenName"), QStringLiteral("Maria") },
                                           { QStringLiteral("familyName"), QStringLiteral("Ionescu") } })
                       ->id;
        m_existing->handle().reset();
        m_clock = std::make_unique<FakeClock>();
        m_window = std::make_unique<MainWindow>(fastSettings());
        m_guard = new SafetyGuard(m_window.get(), *m_clock);
        m_window->start(m_existing->folder());
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        unlock();
    }

    void cleanup()
    {
        m_window.reset();
        m_clock.reset();
        m_existing.reset();
    }

    void typedTextSurvivesQuickHide()
    {
        QVERIFY(cases()->openCase(m_first));
        QMap<QString, QString> typed;
        typeEverywhere(typed);
        QVERIFY(typed.size() > 10);
        QVERIFY(editor()->isDirty());
        QTest::keyClick(keyboard(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_guard->lockedScreen()->isVisible());
        QVERIFY(!editor()->hasCase());
        QTest::keyClick(m_guard->lockedScreen(), Qt::Key_Space);
        MessageBox::setNextAnswer(QMessageBox::Yes); // "Restore them?"
        unlock();
        expectOfferedBack(typed, m_first);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Restore")));
    }

    void noteSurvivesIdleLock()
    {
        QVERIFY(cases()->openCase(m_second));
        auto *note = child<QPlainTextEdit>(editor(), "noteEdit");
        QTest::keyClicks(note, QStringLiteral("Called the shelter"));
        QVERIFY(editor()->isDirty()); // the note alone is a change
        AutoLocker *locker = m_guard->autoLocker();
        locker->setTickInterval(std::chrono::milliseconds(10));
        m_clock->advance(60 * Minute);
        QTRY_COMPARE(currentPage(*m_window), QStringLiteral("unlockPage"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        unlock();
        expectOfferedBack({ { QStringLiteral("noteEdit"), QStringLiteral("Called the shelter") } }, m_second);
        // Saving adds the note; nothing is pending afterwards.
        QVERIFY(editor()->save());
        QVERIFY(!editor()->isDirty());
        QCOMPARE(CaseRepository(m_window->vault()->database()).load(m_second)->notes.size(), 1);
    }

    void switchingCaseKeepsADraft()
    {
        QVERIFY(cases()->openCase(m_first));
        editor()->setCurrentSection(3);
        QTest::keyClicks(child<QLineEdit>(editor(), "aliasesEdit"), QStringLiteral("Roos"));
        QTest::keyClicks(child<QPlainTextEdit>(editor(), "noteEdit"), QStringLiteral("Do not lose me"));
        QVERIFY(editor()->isDirty());
        // No question: a question would answer itself with Cancel here and keep the first case.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(cases()->openCase(m_second));
        QCOMPARE(editor()->caseId(), m_second);
        QCOMPARE(editor()->currentSection(), 3); // the chosen section stays
        QVERIFY(!editor()->isDirty());
        QVERIFY(!editor()->draftOffer()->isVisible()); // the second case has no draft
        // Nothing was saved behind the user's back: the edits wait as a draft.
        auto first = CaseRepository(m_window->vault()->database()).load(m_first);
        QVERIFY(first->notes.isEmpty());
        QVERIFY(first->aliases.isEmpty());

        // Back to the first case: the draft is offered in place, and Restore puts it back.
        QVERIFY(cases()->openCase(m_first));
        QVERIFY(!editor()->isDirty());
        QVERIFY(editor()->draftOffer()->isVisible());
        child<QPushButton>(editor()->draftOffer(), "restoreDraftButton")->click();
        QVERIFY(!editor()->draftOffer()->isVisible());
        QCOMPARE(child<QLineEdit>(editor(), "aliasesEdit")->text(), QStringLiteral("Roos"));
        QCOMPARE(editor()->pendingNote(), QStringLiteral("Do not lose me"));
        QVERIFY(editor()->isDirty());
        QVERIFY(editor()->save());
        QCOMPARE(CaseRepository(m_window->vault()->database()).load(m_first)->notes.size(), 1);

        // Discard drops a kept draft for good.
        QTest::keyClicks(child<QLineEdit>(editor(), "aliasesEdit"), QStringLiteral(", Lelie"));
        QVERIFY(cases()->openCase(m_second));
        QVERIFY(cases()->openCase(m_first));
        QVERIFY(editor()->draftOffer()->isVisible());
        child<QPushButton>(editor()->draftOffer(), "discardDraftButton")->click();
        QCOMPARE(child<QLineEdit>(editor(), "aliasesEdit")->text(), QStringLiteral("Roos"));
        QVERIFY(cases()->openCase(m_second));
        QVERIFY(cases()->openCase(m_first));
        QVERIFY(!editor()->draftOffer()->isVisible());
    }

    void newCaseDraftComesBackWithNewCase()
    {
        QVERIFY(cases()->newCase());
        QTest::keyClicks(child<QLineEdit>(editor(), "givenNameEdit"), QStringLiteral("Nadia"));
        QVERIFY(cases()->openCase(m_first));
        QVERIFY(!editor()->isNew());
        QVERIFY(cases()->newCase());
        QVERIFY(editor()->draftOffer()->isVisible());
        child<QPushButton>(editor()->draftOffer(), "restoreDraftButton")->click();
        QCOMPARE(child<QLineEdit>(editor(), "givenNameEdit")->text(), QStringLiteral("Nadia"));
    }

    void caseAndSectionComeBackAfterUnlock()
    {
        QVERIFY(cases()->openCase(m_first));
        editor()->setCurrentSection(4);
        // The chosen section stays when another case is opened.
        QVERIFY(cases()->openCase(m_second));
        QCOMPARE(editor()->currentSection(), 4);
        QTest::keyClick(keyboard(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(currentPage(*m_window), QStringLiteral("unlockPage"));
        QVERIFY(!editor()->hasCase());
        editor()->setCurrentSection(0); // what a fresh start would show
        unlock();
        QTRY_COMPARE(editor()->caseId(), m_second);
        QCOMPARE(editor()->currentSection(), 4);
        QVERIFY(cases()->isVisible());
        QVERIFY(!editor()->isDirty());
    }
};

QTEST_MAIN(TestDesktopDrafts)
#include "TestDesktopDrafts.moc"
