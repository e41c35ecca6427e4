#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace vangnet {
class MainWindow;
}

namespace vangnet::test {

// What does not fit in a top-level window at its current size: the window larger than `limit`, a
// button, input or label outside the window (or cut off by a parent that does not scroll), a
// button squeezed below its minimum, a label whose text is cut (word-wrapped labels: their height
// for their width; others: their width), and tab bars whose tabs do not all show (hidden scroll
// arrows). Widgets inside a scroll area count as reachable when the scroll area itself fits.
QStringList fitProblems(QWidget *window, const QSize &limit);

// Walks every screen of an unlocked main window on the demo data: each workspace section and each
// of its tabs, the case list and every case-editor section (with the first case of the list open),
// and every dialog and wizard page of the desktop. `visit` is called once per screen with a name
// and the top-level window that shows it (the main window, or a dialog over it).
class ScreenTour
{
public:
    using Visit = std::function<void(const QString &screen, QWidget *window)>;

    explicit ScreenTour(MainWindow &window)
        : m_window(window)
    { }

    void sections(const Visit &visit);
    void caseEditor(const Visit &visit);
    void dialogs(const Visit &visit);

private:
    void tabsOf(QWidget *root, const QString &prefix, const Visit &visit);

    MainWindow &m_window;
};

} // namespace vangnet::test
