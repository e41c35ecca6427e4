#include "common/EmptyResultsNotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace vangnet {

EmptyResultsNotice::EmptyResultsNotice(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_filters(new QLabel(this))
    , m_clear(new QPushButton(tr("C&lear search and filters"), this))
{
    setObjectName(QStringLiteral("emptyResultsNotice"));
    m_headline->setObjectName(QStringLiteral("emptyResultsHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText); // the search text is the user's, never markup
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_filters->setObjectName(QStringLiteral("emptyResultsFilters"));
    m_filters->setWordWrap(true);
    m_filters->setTextFormat(Qt::PlainText);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setAutoDefault(false);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_clear);
    buttonRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 16, 12, 16);
    layout->addWidget(m_headline);
    layout->addWidget(m_filters);
    layout->addLayout(buttonRow);
    layout->addStretch(1);

    connect(m_clear, &QPushButton::clicked, this, &EmptyResultsNotice::clearRequested);
}

void EmptyResultsNotice::setResult(const QString &headline, const QStringList &filters)
{
    m_headline->setText(headline);
    m_filters->setText(filters.isEmpty() ? QString() : tr("Active filters: %1.").arg(QLocale().createSeparatedList(filters)));
    m_filters->setVisible(!filters.isEmpty());
    m_clear->setText(filters.isEmpty() ? tr("C&lear the search") : tr("C&lear search and filters"));
    m_headline->setAccessibleName(headline);
}

QString EmptyResultsNotice::headline() const
{
    return m_headline->text();
}

QString EmptyResultsNotice::filtersText() const
{
    return m_filters->text();
}

} // namespace vangnet
