#include "shell/AccessibleWidgets.h"

#include "shell/Section.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QToolButton>
#include <QWizardPage>

namespace vangnet {

namespace {

const char *const DerivedName = "vangnetDerivedAccessibleName";
const char *const DerivedDescription = "vangnetDerivedAccessibleDescription";

// "&Name:" → "Name"; "Lock the vault (Ctrl+L)" → "Lock the vault".
QString plain(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)"));
    static const QRegularExpression shortcut(QStringLiteral("\\s*\\((Ctrl|Alt|Shift|F\\d)[^)]*\\)$"));
    text.remove(mnemonic);
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    text.remove(shortcut);
    text = text.simplified();
    while (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

bool isControl(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w);
}

QString reported(QWidget *w, QAccessible::Text text)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(text) : QString();
}

// The QLabel just before `w` in the layout that holds it (a label beside a field without setBuddy()).
QString labelBefore(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (!parent || !parent->layout())
        return {};
    QLayout *holder = nullptr;
    int index = -1;
    QList<QLayout *> pending { parent->layout() };
    while (!pending.isEmpty() && !holder) {
        QLayout *layout = pending.takeFirst();
        for (int i = 0; i < layout->count(); ++i) {
            QLayoutItem *item = layout->itemAt(i);
            if (item->widget() == w) {
                holder = layout;
                index = i;
                break;
            }
            if (item->layout())
                pending.append(item->layout());
        }
    }
    if (!holder || index <= 0)
        return {};
    const auto *label = qobject_cast<const QLabel *>(holder->itemAt(index - 1)->widget());
    return label && !label->buddy() ? plain(label->text()) : QString();
}

QString context(const QWidget *w);

bool holds(QLayout *layout, const QWidget *w)
{
    for (int i = 0; layout && i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == w || (item->layout() && holds(item->layout(), w)))
            return true;
    }
    return false;
}

// The label of the form row whose field holds `w` (a spin box beside its unit, a field above its message).
QString formRowLabel(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        for (QFormLayout *form : p->findChildren<QFormLayout *>()) {
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
                QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
                // The field is a layout or a plain container (a field with its message below) holding `w`.
                const bool inField = field
                    && ((field->layout() && holds(field->layout(), w))
                        || (field->widget() && field->widget() != w && !isControl(field->widget())
                            && field->widget()->isAncestorOf(w)));
                if (label && inField) {
                    if (auto *text = qobject_cast<QLabel *>(label->widget()))
                        return plain(text->text());
                }
            }
        }
        if (p->isWindow())
            break;
    }
    return {};
}

QString derivedName(QWidget *w)
{
    // A label naming it as buddy elsewhere in the window (Qt itself only looks at siblings).
    for (const QLabel *label : w->window()->findChildren<QLabel *>()) {
        if (label->buddy() == w && !plain(label->text()).isEmpty())
            return plain(label->text());
    }
    if (auto *edit = qobject_cast<QLineEdit *>(w); edit && !edit->placeholderText().isEmpty())
        return plain(edit->placeholderText());
    if (auto *edit = qobject_cast<QPlainTextEdit *>(w); edit && !edit->placeholderText().isEmpty())
        return plain(edit->placeholderText());
    if (auto *edit = qobject_cast<QTextEdit *>(w); edit && !edit->placeholderText().isEmpty())
        return plain(edit->placeholderText());
    if (auto *combo = qobject_cast<QComboBox *>(w); combo && !combo->placeholderText().isEmpty())
        return plain(combo->placeholderText());
    if (auto *button = qobject_cast<QToolButton *>(w); button && button->defaultAction())
        return plain(button->defaultAction()->text());
    if (!w->toolTip().isEmpty())
        return plain(w->toolTip());
    if (QString before = labelBefore(w); !before.isEmpty())
        return before;
    if (QString row = formRowLabel(w); !row.isEmpty())
        return row;
    // A table or list alone in its group or tab is named after it.
    if (qobject_cast<QAbstractItemView *>(w)) {
        if (auto *group = qobject_cast<QGroupBox *>(w->parentWidget()); group && !group->title().isEmpty())
            return plain(group->title());
        // Otherwise after the tab or section it fills ("Taken", "Opvanglocaties").
        return context(w).section(QStringLiteral(" › "), 0, 0);
    }
    return {};
}

// Where the widget is, innermost first: its group, tab, wizard page, section and window.
QString context(const QWidget *w)
{
    QStringList titles;
    const auto add = [&titles](const QString &title) {
        const QString text = plain(title);
        if (!text.isEmpty() && (titles.isEmpty() || titles.constLast() != text))
            titles << text;
    };
    for (const QWidget *a = w->parentWidget(); a; a = a->parentWidget()) {
        if (auto *group = qobject_cast<const QGroupBox *>(a))
            add(group->title());
        if (auto *stack = qobject_cast<const QStackedWidget *>(a->parentWidget())) {
            if (auto *tabs = qobject_cast<const QTabWidget *>(stack->parentWidget()))
                add(tabs->tabText(tabs->indexOf(const_cast<QWidget *>(a))));
        }
        if (auto *page = qobject_cast<const QWizardPage *>(a))
            add(page->title());
        if (auto *section = dynamic_cast<const Section *>(a))
            add(section->title());
        if (a->isWindow()) {
            add(a->windowTitle());
            break;
        }
    }
    return titles.join(QStringLiteral(" › "));
}

} // namespace

AccessibleWidgets::AccessibleWidgets(QObject *parent)
    : QObject(parent)
{ }

void AccessibleWidgets::install()
{
    static QPointer<AccessibleWidgets> installed;
    if (installed || !qApp)
        return;
    installed = new AccessibleWidgets(qApp);
    qApp->installEventFilter(installed);
}

bool AccessibleWidgets::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType())
        complete(static_cast<QWidget *>(watched));
    return QObject::eventFilter(watched, event);
}

void AccessibleWidgets::complete(QWidget *w)
{
    if (!isControl(w))
        return;
    // Parts of another control (a combo box's line edit, a spin box's, a line edit's clear button,
    // the scroll buttons of a tab bar) are announced with that control.
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (isControl(p) || qobject_cast<const QTabBar *>(p))
            return;
    }
    // Tab moves on to the next control, as everywhere else; arrow keys still move inside.
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        text->setTabChangesFocus(true);
    if (auto *text = qobject_cast<QTextEdit *>(w))
        text->setTabChangesFocus(true);
    if (auto *view = qobject_cast<QAbstractItemView *>(w))
        view->setTabKeyNavigation(false);

    if (w->property(DerivedName).toBool())
        w->setAccessibleName(QString());
    if (reported(w, QAccessible::Name).isEmpty()) {
        const QString name = derivedName(w);
        w->setAccessibleName(name);
        w->setProperty(DerivedName, !name.isEmpty());
    }
    if (w->property(DerivedDescription).toBool())
        w->setAccessibleDescription(QString());
    if (reported(w, QAccessible::Description).isEmpty()) {
        const QString where = context(w);
        w->setAccessibleDescription(where.isEmpty() ? QString() : tr("In %1").arg(where));
        w->setProperty(DerivedDescription, !where.isEmpty());
    }
}

} // namespace vangnet
