#pragma once

#include <QBoxLayout>
#include <QLabel>
#include <QWidget>

namespace vangnet {

// The vault pages share one calm look: a column of limited width, centred in the window.
inline QVBoxLayout *centeredColumn(QWidget *page, int width = 540)
{
    auto *outer = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    auto *column = new QWidget(page);
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
