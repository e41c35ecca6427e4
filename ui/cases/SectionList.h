#pragma once

#include <QList>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace vangnet {

// The case editor's sections as a vertical list beside the shown section: every section is one
// click (or arrow key) away, with no scroll arrows hiding some of them as tabs did on a narrow
// window. The list scrolls inside itself when the window is short.
class SectionList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionList)

public:
    explicit SectionList(QWidget *parent = nullptr);

    int addSection(QWidget *page, const QString &title);
    int count() const;
    int currentIndex() const;
    void setCurrentIndex(int index);
    QWidget *widget(int index) const; // the page as added
    QString title(int index) const;
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void currentChanged(int index);

private:
    QListWidget *m_list;
    QStackedWidget *m_pages;
    QList<QWidget *> m_content; // the pages as added (some shown inside a scroll area)
};

} // namespace vangnet
