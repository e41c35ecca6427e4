#include "cases/DangerMarks.h"

#include "domain/Codes.h"
#include "safety/DangerAssessment.h"
#include "shelters/ShelterCodes.h"

#include <QApplication>
#include <QStyle>

namespace vangnet {

namespace {

bool known(const QString &threatCode)
{
    return !threatCode.isEmpty() && Codes::isValid(CodeKind::ThreatCode, threatCode);
}

} // namespace

QString DangerMarks::threatText(const QString &threatCode)
{
    return known(threatCode) ? Codes::label(CodeKind::ThreatCode, threatCode) : tr("Not assessed");
}

QIcon DangerMarks::threatIcon(const QString &threatCode)
{
    if (!known(threatCode))
        return {};
    QStyle *style = QApplication::style();
    if (threatCode == QLatin1String("red"))
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    if (threatCode == QLatin1String("orange"))
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

QString DangerMarks::threatToolTip(const QString &threatCode)
{
    if (!known(threatCode))
        return tr("No threat assessment recorded.");
    const QString line = tr("Threat assessment: %1.").arg(threatText(threatCode));
    return threatCode == QLatin1String("red") ? line + QLatin1Char(' ') + DangerAssessment::emergencyInstruction() : line;
}

QString DangerMarks::levelText(int level)
{
    return ShelterCodes::levelCode(level);
}

QIcon DangerMarks::levelIcon(int level)
{
    QStyle *style = QApplication::style();
    if (level >= 3)
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    if (level == 2)
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    return {};
}

QString DangerMarks::levelToolTip(int level)
{
    return tr("Required security level: %1.").arg(ShelterCodes::levelLabel(level));
}

QIcon DangerMarks::reflectionIcon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

} // namespace vangnet
