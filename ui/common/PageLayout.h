#pragma once

#include <QBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QWidget>

namespace vangnet {

// A page whose content scrolls when the window is shorter than the content (a 1024×576 screen):
// returns the widget to lay the content out in.
inline QWidget *scrollingPage(QWidget *page)
{
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("pageContent"));
    scroll->setWidget(content);
    pageLayout->addWidget(scroll);
    return content;
}

// The vault pages share one calm look: a column of limited width, centred in the window; it
// scrolls when the window is short.
inline QVBoxLayout *centeredColumn(QWidget *page, int width = 540)
{
    QWidget *content = scrollingPage(page);
    auto *outer = new QVBoxLayout(content);
    auto *row = new QHBoxLayout;
    auto *column = new QWidget(content);
    column->setMaximumWidth(width);
    column->setMinimumWidth(qMin(width, 420));
    auto *inner = new QVBoxLayout(column);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->setSpacing(12);
    row->addStretch();
    row->addWidget(column, 1);
    row->addStretch();
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    return inner;
}

inline QLabel *pageTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("pageTitle"));
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    label->setFont(font);
    return label;
}

inline QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #8b1a1a; background: #fdecea; border: 1px solid #f5c2c0;"
                                        " border-radius: 4px; padding: 8px; }"));
    label->hide();
    return label;
}

} // namespace vangnet
