#include "TestVault.h"
#include "UiTestHelpers.h"

#include "help/HelpPages.h"
#include "help/HelpWindow.h"
#include "i18n/Language.h"
#include "shell/Section.h"
#include "shell/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>

using namespace vangnet;
using namespace vangnet::test;

// Issue #13 item 7: F1 and Help → User guide open the user guide inside the program, at the page of the
// section shown, in the interface language; each section says in one line what it is for.
class TestHelp final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_vault;
    std::unique_ptr<MainWindow> m_window;

    void setLanguage(const QString &language)
    {
        QLocale::setDefault(QLocale(language == QLatin1String("nl") ? QStringLiteral("nl_NL") : QStringLiteral("en_GB")));
    }

    void openWindow()
    {
        m_vault = std::make_unique<TestVault>();
        m_vault->handle().reset();
        m_window = std::make_unique<MainWindow>(fastSettings());
        m_window->start(m_vault->folder());
        m_window->resize(1024, 576);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void unlock()
    {
        onPage<QLineEdit>(*m_window, "unlockPage", "passphraseEdit")->setText(testPassphrase());
        onPage<QPushButton>(*m_window, "unlockPage", "unlockButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(*m_window), QStringLiteral("workspace"), 30000);
    }

    // Presses F1 where the keyboard is, as a user would.
    HelpWindow *pressF1()
    {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : m_window.get(), Qt::Key_F1);
        return m_window->helpWindow();
    }

private slots:
    void initTestCase() { Language::install(*qApp, QStringLiteral("nl")); }

    void cleanup()
    {
        m_window.reset();
        m_vault.reset();
    }

    void f1OpensTheSectionsPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Dutch") << QStringLiteral("nl");
        QTest::newRow("English") << QStringLiteral("en");
    }

    void f1OpensTheSectionsPage()
    {
        QFETCH(QString, language);
        setLanguage(language);
        openWindow();
        // Before unlocking: the page about starting and unlocking.
        HelpWindow *help = pressF1();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        QCOMPARE(help->currentPage(), QStringLiteral("start"));
        help->close();
        QTRY_VERIFY(!m_window->helpWindow());

        unlock();
        auto *workspace = m_window->findChild<Workspace *>();
        auto *navigation = child<QListWidget>(m_window.get(), "navigation");
        QVERIFY(navigation->count() >= 5);
        for (int row = 0; row < navigation->count(); ++row) {
            navigation->setCurrentRow(row);
            const Section *section = workspace->currentSection();
            QVERIFY(section);
            m_window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
            navigation->setFocus(Qt::OtherFocusReason);
            help = pressF1();
            QVERIFY2(help, qPrintable(section->title()));
            QTRY_VERIFY(help->isVisible());
            QVERIFY2(!section->helpPage().isEmpty(), qPrintable(section->title()));
            QCOMPARE(help->currentPage(), section->helpPage());
            // In the interface language: the Dutch or English page, and what it shows is that page.
            QVERIFY2(help->currentUrl().path().contains(QLatin1Char('/') + language + QLatin1Char('/')),
                qPrintable(help->currentUrl().toString()));
            const QString shown = child<QTextBrowser>(help, "helpBrowser")->toPlainText();
            QVERIFY(shown.startsWith(HelpPages::title(section->helpPage(), language)));
            // The contents list marks the same page.
            QCOMPARE(
                child<QListWidget>(help, "helpContents")->currentItem()->text(), HelpPages::title(section->helpPage(), language));

            // "What is this": one visible line.
            auto *summary = child<QLabel>(m_window.get(), "sectionSummary");
            QVERIFY(summary->isVisible());
            QCOMPARE(summary->text(), section->summary());
            QVERIFY(!summary->text().isEmpty());
            QVERIFY(!summary->text().contains(QLatin1Char('\n')));
            QVERIFY(!summary->wordWrap());
            help->close();
        }
    }

    void sectionSummariesSpeakDutch()
    {
        setLanguage(QStringLiteral("nl"));
        openWindow();
        unlock();
        auto *navigation = child<QListWidget>(m_window.get(), "navigation");
        auto *summary = child<QLabel>(m_window.get(), "sectionSummary");
        navigation->setCurrentRow(1); // Cases, after the overview
        // The Dutch catalogue is installed (initTestCase): the line is not the English source.
        QVERIFY(!summary->text().startsWith(QStringLiteral("The case files")));
        QVERIFY(summary->text().contains(QStringLiteral("casus"), Qt::CaseInsensitive));
    }

    void menuOpensTheGuideAndTheShortcuts()
    {
        setLanguage(QStringLiteral("nl"));
        openWindow();
        unlock();
        auto *guide = m_window->findChild<QAction *>(QStringLiteral("helpAction"));
        QVERIFY(guide);
        QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
        guide->trigger();
        QVERIFY(m_window->helpWindow());
        QCOMPARE(m_window->helpWindow()->currentPage(), QStringLiteral("overview")); // the first section
        // The shortcut list of old, now a page of the guide.
        m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        QCOMPARE(m_window->helpWindow()->currentPage(), QStringLiteral("shortcuts"));
        const QString text = child<QTextBrowser>(m_window->helpWindow(), "helpBrowser")->toPlainText();
        for (const char *key : { "Ctrl+Shift+H", "Ctrl+L", "Ctrl+N", "Ctrl+F", "Ctrl+S", "F1", "112" })
            QVERIFY2(text.contains(QLatin1String(key)), key);
    }

    void contentsListAndSearch()
    {
        setLanguage(QStringLiteral("nl"));
        HelpWindow help;
        help.show();
        help.showPage(QStringLiteral("shelters"));
        auto *contents = child<QListWidget>(&help, "helpContents");
        QCOMPARE(contents->count(), int(HelpPages::pages().size()));
        // Choosing a page in the contents shows it.
        contents->setCurrentRow(int(HelpPages::pages().indexOf(QStringLiteral("hide-lock"))));
        QCOMPARE(help.currentPage(), QStringLiteral("hide-lock"));
        // Searching keeps only the pages with the words, and shows one of them.
        QTest::keyClicks(child<QLineEdit>(&help, "helpSearchEdit"), QStringLiteral("vingerafdruk"));
        QStringList visible;
        for (int row = 0; row < contents->count(); ++row) {
            if (!contents->item(row)->isHidden())
                visible << contents->item(row)->data(Qt::UserRole).toString();
        }
        QCOMPARE(visible, QStringList { QStringLiteral("sharing") });
        QCOMPARE(help.currentPage(), QStringLiteral("sharing"));
        QVERIFY(child<QTextBrowser>(&help, "helpBrowser")->textCursor().hasSelection());
        // Links between pages work, and Back returns.
        help.showPage(QStringLiteral("cases"));
        child<QTextBrowser>(&help, "helpBrowser")->setSource(QUrl(QStringLiteral("danger.html")));
        QCOMPARE(help.currentPage(), QStringLiteral("danger"));
        child<QPushButton>(&help, "helpBackButton")->click();
        QCOMPARE(help.currentPage(), QStringLiteral("cases"));
    }

    // The guide ships complete in both languages, with the safety procedures.
    void everyPageInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Dutch") << QStringLiteral("nl");
        QTest::newRow("English") << QStringLiteral("en");
    }

    void everyPageInBothLanguages()
    {
        QFETCH(QString, language);
        static const QRegularExpression link(QStringLiteral("href=\"([^\"]+)\""));
        for (const QString &page : HelpPages::pages()) {
            const QString html = HelpPages::html(page, language);
            QVERIFY2(!html.isEmpty(), qPrintable(page));
            QVERIFY2(HelpPages::title(page, language) != page, qPrintable(page));
            for (auto it = link.globalMatch(html); it.hasNext();) {
                const QString target = it.next().captured(1).section(QLatin1Char('.'), 0, 0);
                QVERIFY2(HelpPages::pages().contains(target), qPrintable(page + QStringLiteral(" → ") + target));
            }
        }
        QVERIFY(HelpPages::title(QStringLiteral("cases"), QStringLiteral("nl"))
            != HelpPages::title(QStringLiteral("cases"), QStringLiteral("en")));
        const QString danger = HelpPages::html(QStringLiteral("danger"), language);
        QVERIFY(danger.contains(QStringLiteral("112")));
        QVERIFY(danger.contains(QStringLiteral("S4")));
        const QString hide = HelpPages::html(QStringLiteral("hide-lock"), language);
        QVERIFY(hide.contains(QStringLiteral("Ctrl+Shift+H")));
        QVERIFY(hide.contains(QStringLiteral("Ctrl+L")));
    }
};

QTEST_MAIN(TestHelp)
#include "TestHelp.moc"
