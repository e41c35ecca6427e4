#include "cases/DraftOfferBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace vangnet {

DraftOfferBar::DraftOfferBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
{
    setObjectName(QStringLiteral("draftOfferBar"));
    setStyleSheet(QStringLiteral("#draftOfferBar { background: #e8f0fe; border: 1px solid #8ab4f8; border-radius: 4px; }"
                                 " #draftOfferBar QLabel { color: #0b2a5b; }"));
    m_text->setObjectName(QStringLiteral("draftOfferText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_restore->setObjectName(QStringLiteral("restoreDraftButton"));
    m_restore->setAccessibleName(tr("Restore the unsaved changes"));
    m_discard->setObjectName(QStringLiteral("discardDraftButton"));
    m_discard->setAccessibleName(tr("Discard the unsaved changes"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_restore);
    layout->addWidget(m_discard);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT restoreRequested();
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT discardRequested();
    });
    hide();
}

void DraftOfferBar::offer(const QDateTime &savedAt)
{
    m_text->setText(tr("Unsaved changes to this case were kept when you left it (%1). Restore them?")
                        .arg(QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat)));
    show();
}

} // namespace vangnet
