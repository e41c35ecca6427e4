#include "common/FormScrollArea.h"

#include <QLayout>
#include <QScrollBar>

namespace vangnet {

FormScrollArea::FormScrollArea(QLayout *content, QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("formScroll"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *body = new QWidget(this);
    body->setObjectName(QStringLiteral("formBody"));
    body->setLayout(content);
    setWidget(body);
}

QSize FormScrollArea::sizeHint() const
{
    const QSize body = widget() ? widget()->sizeHint() : QSize();
    return QSize(body.width() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(), body.height() + 2 * frameWidth());
}

QSize FormScrollArea::minimumSizeHint() const
{
    // As wide as the body must be (nothing scrolls sideways), a few lines high.
    const int width = widget() ? widget()->minimumSizeHint().width() : 0;
    return QSize(width + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(), fontMetrics().height() * 6);
}

} // namespace vangnet
