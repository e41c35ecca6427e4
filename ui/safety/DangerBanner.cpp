#include "safety/DangerBanner.h"

#include "safety/VisitRuleCodes.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace vangnet {

DangerBanner::DangerBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_reasons(new QLabel(this))
    , m_level(new QLabel(this))
    , m_visitRules(new QLabel(this))
{
    setObjectName(QStringLiteral("dangerBanner"));
    setAccessibleName(tr("Danger warning"));
    setFrameShape(QFrame::StyledPanel);
    // Red with white text regardless of the theme: it must stand out in light and dark palettes.
    setStyleSheet(QStringLiteral("#dangerBanner { background: #b00020; border-radius: 4px; }"
                                 "#dangerBanner QLabel { color: white; }"));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    m_icon->setAlignment(Qt::AlignTop);
    m_headline->setObjectName(QStringLiteral("dangerHeadline"));
    m_headline->setText(DangerAssessment::emergencyInstruction());
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_reasons->setObjectName(QStringLiteral("dangerReasons"));
    m_level->setObjectName(QStringLiteral("dangerLevel"));
    m_visitRules->setObjectName(QStringLiteral("dangerVisitRules"));
    for (QLabel *label : { m_reasons, m_level, m_visitRules }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }

    auto *text = new QVBoxLayout;
    text->addWidget(m_headline);
    text->addWidget(m_reasons);
    text->addWidget(m_level);
    text->addWidget(m_visitRules);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_icon);
    layout->addLayout(text, 1);
    setVisible(false);
}

void DangerBanner::setAssessment(const DangerAssessment &assessment)
{
    m_assessment = assessment;
    refresh();
}

void DangerBanner::setVisitRules(const VisitRules &rules)
{
    m_rules = rules;
    refresh();
}

void DangerBanner::clear()
{
    m_assessment = DangerAssessment();
    m_rules = VisitRules();
    refresh();
}

void DangerBanner::refresh()
{
    QStringList reasons;
    for (const QString &reason : m_assessment.reasons())
        reasons << QStringLiteral("• ") + reason;
    m_reasons->setText(reasons.join(QLatin1Char('\n')));
    m_level->setText(
        tr("Required security level: %1 (%2)")
            .arg(SecurityLevels::code(m_assessment.requiredLevel()), SecurityLevels::description(m_assessment.requiredLevel())));
    QStringList rules;
    for (const QString &code : m_rules.rules)
        rules << VisitRuleCodes::label(code);
    if (!m_rules.note.isEmpty())
        rules << m_rules.note;
    m_visitRules->setText(rules.isEmpty() ? QString() : tr("Visit rules: %1").arg(rules.join(QStringLiteral("; "))));
    m_visitRules->setVisible(!rules.isEmpty());
    const bool dangerous = m_assessment.isDangerous();
    QStringList spoken { m_headline->text(), reasons.join(QLatin1Char(' ')), m_level->text(), m_visitRules->text() };
    spoken.removeAll(QString());
    const QString description = dangerous ? spoken.join(QLatin1Char('\n')) : QString();
    // Announced once per danger: again only when the reasons or the level change (another person's
    // case), not when the visit rules arrive.
    const QString announced = dangerous ? reasons.join(QLatin1Char(' ')) + m_level->text() : QString();
    const bool news = dangerous && announced != m_announced;
    m_announced = announced;
    setAccessibleDescription(description);
    setVisible(dangerous);
    // A screen reader announces the danger as it appears (or changes to another person's), as a sighted
    // coordinator sees the red banner appear.
    if (news) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
        Q_EMIT alertRaised();
    }
}

} // namespace vangnet
