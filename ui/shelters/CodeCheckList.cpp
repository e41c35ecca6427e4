#include "shelters/CodeCheckList.h"

namespace vangnet {
namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
}

CodeCheckList::CodeCheckList(const QVector<Entry> &entries, QWidget *parent)
    : QListWidget(parent)
{
    for (const Entry &e : entries) {
        auto *item = new QListWidgetItem(e.second, this);
        item->setData(kCodeRole, e.first);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemChanged, this, [this] { Q_EMIT changed(); });
}

QStringList CodeCheckList::codes() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        if (item(i)->checkState() == Qt::Checked)
            out.append(item(i)->data(kCodeRole).toString());
    return out;
}

void CodeCheckList::setCodes(const QStringList &codes)
{
    QSignalBlocker blocker(this);
    QStringList missing = codes;
    for (int i = 0; i < count(); ++i) {
        const QString code = item(i)->data(kCodeRole).toString();
        item(i)->setCheckState(codes.contains(code) ? Qt::Checked : Qt::Unchecked);
        missing.removeAll(code);
    }
    for (const QString &code : std::as_const(missing)) {
        auto *extra = new QListWidgetItem(code, this);
        extra->setData(kCodeRole, code);
        extra->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        extra->setCheckState(Qt::Checked);
    }
    // Checked rows first in view, so a long list (languages) shows what is chosen.
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked) {
            scrollToItem(item(i), QAbstractItemView::PositionAtTop);
            break;
        }
    }
    blocker.unblock();
    Q_EMIT changed();
}

void CodeCheckList::setVisibleRows(int rows)
{
    m_visibleRows = rows;
    updateGeometry();
}

QSize CodeCheckList::sizeHint() const
{
    const int row = count() > 0 ? sizeHintForRow(0) : fontMetrics().height() + 4;
    const int rows = std::min(m_visibleRows, std::max(1, count()));
    return { QListWidget::sizeHint().width(), row * rows + 2 * frameWidth() + 2 };
}

} // namespace vangnet
