#include "ScreenTour.h"

#include "TestVault.h"
#include "cases/CaseEditor.h"
#include "cases/CaseListModel.h"
#include "cases/CasesSection.h"
#include "cases/SectionList.h"
#include "consent/ConsentEditorDialog.h"
#include "exchange/AddContactDialog.h"
#include "exchange/ContactCard.h"
#include "exchange/ExportWizard.h"
#include "exchange/IdentityStore.h"
#include "exchange/ImportDialog.h"
#include "overview/OverviewSection.h"
#include "placement/OverrideLevelDialog.h"
#include "placement/PlacementRequestDialog.h"
#include "safety/IncidentDialog.h"
#include "shell/EmergencyDialog.h"
#include "shell/MainWindow.h"
#include "shell/Workspace.h"
#include "shelters/ShelterEditorDialog.h"
#include "shelters/ShelterExportDialog.h"
#include "vault/ChangePassphraseDialog.h"
#include "vault/RecoveryKeyDialog.h"
#include "vault/RestoreBackupDialog.h"
#include "vault/SettingsDialog.h"
#include "vault/Vault.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QWizard>

#include <memory>

namespace vangnet::test {
namespace {

QString describe(const QWidget *w)
{
    QString text;
    if (auto *label = qobject_cast<const QLabel *>(w))
        text = label->text();
    else if (auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += QLatin1Char('#') + w->objectName();
    if (!text.isEmpty())
        name += QStringLiteral(" “") + text.left(40) + QStringLiteral("”");
    return name;
}

// Parts of compound widgets (a spin box's line edit, a combo box's list, scroll bars, header
// sections, a line edit's clear button) are checked through their owner.
bool isPartOfCompound(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p) || qobject_cast<const QTabBar *>(p)
            || qobject_cast<const QScrollBar *>(p) || qobject_cast<const QHeaderView *>(p) || qobject_cast<const QLineEdit *>(p))
            return true;
    return false;
}

bool isChecked(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w) || qobject_cast<const QLabel *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w) || qobject_cast<const QScrollArea *>(w);
}

// Where the widget can be seen: false with `why` when a parent that does not scroll cuts it off.
bool reachable(const QWidget *w, const QWidget *window, QString &why)
{
    const QRect rect(w->mapTo(window, QPoint(0, 0)), w->size());
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget()); area && area->viewport() == p)
            return true; // reachable by scrolling; the scroll area itself is checked on its own
        const QRect parentRect = p == window ? p->rect() : QRect(p->mapTo(window, QPoint(0, 0)), p->size());
        if (!parentRect.contains(rect)) {
            why = QStringLiteral("at (%1,%2 %3×%4) outside %5 (%6,%7 %8×%9)")
                      .arg(rect.x())
                      .arg(rect.y())
                      .arg(rect.width())
                      .arg(rect.height())
                      .arg(describe(p))
                      .arg(parentRect.x())
                      .arg(parentRect.y())
                      .arg(parentRect.width())
                      .arg(parentRect.height());
            return false;
        }
        if (p == window)
            break;
    }
    return true;
}

QString labelCut(const QLabel *label)
{
    if (label->text().isEmpty() || !label->pixmap().isNull())
        return {};
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + 1)
            return QStringLiteral("text needs %1 px height, has %2").arg(needed).arg(label->height());
        return {};
    }
    const QSize hint = label->sizeHint();
    if (hint.width() > label->width() + 1)
        return QStringLiteral("text needs %1 px width, has %2").arg(hint.width()).arg(label->width());
    if (hint.height() > label->height() + 1)
        return QStringLiteral("text needs %1 px height, has %2").arg(hint.height()).arg(label->height());
    return {};
}

} // namespace

QStringList fitProblems(QWidget *window, const QSize &limit)
{
    QCoreApplication::processEvents();
    QStringList problems;
    if (window->width() > limit.width() || window->height() > limit.height())
        problems.append(QStringLiteral("the window is %1×%2, more than %3×%4 (its minimum: %5×%6)")
                            .arg(window->width())
                            .arg(window->height())
                            .arg(limit.width())
                            .arg(limit.height())
                            .arg(window->minimumSizeHint().width())
                            .arg(window->minimumSizeHint().height()));
    const auto children = window->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (w->window() != window || !w->isVisibleTo(window) || !isChecked(w) || isPartOfCompound(w, window))
            continue;
        QString why;
        if (!reachable(w, window, why)) {
            problems.append(describe(w) + QLatin1Char(' ') + why);
            continue;
        }
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (const QString cut = labelCut(label); !cut.isEmpty())
                problems.append(describe(w) + QStringLiteral(": ") + cut);
        } else if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            // A page may scroll down, never sideways: what is beyond the right edge is not seen.
            if (const int beyond = scroll->horizontalScrollBar()->maximum(); beyond > 0)
                problems.append(describe(w) + QStringLiteral(": scrolls sideways by %1 px").arg(beyond));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            int needed = 0;
            for (int i = 0; i < tabs->count(); ++i)
                needed += tabs->tabRect(i).width();
            if (needed > tabs->width() + 1)
                problems.append(describe(w)
                    + QStringLiteral(": tabs need %1 px, have %2 (some behind scroll arrows)").arg(needed).arg(tabs->width()));
        } else if (qobject_cast<QAbstractButton *>(w)) {
            const QSize minimum = w->minimumSizeHint();
            if (w->width() + 1 < minimum.width() || w->height() + 1 < minimum.height())
                problems.append(describe(w)
                    + QStringLiteral(": squeezed to %1×%2 (needs %3×%4)")
                          .arg(w->width())
                          .arg(w->height())
                          .arg(minimum.width())
                          .arg(minimum.height()));
        }
    }
    return problems;
}

