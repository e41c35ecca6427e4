#include "exchange/FingerprintLabel.h"

#include <QFontDatabase>
#include <QStringList>

namespace vangnet {

FingerprintLabel::FingerprintLabel(QWidget *parent)
    : QLabel(parent)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    setFont(font);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTextFormat(Qt::PlainText);
}

void FingerprintLabel::setFingerprint(const QString &fingerprint)
{
    m_fingerprint = fingerprint;
    setText(grouped(fingerprint));
    setAccessibleName(tr("Fingerprint %1").arg(fingerprint));
}

QString FingerprintLabel::grouped(const QString &fingerprint)
{
    const QStringList groups = fingerprint.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += 4)
        lines.append(groups.mid(i, 4).join(QStringLiteral("  ")));
    return lines.join(QLatin1Char('\n'));
}

} // namespace vangnet
