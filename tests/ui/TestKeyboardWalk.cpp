#include "DemoScreens.h"

#include "i18n/Language.h"
#include "shell/FocusIndicator.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QButtonGroup>
#include <QComboBox>
#include <QFocusFrame>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTabBar>
#include <QTextEdit>

using namespace vangnet;
using namespace vangnet::test;

namespace {

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
        if (isControl(p) || qobject_cast<const QTabBar *>(p))
            return true;
    }
    return false;
}

// The inputs and buttons the keyboard must reach on this screen.
QList<QWidget *> reachable(QWidget *root)
{
    QList<QWidget *> controls;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->isVisible() && w->isEnabled() && isControl(w) && !isPartOfAnother(w) && (w->focusPolicy() & Qt::TabFocus))
            controls << w;
    }
    return controls;
}

// Tab stops once in a group of exclusive radio buttons (on the checked one); the arrow keys move
// within the group, as everywhere on the desktop.
bool reachedByArrows(QWidget *w, const QSet<QWidget *> &reached)
{
    auto *radio = qobject_cast<QRadioButton *>(w);
    if (!radio || !radio->autoExclusive())
        return false;
    const QList<QRadioButton *> group = radio->group()
        ? [&] {
              QList<QRadioButton *> buttons;
              for (QAbstractButton *b : radio->group()->buttons())
                  if (auto *r = qobject_cast<QRadioButton *>(b))
                      buttons << r;
              return buttons;
          }()
        : radio->parentWidget()->findChildren<QRadioButton *>(QString(), Qt::FindDirectChildrenOnly);
    for (QRadioButton *other : group) {
        if (other != radio && reached.contains(other))
            return true;
    }
    return false;
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 (%2)").arg(w->objectName().isEmpty() ? QStringLiteral("<no objectName>") : w->objectName(),
        QString::fromLatin1(w->metaObject()->className()));
}

} // namespace

// Issue #13 item 6: full keyboard operation. On every screen and dialog of the demo vault, Tab
// reaches every enabled input and button, and the focused one carries a visible focus ring.
class TestKeyboardWalk final : public QObject
{
    Q_OBJECT

private:
    QStringList m_problems;
    int m_screens = 0;

    void walk(const QString &screen, QWidget *root)
    {
        const QList<QWidget *> controls = reachable(root);
        if (controls.isEmpty())
            return;
        ++m_screens;
        QWidget *window = root->window();
        if (!window->isActiveWindow())
            QVERIFY2(DemoScreens::activate(window), qPrintable(screen));
        controls.first()->setFocus(Qt::TabFocusReason);
        QSet<QWidget *> reached;
        const int presses = int(controls.size()) * 3 + 20;
        for (int i = 0; i < presses; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                break;
            for (QWidget *w = focus; w && w != window; w = w->parentWidget())
                reached.insert(w);
            if (!focus->isWindow()) {
                QFocusFrame *ring = FocusIndicator::frame();
                if (!ring || !ring->isVisible())
                    m_problems << QStringLiteral("%1: no visible focus ring on %2").arg(screen, describe(focus));
            }
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        for (QWidget *w : controls) {
            if (!reached.contains(w) && w->isVisible() && w->isEnabled() && !reachedByArrows(w, reached))
                m_problems << QStringLiteral("%1: Tab never reaches %2").arg(screen, describe(w));
        }
    }

private slots:
    void initTestCase() { QCOMPARE(Language::install(*qApp, QStringLiteral("nl")), QStringLiteral("nl")); }

    void tabReachesEveryControl()
    {
        DemoScreens screens;
        const auto visit = [this](const QString &screen, QWidget *root) { walk(screen, root); };
        screens.forEachPage(visit);
        QVERIFY(screens.unlock());
        screens.forEachSection(visit);
        screens.forEachDialog(visit);
        QVERIFY(m_screens > 20);
        m_problems.removeDuplicates();
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }

    // The ring follows the keyboard and surrounds the focused control.
    void focusRingSurroundsTheFocusedControl()
    {
        DemoScreens screens;
        auto *field = onPage<QLineEdit>(screens.window(), "unlockPage", "passphraseEdit");
        field->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(FocusIndicator::frame() && FocusIndicator::frame()->isVisible());
        QFocusFrame *ring = FocusIndicator::frame();
        QCOMPARE(ring->widget(), field);
        const QRect around = QRect(ring->mapTo(screens.window().window(), QPoint(0, 0)), ring->size());
        const QRect control = QRect(field->mapTo(screens.window().window(), QPoint(0, 0)), field->size());
        QVERIFY(around.contains(control));
        QTest::keyClick(field, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != field);
        QCOMPARE(ring->widget(), QApplication::focusWidget());
    }
};

QTEST_MAIN(TestKeyboardWalk)
#include "TestKeyboardWalk.moc"
