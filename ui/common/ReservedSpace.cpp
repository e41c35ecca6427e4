#include "common/ReservedSpace.h"

#include <QFontMetrics>
#include <QLabel>

#include <climits>

namespace vangnet {

void ReservedSpace::forLabel(QLabel *label, int lines)
{
    // Measured with a stand-in text of that many lines: padding and borders of its style count too.
    const QString text = label->text();
    label->ensurePolished();
    label->setText(QStringList(qMax(1, lines), QStringLiteral("Xg")).join(QLatin1Char('\n')));
    const int height = label->sizeHint().height();
    label->setText(text);
    label->setMinimumHeight(height);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    whenHidden(label);
}

int ReservedSpace::heightFor(const QLabel *label, const QStringList &texts, int width)
{
    const QMargins margins = label->contentsMargins();
    const int frame = margins.top() + margins.bottom() + 2 * label->margin();
    const int textWidth = qMax(1, width - margins.left() - margins.right() - 2 * label->margin());
    const QFontMetrics fm(label->font());
    int height = fm.height();
    for (const QString &text : texts)
        height = qMax(height, fm.boundingRect(QRect(0, 0, textWidth, INT_MAX), Qt::TextWordWrap, text).height());
    return height + frame;
}

void ReservedSpace::whenHidden(QWidget *widget)
{
    QSizePolicy policy = widget->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    widget->setSizePolicy(policy);
}

} // namespace vangnet
