#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace vangnet {

// How the case list and the deadlines show danger at a glance: the threat assessment as an icon
// and a word (the shape of the icon differs per level, so that nothing depends on colour alone),
// and a B8 reflection period that ends soon as a warning icon with bold text.
class DangerMarks
{
    Q_DECLARE_TR_FUNCTIONS(DangerMarks)

public:
    // "Red", "Orange", "Green" in the UI language; "Not assessed" for an empty or unknown code.
    static QString threatText(const QString &threatCode);
    // A cross for red, a warning triangle for orange, an information mark for green; none when not assessed.
    static QIcon threatIcon(const QString &threatCode);
    // One sentence for a tooltip; for red it ends with the 112 instruction.
    static QString threatToolTip(const QString &threatCode);

    // The required security level: "S3" as text, the same icon shapes from S2 up (S4 and S3 a
    // cross, S2 a warning), the level's meaning in words as tooltip.
    static QString levelText(int level);
    static QIcon levelIcon(int level);
    static QString levelToolTip(int level);

    static QIcon reflectionIcon();
};

} // namespace vangnet
