#pragma once

#include "safety/DangerAssessment.h"
#include "safety/VisitRules.h"

#include <QFrame>

class QLabel;

namespace vangnet {

// The unmissable red banner for a person in danger: "In imminent danger: call 112 and notify the
// police", the reasons, the required security level and the case's visit rules. Hidden when the
// assessment finds no danger. The case editor embeds it above its form.
class DangerBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DangerBanner)

public:
    explicit DangerBanner(QWidget *parent = nullptr);

    void setAssessment(const DangerAssessment &assessment);
    void setVisitRules(const VisitRules &rules);
    // Drops everything (the lock calls this through its section).
    void clear();

    const DangerAssessment &assessment() const { return m_assessment; }

Q_SIGNALS:
    // Emitted with the accessibility alert (QAccessible::Alert) as the danger appears or changes.
    void alertRaised();

private:
    void refresh();

    DangerAssessment m_assessment;
    VisitRules m_rules;
    QString m_announced;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_reasons;
    QLabel *m_level;
    QLabel *m_visitRules;
};

} // namespace vangnet
