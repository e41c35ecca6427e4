#pragma once

#include <QString>
#include <QStringList>

namespace vangnet {

// Folds text for matching that ignores case and diacritics: NFKD, combining marks dropped, letters
// that do not decompose mapped by hand (ł→l, ø→o, ß→ss, ...), lower case. "Łukasz Özlem" → "lukasz ozlem".
class TextFolding
{
public:
    static QString fold(const QString &text);
    // Folded words (letters and digits), in order.
    static QStringList tokens(const QString &text);
    // Folded words sorted and joined by one space: "Kowalska, Anna" and "anna kowalska" give the same key.
    static QString nameKey(const QString &text);
};

} // namespace vangnet
