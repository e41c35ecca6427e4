#include "DemoScreens.h"

#include "i18n/Language.h"
#include "placement/PlacementPanel.h"
#include "safety/DangerBanner.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTextEdit>

using namespace vangnet;
using namespace vangnet::test;

namespace {

// The controls a user works with: inputs, buttons and tables. Parts of another control (a combo
// box's line edit, a line edit's clear button, a tab bar's scroll buttons) are that control's.
bool isControl(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w);
}

bool isPartOfAnother(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (isControl(p) || qobject_cast<const QTabBar *>(p) || qobject_cast<const QScrollBar *>(p))
            return true;
    }
    return false;
}

// One line per control without a name or a description, as QAccessible reports them, with what
// finds it: the screen, its objectName (or its parent's) and its class.
QStringList unnamed(const QString &screen, QWidget *root)
{
    QStringList problems;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || !isControl(w) || isPartOfAnother(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        const QString description = iface ? iface->text(QAccessible::Description).trimmed() : QString();
        if (!name.isEmpty() && !description.isEmpty())
            continue;
        const QString id = w->objectName().isEmpty()
            ? QStringLiteral("(no objectName, in %1)").arg(w->parentWidget() ? w->parentWidget()->objectName() : QString())
            : w->objectName();
        problems << QStringLiteral("%1: %2 (%3) lacks %4")
                        .arg(screen, id, QString::fromLatin1(w->metaObject()->className()),
                            name.isEmpty() ? QStringLiteral("an accessible name") : QStringLiteral("an accessible description"));
    }
    return problems;
}

// Relative luminance contrast (WCAG 2) of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto lum = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = lum(a) + 0.05;
    const double lb = lum(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

} // namespace

// Issue #13 item 6: every input, button and table on every screen and dialog of the demo vault has an
// accessible name and description (in Dutch); secrets never reach assistive technology as text; the
// danger and level indicators keep their icon and text with a high-contrast palette.
class TestAccessibility final : public QObject
{
    Q_OBJECT

private:
    QStringList m_problems;
    QSet<QString> m_screens;

    void collect(const QString &screen, QWidget *root)
    {
        m_screens.insert(screen);
        for (const QString &problem : unnamed(screen, root)) {
            if (!m_problems.contains(problem))
                m_problems << problem;
        }
    }

