#include "cases/SectionList.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>

namespace vangnet {

SectionList::SectionList(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    m_list->setObjectName(QStringLiteral("editorSectionList"));
    m_list->setAccessibleName(tr("Case sections"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(true);
    m_list->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_pages->setObjectName(QStringLiteral("editorSectionPages"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_pages, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        Q_EMIT currentChanged(row);
    });
}

int SectionList::addSection(QWidget *page, const QString &title)
{
    // A section that does not scroll by itself scrolls here: no section's own height (a table with
    // its minimum, a tall panel) may hold the window taller than a laptop screen, e.g. when the
    // danger banner above it takes its room.
    QWidget *shown = page;
    if (!qobject_cast<QAbstractScrollArea *>(page)) {
        auto *scroll = new QScrollArea(m_pages);
        scroll->setObjectName(QStringLiteral("sectionScroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        shown = scroll;
    }
    m_content.append(page);
    const int index = m_pages->addWidget(shown);
    // "Residence && signal": the tab-style mnemonic escape is not needed in a list.
    m_list->addItem(QString(title).replace(QStringLiteral("&&"), QStringLiteral("&")));
    int widest = 0;
    for (int row = 0; row < m_list->count(); ++row)
        widest = qMax(widest, m_list->fontMetrics().horizontalAdvance(m_list->item(row)->text()));
    m_list->setFixedWidth(widest + 2 * m_list->frameWidth() + 24);
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
    return index;
}

int SectionList::count() const
{
    return m_pages->count();
}

int SectionList::currentIndex() const
{
    return m_pages->currentIndex();
}

void SectionList::setCurrentIndex(int index)
{
    if (index >= 0 && index < count())
        m_list->setCurrentRow(index);
}

QWidget *SectionList::widget(int index) const
{
    return m_content.value(index);
}

QString SectionList::title(int index) const
{
    const QListWidgetItem *item = m_list->item(index);
    return item ? item->text() : QString();
}

} // namespace vangnet