void ScreenTour::tabsOf(QWidget *root, const QString &prefix, const Visit &visit)
{
    const auto tabWidgets = root->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        if (!tabs->isVisibleTo(&m_window))
            continue;
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            visit(prefix + QStringLiteral(" / ") + tabs->tabText(i).remove(QLatin1Char('&')), &m_window);
        }
        tabs->setCurrentIndex(shown);
    }
}

void ScreenTour::sections(const Visit &visit)
{
    auto *navigation = m_window.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QCoreApplication::processEvents();
        // The overview with its figures and charts, as a coordinator sees it.
        if (auto *overview = m_window.findChild<OverviewSection *>(); overview && overview->isVisible())
            QTRY_VERIFY(overview->figures().has_value() && !overview->isLoading());
        const QString name = navigation->item(row)->text();
        visit(name, &m_window);
        auto *workspace = m_window.findChild<QWidget *>(QStringLiteral("workspace"));
        auto *stack = workspace->findChild<QStackedWidget *>(QString(), Qt::FindDirectChildrenOnly);
        tabsOf(stack->currentWidget(), name, visit);
    }
    navigation->setCurrentRow(0);
}

void ScreenTour::caseEditor(const Visit &visit)
{
    auto *cases = m_window.findChild<CasesSection *>();
    QVERIFY(m_window.findChild<Workspace *>()->showSection(cases));
    QTRY_VERIFY(cases->model()->rowCount() > 0);
    visit(QStringLiteral("Cases / list"), &m_window);
    // The case in danger: its red banner takes the most room above the sections.
    bool danger = false;
    for (int row = 0; row < cases->model()->rowCount() && !danger; ++row) {
        QVERIFY(cases->openCase(cases->model()->caseIdAt(row)));
        auto *banner = cases->findChild<QWidget *>(QStringLiteral("dangerBanner"));
        danger = banner && banner->isVisible();
    }
    QVERIFY2(danger, "the demo vault has a case in danger");
    SectionList *sections = cases->editor()->sections();
    for (int i = 0; i < sections->count(); ++i) {
        sections->setCurrentIndex(i);
        visit(QStringLiteral("Case editor / ") + sections->title(i), &m_window);
    }
    sections->setCurrentIndex(0);
    QVERIFY(cases->newCase());
    visit(QStringLiteral("Case editor / new case"), &m_window);
    cases->editor()->clear();
}

void ScreenTour::dialogs(const Visit &visit)
{
    Vault &vault = *m_window.vault();
    Database &db = vault.database();
    auto *cases = m_window.findChild<CasesSection *>();
    const QString caseId = cases->model()->rowCount() > 0 ? cases->model()->caseIdAt(0) : QString();
    const auto showing = [&](QDialog *dialog, const QString &name) {
        std::unique_ptr<QDialog> owned(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        if (auto *wizard = qobject_cast<QWizard *>(dialog)) {
            const QList<int> ids = wizard->pageIds();
            for (int id : ids) {
                wizard->setStartId(id);
                wizard->restart();
                visit(name + QStringLiteral(" / ") + wizard->currentPage()->title(), dialog);
            }
        } else if (auto *pages = dialog->findChild<QListWidget *>(QStringLiteral("settingsPages"))) {
            for (int row = 0; row < pages->count(); ++row) {
                pages->setCurrentRow(row);
                visit(name + QStringLiteral(" / ") + pages->item(row)->text(), dialog);
            }
        } else {
            visit(name, dialog);
            tabsOf(dialog, name, [&](const QString &screen, QWidget *) { visit(screen, dialog); });
        }
        dialog->hide();
    };
    showing(new SettingsDialog(&vault, &m_window), QStringLiteral("Settings"));
    showing(new ChangePassphraseDialog(vault, VaultSettings {}, &m_window), QStringLiteral("Change passphrase"));
    showing(new RecoveryKeyDialog(
                QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"), vault.vaultId(), vault.paths().folder, &m_window),
        QStringLiteral("Recovery key"));
    showing(new RestoreBackupDialog(&m_window), QStringLiteral("Restore backup"));
    showing(new EmergencyDialog(&m_window), QStringLiteral("Emergency"));
    showing(new IncidentDialog(&vault, &m_window), QStringLiteral("Incident"));
    showing(new ShelterEditorDialog(db, &m_window), QStringLiteral("Shelter"));
    showing(new ShelterExportDialog(&m_window), QStringLiteral("Shelter export"));
    showing(new OverrideLevelDialog(2, 3, &m_window), QStringLiteral("Override level"));
    showing(new ImportDialog(db, &m_window), QStringLiteral("Import"));
    if (!caseId.isEmpty()) {
        showing(new ConsentEditorDialog(db, caseId, &m_window), QStringLiteral("Consent"));
        showing(new ExportWizard(vault, { caseId }, &m_window), QStringLiteral("Export"));
        showing(new PlacementRequestDialog(db, caseId, QString(), &m_window), QStringLiteral("Placement request"));
    }
    // A card as another coordinator would send it: this vault's own keys under another name.
    auto keys = IdentityStore(db).keys();
    QVERIFY(keys);
    auto card = ContactCard::parse(ContactCard::write(QStringLiteral("Zorgcoördinator Utrecht"), QString(), keys.value()));
    QVERIFY(card);
    showing(new AddContactDialog(db, card.value(), &m_window), QStringLiteral("Add contact"));
}

} // namespace vangnet::test