    void verifyNoProblems()
    {
        QVERIFY2(m_problems.isEmpty(),
            qPrintable(QStringLiteral("%1 controls without an accessible name or description:\n").arg(m_problems.size())
                + m_problems.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase() { QCOMPARE(Language::install(*qApp, QStringLiteral("nl")), QStringLiteral("nl")); }

    void init()
    {
        m_problems.clear();
        m_screens.clear();
    }

    void everyScreenAndDialogIsNamed()
    {
        DemoScreens screens;
        screens.forEachPage([this](const QString &screen, QWidget *root) { collect(screen, root); });
        QVERIFY(screens.unlock());
        screens.forEachSection([this](const QString &screen, QWidget *root) { collect(screen, root); });
        screens.forEachDialog([this](const QString &screen, QWidget *root) { collect(screen, root); });
        // The walk saw the sections' tabs and the case editor's, not only the first of each.
        QVERIFY2(m_screens.size() > 25, qPrintable(QStringList(m_screens.values()).join(QLatin1Char('\n'))));
        verifyNoProblems();
    }

    void passphraseAndRecoveryKeyAreNotExposed()
    {
        DemoScreens screens;
        // Passphrase fields: the password role, and neither the value nor the text interface gives the
        // typed text away.
        auto *passphrase = onPage<QLineEdit>(screens.window(), "unlockPage", "passphraseEdit");
        passphrase->setText(testPassphrase());
        QAccessibleInterface *field = QAccessible::queryAccessibleInterface(passphrase);
        QVERIFY(field->state().passwordEdit);
        QVERIFY(!field->text(QAccessible::Value).contains(QStringLiteral("lantern")));
        if (QAccessibleTextInterface *text = field->textInterface())
            QVERIFY(!text->text(0, text->characterCount()).contains(QStringLiteral("lantern")));

        // The recovery key typed on the recover page, and the one shown after creating a vault.
        auto *typed = onPage<QLineEdit>(screens.window(), "recoverPage", "recoveryKeyEdit");
        typed->setText(QStringLiteral("WXYZ-1234"));
        QAccessibleInterface *key = QAccessible::queryAccessibleInterface(typed);
        QVERIFY(key->state().passwordEdit);
        QVERIFY(!key->text(QAccessible::Value).contains(QStringLiteral("WXYZ")));
        if (QAccessibleTextInterface *text = key->textInterface())
            QVERIFY(!text->text(0, text->characterCount()).contains(QStringLiteral("WXYZ")));

        RecoveryKeyDialog shown(
            QStringLiteral("ABCD-EFGH-IJKL"), QStringLiteral("id"), QStringLiteral("/tmp/v"), &screens.window());
        shown.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shown));
        auto *label = shown.findChild<QLabel *>(QStringLiteral("recoveryKeyLabel"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("ABCD")));
        QAccessibleInterface *display = QAccessible::queryAccessibleInterface(label);
        for (QAccessible::Text t : { QAccessible::Name, QAccessible::Description, QAccessible::Value, QAccessible::Help })
            QVERIFY2(!display->text(t).contains(QStringLiteral("ABCD")), qPrintable(display->text(t)));
        if (QAccessibleTextInterface *text = display->textInterface())
            QVERIFY(!text->text(0, text->characterCount()).contains(QStringLiteral("ABCD")));
        QVERIFY(!display->text(QAccessible::Name).isEmpty());
    }

    // A high-contrast palette (white on black, yellow highlight): the danger banner still shows its
    // warning icon and the 112 text, and the required level shows "S3" and its meaning in words, each
    // legible against its own background.
    void indicatorsKeepIconAndTextInHighContrast()
    {
        const QPalette before = QApplication::palette();
        QPalette contrastPalette(Qt::white, Qt::black);
        contrastPalette.setColor(QPalette::Base, Qt::black);
        contrastPalette.setColor(QPalette::Text, Qt::white);
        contrastPalette.setColor(QPalette::Highlight, Qt::yellow);
        contrastPalette.setColor(QPalette::HighlightedText, Qt::black);
        QApplication::setPalette(contrastPalette);

        DemoScreens screens;
        QVERIFY(screens.unlock());
        auto *cases = screens.window().findChild<CasesSection *>();
        QTRY_VERIFY(cases->model()->rowCount() > 0);
        DangerBanner *banner = nullptr;
        for (int row = 0; row < cases->model()->rowCount() && !banner; ++row) {
            cases->openCase(cases->model()->caseIdAt(row));
            auto *shown = cases->findChild<DangerBanner *>();
            if (shown && shown->isVisible())
                banner = shown;
        }
        QVERIFY2(banner, "the demo vault has a case in danger");
        const QList<QLabel *> labels = banner->findChildren<QLabel *>();
        const bool hasIcon = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) { return !l->pixmap().isNull(); });
        QVERIFY(hasIcon);
        auto *headline = banner->findChild<QLabel *>(QStringLiteral("dangerHeadline"));
        QVERIFY(headline->text().contains(QStringLiteral("112")));
        // The banner's own colours are kept on purpose; they must stay legible: render it and compare
        // the text colour it uses with its background.
        const QImage image = banner->grab().toImage();
        const QColor background = image.pixelColor(2 + image.width() / 2, image.height() - 3);
        QVERIFY2(contrast(headline->palette().color(QPalette::WindowText), background) >= 4.5, qPrintable(background.name()));

        auto *placement = cases->findChild<PlacementPanel *>();
        QVERIFY(placement);
        auto *level = placement->findChild<QLabel *>(QStringLiteral("requiredLevel"));
        auto *levelTitle = placement->findChild<QLabel *>(QStringLiteral("requiredLevelTitle"));
        QVERIFY(level && levelTitle);
        QVERIFY(level->text().startsWith(QLatin1Char('S')));
        QVERIFY(!levelTitle->text().isEmpty());
        QVERIFY(contrast(level->palette().color(QPalette::WindowText), level->palette().color(QPalette::Window)) >= 4.5);
        QVERIFY(contrast(levelTitle->palette().color(QPalette::WindowText), contrastPalette.color(QPalette::Window)) >= 4.5);
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
